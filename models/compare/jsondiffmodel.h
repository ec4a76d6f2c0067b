// The changes of a structural JSON diff as a table: what happened, where, and the value on
// each side, one line each (the whole value in the tool tip).
#pragma once

#include "models/json/jsondiff.h"

#include <QAbstractTableModel>

namespace Models {

class JsonDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDiffModel)

public:
    enum Column { ChangeColumn, PathColumn, LeftColumn, RightColumn, ColumnCount };
    // int: the JsonChange::Kind of the row, for colouring.
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit JsonDiffModel(QObject *parent = nullptr);

    void setChanges(QList<JsonChange> changes);
    const QList<JsonChange> &changes() const { return m_changes; }
    static QString kindText(JsonChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JsonChange> m_changes;
};

} // namespace Models
