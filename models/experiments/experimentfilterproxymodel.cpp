// The experiment list's sort and type filter.
#include "experimentfilterproxymodel.h"

namespace Models {

ExperimentFilterProxyModel::ExperimentFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExperimentListModel::UnderlyingDataRole);
}

void ExperimentFilterProxyModel::setKind(std::optional<ExperimentListModel::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool ExperimentFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    if (!m_kind)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ExperimentListModel::KindRole).toInt() == int(*m_kind);
}

} // namespace Models
