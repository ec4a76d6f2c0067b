// The Runs tab.
#include "runstab.h"

#include "newrundialog.h"
#include "rundetailview.h"
#include "ui/compare/comparerunswindow.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/namedescriptiondialog.h"
#include "ui/widgets/statusdelegate.h"

#include "api/client/nextmvservice.h"
#include "api/client/payloadfetch.h"
#include "api/client/transfer.h"
#include "models/compare/comparedruns.h"
#include "models/json/jsontext.h"
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "models/transferlistmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

RunsTab::RunsTab(Models::TransferListModel &transfers, QWidget *parent)
    : QWidget(parent)
    , m_transfers(transfers)
    , m_proxy(new Models::RunFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detailPlaceholder(new QLabel(tr("Select a run to see its details."), this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_instance(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_loading(new QLabel(this))
{
    setAcceptDrops(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::RunListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // One height for all rows: with a million of them, nothing is measured per row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegateForColumn(Models::RunListModel::Status, new StatusDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RunsTab::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    detail()->showRun(m_appId,
                                      current.data(Models::RunListModel::RunIdRole).toString());
            });

    // Runs started elsewhere (the CLI, another console) show up without pressing F5.
    m_autoRefresh.setInterval(15000);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && m_model)
            m_model->refresh();
    });
    m_autoRefresh.start();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsTab::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RunsTab::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsTab::selectionChanged);

    m_detailPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailPlaceholder->setEnabled(false); // greyed, as a hint
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailPlaceholder);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    buildFilterBar(filters);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
}

RunsTab::~RunsTab() = default;

RunDetailView *RunsTab::detail()
{
    if (m_detail)
        return m_detail;
    m_detail = new RunDetailView(this);
    m_detail->setService(m_service);
    m_detail->setTransferSink([this](Api::Transfer *transfer) { m_transfers.add(transfer); });
    connect(m_detail, &RunDetailView::renameRequested, this, &RunsTab::renameRun);
    connect(m_detail, &RunDetailView::cancelRequested, this, &RunsTab::cancelRun);
    connect(m_detail, &RunDetailView::rerunRequested, this, &RunsTab::rerun);
    connect(m_detail, &RunDetailView::openRunRequested, this, &RunsTab::selectRun);
    connect(m_detail, &RunDetailView::runLoaded, this, [this](const Api::RunInformation &run) {
        if (m_model)
            m_model->updateRun(run);
    });
    // In the placeholder's place, with its size: the splitter's layout stays as it was.
    delete m_splitter->replaceWidget(m_splitter->indexOf(m_detailPlaceholder), m_detail);
    m_detailPlaceholder = nullptr;
    return m_detail;
}

QString RunsTab::shownRunId() const
{
    return m_detail ? m_detail->runId() : QString();
}

void RunsTab::buildFilterBar(QLayout *layout)
{
    m_search->setObjectName(QStringLiteral("runSearch"));
    m_status->setObjectName(QStringLiteral("runStatusFilter"));
    m_search->setPlaceholderText(tr("Find runs by name, ID or description"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), -1);
    for (const Api::RunStatus status :
         {Api::RunStatus::Queued, Api::RunStatus::Running, Api::RunStatus::Succeeded,
          Api::RunStatus::Failed, Api::RunStatus::Canceled})
        m_status->addItem(Models::RunListModel::statusText(status), int(status));
    m_instance->addItem(tr("Any instance"), QString());
    m_version->addItem(tr("Any version"), QString());
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDateTime(QDateTime::currentDateTime());
    }
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    connect(m_search, &QLineEdit::textChanged, this, &RunsTab::applyFilters);
    for (QComboBox *combo : {m_status, m_instance, m_version})
        connect(combo, &QComboBox::currentIndexChanged, this, &RunsTab::applyFilters);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &RunsTab::applyFilters);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RunsTab::applyFilters);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_search, m_status, m_instance, m_version, m_fromEnabled,
                                          m_from, m_toEnabled, m_to, m_loading})
        layout->addWidget(w);
    static_cast<QHBoxLayout *>(layout)->setStretch(0, 1);
}

void RunsTab::setAutoRefreshSeconds(int seconds)
{
    // The runs it watches back off no further than the list refreshes.
    m_autoRefresh.setInterval(seconds * 1000);
    if (m_model)
        m_model->setSlowestPollMs(m_autoRefresh.interval());
}

void RunsTab::applyFilters()
{
    const int status = m_status->currentData().toInt();
    m_proxy->setStatuses(status < 0 ? QSet<int>() : QSet<int>{status});
    m_proxy->setInstance(m_instance->currentData().toString());
    m_proxy->setVersion(m_version->currentData().toString());
    m_proxy->setText(m_search->text().trimmed());
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_to->setEnabled(m_toEnabled->isChecked());
    m_proxy->setCreatedRange(m_fromEnabled->isChecked() ? m_from->dateTime() : QDateTime(),
                             m_toEnabled->isChecked() ? m_to->dateTime() : QDateTime());
}

void RunsTab::setService(Api::NextmvService *service)
{
    for (const QPointer<CompareRunsWindow> &comparison : std::as_const(m_comparisons)) {
        if (comparison)
            comparison->close();
    }
    m_comparisons.clear();
    m_service = service;
    if (m_detail)
        m_detail->setService(service);
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_appId.clear();
    if (!service)
        return;
    m_model = new Models::RunListModel(*service, this);
    m_model->setSlowestPollMs(m_autoRefresh.interval());
    m_proxy->setSourceModel(m_model);
    connect(m_model, &Models::RunListModel::loadingChanged, this, [this](bool loading) {
        m_loading->setText(loading ? tr("Loading runs…") : QString());
        // Until the user arranges the columns, fit them to the first page of runs.
        if (!loading && !m_columnsRestored && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsRestored = true;
        }
    });
    connect(m_model, &Models::RunListModel::loadFailed, this, [this](const Api::Error &error) {
        m_loading->setText(tr("Could not load runs"));
        m_loading->setToolTip(error.message);
    });
    // A refresh does not show as loading, so only its success can take the failure note back.
    connect(m_model, &Models::RunListModel::loadSucceeded, this, [this] {
        if (!m_model->isLoading())
            m_loading->setText(QString());
        m_loading->setToolTip(QString());
    });
    connect(m_model, &Models::RunListModel::runFinished, this,
            [this](const Api::RunInformation &run) {
                if (m_startedHere.remove(run.id))
                    Q_EMIT startedRunFinished(run);
                if (run.id == shownRunId())
                    m_detail->showRun(m_appId, run.id);
            });
}

void RunsTab::setApplication(const QString &appId)
{
    if (!m_model)
        return;
    m_appId = appId;
    if (m_detail)
        m_detail->clear();
    m_model->setApplication(appId);
    loadInstances();
}

void RunsTab::loadInstances()
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    m_service->listInstances(m_appId, this, [this, appId](const auto &instances) {
        if (appId != m_appId || !instances)
            return;
        m_instances = instances.value();
        const QString currentInstance = m_instance->currentData().toString();
        const QString currentVersion = m_version->currentData().toString();
        QSignalBlocker b1(m_instance), b2(m_version);
        while (m_instance->count() > 1)
            m_instance->removeItem(1);
        while (m_version->count() > 1)
            m_version->removeItem(1);
        QStringList versions;
        for (const Api::Instance &instance : m_instances) {
            m_instance->addItem(instance.id, instance.id);
            if (!versions.contains(instance.versionId))
                versions.append(instance.versionId);
        }
        m_instance->addItem(QStringLiteral("latest"), QStringLiteral("latest"));
        for (const QString &version : std::as_const(versions))
            m_version->addItem(version, version);
        m_instance->setCurrentIndex(std::max(0, m_instance->findData(currentInstance)));
        m_version->setCurrentIndex(std::max(0, m_version->findData(currentVersion)));
    });
}

void RunsTab::refresh()
{
    if (m_model)
        m_model->refresh();
    loadInstances();
    if (const QString shown = shownRunId(); !shown.isEmpty())
        m_detail->showRun(m_appId, shown);
}

void RunsTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

NewRunDialog *RunsTab::openDialog() const
{
    return m_dialog;
}

bool RunsTab::openNewRunDialog(const QString &ensembleDefinitionId)
{
    if (!m_service || m_appId.isEmpty() || m_dialog)
        return false;
    m_dialog = new NewRunDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setInstances(m_instances, m_instance->currentData().toString());
    // The dialog is the context: an answer after it closed is dropped.
    NewRunDialog *dialog = m_dialog;
    m_service->listEnsembleDefinitions(
        m_appId, dialog, [dialog, ensembleDefinitionId](const auto &definitions) {
            if (definitions)
                dialog->setEnsembles(definitions.value(), ensembleDefinitionId);
        });
    m_dialog->open();
    return true;
}

void RunsTab::newRun(const QString &inputFile, const QString &ensembleDefinitionId)
{
    if (!openNewRunDialog(ensembleDefinitionId))
        return;
    if (!inputFile.isEmpty())
        m_dialog->setInputFile(inputFile);
    submitWhenAccepted();
}

void RunsTab::rerun(const QString &runId)
{
    if (!m_service || m_appId.isEmpty() || m_dialog)
        return;
    const QString appId = m_appId;
    Q_EMIT statusMessage(tr("Fetching run %1 to run it again…").arg(runId));
    m_service->runMetadata(
        m_appId, runId, this, [this, appId, runId](const Api::Result<Api::RunInformation> &run) {
            if (appId != m_appId)
                return;
            if (!run) {
                Q_EMIT statusMessage(tr("Cannot run %1 again: %2").arg(runId, run.error().message));
                return;
            }
            if (!run->metadata.inputId.isEmpty()) { // the server still has it
                openRerunDialog(run.value(), {});
                return;
            }
            if (!m_rerunInputs)
                m_rerunInputs = std::make_unique<QTemporaryDir>();
            const QString path = m_rerunInputs->filePath(runId + QStringLiteral(".input"));
            Api::PayloadFetch fetch{*m_service,
                                    m_appId,
                                    runId,
                                    Api::RunPayload::Input,
                                    run->metadata.inputSize,
                                    path,
                                    [this](Api::Transfer *transfer) {
                                        m_transfers.add(transfer);
                                    }};
            fetch.start(this,
                        [this, appId, info = run.value(),
                         path](const Api::Result<Api::FetchedPayload> &input) {
                            if (appId != m_appId)
                                return;
                            if (!input) {
                                Q_EMIT statusMessage(tr("Cannot fetch the input of run %1: %2")
                                                         .arg(info.id, input.error().message));
                                return;
                            }
                            if (input->filePath.isEmpty()) { // came inline: at most a few megabytes
                                QSaveFile file(path);
                                if (!file.open(QIODevice::WriteOnly) ||
                                    file.write(input->bytes) < 0 || !file.commit()) {
                                    Q_EMIT statusMessage(tr("Cannot keep the input of run %1: %2")
                                                             .arg(info.id, file.errorString()));
                                    return;
                                }
                            }
                            openRerunDialog(info, path);
                        });
        });
}

void RunsTab::openRerunDialog(const Api::RunInformation &run, const QString &inputFile)
{
    if (!openNewRunDialog(run.metadata.runDefinitionId))
        return;
    if (!run.metadata.instanceId.isEmpty())
        m_dialog->setInstances(m_instances, run.metadata.instanceId);
    if (inputFile.isEmpty())
        m_dialog->setManagedInput(run.metadata.inputId, run.metadata.inputId);
    else
        m_dialog->setInputFile(inputFile);
    const QString name = run.name.isEmpty() ? run.id : run.name;
    m_dialog->setName(tr("%1 (again)", "name of a run started again from another").arg(name));
    for (auto it = run.metadata.requestOptions.constBegin();
         it != run.metadata.requestOptions.constEnd(); ++it) {
        m_dialog->addOption(it.key(), Models::JsonText::plainText(it.value()));
    }
    submitWhenAccepted();
}

void RunsTab::newRunFromInput(const QString &inputId, const QString &inputName)
{
    if (!openNewRunDialog())
        return;
    m_dialog->setManagedInput(inputId, inputName);
    submitWhenAccepted();
}

void RunsTab::submitWhenAccepted()
{
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const Api::RunRequest request = m_dialog->request();
        if (request.inputId.isEmpty()) {
            submit(m_dialog->instanceId(), m_dialog->input(), request);
            return;
        }
        // Nothing to upload: the server already has the input.
        const QString appId = m_appId;
        m_service->createRun(m_appId, m_dialog->instanceId(), request, this,
                             [this, appId](const Api::Result<QString> &runId) {
                                 if (appId != m_appId)
                                     return;
                                 if (runId)
                                     onRunStarted(runId.value());
                                 else
                                     onRunNotStarted(runId.error());
                             });
    });
}

void RunsTab::onRunStarted(const QString &runId)
{
    m_startedHere.insert(runId);
    Q_EMIT statusMessage(tr("Run %1 started.").arg(runId));
    Q_EMIT runSubmitted(runId);
    if (m_model)
        m_model->refresh();
}

void RunsTab::onRunNotStarted(const Api::Error &error)
{
    Q_EMIT statusMessage(error.message);
    // The run may exist after all: show the list as the server has it rather than guess.
    if (error.kind == Api::Error::Kind::OutcomeUnknown && m_model)
        m_model->refresh();
}

void RunsTab::submit(const QString &instanceId, const Api::RunInputSource &input,
                     const Api::RunRequest &request)
{
    Api::Transfer *transfer = m_service->submitRun(m_appId, instanceId, input, request);
    m_transfers.add(transfer);
    const QString appId = m_appId;
    connect(transfer, &Api::Transfer::finished, this, [this, transfer, appId] {
        if (appId != m_appId)
            return;
        if (transfer->state() == Api::Transfer::State::Succeeded)
            onRunStarted(transfer->result());
        else if (transfer->state() == Api::Transfer::State::Failed)
            onRunNotStarted(transfer->error()); // also shown in the Transfers panel
    });
    transfer->start();
}

void RunsTab::renameRun(const QString &runId)
{
    if (!m_model || runId.isEmpty())
        return;
    const int row = m_model->rowOfRun(runId);
    const QString name = row >= 0 ? m_model->run(row).name : detail()->run().name;
    const QString description =
        row >= 0 ? m_model->run(row).description : detail()->run().description;
    auto *dialog = new NameDescriptionDialog(tr("Edit Run %1").arg(runId), name, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, runId] {
        const QString appId = m_appId;
        m_service->updateRun(m_appId, runId, dialog->name(), dialog->description(), this,
                             [this, appId, runId](const Api::Result<Api::RunInformation> &r) {
                                 if (!r || appId != m_appId)
                                     return; // the error hub already shows why
                                 Q_EMIT statusMessage(tr("Run %1 updated.").arg(runId));
                                 detail()->showRun(appId, runId);
                                 m_model->refresh();
                             });
    });
    dialog->open();
}

void RunsTab::cancelRun(const QString &runId)
{
    cancelRuns({runId});
}

void RunsTab::cancelRuns(const QStringList &runIds)
{
    if (!m_service || runIds.isEmpty() || runIds.contains(QString()))
        return;
    const int count = int(runIds.size());
    const QString cancelText = count == 1 ? tr("Cancel Run") : tr("Cancel Runs");
    const Confirmation question{
        .title = cancelText,
        .text = count == 1 ? tr("Cancel run %1? The app is stopped and its run ends "
                                "as canceled; its input and logs are kept.")
                                 .arg(runIds.first())
                           : tr("Cancel %n runs? Their apps are stopped and the runs end as "
                                "canceled; their inputs and logs are kept.",
                                nullptr, count),
        .yesText = cancelText,
        .noText = tr("Keep Running")};
    askThen(this, question, [this, runIds, count] {
        const QString appId = m_appId;
        for (const QString &runId : runIds) {
            m_service->cancelRun(
                m_appId, runId, this, [this, appId, runId, count](const Api::Result<bool> &r) {
                    if (!r || appId != m_appId)
                        return;
                    Q_EMIT statusMessage(tr("Run %1 is being canceled.").arg(runId));
                    if (count == 1 || shownRunId() == runId)
                        detail()->showRun(appId, runId);
                });
        }
    });
}

QStringList RunsTab::cancellableRunIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto status = Api::RunStatus(index.data(Models::RunListModel::StatusRole).toInt());
        if (!Api::isTerminal(status))
            ids.append(index.data(Models::RunListModel::RunIdRole).toString());
    }
    return ids;
}

void RunsTab::deleteRun(const QString &runId)
{
    if (!m_service || runId.isEmpty())
        return;
    const Confirmation question{.icon = QMessageBox::Warning,
                                .title = tr("Delete Run"),
                                .text = tr("Delete run %1? Its input, output and logs are "
                                           "removed from the server; this cannot be undone.")
                                            .arg(runId),
                                .yesText = tr("Delete Run")};
    askThen(this, question, [this, runId] {
        const QString appId = m_appId;
        m_service->deleteRun(m_appId, runId, this,
                             [this, appId, runId](const Api::Result<bool> &deleted) {
                                 if (appId != m_appId)
                                     return;
                                 if (!deleted) {
                                     Q_EMIT statusMessage(deleted.error().message);
                                     return;
                                 }
                                 if (shownRunId() == runId)
                                     m_detail->clear();
                                 if (m_model)
                                     m_model->removeRun(runId);
                                 Q_EMIT statusMessage(tr("Run %1 deleted.").arg(runId));
                             });
    });
}

void RunsTab::selectRun(const QString &runId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfRun(runId);
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        return;
    }
    // Not on a loaded page (or filtered out): the detail pane shows it all the same.
    m_table->clearSelection();
    detail()->showRun(m_appId, runId);
}

QStringList RunsTab::selectedRunIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(Models::RunListModel::RunIdRole).toString());
    return ids;
}

QString RunsTab::currentRunId() const
{
    return m_table->currentIndex().data(Models::RunListModel::RunIdRole).toString();
}

CompareRunsWindow *RunsTab::compareRuns(const QStringList &runIds)
{
    if (!m_service || m_appId.isEmpty() || runIds.size() < 2 ||
        runIds.size() > Models::ComparedRuns::maxRuns)
        return nullptr;
    auto *comparison = new CompareRunsWindow(*m_service, m_appId, runIds, this);
    comparison->setTransferSink([this](Api::Transfer *transfer) { m_transfers.add(transfer); });
    connect(comparison, &CompareRunsWindow::openRunRequested, this, [this](const QString &runId) {
        selectRun(runId);
        window()->raise();
        window()->activateWindow();
    });
    m_comparisons.append(comparison);
    comparison->show();
    return comparison;
}

void RunsTab::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const QString runId = index.data(Models::RunListModel::RunIdRole).toString();
    const auto status = Api::RunStatus(index.data(Models::RunListModel::StatusRole).toInt());
    // Popped up, not exec()ed: polls and answers keep arriving while it is open.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Show Output"), this, [this, runId] {
        selectRun(runId);
        detail()->showTab(RunDetailView::OutputTab);
    });
    // Calls a server may not have are not offered there (the console asks it at connection).
    if (m_service->supports(Api::ServerFeature::RunRename))
        menu->addAction(tr("Rename…"), this, [this, runId] { renameRun(runId); });
    QAction *cancel = menu->addAction(tr("Cancel Run…"), this, [this, runId] { cancelRun(runId); });
    cancel->setEnabled(!Api::isTerminal(status));
    if (m_service->supports(Api::ServerFeature::RunDelete)) {
        QAction *remove =
            menu->addAction(tr("Delete Run…"), this, [this, runId] { deleteRun(runId); });
        remove->setEnabled(Api::isTerminal(status));
    }
    menu->addAction(tr("Re-run…"), this, [this, runId] { rerun(runId); });
    menu->addSeparator();
    menu->addAction(tr("Keep Input as Managed Input"), this,
                    [this, runId] { Q_EMIT keepInputRequested(runId); });
    const QStringList selected = selectedRunIds();
    menu->addAction(tr("Make Input Set from %n Selected Run(s)…", nullptr, int(selected.size())),
                    this, [this, selected] { Q_EMIT makeInputSetRequested(selected); });
    QAction *compare =
        menu->addAction(tr("Compare %n Selected Run(s)…", nullptr, int(selected.size())), this,
                        [this, selected] { compareRuns(selected); });
    compare->setEnabled(selected.size() >= 2 && selected.size() <= Models::ComparedRuns::maxRuns);
    menu->addSeparator();
    menu->addAction(tr("Copy Run ID"), this,
                    [runId] { QApplication::clipboard()->setText(runId); });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void RunsTab::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_service && !m_appId.isEmpty() && !urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void RunsTab::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Let the drop finish before a modal dialog opens.
    const QString path = urls.first().toLocalFile();
    QMetaObject::invokeMethod(
        this, [this, path] { newRun(path); }, Qt::QueuedConnection);
}

QByteArray RunsTab::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_table->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void RunsTab::restoreState(const QByteArray &state)
{
    m_columnsRestored = !state.isEmpty();
    QDataStream stream(state);
    QByteArray header, splitter;
    stream >> header >> splitter;
    if (stream.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}

} // namespace Ui
