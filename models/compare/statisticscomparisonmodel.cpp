// Statistics of runs side by side.
#include "models/compare/statisticscomparisonmodel.h"

#include "models/csv.h"
#include "models/editroles.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Models {

StatisticsComparisonModel::StatisticsComparisonModel(QObject *parent)
    : ComparisonTableModel(FirstRunColumn, parent)
{
}

void StatisticsComparisonModel::setRuns(const ComparedRuns &runs)
{
    beginResetModel();
    setComparedRuns(runs);
    // Sorted by name, so the same statistics line up the same way in every comparison.
    QMap<QString, Row> rows;
    for (qsizetype run = 0; run < runs.size(); ++run) {
        for (const Api::Indicator &indicator :
             Api::indicatorsFromStatistics(runs.at(run).metadata.statistics)) {
            Row &row = rows[indicator.name];
            row.statistic = indicator.name;
            row.values.resize(runs.size());
            row.values[run] = indicator.value;
        }
    }
    m_rows.clear();
    m_allStatistics.clear();
    QList<bool> differs;
    for (Row &row : rows) {
        const auto first = row.values.constFirst();
        row.differs = std::any_of(row.values.cbegin(), row.values.cend(),
                                  [&first](const std::optional<double> &v) { return v != first; });
        m_allStatistics.append(row.statistic);
        differs.append(row.differs);
        m_rows.append(std::move(row));
    }
    setRowsDiffer(std::move(differs));
    endResetModel();
}

Better StatisticsComparisonModel::guessBetter(const QString &statistic)
{
    static const QStringList lowerWords = {
        QStringLiteral("duration"),  QStringLiteral("time"),       QStringLiteral("cost"),
        QStringLiteral("gap"),       QStringLiteral("distance"),   QStringLiteral("penalty"),
        QStringLiteral("violation"), QStringLiteral("unassigned"), QStringLiteral("unplanned"),
        QStringLiteral("late"),      QStringLiteral("error"),
    };
    const QString last = statistic.section(QLatin1Char('.'), -1).toLower();
    for (const QString &word : lowerWords) {
        if (last.contains(word))
            return Better::Lower;
    }
    return Better::Higher;
}

Better StatisticsComparisonModel::better(const QString &statistic) const
{
    return m_chosen.value(statistic, guessBetter(statistic));
}

void StatisticsComparisonModel::setBetter(const QString &statistic, Better better)
{
    if (this->better(statistic) == better)
        return;
    m_chosen.insert(statistic, better);
    const int row = viewRowOf(m_allStatistics.indexOf(statistic));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, BetterColumn), index(row, columnCount() - 1));
    Q_EMIT betterChosen(statistic, better);
}

void StatisticsComparisonModel::setChosenBetter(const QHash<QString, Better> &chosen)
{
    m_chosen = chosen;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BetterColumn), index(rowCount() - 1, columnCount() - 1));
}

std::optional<double> StatisticsComparisonModel::value(const QString &statistic,
                                                       qsizetype run) const
{
    for (const Row &row : m_rows) {
        if (row.statistic == statistic)
            return row.values.value(run);
    }
    return std::nullopt;
}

bool StatisticsComparisonModel::isBest(const Row &row, qsizetype run) const
{
    const Better way = better(row.statistic);
    if (way == Better::Neither || !row.differs || !row.values[run])
        return false;
    std::optional<double> best;
    for (const std::optional<double> &v : row.values) {
        if (v && (!best || (way == Better::Lower ? *v < *best : *v > *best)))
            best = v;
    }
    return *row.values[run] == *best;
}

QString StatisticsComparisonModel::betterText(Better better)
{
    switch (better) {
    case Better::Lower:
        return tr("lower", "which way a statistic is better");
    case Better::Higher:
        return tr("higher", "which way a statistic is better");
    case Better::Neither:
        break;
    }
    return tr("neither", "which way a statistic is better");
}

QString StatisticsComparisonModel::toCsv() const
{
    QString csv = Csv::line(csvHeader({QStringLiteral("statistic"), QStringLiteral("better")})) +
        QLatin1Char('\n');
    const char *const betterNames[] = {"lower", "higher", "neither"};
    for (const qsizetype i : shownRows()) {
        const Row &row = m_rows[i];
        QStringList fields{row.statistic, QLatin1String(betterNames[int(better(row.statistic))])};
        for (const std::optional<double> &v : row.values)
            fields.append(v ? Csv::number(*v) : QString());
        csv += Csv::line(fields) + QLatin1Char('\n');
    }
    return csv;
}

QVariant StatisticsComparisonModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows[rowAt(index.row())];
    if (index.column() == StatisticColumn) {
        if (role == Qt::DisplayRole || role == CompareRoles::ValueRole)
            return row.statistic;
        return {};
    }
    if (index.column() == BetterColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case CompareRoles::ValueRole:
            return betterText(better(row.statistic));
        case EditRoles::ChoicesRole:
            return QStringList{betterText(Better::Lower), betterText(Better::Higher),
                               betterText(Better::Neither)};
        case EditRoles::ChoicesOnlyRole:
            return true;
        case Qt::ToolTipRole:
            return tr("Which way is better for %1: the best value of the row is marked.")
                .arg(row.statistic);
        }
        return {};
    }
    const qsizetype run = runAt(index.column());
    const std::optional<double> &value = row.values[run];
    switch (role) {
    case Qt::DisplayRole:
        return value ? QLocale().toString(*value, 'g', QLocale::FloatingPointShortest)
                     : QStringLiteral("—");
    case CompareRoles::ValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case CompareRoles::DiffersRole:
        return row.differs;
    case CompareRoles::BestRole:
        return isBest(row, run);
    case Qt::ToolTipRole:
        if (!value)
            return tr("%1 does not report %2.").arg(runs().header(run), row.statistic);
        if (isBest(row, run))
            return tr("The best %1 of these runs.").arg(row.statistic);
        return {};
    }
    return {};
}

bool StatisticsComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != BetterColumn || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    for (const Better way : {Better::Lower, Better::Higher, Better::Neither}) {
        if (text == betterText(way)) {
            setBetter(m_rows[rowAt(index.row())].statistic, way);
            return true;
        }
    }
    return false;
}

Qt::ItemFlags StatisticsComparisonModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == BetterColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant StatisticsComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstRunColumn)
        return runHeader(section, role);
    if (role != Qt::DisplayRole)
        return {};
    if (section == StatisticColumn)
        return tr("Statistic");
    if (section == BetterColumn)
        return tr("Better", "column header: which way a statistic is better");
    return {};
}

} // namespace Models
