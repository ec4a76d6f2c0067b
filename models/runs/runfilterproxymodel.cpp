// Sorting and filtering of the runs table.
#include "runfilterproxymodel.h"

#include "runlistmodel.h"

#include <algorithm>
#include <limits>

namespace Models {

RunFilterProxyModel::RunFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RunFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_runs = qobject_cast<RunListModel *>(sourceModel);
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    if (m_runs) {
        const auto resetting = [this] {
            beginResetModel();
        };
        const auto reset = [this] {
            sortKeyChanged();
            m_proxyToSource = acceptedRows();
            rebuildSourceToProxy();
            endResetModel();
        };
        m_sourceConnections = {
            connect(m_runs, &QAbstractItemModel::modelAboutToBeReset, this, resetting),
            connect(m_runs, &QAbstractItemModel::modelReset, this, reset),
            // The runs model only inserts, removes and changes rows; anything else is a reset.
            connect(m_runs, &QAbstractItemModel::layoutAboutToBeChanged, this, resetting),
            connect(m_runs, &QAbstractItemModel::layoutChanged, this, reset),
            connect(m_runs, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        insertSourceRows(first, last);
                    }),
            connect(m_runs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        removeSourceRows(first, last);
                    }),
            connect(m_runs, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        const int count = last - first + 1;
                        for (int &row : m_proxyToSource) {
                            if (row > last)
                                row -= count;
                        }
                        m_sourceToProxy.erase(m_sourceToProxy.begin() + first,
                                              m_sourceToProxy.begin() + last + 1);
                    }),
            connect(m_runs, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginInsertColumns({}, first, last);
                    }),
            connect(m_runs, &QAbstractItemModel::columnsInserted, this,
                    [this] { endInsertColumns(); }),
            connect(m_runs, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginRemoveColumns({}, first, last);
                    }),
            connect(m_runs, &QAbstractItemModel::columnsRemoved, this,
                    [this] { endRemoveColumns(); }),
            connect(m_runs, &QAbstractItemModel::dataChanged, this,
                    &RunFilterProxyModel::sourceDataChanged),
            connect(m_runs, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
        if (m_sortColumn >= 0)
            m_sortField = m_runs->sortField(m_sortColumn, &m_sortStatistic);
        m_proxyToSource = acceptedRows();
        rebuildSourceToProxy();
    }
    endResetModel();
}

void RunFilterProxyModel::setStatuses(const QSet<int> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    rebuild();
}

void RunFilterProxyModel::setInstance(const QString &instanceId)
{
    if (instanceId == m_instance)
        return;
    m_instance = instanceId;
    rebuild();
}

void RunFilterProxyModel::setVersion(const QString &versionId)
{
    if (versionId == m_version)
        return;
    m_version = versionId;
    rebuild();
}

void RunFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.isEmpty() ? QByteArray() : RunStore::foldedNeedle(text);
    rebuild();
}

void RunFilterProxyModel::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

bool RunFilterProxyModel::isFiltering() const
{
    return !m_statuses.isEmpty() || !m_instance.isEmpty() || !m_version.isEmpty() ||
        !m_text.isEmpty() || m_from.isValid() || m_to.isValid();
}

namespace {

// The filters in the store's terms, worked out once for many rows.
struct Criteria
{
    Criteria(const RunStore &store, const QSet<int> &statuses, const QString &instance,
             const QString &version, const QDateTime &from, const QDateTime &to)
        : store(store)
        , statuses(statuses)
        , instance(instance.isEmpty() ? any : store.nameKey(instance))
        , version(version.isEmpty() ? any : store.nameKey(version))
        , fromMs(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min())
        , toMs(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max())
    {
    }

    bool accepts(int row) const
    {
        if (!statuses.isEmpty() && !statuses.contains(int(store.status(row))))
            return false;
        if (instance != any && store.instanceKey(row) != instance)
            return false;
        if (version != any && store.versionKey(row) != version)
            return false;
        const qint64 created = store.createdMs(row);
        return created >= fromMs && created <= toMs;
    }

    static constexpr int any = -2;
    const RunStore &store;
    const QSet<int> &statuses;
    int instance; // a name key, -1 (no run has it) or any
    int version;
    qint64 fromMs;
    qint64 toMs;
};

} // namespace

bool RunFilterProxyModel::accepts(int sourceRow) const
{
    const RunStore &store = m_runs->store();
    return Criteria(store, m_statuses, m_instance, m_version, m_from, m_to).accepts(sourceRow) &&
        (m_needle.isEmpty() || store.containsText(sourceRow, m_needle));
}

bool RunFilterProxyModel::before(int sourceA, int sourceB) const
{
    int order = m_runs->store().compare(sourceA, sourceB, m_sortField, m_sortStatistic);
    if (m_sortOrder == Qt::DescendingOrder)
        order = -order;
    return order != 0 ? order < 0 : sourceA < sourceB;
}

std::vector<int> RunFilterProxyModel::acceptedRows() const
{
    const RunStore &store = m_runs->store();
    const Criteria criteria(store, m_statuses, m_instance, m_version, m_from, m_to);
    const std::vector<quint8> text =
        m_needle.isEmpty() ? std::vector<quint8>() : store.rowsContaining(m_needle);
    std::vector<int> rows;
    rows.reserve(size_t(store.size()));
    for (int row = 0; row < store.size(); ++row) {
        if ((text.empty() || text[size_t(row)]) && criteria.accepts(row))
            rows.push_back(row);
    }
    if (m_sortColumn >= 0)
        store.sort(rows, m_sortField, m_sortStatistic, m_sortOrder);
    return rows;
}

bool RunFilterProxyModel::sortKeyChanged()
{
    if (!m_runs || m_sortColumn < 0)
        return false;
    int statistic = -1;
    const RunStore::Field field = m_runs->sortField(m_sortColumn, &statistic);
    if (field == m_sortField && statistic == m_sortStatistic)
        return false;
    m_sortField = field;
    m_sortStatistic = statistic;
    return true;
}

void RunFilterProxyModel::rebuild()
{
    if (m_runs)
        setOrder(acceptedRows());
}

void RunFilterProxyModel::setOrder(std::vector<int> order, LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Only what views hold (selection, current row, editors): a few, not one per row.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_proxyToSource[size_t(index.row())]);
    m_proxyToSource = std::move(order);
    rebuildSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_sourceToProxy[size_t(sourceRows[size_t(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void RunFilterProxyModel::rebuildSourceToProxy(size_t fromProxyRow)
{
    if (fromProxyRow == 0)
        m_sourceToProxy.assign(m_runs ? size_t(m_runs->rowCount()) : 0, -1);
    for (size_t row = fromProxyRow; row < m_proxyToSource.size(); ++row)
        m_sourceToProxy[size_t(m_proxyToSource[row])] = int(row);
}

void RunFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The rows are kept in the sort order as they arrive and change, so asking again for the
    // same order has nothing to do. QTableView::sortByColumn asks twice (once through the
    // header's indicator, once itself); at a million rows each ask is a sort and a relayout.
    if (m_runs && column == m_sortColumn && (column < 0 || order == m_sortOrder) &&
        !sortKeyChanged())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_runs && column >= 0)
        m_sortField = m_runs->sortField(column, &m_sortStatistic);
    if (column < 0) {
        // Back to the source's order.
        std::vector<int> unsorted = m_proxyToSource;
        std::sort(unsorted.begin(), unsorted.end());
        setOrder(std::move(unsorted), VerticalSortHint);
        return;
    }
    if (!m_runs)
        return;
    std::vector<int> sorted = m_proxyToSource;
    m_runs->store().sort(sorted, m_sortField, m_sortStatistic, m_sortOrder);
    setOrder(std::move(sorted), VerticalSortHint);
}

void RunFilterProxyModel::insertSourceRows(int first, int last)
{
    const int count = last - first + 1;
    if (first < int(m_sourceToProxy.size())) {
        for (int &row : m_proxyToSource) {
            if (row >= first)
                row += count;
        }
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    if (sortKeyChanged()) {
        rebuild(); // the new rows brought the first values of the statistic sorted by
        return;
    }

    std::vector<int> added;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            added.push_back(row);
    }
    if (added.empty())
        return;
    const auto position = [this](int sourceRow) {
        if (m_sortColumn < 0)
            return size_t(
                std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), sourceRow) -
                m_proxyToSource.begin());
        return size_t(std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), sourceRow,
                                       [this](int a, int b) { return before(a, b); }) -
                      m_proxyToSource.begin());
    };
    if (m_sortColumn >= 0)
        m_runs->store().sort(added, m_sortField, m_sortStatistic, m_sortOrder);
    const size_t at = position(added.front());
    if (position(added.back()) == at) {
        // One block (a page in the sort order lands at the end): an insertion.
        beginInsertRows({}, int(at), int(at + added.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + qsizetype(at), added.begin(), added.end());
        rebuildSourceToProxy(at);
        endInsertRows();
        return;
    }
    // Scattered among the rows shown: merged in, as one layout change.
    std::vector<int> merged;
    merged.reserve(m_proxyToSource.size() + added.size());
    std::merge(m_proxyToSource.begin(), m_proxyToSource.end(), added.begin(), added.end(),
               std::back_inserter(merged), [this](int a, int b) { return before(a, b); });
    setOrder(std::move(merged));
}

void RunFilterProxyModel::removeSourceRows(int first, int last)
{
    std::vector<int> rows;
    for (int row = first; row <= last; ++row) {
        if (m_sourceToProxy[size_t(row)] >= 0)
            rows.push_back(m_sourceToProxy[size_t(row)]);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        const int top = rows[j];
        const int bottom = rows[i];
        beginRemoveRows({}, top, bottom);
        for (int row = top; row <= bottom; ++row)
            m_sourceToProxy[size_t(m_proxyToSource[size_t(row)])] = -1;
        m_proxyToSource.erase(m_proxyToSource.begin() + top, m_proxyToSource.begin() + bottom + 1);
        rebuildSourceToProxy(size_t(top));
        endRemoveRows();
        i = j + 1;
    }
}

void RunFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (sortKeyChanged()) {
        rebuild(); // the layout change repaints the rows
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const bool accepted = accepts(row);
        int at = m_sourceToProxy[size_t(row)];
        if (at >= 0 && !accepted) {
            removeSourceRows(row, row);
            continue;
        }
        if (at < 0 && !accepted)
            continue;
        if (at < 0) {
            // Now passes the filters: in at its place.
            const auto place = m_sortColumn < 0
                ? std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), row)
                : std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), row,
                                   [this](int a, int b) { return before(a, b); });
            at = int(place - m_proxyToSource.begin());
            beginInsertRows({}, at, at);
            m_proxyToSource.insert(place, row);
            rebuildSourceToProxy(size_t(at));
            endInsertRows();
            continue;
        }
        const size_t shown = m_proxyToSource.size();
        const bool inOrder = m_sortColumn < 0 ||
            ((at == 0 || before(m_proxyToSource[size_t(at) - 1], row)) &&
             (size_t(at) + 1 == shown || before(row, m_proxyToSource[size_t(at) + 1])));
        if (!inOrder) {
            // Its sort value changed: it moves to its new place.
            std::vector<int> others = m_proxyToSource;
            others.erase(others.begin() + at);
            const int to = int(std::lower_bound(others.begin(), others.end(), row,
                                                [this](int a, int b) { return before(a, b); }) -
                               others.begin());
            if (beginMoveRows({}, at, at, {}, to > at ? to + 1 : to)) {
                others.insert(others.begin() + to, row);
                m_proxyToSource = std::move(others);
                rebuildSourceToProxy(size_t(std::min(at, to)));
                endMoveRows();
                at = to;
            }
        }
        Q_EMIT dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
    }
}

QModelIndex RunFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RunFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RunFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RunFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int RunFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runs ? 0 : m_runs->columnCount();
}

bool RunFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex RunFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_runs || proxyIndex.row() >= rowCount())
        return {};
    return m_runs->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RunFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_runs ||
        size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant RunFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_runs)
        return m_runs->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace Models
