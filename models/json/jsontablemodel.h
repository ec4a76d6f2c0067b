// A JSON array of objects as a table: a column per member any item has, nested objects
// flattened by path ("location.lat"), other values (arrays, or items that are not objects)
// as one line of JSON. Finding the columns, sorting and filtering run on a worker thread, so
// 100,000 items never stall the window; the model changes when a result arrives and says
// when it is busy.
#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Models {

class JsonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTableModel)

public:
    // One column: its members from the item down ({"location", "lat"}); empty for the item
    // itself (an item that is not an object).
    using ColumnPath = QStringList;

    enum Role {
        // The cell's JSON value (QJsonValue), undefined where the item has none.
        ValueRole = Qt::UserRole + 1,
        // int: the item's index in the array, whatever the sort.
        ItemIndexRole,
    };

    explicit JsonTableModel(QObject *parent = nullptr);
    ~JsonTableModel() override;

    // Starts finding the columns; the rows appear when they are found (ready()).
    void setArray(const QJsonArray &array);
    const QJsonArray &array() const { return m_array; }
    bool isBusy() const { return m_busy; }
    QList<ColumnPath> columns() const { return m_columns; }
    // Items shown, in the order shown (indexes into the array).
    const QList<int> &shownItems() const { return m_shown; }

    // Asynchronous: the order changes when the worker is done.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Items with a cell containing `text` (case-insensitive); empty shows all. Asynchronous.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // The table as CSV, the rows shown in their order (run it on a worker for large tables:
    // it reads only the arguments).
    static QByteArray toCsv(const QJsonArray &array, const QList<ColumnPath> &columns,
                            const QList<int> &items);
    static QString columnName(const ColumnPath &path);
    static QJsonValue valueAt(const QJsonValue &item, const ColumnPath &path);
    // A cell as text: strings as they are, anything else as one line of JSON.
    static QString cellText(const QJsonValue &value, qsizetype limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // The columns are found and the rows shown (after setArray()).
    void ready();

private:
    struct Arrangement
    {
        int generation = 0;
        QList<ColumnPath> columns; // set only when the columns were (re)found
        QList<int> shown;
    };
    // Runs the sort, the filter and (for a new array) the column search on the worker.
    void rearrange(bool findColumns);
    void onArranged();
    void setBusy(bool busy);

    QJsonArray m_array;
    QList<ColumnPath> m_columns;
    QList<int> m_shown;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_generation = 0;
    bool m_busy = false;
    QFutureWatcher<Arrangement> m_worker;
    // Set when a newer request (or the model's end) makes the running one pointless.
    std::shared_ptr<std::atomic_bool> m_stale;
};

} // namespace Models
