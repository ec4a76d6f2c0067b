// Structural JSON changes as a table.
#include "models/compare/jsondiffmodel.h"

#include "models/json/jsontext.h"

namespace Models {

namespace {
// One line in a cell: a long value would stall the view's text layout.
constexpr qsizetype cellLimit = 200;
constexpr qsizetype toolTipLimit = 2000;

QString toolTip(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    QString text;
    if (!JsonText::appendJson(text, value, 0, toolTipLimit))
        text += QChar(0x2026);
    return text;
}
} // namespace

JsonDiffModel::JsonDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JsonDiffModel::setChanges(QList<JsonChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString JsonDiffModel::kindText(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return tr("added", "a JSON value only in the second output");
    case JsonChange::Kind::Removed:
        return tr("removed", "a JSON value only in the first output");
    case JsonChange::Kind::Changed:
        return tr("changed", "a JSON value that differs between the outputs");
    case JsonChange::Kind::Moved:
        return tr("moved", "an array item at another position in the second output");
    }
    return {};
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const JsonChange &change = m_changes[index.row()];
    if (role == KindRole)
        return int(change.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ChangeColumn:
        return role == Qt::DisplayRole ? kindText(change.kind) : QVariant();
    case PathColumn: {
        QString path = change.path();
        if (!change.leftPath.isEmpty() && !change.rightPath.isEmpty() &&
            change.leftPath != change.rightPath)
            path = change.leftPath + QStringLiteral(" → ") + change.rightPath;
        return path.isEmpty() ? tr("(the whole output)") : path;
    }
    case LeftColumn:
    case RightColumn: {
        const QJsonValue &value = index.column() == LeftColumn ? change.left : change.right;
        if (role == Qt::ToolTipRole)
            return toolTip(value);
        return value.isUndefined() ? QString() : JsonText::oneLine(value, cellLimit);
    }
    }
    return {};
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PathColumn:
        return tr("Path");
    case LeftColumn:
        return tr("First run");
    case RightColumn:
        return tr("Second run");
    }
    return {};
}

} // namespace Models
