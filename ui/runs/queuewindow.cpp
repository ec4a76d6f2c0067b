// The account queue, polled while seen.
#include "queuewindow.h"

#include "api/client/nextmvservice.h"
#include "ui/widgets/confirmation.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

QueueWindow::QueueWindow(Api::NextmvService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new Models::QueueListModel(Models::queueColumns(), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Run…"), this))
{
    setWindowTitle(tr("Account Queue"));
    m_model->setLoader(
        [&service](QObject *context, auto done) { return service.accountQueue(context, done); });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const Api::RunSummary &run = m_model->item(index.row());
        Q_EMIT openRunRequested(run.applicationId, run.id);
    });
    connect(m_model, &Models::EntityListModelBase::loaded, this, &QueueWindow::updateSummary);
    connect(m_model, &Models::EntityListModelBase::loadFailed, this,
            [this](const Api::Error &error) { m_summary->setText(error.message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_cancel->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &QueueWindow::cancelSelected);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, m_model, &Models::EntityListModelBase::reload);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The queue changes on its own; a few seconds keeps it current without a busy server.
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, m_model, &Models::EntityListModelBase::reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_summary->setText(tr("Loading the queue…"));
}

void QueueWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_model->reload();
    m_poll.start();
}

void QueueWindow::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QDialog::hideEvent(event);
}

void QueueWindow::updateSummary()
{
    int running = 0;
    for (const Api::RunSummary &run : m_model->items())
        running += run.status == Api::RunStatus::Running ? 1 : 0;
    const int queued = m_model->rowCount() - running;
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("Nothing is queued or running.")
                           : tr("%n run(s) running", nullptr, running) + QStringLiteral(", ") +
                               tr("%n queued, across all applications.", nullptr, queued));
}

void QueueWindow::cancelSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Api::RunSummary run = m_model->item(rows.first().row());
    const Confirmation question{.title = tr("Cancel Run"),
                                .text = tr("Cancel run %1 of %2? It ends as canceled; its input "
                                           "and logs are kept.")
                                            .arg(run.id, run.applicationId),
                                .yesText = tr("Cancel Run"),
                                .noText = tr("Keep Running")};
    askThen(this, question, [this, run] {
        m_service.cancelRun(run.applicationId, run.id, this,
                            [this](const Api::Result<bool> &canceled) {
                                if (!canceled)
                                    m_summary->setText(canceled.error().message);
                                m_model->reload();
                            });
    });
}

} // namespace Ui
