// A line diff as a table: the line number on each side and the line, marked removed, added
// or unchanged; a folded run of unchanged lines is one row that says how many.
#pragma once

#include "models/json/linediff.h"

#include <QAbstractTableModel>

namespace Models {

class LineDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineDiffModel)

public:
    enum Column { LeftLineColumn, RightLineColumn, TextColumn, ColumnCount };
    // int: the LineDiffRow::Kind of the row, for colouring.
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit LineDiffModel(QObject *parent = nullptr);

    void setRows(QList<LineDiffRow> rows);
    const QList<LineDiffRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LineDiffRow> m_rows;
};

} // namespace Models
