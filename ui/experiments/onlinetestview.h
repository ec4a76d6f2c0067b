// A shadow or switchback test: its status with Start and Stop, its live progress (a shadow
// test's baseline runs seen of its maximum; a switchback test's plan as a timeline with a tick
// per run), and its results in the experiment charts and summary table.
#pragma once

#include "api/dto/run.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Ui {

class BatchResultsView;
class SwitchbackTimeline;

class OnlineTestView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineTestView)

public:
    explicit OnlineTestView(QWidget *parent = nullptr);

    // Each keeps the chosen metric, baseline and candidate when the same test is refreshed.
    void setShadowTest(const Api::ShadowTest &test);
    void setSwitchbackTest(const Api::SwitchbackTest &test);
    void setRuns(const QList<Api::RunSummary> &runs);
    // Shows no test (while another one loads).
    void clear();

    // What is shown is what the charts show: its ID and status are theirs.
    QString testId() const;
    Api::ExperimentStatus status() const;
    BatchResultsView *results() const { return m_results; }
    SwitchbackTimeline *timeline() const { return m_timeline; }
    QString progressText() const;

Q_SIGNALS:
    void startRequested(const QString &id);
    void stopRequested(const QString &id);
    void openRunRequested(const QString &runId);
    void runsNeeded(const QString &id);
    void errorOccurred(const QString &message);

private:
    void showHeader(const QString &id, const QString &name, const QString &description,
                    Api::ExperimentStatus status);
    void showPlanPosition(const Api::SwitchbackTest &test);

    QLabel *m_title;
    QLabel *m_statusText;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_comparison;
    QProgressBar *m_progress;
    SwitchbackTimeline *m_timeline;
    QLabel *m_legend;
    QLabel *m_planPosition;
    BatchResultsView *m_results;
};

} // namespace Ui
