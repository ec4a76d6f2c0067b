// Shows a JSON payload as a lazy tree and as raw text.
#include "jsonviewer.h"

#include "ui/json/jsontableview.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

JsonViewer::JsonViewer(QWidget *parent)
    : QWidget(parent)
    , m_model(new Models::JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_treeButton(new QPushButton(tr("Tree"), this))
    , m_rawButton(new QPushButton(tr("Raw"), this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_tableButton(new QPushButton(tr("Open as Table"), this))
    , m_saveButton(new QPushButton(tr("Save As…"), this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // keeps huge arrays cheap to scroll
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &JsonViewer::showTreeMenu);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_raw);
    setAccessibleName(tr("JSON viewer"));
    setAccessibleDescription(tr("A JSON document as an expandable tree or as raw text"));
    m_tree->setAccessibleName(tr("JSON tree"));
    m_raw->setAccessibleName(tr("JSON text"));
    m_treeButton->setToolTip(tr("Show the document as a tree"));
    m_rawButton->setToolTip(tr("Show the document as text"));

    for (QPushButton *b : {m_treeButton, m_rawButton})
        b->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_treeButton);
    group->addButton(m_rawButton);
    m_treeButton->setChecked(true);
    connect(m_treeButton, &QPushButton::toggled, this, [this](bool on) { showTree(on); });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_content)); });
    connect(m_saveButton, &QPushButton::clicked, this, &JsonViewer::saveRequested);
    m_tableButton->setToolTip(tr("Show the selected array of objects, or the whole document "
                                 "when it is one, as a sortable table"));
    connect(m_tableButton, &QPushButton::clicked, this, &JsonViewer::openSelectionAsTable);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_tableButton->setEnabled(!tableCandidate().isUndefined()); });
    connect(&m_parser, &QFutureWatcher<Models::JsonTreeModel::ParseResult>::finished, this,
            &JsonViewer::onParsed);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_treeButton);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    setMessage({});
}

void JsonViewer::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    const QJsonValue value = index.data(Models::JsonTreeModel::RawValueRole).value<QJsonValue>();
    const QString path = index.data(Models::JsonTreeModel::JsonPathRole).toString();
    // Popped up, not exec()ed: the view keeps working while it is open.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *table =
        menu->addAction(tr("Open as Table"), this,
                        [this, index = QPersistentModelIndex(index)] { openAsTable(index); });
    table->setEnabled(JsonTableView::isTable(value));
    menu->addSeparator();
    menu->addAction(tr("Copy Path"), this, [path] { QApplication::clipboard()->setText(path); });
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

JsonTableView *JsonViewer::openAsTable(const QModelIndex &index)
{
    const QJsonValue value = index.data(Models::JsonTreeModel::RawValueRole).value<QJsonValue>();
    if (!JsonTableView::isTable(value))
        return nullptr;
    return showTable(value.toArray(), index.data(Models::JsonTreeModel::JsonPathRole).toString());
}

JsonTableView *JsonViewer::showTable(const QJsonArray &array, const QString &path)
{
    auto *view = new JsonTableView(array, path, this);
    view->show();
    return view;
}

QJsonValue JsonViewer::tableCandidate(QModelIndex *index) const
{
    const QModelIndex current = m_tree->currentIndex();
    const QJsonValue selected =
        current.data(Models::JsonTreeModel::RawValueRole).value<QJsonValue>();
    if (current.isValid() && JsonTableView::isTable(selected)) {
        if (index)
            *index = current;
        return selected;
    }
    const QJsonDocument document = m_model->document();
    if (document.isArray() && JsonTableView::isTable(document.array()))
        return document.array();
    return QJsonValue::Undefined;
}

JsonTableView *JsonViewer::openSelectionAsTable()
{
    QModelIndex index;
    const QJsonValue value = tableCandidate(&index);
    if (index.isValid())
        return openAsTable(index);
    return value.isUndefined() ? nullptr : showTable(value.toArray(), {});
}

void JsonViewer::showTree(bool tree)
{
    if (!tree)
        fillRawText();
    m_pages->setCurrentWidget(tree ? static_cast<QWidget *>(m_tree) : m_raw);
}

void JsonViewer::fillRawText()
{
    if (m_rawFilled)
        return;
    m_rawFilled = true;
    // A 100 MB string in a text edit would stall layout for seconds: show the head only. Even
    // the head takes a tenth of a second to lay out, so it is done when first asked for.
    if (m_content.size() > rawTextLimit) {
        m_raw->setPlainText(QString::fromUtf8(m_content.left(rawTextLimit)) +
                            tr("\n… (%1 more bytes; use Save As… for the whole document)")
                                .arg(m_content.size() - rawTextLimit));
    } else {
        m_raw->setPlainText(QString::fromUtf8(m_content));
    }
}

void JsonViewer::setRawContent(const QByteArray &bytes)
{
    // Freeing 100 MB takes a while too; the thread pool does it.
    if (m_content.size() > rawTextLimit) {
        QThreadPool::globalInstance()->start(
            [previous = std::exchange(m_content, bytes)]() mutable { previous = {}; });
    } else {
        m_content = bytes;
    }
    m_raw->clear();
    m_rawFilled = bytes.isEmpty();
}

void JsonViewer::setLoading(const QString &message)
{
    ++m_generation;
    setRawContent({});
    m_model->clear();
    m_status->setText(message);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_tableButton->setEnabled(false);
}

void JsonViewer::setMessage(const QString &message)
{
    setLoading(message);
}

void JsonViewer::setContent(const QByteArray &bytes)
{
    const int generation = ++m_generation;
    setRawContent(bytes);
    if (m_rawButton->isChecked())
        fillRawText();
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    m_status->setText(tr("Reading…"));
    m_model->clear();
    m_parser.setProperty("generation", generation);
    m_parser.setFuture(Models::JsonTreeModel::parseAsync(bytes));
}

void JsonViewer::onParsed()
{
    // Taken out of the future, so the model holds the only reference and can free the document
    // off this thread when it is replaced.
    QFuture<Models::JsonTreeModel::ParseResult> future = m_parser.future();
    if (!future.isValid() || future.resultCount() == 0)
        return;
    Models::JsonTreeModel::ParseResult result = future.takeResult();
    if (m_parser.property("generation").toInt() != m_generation) {
        // Another document came meanwhile: this one is freed where that costs the window nothing.
        QThreadPool::globalInstance()->start(
            [stale = std::move(result.document)]() mutable { stale = {}; });
        return;
    }
    if (!result.ok()) {
        // Not JSON (text output, or a broken file): the raw view still shows it as it is.
        m_status->setText(tr("Not JSON (%1 at byte %2); showing the raw text.")
                              .arg(result.error)
                              .arg(result.errorOffset));
        m_rawButton->setChecked(true);
    } else {
        m_model->setDocument(result.document);
        m_tableButton->setEnabled(!tableCandidate().isUndefined());
        m_tree->expandToDepth(0);
        m_tree->resizeColumnToContents(0);
        m_status->setText(tr("%1 bytes").arg(QLocale().toString(m_content.size())));
    }
    Q_EMIT contentShown();
}

} // namespace Ui
