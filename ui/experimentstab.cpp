// The Experiments tab.
#include "experimentstab.h"

#include "acceptanceresultsview.h"
#include "api/batchcancellation.h"
#include "api/nextmvservice.h"
#include "batchresultsview.h"
#include "models/experimentlistmodel.h"
#include "namedescriptiondialog.h"
#include "newacceptancetestdialog.h"
#include "newexperimentwizard.h"
#include "progresspainting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using Models::ExperimentListModel;

namespace {

// The progress column as a bar with "done / requested" on it.
class ProgressColumnDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double progress = index.data(ExperimentListModel::ProgressRole).toDouble();
        if (progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        paintProgressBar(painter, option, option.rect.adjusted(2, 2, -2, -2), int(progress * 100),
                         index.data().toString());
    }
};

} // namespace

ExperimentsTab::ExperimentsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExperimentListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_batchView(new BatchResultsView(this))
    , m_acceptanceView(new AcceptanceResultsView(this))
    , m_newAcceptance(new QPushButton(tr("New Acceptance Test…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_poll(new QTimer(this))
{
    auto *newBatch = new QPushButton(tr("New Experiment…"), this);
    newBatch->setObjectName(QStringLiteral("newExperiment"));
    m_newAcceptance->setObjectName(QStringLiteral("newAcceptanceTest"));
    m_newAcceptance->setToolTip(tr("Compare two instances of the selected, finished batch "
                                   "experiment"));
    m_rename->setObjectName(QStringLiteral("renameExperiment"));
    m_delete->setObjectName(QStringLiteral("deleteExperiment"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(newBatch, &QPushButton::clicked, this, &ExperimentsTab::newExperiment);
    connect(m_newAcceptance, &QPushButton::clicked, this, &ExperimentsTab::newAcceptanceTest);
    connect(m_rename, &QPushButton::clicked, this, &ExperimentsTab::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ExperimentsTab::deleteCurrent);
    connect(refreshButton, &QPushButton::clicked, this, &ExperimentsTab::refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newBatch);
    buttons->addWidget(m_newAcceptance);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(refreshButton);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ExperimentListModel::UnderlyingDataRole);
    m_table->setObjectName(QStringLiteral("experimentList"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExperimentListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(ExperimentListModel::Progress,
                                      new ProgressColumnDelegate(m_table));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExperimentsTab::showCurrent);

    m_placeholder->setText(tr("Select an experiment to see its results, or start a new one."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_details->addWidget(m_placeholder);
    m_details->addWidget(m_batchView);
    m_details->addWidget(m_acceptanceView);
    connect(m_batchView, &BatchResultsView::cancelRequested, this,
            &ExperimentsTab::cancelExperiment);
    connect(m_batchView, &BatchResultsView::openRunRequested, this,
            &ExperimentsTab::openRunRequested);
    connect(m_batchView, &BatchResultsView::errorOccurred, this, &ExperimentsTab::reportError);
    connect(m_acceptanceView, &AcceptanceResultsView::openExperimentRequested, this,
            &ExperimentsTab::showBatchExperiment);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // One timer drives live progress: it stops itself once nothing runs.
    m_poll->setInterval(2000);
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, [this] {
        refresh();
        refreshShown();
    });
    updateButtons();
}

void ExperimentsTab::setService(Api::NextmvService *service)
{
    m_service = service;
}

void ExperimentsTab::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void ExperimentsTab::setApplication(const QString &appId)
{
    m_appId = appId;
    m_model->clear();
    m_shownBatch.clear();
    m_shownAcceptance.clear();
    m_details->setCurrentWidget(m_placeholder);
    refresh();
}

void ExperimentsTab::refresh()
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    m_service->listBatchExperiments(appId, this, [this, appId](const auto &experiments) {
        if (experiments && appId == m_appId) {
            m_model->setBatchExperiments(experiments.value());
            selectShown();
        }
        pollIfActive();
    });
    m_service->listAcceptanceTests(appId, this, [this, appId](const auto &tests) {
        if (tests && appId == m_appId) {
            m_model->setAcceptanceTests(tests.value());
            selectShown();
        }
        updateButtons();
    });
}

void ExperimentsTab::pollIfActive()
{
    updateButtons();
    const bool shownRunning = !m_shownBatch.isEmpty() && !m_shownBatchFinished;
    if ((m_model->hasActiveExperiments() || shownRunning) && !m_poll->isActive())
        m_poll->start();
}

void ExperimentsTab::selectShown()
{
    const QModelIndex shown = m_sorted->mapFromSource(
        m_shownAcceptance.isEmpty()
            ? m_model->indexOf(ExperimentListModel::Kind::Batch, m_shownBatch)
            : m_model->indexOf(ExperimentListModel::Kind::Acceptance, m_shownAcceptance));
    if (!shown.isValid() || shown.row() == m_table->currentIndex().row())
        return;
    const QScopedValueRollback guard(m_selectingShown, true);
    m_table->setCurrentIndex(shown);
    updateButtons();
}

void ExperimentsTab::showCurrent()
{
    if (m_selectingShown)
        return;
    const ExperimentListModel::Row *row =
        m_model->row(m_sorted->mapToSource(m_table->currentIndex()));
    updateButtons();
    if (!row) {
        m_details->setCurrentWidget(m_placeholder);
        return;
    }
    if (row->kind == ExperimentListModel::Kind::Batch)
        showBatchExperiment(row->id);
    else
        showAcceptanceTest(row->id);
}

void ExperimentsTab::showBatchExperiment(const QString &id)
{
    if (m_shownBatch != id)
        m_shownBatchFinished = false;
    m_shownBatch = id;
    m_shownAcceptance.clear();
    m_details->setCurrentWidget(m_batchView);
    selectShown();
    refreshShown();
}

void ExperimentsTab::showAcceptanceTest(const QString &id)
{
    m_shownAcceptance = id;
    m_shownBatch.clear();
    m_details->setCurrentWidget(m_acceptanceView);
    selectShown();
    refreshShown();
}

void ExperimentsTab::refreshShown()
{
    if (!m_service)
        return;
    const QString appId = m_appId;
    if (!m_shownAcceptance.isEmpty()) {
        m_service->acceptanceTest(appId, m_shownAcceptance, this, [this](const auto &test) {
            if (test && test.value().id == m_shownAcceptance)
                m_acceptanceView->setTest(test.value());
        });
        return;
    }
    if (m_shownBatch.isEmpty())
        return;
    m_service->batchExperiment(appId, m_shownBatch, this, [this, appId](const auto &experiment) {
        if (!experiment || experiment.value().id != m_shownBatch)
            return;
        const Api::BatchExperiment &e = experiment.value();
        m_batchView->setExperiment(e);
        m_model->updateBatchExperiment(e);
        const bool justFinished = e.isFinished() && !m_shownBatchFinished;
        m_shownBatchFinished = e.isFinished();
        if (justFinished) {
            // The run list (for clicking a point) is complete only once the runs are.
            m_service->batchExperimentRuns(appId, e.id, this, [this, id = e.id](const auto &runs) {
                if (runs && id == m_shownBatch)
                    m_batchView->setRuns(runs.value());
            });
        }
        pollIfActive();
    });
}

void ExperimentsTab::updateButtons()
{
    const ExperimentListModel::Row *row =
        m_model->row(m_sorted->mapToSource(m_table->currentIndex()));
    m_rename->setEnabled(row != nullptr);
    m_delete->setEnabled(row != nullptr);
    m_newAcceptance->setEnabled(row && row->kind == ExperimentListModel::Kind::Batch &&
                                row->status == QLatin1String("completed"));
}

NewExperimentWizard *ExperimentsTab::newExperiment()
{
    if (!m_service || m_appId.isEmpty())
        return nullptr;
    auto *wizard = new NewExperimentWizard(*m_service, m_appId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewExperimentWizard::experimentCreated, this, [this](const QString &id) {
        Q_EMIT statusMessage(tr("Experiment %1 started.").arg(id));
        m_shownBatch.clear();
        refresh();
        showBatchExperiment(id);
    });
    wizard->show();
    return wizard;
}

void ExperimentsTab::newAcceptanceTest()
{
    // The dialog offers the shown experiment's instances and statistics: wait until it is in.
    if (!m_service || m_shownBatch.isEmpty() || m_batchView->experiment().id != m_shownBatch)
        return;
    auto *dialog =
        new NewAcceptanceTestDialog(*m_service, m_appId, m_batchView->experiment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInstances(m_batchView->baseline(), m_batchView->candidate());
    connect(dialog, &NewAcceptanceTestDialog::acceptanceTestCreated, this,
            [this](const QString &id) {
                Q_EMIT statusMessage(tr("Acceptance test %1 created.").arg(id));
                refresh();
                showAcceptanceTest(id);
            });
    dialog->open();
}

void ExperimentsTab::cancelExperiment(const QString &id)
{
    if (!m_service)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Cancel Experiment"),
        tr("Cancel experiment %1? Its runs that have not finished are canceled; results so far "
           "are kept.")
            .arg(id),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    Api::cancelBatchExperiment(*m_service, m_appId, id, this, [this, id](const auto &canceled) {
        if (!canceled) {
            reportError(canceled.error().fullText());
            return;
        }
        Q_EMIT statusMessage(
            tr("Canceled %n run(s) of experiment %1.", nullptr, canceled.value()).arg(id));
        refresh();
        refreshShown();
    });
}

void ExperimentsTab::renameCurrent()
{
    const ExperimentListModel::Row *row =
        m_model->row(m_sorted->mapToSource(m_table->currentIndex()));
    if (!row || !m_service)
        return;
    const bool batch = row->kind == ExperimentListModel::Kind::Batch;
    const QString id = row->id;
    auto *dialog = new NameDescriptionDialog(batch ? tr("Rename Experiment %1").arg(id)
                                                   : tr("Rename Acceptance Test %1").arg(id),
                                             row->name, row->description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, batch, id] {
        const auto renamed = [this, id](const auto &result) {
            if (!result)
                return; // the error hub has shown why
            Q_EMIT statusMessage(tr("Renamed %1.").arg(id));
            refresh();
            refreshShown();
        };
        if (batch)
            m_service->updateBatchExperiment(m_appId, id, dialog->name(), dialog->description(),
                                             this, renamed);
        else
            m_service->updateAcceptanceTest(m_appId, id, dialog->name(), dialog->description(),
                                            this, renamed);
    });
    dialog->open();
}

void ExperimentsTab::deleteCurrent()
{
    const ExperimentListModel::Row *row =
        m_model->row(m_sorted->mapToSource(m_table->currentIndex()));
    if (!row || !m_service)
        return;
    const bool batch = row->kind == ExperimentListModel::Kind::Batch;
    const QString id = row->id;
    const auto answer = QMessageBox::warning(
        this, tr("Delete Experiment"),
        batch ? tr("Delete batch experiment %1 and all its runs? This cannot be undone.").arg(id)
              : tr("Delete acceptance test %1 and the batch experiment it rests on, with its "
                   "runs? This cannot be undone.")
                    .arg(id),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto done = [this, id](const Api::Result<bool> &deleted) {
        if (!deleted)
            return; // the error hub has shown why
        Q_EMIT statusMessage(tr("Deleted %1.").arg(id));
        m_shownBatch.clear();
        m_shownAcceptance.clear();
        m_details->setCurrentWidget(m_placeholder);
        refresh();
    };
    if (batch)
        m_service->deleteBatchExperiment(m_appId, id, this, done);
    else
        m_service->deleteAcceptanceTest(m_appId, id, this, done);
}

void ExperimentsTab::reportError(const QString &message)
{
    Q_EMIT errorOccurred(Api::Error::validation(message));
}

} // namespace Ui
