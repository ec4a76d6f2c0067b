// A JSON array as a table.
#include "ui/json/jsontableview.h"

#include "models/json/jsontablemodel.h"
#include "ui/widgets/textexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace Ui {

JsonTableView::JsonTableView(const QJsonArray &array, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_model(new Models::JsonTableModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(QStringLiteral("jsonTableView"));
    setWindowTitle(path.isEmpty() ? tr("Table") : tr("Table of %1").arg(path));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setPlaceholderText(tr("Filter rows by any cell"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("tableStatus"));

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Fixed row heights: 100,000 rows scroll without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Fitting the columns reads this many rows, not all of them.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->verticalHeader()->setToolTip(tr("The item's position in the array"));
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcuts(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedText()); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &Models::JsonTableModel::busyChanged, this, &JsonTableView::updateStatus);
    connect(m_model, &Models::JsonTableModel::ready, this, [this] {
        m_table->resizeColumnsToContents();
        updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &JsonTableView::askAndExport);
    connect(&m_exporter, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_exporter.result();
        m_export->setEnabled(true);
        m_status->setText(error.isEmpty() ? tr("Exported.") : error);
        Q_EMIT exported(error);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_model->setArray(array);
    updateStatus();
}

JsonTableView::~JsonTableView()
{
    m_exporter.waitForFinished();
}

bool JsonTableView::isTable(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::any_of(array.cbegin(), array.cend(),
                       [](const QJsonValue &item) { return item.isObject(); });
}

void JsonTableView::updateStatus()
{
    if (m_model->isBusy()) {
        m_status->setText(tr("Working…"));
        return;
    }
    const QLocale locale;
    m_status->setText(
        tr("%1 of %2 items")
            .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->array().size())));
}

QString JsonTableView::selectedText() const
{
    // The cells by row and column, so a block copies as a block whatever order it was picked.
    std::map<int, std::map<int, QString>> cells;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        const QJsonValue value = index.data(Models::JsonTableModel::ValueRole).value<QJsonValue>();
        QString text = Models::JsonTableModel::cellText(value, 1 << 20);
        text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        cells[index.row()][index.column()] = text;
    }
    QStringList lines;
    for (const auto &[row, columns] : cells) {
        QStringList fields;
        for (const auto &[column, text] : columns)
            fields.append(text);
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void JsonTableView::exportCsv(const QString &path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_exporter.setFuture(QtConcurrent::run([array = m_model->array(), columns = m_model->columns(),
                                            items = m_model->shownItems(), path] {
        return TextExport::write(path, Models::JsonTableModel::toCsv(array, columns, items));
    }));
}

void JsonTableView::askAndExport()
{
    const QString path = TextExport::askPath(this, tr("Export table"), QStringLiteral("table.csv"),
                                             tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Ui
