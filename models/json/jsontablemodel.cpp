// A JSON array of objects as a table, arranged on a worker thread.
#include "models/json/jsontablemodel.h"

#include "models/csv.h"
#include "models/json/jsontext.h"

#include <QHash>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace Models {

namespace {

// More columns than this are no longer a table anyone reads; the rest are left out.
constexpr qsizetype maxColumns = 500;
constexpr qsizetype cellLimit = 200;
constexpr qsizetype toolTipLimit = 2000;
// Filtering looks at this much of each cell.
constexpr qsizetype filterLimit = 1000;

void addColumns(const QJsonObject &object, QStringList &prefix, QHash<QStringList, bool> &seen,
                QList<JsonTableModel::ColumnPath> &columns)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (columns.size() >= maxColumns)
            return;
        prefix.append(it.key());
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            addColumns(it.value().toObject(), prefix, seen, columns);
        } else if (!seen.contains(prefix)) {
            seen.insert(prefix, true);
            columns.append(prefix);
        }
        prefix.removeLast();
    }
}

QList<JsonTableModel::ColumnPath> findColumns(const QJsonArray &array)
{
    QList<JsonTableModel::ColumnPath> columns;
    QHash<QStringList, bool> seen;
    QStringList prefix;
    for (const QJsonValue &item : array) {
        if (item.isObject()) {
            addColumns(item.toObject(), prefix, seen, columns);
        } else if (!seen.contains(QStringList())) {
            seen.insert(QStringList(), true);
            columns.prepend(QStringList());
        }
        if (columns.size() >= maxColumns)
            break;
    }
    return columns;
}

// Numbers sort by value and before text; missing cells sort last either way.
struct SortKey
{
    int rank = 2; // 0 number, 1 anything else, 2 missing
    double number = 0;
    QString text;
};

SortKey sortKeyOf(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isDouble())
        return {0, value.toDouble(), {}};
    return {1, 0, JsonTableModel::cellText(value, filterLimit)};
}

} // namespace

JsonTableModel::JsonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_worker, &QFutureWatcher<Arrangement>::finished, this, &JsonTableModel::onArranged);
}

JsonTableModel::~JsonTableModel()
{
    if (m_stale)
        m_stale->store(true);
    m_worker.waitForFinished();
}

void JsonTableModel::setArray(const QJsonArray &array)
{
    beginResetModel();
    m_array = array;
    m_columns.clear();
    m_shown.clear();
    m_sortColumn = -1;
    endResetModel();
    rearrange(true);
}

void JsonTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rearrange(false);
}

void JsonTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rearrange(false);
}

void JsonTableModel::rearrange(bool findColumns)
{
    // A sort or filter asked for before the columns are known drops that search's result
    // (it is older): this one searches too.
    findColumns = findColumns || m_columns.isEmpty();
    const int generation = ++m_generation;
    setBusy(true);
    // A newer request makes this one's result stale: it stops early, and what it found is
    // dropped when it arrives.
    if (m_stale)
        m_stale->store(true);
    m_stale = std::make_shared<std::atomic_bool>(false);
    m_worker.setFuture(QtConcurrent::run([array = m_array, columns = m_columns, findColumns,
                                          sortColumn = m_sortColumn, order = m_sortOrder,
                                          filter = m_filter, generation,
                                          stale = m_stale]() mutable {
        Arrangement result;
        result.generation = generation;
        if (findColumns) {
            columns = Models::findColumns(array);
            result.columns = columns;
        }
        for (int i = 0; i < array.size(); ++i) {
            if (i % 1024 == 0 && stale->load(std::memory_order_relaxed))
                return result;
            if (filter.isEmpty()) {
                result.shown.append(i);
                continue;
            }
            const QJsonValue item = array.at(i);
            for (const ColumnPath &column : std::as_const(columns)) {
                if (cellText(valueAt(item, column), filterLimit)
                        .contains(filter, Qt::CaseInsensitive)) {
                    result.shown.append(i);
                    break;
                }
            }
        }
        if (sortColumn >= 0 && sortColumn < columns.size()) {
            std::vector<std::pair<SortKey, int>> keyed;
            keyed.reserve(size_t(result.shown.size()));
            for (const int i : std::as_const(result.shown))
                keyed.emplace_back(sortKeyOf(valueAt(array.at(i), columns[sortColumn])), i);
            const bool ascending = order == Qt::AscendingOrder;
            std::stable_sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
                const SortKey &x = a.first;
                const SortKey &y = b.first;
                if (x.rank != y.rank)
                    return x.rank < y.rank; // missing last, whichever the order
                if (x.rank == 2)
                    return false;
                const int c = x.rank == 0 ? (x.number < y.number ? -1 : y.number < x.number)
                                          : x.text.localeAwareCompare(y.text);
                return ascending ? c < 0 : c > 0;
            });
            for (size_t k = 0; k < keyed.size(); ++k)
                result.shown[qsizetype(k)] = keyed[k].second;
        }
        return result;
    }));
}

void JsonTableModel::onArranged()
{
    const Arrangement result = m_worker.result();
    if (result.generation != m_generation)
        return; // a newer one is on its way
    const bool newColumns = !result.columns.isEmpty() || m_columns.isEmpty();
    // Another set of rows (a filter) resets; the same rows in another order (a sort) keep
    // the views' selection and scroll position.
    if (newColumns || result.shown.size() != m_shown.size()) {
        beginResetModel();
        if (!result.columns.isEmpty())
            m_columns = result.columns;
        m_shown = result.shown;
        endResetModel();
    } else {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QHash<int, int> rowOfItem; // only for the rows views hold on to
        if (!before.isEmpty()) {
            for (int row = 0; row < result.shown.size(); ++row)
                rowOfItem.insert(result.shown[row], row);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const int row = rowOfItem.value(m_shown.value(index.row()), -1);
            after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        m_shown = result.shown;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    setBusy(false);
    if (newColumns)
        Q_EMIT ready();
}

void JsonTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QString JsonTableModel::columnName(const ColumnPath &path)
{
    if (path.isEmpty())
        return tr("(value)", "column of array items that are not objects");
    QString name;
    for (const QString &key : path)
        JsonText::appendMember(name, key);
    return name;
}

QJsonValue JsonTableModel::valueAt(const QJsonValue &item, const ColumnPath &path)
{
    if (path.isEmpty())
        return item.isObject() ? QJsonValue(QJsonValue::Undefined) : item;
    QJsonValue value = item;
    for (const QString &key : path) {
        if (!value.isObject())
            return QJsonValue::Undefined;
        value = value.toObject().value(key);
    }
    return value;
}

QString JsonTableModel::cellText(const QJsonValue &value, qsizetype limit)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        const QString text = value.toString();
        return text.size() <= limit ? text : text.left(limit) + QChar(0x2026);
    }
    return JsonText::oneLine(value, limit);
}

QByteArray JsonTableModel::toCsv(const QJsonArray &array, const QList<ColumnPath> &columns,
                                 const QList<int> &items)
{
    QStringList header;
    for (const ColumnPath &column : columns)
        header.append(columnName(column));
    QByteArray csv = Csv::line(header).toUtf8() + '\n';
    constexpr qsizetype whole = std::numeric_limits<qsizetype>::max() / 2;
    for (const int i : items) {
        QStringList fields;
        const QJsonValue item = array.at(i);
        for (const ColumnPath &column : columns) {
            const QJsonValue value = valueAt(item, column);
            fields.append(value.isDouble() ? Csv::number(value.toDouble())
                                           : cellText(value, whole));
        }
        csv += Csv::line(fields).toUtf8() + '\n';
    }
    return csv;
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const int item = m_shown[index.row()];
    if (role == ItemIndexRole)
        return item;
    const QJsonValue value = valueAt(m_array.at(item), m_columns[index.column()]);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(value, cellLimit);
    case Qt::ToolTipRole:
        return value.isUndefined() ? QVariant() : QVariant(cellText(value, toolTipLimit));
    case Qt::TextAlignmentRole:
        return value.isDouble() ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant();
    case ValueRole:
        return QVariant::fromValue(value);
    }
    return {};
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_shown.size() ? QVariant(m_shown[section]) : QVariant();
    return section >= 0 && section < m_columns.size() ? QVariant(columnName(m_columns[section]))
                                                      : QVariant();
}

} // namespace Models
