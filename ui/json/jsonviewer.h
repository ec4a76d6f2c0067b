// Shows a JSON payload (a run's input or output) as a lazily expanded tree and as raw text,
// parsing on a worker thread so a 100 MB document never freezes the window. Offers copy and
// save; saving large payloads is left to the owner (it may stream from the server).
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "models/json/jsontreemodel.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Ui {

class JsonTableView;

class JsonViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonViewer)

public:
    // The raw text view shows at most this much (laying out more text stalls the window);
    // the tree always has everything.
    static constexpr qint64 rawTextLimit = 256 * 1024;

    explicit JsonViewer(QWidget *parent = nullptr);

    void setLoading(const QString &message);
    void setMessage(const QString &message);
    void setContent(const QByteArray &bytes);
    QByteArray content() const { return m_content; }
    bool isParsing() const { return m_parser.isRunning(); }
    Models::JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    // Opens the array at this tree index as a table in a window of its own (null when it is
    // not an array of objects).
    JsonTableView *openAsTable(const QModelIndex &index);
    // The selected array as a table, or the whole document when it is one.
    JsonTableView *openSelectionAsTable();
    QPushButton *tableButton() const { return m_tableButton; }

Q_SIGNALS:
    void saveRequested();
    // The document is parsed and shown (or failed to parse).
    void contentShown();

private:
    void showTree(bool tree);
    void fillRawText();
    void setRawContent(const QByteArray &bytes);
    void onParsed();
    void showTreeMenu(const QPoint &position);
    // The value the table button would open, if any.
    QJsonValue tableCandidate(QModelIndex *index = nullptr) const;
    JsonTableView *showTable(const QJsonArray &array, const QString &path);

    Models::JsonTreeModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QStackedWidget *m_pages;
    QLabel *m_status;
    QPushButton *m_treeButton;
    QPushButton *m_rawButton;
    QPushButton *m_copyButton;
    QPushButton *m_tableButton;
    QPushButton *m_saveButton;
    QByteArray m_content;
    bool m_rawFilled = true; // the raw view shows m_content (filled when first shown)
    QFutureWatcher<Models::JsonTreeModel::ParseResult> m_parser;
    int m_generation = 0;
};

} // namespace Ui
