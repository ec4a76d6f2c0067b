// A switchback test's plan as a strip: one cell per unit coloured by the instance it runs on, a
// tick per run at the time it was made, and a "now" marker while the plan is under way. Hovering
// a cell tells its unit, instance and times.
#pragma once

#include "api/dto/switchbacktest.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

namespace Ui {

class SwitchbackTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwitchbackTimeline)

public:
    explicit SwitchbackTimeline(QWidget *parent = nullptr);

    // The baseline is drawn in the first colour, the candidate in the second.
    void setPlan(const Api::SwitchbackPlan &plan, const QString &baselineInstance,
                 const QString &candidateInstance);
    void setRunTimes(const QList<QDateTime> &times);
    void clear();
    // Where "now" comes from (tests pin it); the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    // What a user sees, for tests: each unit's cell, the ticks and the marker, in widget pixels.
    QRect unitRect(int index) const;
    QColor instanceColor(const QString &instanceId) const;
    QList<int> runTickPositions() const;
    std::optional<int> nowPosition() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void describePlan();
    int tickLength() const;
    QRect stripRect() const;
    // x of a time on the strip; nullopt outside the plan.
    std::optional<int> positionOf(const QDateTime &time) const;
    int unitAtPosition(int x) const;

    Api::SwitchbackPlan m_plan;
    QString m_baseline;
    QString m_candidate;
    QList<QDateTime> m_runTimes;
    std::function<QDateTime()> m_clock;
};

} // namespace Ui
