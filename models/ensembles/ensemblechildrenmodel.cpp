// The children of an ensemble run with each rule's value.
#include "ensemblechildrenmodel.h"

#include "ensembledefinitionmodels.h"
#include "models/runs/runlistmodel.h"

#include <QLocale>

#include <algorithm>

namespace Models {

EnsembleChildrenModel::EnsembleChildrenModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EnsembleChildrenModel::setResult(const Api::EnsembleRunResult &result)
{
    QList<Api::EnsembleRule> rules = result.rules;
    std::stable_sort(rules.begin(), rules.end(),
                     [](const auto &a, const auto &b) { return a.index < b.index; });
    const auto ids = [](const Api::EnsembleRunResult &r) {
        QStringList list;
        for (const Api::EnsembleChild &child : r.children)
            list.append(child.runId);
        return list;
    };
    const auto ruleIds = [](const QList<Api::EnsembleRule> &list) {
        QStringList out;
        for (const Api::EnsembleRule &rule : list)
            out.append(rule.id);
        return out;
    };
    // A poll of the same run changes values, not the shape: keep the view's selection.
    if (ids(result) == ids(m_result) && ruleIds(rules) == ruleIds(m_rules) &&
        result.runId == m_result.runId) {
        m_result = result;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_result = result;
    m_rules = rules;
    endResetModel();
}

int EnsembleChildrenModel::rowOfWinner() const
{
    if (m_result.winnerRunId.isEmpty())
        return -1;
    for (int i = 0; i < m_result.children.size(); ++i) {
        if (m_result.children.at(i).runId == m_result.winnerRunId)
            return i;
    }
    return -1;
}

QString EnsembleChildrenModel::decidingRuleText() const
{
    if (m_result.winnerRunId.isEmpty())
        return {};
    for (const Api::EnsembleRule &rule : m_rules) {
        if (rule.id == m_result.decidingRuleId)
            return tr("Decided by rule %1 (%2 %3)")
                .arg(rule.id,
                     rule.objective == Api::EnsembleRule::Objective::Maximize ? tr("highest")
                                                                              : tr("lowest"),
                     rule.statisticsPath);
    }
    return tr("Tied on every rule: the earliest child won");
}

EnsembleChildrenModel::Outcome EnsembleChildrenModel::outcome(const QString &ruleId,
                                                              const QString &runId) const
{
    for (const Api::EnsembleRound &round : m_result.rounds) {
        if (round.ruleId != ruleId)
            continue;
        if (round.kept.contains(runId))
            return Outcome::Kept;
        if (round.outsideTolerance.contains(runId))
            return Outcome::OutsideTolerance;
        if (round.withoutValue.contains(runId))
            return Outcome::NoValue;
    }
    return Outcome::NotConsidered;
}

int EnsembleChildrenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.children.size());
}

int EnsembleChildrenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRuleColumn + int(m_rules.size());
}

QVariant EnsembleChildrenModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Api::EnsembleChild &child = m_result.children.at(index.row());
    const bool winner = !m_result.winnerRunId.isEmpty() && child.runId == m_result.winnerRunId;
    const int ruleIndex = index.column() - FirstRuleColumn;
    const Api::EnsembleRule *rule = ruleIndex >= 0 ? &m_rules.at(ruleIndex) : nullptr;
    switch (role) {
    case RunIdRole:
        return child.runId;
    case IsWinnerRole:
        return winner;
    case OutcomeRole:
        return rule ? QVariant(int(outcome(rule->id, child.runId))) : QVariant();
    case Qt::ToolTipRole:
        if (rule) {
            switch (outcome(rule->id, child.runId)) {
            case Outcome::Kept:
                return tr("Kept by %1: within tolerance of the best").arg(rule->id);
            case Outcome::OutsideTolerance:
                return tr("Dropped by %1: outside the tolerance of the best").arg(rule->id);
            case Outcome::NoValue:
                return tr("Dropped by %1: no value at %2").arg(rule->id, rule->statisticsPath);
            case Outcome::NotConsidered:
                return tr("Not compared by %1").arg(rule->id);
            }
        }
        return child.error.isEmpty() ? QVariant() : QVariant(child.error);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Run:
        return winner ? tr("%1 (winner)").arg(child.runId) : child.runId;
    case Group:
        return child.runGroupId;
    case Instance:
        return child.instanceId;
    case Repetition:
        return child.repetition + 1;
    case Status:
        return RunListModel::statusText(child.status);
    default:
        break;
    }
    const auto value = child.values.constFind(rule->id);
    return value == child.values.constEnd() ? QString() : QLocale().toString(*value, 'g', 8);
}

QVariant EnsembleChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run:
        return tr("Run");
    case Group:
        return tr("Group");
    case Instance:
        return tr("Instance");
    case Repetition:
        return tr("Repetition");
    case Status:
        return tr("Status");
    default:
        break;
    }
    const int ruleIndex = section - FirstRuleColumn;
    if (ruleIndex < 0 || ruleIndex >= m_rules.size())
        return {};
    const Api::EnsembleRule &rule = m_rules.at(ruleIndex);
    return tr("%1. %2 (%3)")
        .arg(ruleIndex + 1)
        .arg(rule.statisticsPath, EnsembleRulesModel::objectiveText(rule.objective));
}

} // namespace Models
