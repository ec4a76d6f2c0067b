// The summary table of a batch experiment for one statistic.
#include "experimentsummarymodel.h"

#include "models/csv.h"

#include <QLocale>
#include <QSet>

#include <cmath>
#include <utility>

namespace Models {

ExperimentSummaryModel::ExperimentSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExperimentSummaryModel::setExperiment(const Api::BatchExperiment &experiment)
{
    beginResetModel();
    m_groups = experiment.groupsBy(false);
    m_targets.clear();
    for (const Api::SummaryGroup &group : std::as_const(m_groups))
        m_targets.append(group.target());
    if (m_statistic.isEmpty() || !statistics().contains(m_statistic))
        m_statistic = statistics().contains(QStringLiteral("result.value"))
            ? QStringLiteral("result.value")
            : statistics().value(0);
    // The baseline stays across refreshes of one experiment; another experiment has other
    // instances, so it falls back to the first.
    if (!m_targets.contains(m_baseline))
        m_baseline = m_targets.value(0);
    m_baselineRow = m_targets.indexOf(m_baseline);
    endResetModel();
}

void ExperimentSummaryModel::setStatistic(const QString &indicator)
{
    if (indicator == m_statistic)
        return;
    m_statistic = indicator;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ExperimentSummaryModel::setBaseline(const QString &instanceId)
{
    if (instanceId == m_baseline)
        return;
    m_baseline = instanceId;
    m_baselineRow = m_targets.indexOf(m_baseline);
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, DeltaMean), index(rowCount() - 1, DeltaPercent));
}

QStringList ExperimentSummaryModel::statistics() const
{
    QSet<QString> names;
    for (const Api::SummaryGroup &group : m_groups) {
        for (auto it = group.indicators.constBegin(); it != group.indicators.constEnd(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

const Api::DistributionSummary *ExperimentSummaryModel::baselineSummary() const
{
    if (m_baselineRow < 0)
        return nullptr;
    const Api::SummaryGroup &group = m_groups.at(m_baselineRow);
    const auto it = group.indicators.constFind(m_statistic);
    return it != group.indicators.constEnd() ? &it.value() : nullptr;
}

int ExperimentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ExperimentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentSummaryModel::raw(int row, int column) const
{
    const Api::SummaryGroup &group = m_groups.at(row);
    if (column == Instance)
        return m_targets.at(row);
    if (column == Version)
        return group.value(QStringLiteral("versionID"));
    const auto it = group.indicators.constFind(m_statistic);
    if (it == group.indicators.constEnd())
        return {};
    const Api::DistributionSummary &d = it.value();
    const Api::DistributionSummary *base = baselineSummary();
    switch (column) {
    case Count:
        return d.count;
    case Mean:
        return d.mean;
    case DeltaMean:
        return base ? QVariant(d.mean - base->mean) : QVariant();
    case DeltaPercent:
        return base && base->mean != 0
            ? QVariant((d.mean - base->mean) / std::abs(base->mean) * 100)
            : QVariant();
    case Min:
        return d.min;
    case P50:
        return d.percentiles.value(50);
    case P90:
        return d.percentiles.value(90);
    case Max:
        return d.max;
    case Std:
        return d.std;
    default:
        return {};
    }
}

QVariant ExperimentSummaryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    switch (role) {
    case UnderlyingDataRole:
        return raw(index.row(), index.column());
    case Qt::DisplayRole: {
        const QVariant value = raw(index.row(), index.column());
        if (value.typeId() == QMetaType::Double) {
            const QString text = QLocale().toString(value.toDouble(), 'g', 8);
            if (index.column() == DeltaPercent)
                return (value.toDouble() > 0 ? QStringLiteral("+") : QString()) + text +
                    QLatin1Char('%');
            if (index.column() == DeltaMean && value.toDouble() > 0)
                return QStringLiteral("+") + text;
            return text;
        }
        return value;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= Count ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                       : QVariant();
    default:
        return {};
    }
}

QVariant ExperimentSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Instance:
        return tr("Instance");
    case Version:
        return tr("Version");
    case Count:
        return tr("Runs");
    case Mean:
        return tr("Mean");
    case DeltaMean:
        return tr("Δ mean vs %1").arg(m_baseline);
    case DeltaPercent:
        return tr("Δ %");
    case Min:
        return tr("Min");
    case P50:
        return tr("Median");
    case P90:
        return tr("p90");
    case Max:
        return tr("Max");
    case Std:
        return tr("Std dev");
    default:
        return {};
    }
}

QString ExperimentSummaryModel::toCsv() const
{
    // Machine-readable: raw numbers with a dot, header names without translation noise.
    QStringList lines;
    lines.append(QStringLiteral(
        "statistic,instance,version,runs,mean,delta_mean,delta_percent,min,p50,p90,max,std"));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells{Csv::field(m_statistic)};
        for (int column = 0; column < ColumnCount; ++column) {
            const QVariant value = raw(row, column);
            cells.append(value.typeId() == QMetaType::Double
                             ? Csv::number(value.toDouble())
                             : Csv::field(value.toString()));
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Models
