// Sorting and filtering of the runs table.
#include "runfilterproxymodel.h"

#include "runlistmodel.h"

namespace Models {

RunFilterProxyModel::RunFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunListModel::UnderlyingDataRole);
    setDynamicSortFilter(true);
}

void RunFilterProxyModel::setStatuses(const QSet<int> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void RunFilterProxyModel::setInstance(const QString &instanceId)
{
    if (instanceId == m_instance)
        return;
    m_instance = instanceId;
    invalidateRowsFilter();
}

void RunFilterProxyModel::setVersion(const QString &versionId)
{
    if (versionId == m_version)
        return;
    m_version = versionId;
    invalidateRowsFilter();
}

void RunFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void RunFilterProxyModel::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool RunFilterProxyModel::isFiltering() const
{
    return !m_statuses.isEmpty() || !m_instance.isEmpty() || !m_version.isEmpty() ||
        !m_text.isEmpty() || m_from.isValid() || m_to.isValid();
}

bool RunFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() && !m_statuses.contains(index.data(RunListModel::StatusRole).toInt()))
        return false;
    if (!m_instance.isEmpty() && index.data(RunListModel::InstanceRole).toString() != m_instance)
        return false;
    if (!m_version.isEmpty() && index.data(RunListModel::VersionRole).toString() != m_version)
        return false;
    if (!m_text.isEmpty() &&
        !index.data(RunListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime created = index.data(RunListModel::CreatedRole).toDateTime();
        if ((m_from.isValid() && created < m_from) || (m_to.isValid() && created > m_to))
            return false;
    }
    return true;
}

bool RunFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Runs without a value (no statistic, still running) sort after those with one.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Models
