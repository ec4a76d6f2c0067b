// The child runs of one ensemble run: their group, instance, repetition and status, and each
// rule's value for them, with what each rule did to each child (kept, outside the tolerance of
// the best, no value) and which child won.
#pragma once

#include "api/dto/ensemble.h"

#include <QAbstractTableModel>

namespace Models {

class EnsembleChildrenModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleChildrenModel)

public:
    // Fixed columns; one column per rule (in evaluation order) follows them.
    enum Column { Run, Group, Instance, Repetition, Status, FirstRuleColumn };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        IsWinnerRole, // bool
        OutcomeRole, // int(Outcome), on rule columns
    };
    // What a rule did with a child.
    enum class Outcome { NotConsidered, Kept, OutsideTolerance, NoValue };

    explicit EnsembleChildrenModel(QObject *parent = nullptr);

    // Refreshes in place while the run goes on: same children, new statuses and values.
    void setResult(const Api::EnsembleRunResult &result);
    const Api::EnsembleRunResult &result() const { return m_result; }
    int rowOfWinner() const;
    // The rule that decided, by ID and statistic, in words; empty while undecided.
    QString decidingRuleText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Outcome outcome(const QString &ruleId, const QString &runId) const;

    Api::EnsembleRunResult m_result;
    QList<Api::EnsembleRule> m_rules; // in evaluation order
};

} // namespace Models
