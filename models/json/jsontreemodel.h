// Read-only tree model over a JSON document (key / value / type), lazy and chunked for huge runs.
#pragma once

#include <QAbstractItemModel>
#include <QFuture>
#include <QJsonDocument>
#include <QString>

#include <memory>

namespace Models {

class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    enum Role {
        // Dotted path such as "solutions[0].items[3]", for "copy path".
        JsonPathRole = Qt::UserRole + 1,
        // The QJsonValue itself, for copying or drilling in without re-parsing text.
        RawValueRole,
    };

    // How many children a container shows before the view has to ask for more.
    static constexpr int ChunkSize = 1000;

    struct ParseResult
    {
        QJsonDocument document;
        QString error; // empty on success; Qt's translated parser message otherwise
        qint64 errorOffset = -1; // byte offset of the error in the input, -1 on success

        bool ok() const { return error.isEmpty(); }
    };

    // Parsing a 100 MB run output takes seconds; do it on the thread pool, never the GUI thread.
    static QFuture<ParseResult> parseAsync(QByteArray bytes);

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    void clear();
    QJsonDocument document() const { return m_document; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    Node *childAt(Node *parent, int row) const;
    QString keyText(const Node *node) const;
    QString pathOf(const Node *node) const;
    static QString valueText(const QJsonValue &value);
    static QString toolTipText(const QJsonValue &value);
    static QString typeName(const QJsonValue &value);

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
    // True while reset or insert signals go out. A listener that fetches more from its slot
    // (QAbstractItemModelTester does, on modelReset and rowsInserted) would nest a second
    // insert inside the first; it gets "nothing more" now and can ask again afterwards.
    bool m_notifying = false;
};

} // namespace Models
