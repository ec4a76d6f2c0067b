// A line diff as a table.
#include "models/compare/linediffmodel.h"

#include <climits>

namespace Models {

LineDiffModel::LineDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LineDiffModel::setRows(QList<LineDiffRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LineDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LineDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineDiffModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const LineDiffRow &row = m_rows[index.row()];
    if (role == KindRole)
        return int(row.kind);
    if (role == Qt::TextAlignmentRole && index.column() != TextColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LeftLineColumn:
        return row.leftLine > 0 ? QVariant(row.leftLine) : QVariant();
    case RightLineColumn:
        return row.rightLine > 0 ? QVariant(row.rightLine) : QVariant();
    case TextColumn:
        switch (row.kind) {
        case LineDiffRow::Kind::Removed:
            return QStringLiteral("- ") + row.text;
        case LineDiffRow::Kind::Added:
            return QStringLiteral("+ ") + row.text;
        case LineDiffRow::Kind::Same:
            return QStringLiteral("  ") + row.text;
        case LineDiffRow::Kind::Skipped:
            return tr("⋯ %n unchanged line(s)", nullptr,
                      int(std::min<qsizetype>(row.skipped, INT_MAX)));
        }
    }
    return {};
}

QVariant LineDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeftLineColumn:
        return tr("First", "column header: line number in the first run's output");
    case RightLineColumn:
        return tr("Second", "column header: line number in the second run's output");
    case TextColumn:
        return tr("Line");
    }
    return {};
}

} // namespace Models
