// What the comparison tables share.
#include "models/compare/comparisontablemodel.h"

namespace Models {

ComparisonTableModel::ComparisonTableModel(int firstRunColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_firstRunColumn(firstRunColumn)
{
}

void ComparisonTableModel::setDifferencesOnly(bool only)
{
    if (only == m_differencesOnly)
        return;
    beginResetModel();
    m_differencesOnly = only;
    rebuildShownRows();
    endResetModel();
}

void ComparisonTableModel::setRowsDiffer(QList<bool> differs)
{
    m_differs = std::move(differs);
    rebuildShownRows();
}

void ComparisonTableModel::rebuildShownRows()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_differs.size(); ++i) {
        if (!m_differencesOnly || m_differs[i])
            m_shown.append(i);
    }
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_firstRunColumn + int(m_runs.size());
}

QVariant ComparisonTableModel::runHeader(int section, int role) const
{
    if (section < m_firstRunColumn || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_runs.header(runAt(section));
    if (role == Qt::ToolTipRole)
        return m_runs.at(runAt(section)).id;
    return {};
}

QStringList ComparisonTableModel::csvHeader(const QStringList &ownColumns) const
{
    QStringList header = ownColumns;
    for (const Api::RunInformation &run : m_runs.runs())
        header.append(run.id);
    return header;
}

} // namespace Models
