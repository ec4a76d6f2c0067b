// Lazy, chunked JSON tree model: nodes exist only for rows a view has actually asked for.
#include "models/json/jsontreemodel.h"

#include "models/json/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QScopedValueRollback>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <limits>
#include <utility>
#include <vector>

namespace Models {

using JsonText::appendJson;
using JsonText::appendQuoted;
using JsonText::scalarText;

namespace {

// A one-line cell with megabytes of text makes a view stall on text layout.
constexpr qsizetype DisplayLimit = 500;
// Enough to recognise a value at a glance; the rest is one "copy value" away.
constexpr qsizetype ToolTipLimit = 2000;
constexpr QStringView Ellipsis = u"\u2026";

int childTotal(const QJsonValue &value)
{
    qsizetype size = 0;
    if (value.isArray())
        size = value.toArray().size();
    else if (value.isObject())
        size = value.toObject().size();
    return int(std::min<qsizetype>(size, INT_MAX));
}

QString truncated(QString text, qsizetype limit)
{
    if (text.size() > limit) {
        text.truncate(limit);
        text += Ellipsis;
    }
    return text;
}

} // namespace

struct JsonTreeModel::Node
{
    Node(Node *parentNode, int rowInParent, QString memberKey, QJsonValue jsonValue)
        : parent(parentNode)
        , row(rowInParent)
        , key(std::move(memberKey))
        , value(std::move(jsonValue))
        , total(childTotal(value))
        , exposed(std::min(total, ChunkSize))
    {
    }

    Node *const parent; // null only for the invisible root
    const int row;
    const QString key; // member name in an object; empty for array elements and the root
    // Containers share their data with the document, so holding them here copies nothing.
    const QJsonValue value;
    const int total; // children the JSON value has
    int exposed; // children the model reports; grows by ChunkSize per fetchMore()
    // Grown to `exposed` on demand; a slot stays null until index() asks for that row.
    std::vector<std::unique_ptr<Node>> children;
};

QFuture<JsonTreeModel::ParseResult> JsonTreeModel::parseAsync(QByteArray bytes)
{
    return QtConcurrent::run([bytes = std::move(bytes)] {
        QJsonParseError error;
        ParseResult result;
        result.document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            result.error = error.errorString();
            result.errorOffset = error.offset;
        }
        return result;
    });
}

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>(nullptr, 0, QString(), QJsonValue()))
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    QJsonDocument previous = std::exchange(m_document, document);
    QJsonValue rootValue;
    if (document.isArray())
        rootValue = document.array();
    else if (document.isObject())
        rootValue = document.object();
    std::shared_ptr<Node> previousRoot =
        std::exchange(m_root, std::make_unique<Node>(nullptr, 0, QString(), rootValue));
    endResetModel();
    // Freeing the million values of a 100 MB document takes the better part of a second: done
    // on the thread pool, the window does not freeze when the next run is shown. Nothing here
    // refers to them any more, and Qt counts references to JSON data atomically.
    if (!previous.isEmpty()) {
        QThreadPool::globalInstance()->start(
            [previous = std::move(previous), previousRoot = std::move(previousRoot)]() mutable {
                previousRoot.reset();
                previous = {};
            });
    }
}

void JsonTreeModel::clear()
{
    setDocument({});
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

JsonTreeModel::Node *JsonTreeModel::childAt(Node *parent, int row) const
{
    Q_ASSERT(row >= 0 && row < parent->exposed);
    if (parent->children.size() < size_t(parent->exposed))
        parent->children.resize(size_t(parent->exposed));
    std::unique_ptr<Node> &slot = parent->children[size_t(row)];
    if (!slot) {
        if (parent->value.isArray()) {
            slot = std::make_unique<Node>(parent, row, QString(), parent->value.toArray().at(row));
        } else {
            // Random access into the object's sorted members: no walk, no copy of the keys.
            const QJsonObject object = parent->value.toObject();
            const auto it = object.constBegin() + row;
            slot = std::make_unique<Node>(parent, row, it.key(), it.value());
        }
    }
    return slot.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, childAt(nodeFor(parent), row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, KeyColumn, parentNode);
}

QModelIndex JsonTreeModel::sibling(int row, int column, const QModelIndex &index) const
{
    // Views ask for the other cells of a row all the time; that needs no parent lookup.
    if (index.isValid() && row == index.row() && column >= 0 && column < ColumnCount)
        return createIndex(row, column, index.internalPointer());
    return QAbstractItemModel::sibling(row, column, index);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return nodeFor(parent)->exposed;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    // True before the first chunk is fetched too, so views draw an expander for it.
    if (parent.column() > 0)
        return false;
    return nodeFor(parent)->total > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_notifying || parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return node->exposed < node->total;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    const int first = node->exposed;
    const int last = std::min(node->total - first, ChunkSize) + first - 1;
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows(parent, first, last);
    node->exposed = last + 1;
    endInsertRows();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index));
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(node);
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeName(node->value);
        }
        break;
    case Qt::ToolTipRole:
        return toolTipText(node->value);
    case JsonPathRole:
        return pathOf(node);
    case RawValueRole:
        return QVariant::fromValue(node->value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key", "column header: JSON member name or array position");
    case ValueColumn:
        return tr("Value", "column header: JSON value");
    case TypeColumn:
        return tr("Type", "column header: JSON value type");
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index));
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Lets views skip hasChildren() for scalars, the bulk of any large document.
    const QJsonValue &value = nodeFor(index)->value;
    if (index.column() != KeyColumn || !(value.isArray() || value.isObject()))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(JsonPathRole, QByteArrayLiteral("jsonPath"));
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    return names;
}

QString JsonTreeModel::keyText(const Node *node) const
{
    if (node->parent && node->parent->value.isArray())
        return QStringLiteral("[%1]").arg(node->row);
    return node->key;
}

QString JsonTreeModel::pathOf(const Node *node) const
{
    std::vector<const Node *> chain;
    for (const Node *n = node; n && n != m_root.get(); n = n->parent)
        chain.push_back(n);

    QString path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Node *n = *it;
        if (n->parent->value.isArray())
            JsonText::appendIndex(path, n->row);
        else
            JsonText::appendMember(path, n->key);
    }
    return path;
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("{%n keys}", "summary of a JSON object", childTotal(value));
    case QJsonValue::Array:
        return tr("[%n items]", "summary of a JSON array", childTotal(value));
    case QJsonValue::String: {
        QString text;
        if (!appendQuoted(text, value.toString(), DisplayLimit))
            text += Ellipsis;
        return text;
    }
    default:
        return scalarText(value);
    }
}

QString JsonTreeModel::toolTipText(const QJsonValue &value)
{
    if (value.isString())
        return truncated(value.toString(), ToolTipLimit);
    if (!value.isArray() && !value.isObject())
        return scalarText(value);
    QString text;
    if (!appendJson(text, value, 0, ToolTipLimit)) {
        text.truncate(ToolTipLimit);
        text += Ellipsis;
        return text;
    }
    return truncated(text, ToolTipLimit);
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object", "JSON value type");
    case QJsonValue::Array:
        return tr("array", "JSON value type");
    case QJsonValue::String:
        return tr("string", "JSON value type");
    case QJsonValue::Double:
        return tr("number", "JSON value type");
    case QJsonValue::Bool:
        return tr("boolean", "JSON value type");
    case QJsonValue::Null:
        return tr("null", "JSON value type");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace Models
