// One run in detail: metadata, statistics, input, output and logs.
#include "rundetailview.h"

#include "ensemblerunview.h"
#include "models/runs/runlistmodel.h"
#include "ui/json/jsonviewer.h"
#include "ui/widgets/statusdelegate.h"

#include "api/client/nextmvservice.h"
#include "api/client/payloadfetch.h"
#include "api/client/transfer.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Ui {

namespace {

Api::Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Api::Error::io(file.errorString());
    return file.readAll();
}

} // namespace

RunDetailView::RunDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_renameButton(new QPushButton(tr("Rename…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel Run…"), this))
    , m_rerunButton(new QPushButton(tr("Re-run…"), this))
    , m_tabs(new QTabWidget(this))
    , m_statistics(new QTableWidget(this))
    , m_input(new JsonViewer(this))
    , m_output(new JsonViewer(this))
    , m_logs(new QPlainTextEdit(this))
    , m_logState(new QLabel(this))
    , m_ensemble(new EnsembleRunView(this))
{
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *summary = new QWidget(this);
    m_form = new QFormLayout;
    m_statistics->setColumnCount(2);
    m_statistics->setHorizontalHeaderLabels({tr("Statistic"), tr("Value")});
    m_statistics->horizontalHeader()->setStretchLastSection(true);
    m_statistics->verticalHeader()->hide();
    m_statistics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *summaryLayout = new QHBoxLayout(summary);
    summaryLayout->addLayout(m_form, 1);
    summaryLayout->addWidget(m_statistics, 1);

    auto *logsPage = new QWidget(this);
    m_logs->setReadOnly(true);
    m_logs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logs->setMaximumBlockCount(20000);
    auto *logsLayout = new QVBoxLayout(logsPage);
    logsLayout->addWidget(m_logState);
    logsLayout->addWidget(m_logs, 1);

    m_tabs->addTab(summary, tr("Summary"));
    m_tabs->addTab(m_input, tr("Input"));
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(logsPage, tr("Logs"));
    m_tabs->addTab(m_ensemble, tr("Ensemble"));
    m_tabs->setTabVisible(EnsembleTab, false);
    connect(m_ensemble, &EnsembleRunView::openRunRequested, this, &RunDetailView::openRunRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RunDetailView::loadTab);

    connect(m_renameButton, &QPushButton::clicked, this,
            [this] { Q_EMIT renameRequested(m_runId); });
    connect(m_cancelButton, &QPushButton::clicked, this,
            [this] { Q_EMIT cancelRequested(m_runId); });
    m_rerunButton->setObjectName(QStringLiteral("rerun"));
    m_rerunButton->setToolTip(
        tr("Start a new run with this run's input and options, edited first"));
    connect(m_rerunButton, &QPushButton::clicked, this, [this] { Q_EMIT rerunRequested(m_runId); });
    connect(m_input, &JsonViewer::saveRequested, this, [this] { savePayload(false); });
    connect(m_output, &JsonViewer::saveRequested, this, [this] { savePayload(true); });

    m_logTimer.setSingleShot(true);
    connect(&m_logTimer, &QTimer::timeout, this, &RunDetailView::pollLogs);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_renameButton);
    header->addWidget(m_cancelButton);
    header->addWidget(m_rerunButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void RunDetailView::setService(Api::NextmvService *service)
{
    m_service = service;
    clear();
}

void RunDetailView::clear()
{
    for (Api::PendingCall &call : m_calls)
        call.cancel();
    m_calls.clear();
    m_logTimer.stop();
    m_appId.clear();
    m_runId.clear();
    m_run = {};
    m_title->setText(tr("Select a run to see its details."));
    m_renameButton->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_rerunButton->setEnabled(false);
    m_tabs->setEnabled(false);
    m_input->setMessage({});
    m_output->setMessage({});
    m_logs->clear();
    m_logState->clear();
    m_ensemble->clear();
    m_tabs->setTabVisible(EnsembleTab, false);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_statistics->setRowCount(0);
}

void RunDetailView::showRun(const QString &appId, const QString &runId)
{
    if (!m_service)
        return;
    const bool sameRun = runId == m_runId && appId == m_appId;
    if (!sameRun) {
        clear();
        m_appId = appId;
        m_runId = runId;
        m_inputLoaded = m_outputLoaded = m_logsLoaded = false;
        m_logCursor.clear();
        m_title->setText(tr("Loading %1…").arg(runId));
    }
    m_calls.append(m_service->runMetadata(appId, runId, this,
                                          [this, runId](const Api::Result<Api::RunInformation> &r) {
                                              if (runId != m_runId)
                                                  return;
                                              if (!r) {
                                                  m_title->setText(r.error().message);
                                                  return;
                                              }
                                              onMetadata(r.value());
                                          }));
}

void RunDetailView::onMetadata(const Api::RunInformation &run)
{
    const bool finishedNow = Api::isTerminal(run.metadata.status) &&
        !Api::isTerminal(m_run.metadata.status) && !m_run.id.isEmpty();
    m_run = run;
    const QString name = run.name.isEmpty() ? run.id : run.name;
    m_title->setText(
        QStringLiteral("%1 — %2").arg(name, Models::RunListModel::statusText(run.metadata.status)));
    m_renameButton->setEnabled(true);
    m_renameButton->setVisible(m_service->supports(Api::ServerFeature::RunRename));
    m_cancelButton->setEnabled(!Api::isTerminal(run.metadata.status));
    m_rerunButton->setEnabled(true);
    m_tabs->setEnabled(true);
    fillSummary();
    const bool ensemble = run.metadata.runType == QLatin1String("ensemble");
    m_tabs->setTabVisible(EnsembleTab, ensemble);
    if (ensemble)
        loadEnsemble(); // each refresh of a running one brings its children's progress
    if (finishedNow)
        m_outputLoaded = false; // the output exists now
    loadTab(m_tabs->currentIndex());
    Q_EMIT runLoaded(run);
}

bool RunDetailView::isEnsembleTabShown() const
{
    return m_tabs->isTabVisible(EnsembleTab);
}

void RunDetailView::loadEnsemble()
{
    const QString unsupported = tr("This server does not tell how an ensemble run chose its "
                                   "answer; the output is the winner's. NextDesk's local server "
                                   "does.");
    if (!m_service->supports(Api::ServerFeature::EnsembleResults)) {
        m_ensemble->showUnavailable(unsupported);
        return;
    }
    const QString runId = m_runId;
    m_calls.append(m_service->ensembleRunResult(
        m_appId, runId, this,
        [this, runId, unsupported](const Api::Result<Api::EnsembleRunResult> &result) {
            if (runId != m_runId)
                return;
            if (result)
                m_ensemble->setResult(result.value());
            else if (result.error().httpStatus == 404) // asked before the server said
                m_ensemble->showUnavailable(unsupported);
            else
                m_ensemble->showUnavailable(result.error().message);
        }));
}

void RunDetailView::fillSummary()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Api::RunMetadata &m = m_run.metadata;
    auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_form->addRow(label, field);
    };
    const QLocale locale;
    addRow(tr("ID:"), m_run.id);
    addRow(tr("Name:"), m_run.name);
    addRow(tr("Description:"), m_run.description);
    addRow(tr("Status:"), Models::RunListModel::statusText(m.status));
    if (!m.error.isEmpty())
        addRow(tr("Error:"), m.error);
    addRow(tr("Instance:"), m.instanceId);
    addRow(tr("Version:"), m.versionId.isEmpty() ? tr("(dev binary)") : m.versionId);
    addRow(tr("Created:"), locale.toString(m.createdAt.toLocalTime(), QLocale::LongFormat));
    if (m.initiatedAt.isValid())
        addRow(tr("Started:"), locale.toString(m.initiatedAt.toLocalTime(), QLocale::LongFormat));
    if (Api::isTerminal(m.status))
        addRow(tr("Duration:"), Models::RunListModel::durationText(m.durationMs));
    addRow(tr("Input size:"), Models::RunListModel::sizeText(m.inputSize));
    if (m.status == Api::RunStatus::Succeeded)
        addRow(tr("Output size:"), Models::RunListModel::sizeText(m.outputSize));
    addRow(tr("Format:"), QStringLiteral("%1 → %2").arg(m.format.input, m.format.output));
    QStringList options;
    for (const Api::OptionSource &o : m.optionsSummary)
        options.append(tr("%1 = %2 (%3)").arg(o.name, o.value, o.source));
    addRow(tr("Options:"), options.isEmpty() ? tr("none") : options.join(QLatin1Char('\n')));

    const QList<Api::Indicator> indicators = Api::indicatorsFromStatistics(m.statistics);
    m_statistics->setRowCount(int(indicators.size()));
    for (int row = 0; row < indicators.size(); ++row) {
        m_statistics->setItem(row, 0, new QTableWidgetItem(indicators.at(row).name));
        auto *value = new QTableWidgetItem(locale.toString(indicators.at(row).value, 'g', 10));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statistics->setItem(row, 1, value);
    }
    m_statistics->resizeColumnToContents(0);
}

void RunDetailView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void RunDetailView::loadTab(int tab)
{
    if (m_runId.isEmpty() || m_run.id.isEmpty())
        return;
    if (tab == InputTab && !m_inputLoaded) {
        m_inputLoaded = true;
        loadPayload(false);
    } else if (tab == OutputTab && !m_outputLoaded) {
        if (m_run.metadata.status != Api::RunStatus::Succeeded) {
            m_output->setMessage(Api::isTerminal(m_run.metadata.status)
                                     ? tr("This run has no output: %1").arg(m_run.metadata.error)
                                     : tr("The output appears when the run succeeds."));
            return;
        }
        m_outputLoaded = true;
        loadPayload(true);
    } else if (tab == LogsTab && !m_logsLoaded) {
        m_logsLoaded = true;
        pollLogs();
    }
}

void RunDetailView::loadPayload(bool output)
{
    JsonViewer *viewer = output ? m_output : m_input;
    const qint64 size = output ? m_run.metadata.outputSize : m_run.metadata.inputSize;
    // Large: streamed to a temporary file (shown in the transfers panel), then read off the
    // GUI thread.
    viewer->setLoading(size > Api::NextmvService::inlinePayloadLimit
                           ? tr("Downloading %1…").arg(Models::RunListModel::sizeText(size))
                           : tr("Loading…"));
    Api::PayloadFetch fetch{
        *m_service,
        m_appId,
        m_runId,
        output ? Api::RunPayload::Output : Api::RunPayload::Input,
        size,
        m_downloads.filePath(
            m_runId + (output ? QStringLiteral(".output.json") : QStringLiteral(".input.json"))),
        m_transferSink};
    const QString runId = m_runId;
    m_calls.append(
        fetch.start(this, [this, output, runId](const Api::Result<Api::FetchedPayload> &payload) {
            if (runId != m_runId)
                return;
            JsonViewer *viewer = output ? m_output : m_input;
            if (!payload)
                viewer->setMessage(payload.error().message);
            else if (!payload->filePath.isEmpty())
                loadPayloadFile(output, payload->filePath);
            else
                viewer->setContent(payload->bytes);
        }));
}

void RunDetailView::loadPayloadFile(bool output, const QString &path)
{
    JsonViewer *viewer = output ? m_output : m_input;
    viewer->setLoading(tr("Reading…"));
    auto *watcher = new QFutureWatcher<Api::Result<QByteArray>>(this);
    const QString runId = m_runId;
    connect(watcher, &QFutureWatcher<Api::Result<QByteArray>>::finished, this,
            [this, watcher, viewer, runId] {
                watcher->deleteLater();
                if (runId != m_runId)
                    return;
                const Api::Result<QByteArray> bytes = watcher->result();
                if (bytes)
                    viewer->setContent(bytes.value());
                else
                    viewer->setMessage(bytes.error().message);
            });
    watcher->setFuture(QtConcurrent::run(readWholeFile, path));
}

void RunDetailView::pollLogs()
{
    if (m_runId.isEmpty() || !m_service)
        return;
    const QString runId = m_runId;
    if (Api::isTerminal(m_run.metadata.status) && m_logCursor.isEmpty()) {
        m_logState->setText(tr("Logs of the finished run (the last 50 kB are kept)."));
        m_calls.append(m_service->runLogs(
            m_appId, m_runId, this, [this, runId](const Api::Result<QString> &log) {
                if (runId != m_runId)
                    return;
                m_logs->setPlainText(log ? log.value() : log.error().message);
            }));
        return;
    }
    m_logState->setText(tr("Following the live logs…"));
    m_calls.append(m_service->liveLogs(
        m_appId, m_runId, m_logCursor, this,
        [this, runId](const Api::Result<Api::LogLinePage> &page) {
            if (runId != m_runId)
                return;
            if (!page) {
                m_logState->setText(page.error().message);
                m_logTimer.start(3000);
                return;
            }
            QScrollBar *bar = m_logs->verticalScrollBar();
            const bool atEnd = bar->value() == bar->maximum();
            for (const Api::LogLinePage::Line &line : page->lines)
                m_logs->appendPlainText(line.text);
            if (atEnd)
                bar->setValue(bar->maximum());
            m_logCursor = page->nextToken;
            if (Api::isTerminal(page->status)) {
                m_logState->setText(
                    tr("The run ended: %1.").arg(Models::RunListModel::statusText(page->status)));
                if (!Api::isTerminal(m_run.metadata.status))
                    showRun(m_appId, m_runId); // refresh the rest of the view too
                return;
            }
            m_logTimer.start(std::max(1, page->nextAvailableInSeconds) * 1000);
        }));
}

QString RunDetailView::logText() const
{
    return m_logs->toPlainText();
}

void RunDetailView::savePayload(bool output)
{
    const QString suggested = QDir::home().filePath(
        m_runId + (output ? QStringLiteral("-output.json") : QStringLiteral("-input.json")));
    const QString path =
        QFileDialog::getSaveFileName(this, output ? tr("Save Output") : tr("Save Input"), suggested,
                                     tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // Streams from the server to the file, whatever its size, with progress in the panel.
    Api::Transfer *transfer = output ? m_service->downloadRunOutput(m_appId, m_runId, path)
                                     : m_service->downloadRunInput(m_appId, m_runId, path);
    if (m_transferSink)
        m_transferSink(transfer);
    else
        transfer->setParent(this);
    transfer->start();
}

} // namespace Ui
