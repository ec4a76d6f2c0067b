// Two runs' outputs diffed off the GUI thread.
#include "ui/compare/outputdiffview.h"

#include "api/client/payloadfetch.h"
#include "api/client/transfer.h"
#include "models/compare/jsondiffmodel.h"
#include "models/compare/linediffmodel.h"
#include "ui/compare/diffcolours.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ui {

namespace {

QTableView *diffTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

OutputDiffView::OutputDiffView(QWidget *parent)
    : QWidget(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare Outputs"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_results(new QTabWidget(this))
    , m_changes(new Models::JsonDiffModel(this))
    , m_lines(new Models::LineDiffModel(this))
{
    m_first->setObjectName(QStringLiteral("firstRun"));
    m_second->setObjectName(QStringLiteral("secondRun"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Pick two runs and compare their outputs."));

    using Tint = DiffColours::Tint;
    auto *changeColours = new DiffColours(
        Models::JsonDiffModel::KindRole,
        [](int kind) -> std::optional<Tint> {
            switch (Models::JsonChange::Kind(kind)) {
            case Models::JsonChange::Kind::Added:
                return Tint::Added;
            case Models::JsonChange::Kind::Removed:
                return Tint::Removed;
            case Models::JsonChange::Kind::Moved:
                return Tint::Moved;
            case Models::JsonChange::Kind::Changed:
                return Tint::Changed;
            }
            return std::nullopt;
        },
        this);
    changeColours->setSourceModel(m_changes);
    auto *lineColours = new DiffColours(
        Models::LineDiffModel::KindRole,
        [](int kind) -> std::optional<Tint> {
            switch (Models::LineDiffRow::Kind(kind)) {
            case Models::LineDiffRow::Kind::Added:
                return Tint::Added;
            case Models::LineDiffRow::Kind::Removed:
                return Tint::Removed;
            default:
                return std::nullopt;
            }
        },
        this);
    lineColours->setSourceModel(m_lines);
    m_changesTable = diffTable(changeColours, QStringLiteral("outputChanges"), this);
    m_linesTable = diffTable(lineColours, QStringLiteral("outputLines"), this);
    m_linesTable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_linesTable->setShowGrid(false);
    m_results->addTab(m_changesTable, tr("Changes"));
    m_results->addTab(m_linesTable, tr("Lines"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Output of"), this));
    pick->addWidget(m_first, 1);
    pick->addWidget(new QLabel(tr("against"), this));
    pick->addWidget(m_second, 1);
    pick->addWidget(m_compare);
    pick->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_compare, &QPushButton::clicked, this,
            [this] { compare(m_first->currentIndex(), m_second->currentIndex()); });
    connect(m_cancel, &QPushButton::clicked, this, &OutputDiffView::cancel);
    connect(&m_worker, &QFutureWatcher<Models::OutputComparison>::finished, this,
            &OutputDiffView::onCompared);
    updateButtons();
}

OutputDiffView::~OutputDiffView()
{
    // Downloads into this view's folder stop with it; the worker polls the flag, and waiting
    // keeps no thread running past the window.
    if (m_busy)
        stopWork();
    m_worker.waitForFinished();
}

void OutputDiffView::setService(Api::NextmvService *service, const QString &appId)
{
    cancel();
    m_service = service;
    m_appId = appId;
}

void OutputDiffView::setRuns(const Models::ComparedRuns &runs)
{
    cancel();
    m_runs = runs;
    for (QComboBox *box : {m_first, m_second}) {
        box->clear();
        for (qsizetype run = 0; run < runs.size(); ++run)
            box->addItem(runs.header(run), runs.at(run).id);
    }
    m_second->setCurrentIndex(runs.size() > 1 ? 1 : 0);
    m_changes->setChanges({});
    m_lines->setRows({});
    updateButtons();
}

void OutputDiffView::compare(int first, int second)
{
    cancel();
    if (!m_service || first < 0 || second < 0 || first >= m_runs.size() ||
        second >= m_runs.size() || first == second) {
        m_summary->setText(tr("Pick two different runs."));
        return;
    }
    m_first->setCurrentIndex(first);
    m_second->setCurrentIndex(second);
    ++m_generation;
    m_busy = true;
    m_canceled = std::make_shared<std::atomic_bool>(false);
    m_fetched[0].reset();
    m_fetched[1].reset();
    m_changes->setChanges({});
    m_lines->setRows({});
    m_summary->setText(tr("Fetching the outputs…"));
    updateButtons();
    fetchOutput(0, first);
    fetchOutput(1, second);
}

void OutputDiffView::fetchOutput(int side, int run)
{
    const Api::RunInformation &info = m_runs.at(run);
    const int generation = m_generation;
    Api::PayloadFetch fetch{
        *m_service,
        m_appId,
        info.id,
        Api::RunPayload::Output,
        info.metadata.outputSize,
        m_downloads.filePath(QStringLiteral("%1-%2.output").arg(generation).arg(side)),
        [this](Api::Transfer *transfer) {
            m_transfers.append(transfer);
            if (m_transferSink)
                m_transferSink(transfer);
            else
                transfer->setParent(this);
        }};
    m_calls.append(fetch.start(
        this, [this, side, generation](const Api::Result<Api::FetchedPayload> &payload) {
            if (generation != m_generation)
                return;
            if (payload)
                onFetched(side, Models::OutputSource{payload->bytes, payload->filePath});
            else
                onFetched(side, payload.error());
        }));
}

void OutputDiffView::onFetched(int side, const Api::Result<Models::OutputSource> &output)
{
    if (!output) {
        const QString run = side == 0 ? m_first->currentText() : m_second->currentText();
        stopWork();
        finish(tr("Could not fetch the output of %1: %2").arg(run, output.error().message));
        return;
    }
    m_fetched[side] = output.value();
    if (!m_fetched[0] || !m_fetched[1])
        return;
    m_summary->setText(tr("Comparing…"));
    m_worker.setFuture(
        QtConcurrent::run([left = *m_fetched[0], right = *m_fetched[1], canceled = m_canceled] {
            return Models::OutputComparison::compare(left, right, canceled.get());
        }));
}

void OutputDiffView::onCompared()
{
    if (!m_busy) // canceled meanwhile
        return;
    const Models::OutputComparison result = m_worker.result();
    if (!result.error.isEmpty()) {
        finish(result.error);
        return;
    }
    if (result.canceled) {
        finish(tr("Canceled."));
        return;
    }
    m_changes->setChanges(result.structure.changes);
    m_lines->setRows(result.lines.rows);
    QStringList parts;
    if (!result.notJson.isEmpty())
        parts.append(result.notJson);
    else if (result.structure.changes.isEmpty())
        parts.append(tr("The outputs hold the same JSON."));
    else if (result.structure.truncated)
        parts.append(tr("The first %n structural changes (there are more).", nullptr,
                        int(result.structure.changes.size())));
    else
        parts.append(tr("%n structural change(s).", nullptr, int(result.structure.changes.size())));
    parts.append(
        tr("Lines: %1 removed, %2 added.")
            .arg(QLocale().toString(result.lines.removed), QLocale().toString(result.lines.added)));
    if (result.structure.approximate || result.lines.approximate)
        parts.append(tr("Parts changed too much to align and are shown as replaced."));
    if (result.lines.truncated)
        parts.append(tr("The line diff is cut short."));
    m_results->setCurrentWidget(result.notJson.isEmpty() ? static_cast<QWidget *>(m_changesTable)
                                                         : m_linesTable);
    finish(parts.join(QLatin1Char(' ')));
}

void OutputDiffView::cancel()
{
    if (!m_busy)
        return;
    stopWork();
    finish(tr("Canceled."));
}

void OutputDiffView::stopWork()
{
    ++m_generation;
    if (m_canceled)
        m_canceled->store(true);
    for (Api::PendingCall &call : m_calls)
        call.cancel();
    m_calls.clear();
    for (const QPointer<Api::Transfer> &transfer : std::as_const(m_transfers)) {
        if (transfer && transfer->state() == Api::Transfer::State::Running)
            transfer->cancel();
    }
    m_transfers.clear();
}

void OutputDiffView::finish(const QString &summary)
{
    m_busy = false;
    m_summary->setText(summary);
    updateButtons();
    Q_EMIT finished();
}

void OutputDiffView::updateButtons()
{
    m_compare->setEnabled(!m_busy && m_runs.size() > 1);
    m_cancel->setEnabled(m_busy);
}

} // namespace Ui
