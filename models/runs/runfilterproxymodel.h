// Sorting and filtering of the runs table: by status, instance, version, text (name, ID,
// description) and creation date range. Sorts on raw values, not display text.
// Built for a million rows: it works on the RunListModel's compact store (precomputed keys, a
// radix sort, one scan of a folded haystack for text), not on QVariants; pages arriving in the
// sort order are appended, and a new sort or filter is one layout change, which moves only the
// few persistent indexes views hold (selection, current row).
#pragma once

#include "runstore.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QSet>

#include <vector>

namespace Models {

class RunListModel;

class RunFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterProxyModel)

public:
    explicit RunFilterProxyModel(QObject *parent = nullptr);

    // A RunListModel; any other model shows no rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Empty sets and strings mean "any".
    void setStatuses(const QSet<int> &statuses);
    void setInstance(const QString &instanceId);
    void setVersion(const QString &versionId);
    void setText(const QString &text);
    // Invalid bounds are open.
    void setCreatedRange(const QDateTime &from, const QDateTime &to);

    bool isFiltering() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    // Before: a proxy row sorts before another (source order breaks ties).
    bool before(int sourceA, int sourceB) const;
    // The source rows that pass the filters, in the sort order.
    std::vector<int> acceptedRows() const;
    // A statistic's key exists once a run has a value for it: then the sort takes it up.
    bool sortKeyChanged();
    // Filters and sorts all rows again: one layout change.
    void rebuild();
    void setOrder(std::vector<int> order, LayoutChangeHint hint = NoLayoutChangeHint);
    void rebuildSourceToProxy(size_t fromProxyRow = 0);
    void insertSourceRows(int first, int last);
    void removeSourceRows(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    RunListModel *m_runs = nullptr;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RunStore::Field m_sortField = RunStore::Field::Created;
    int m_sortStatistic = -1;
    QSet<int> m_statuses;
    QString m_instance;
    QString m_version;
    QString m_text;
    QByteArray m_needle;
    QDateTime m_from;
    QDateTime m_to;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Models
