// The results of a batch experiment.
#include "batchresultsview.h"

#include "experimentcharts.h"
#include "models/compare/comparedruns.h"
#include "models/experiments/experimentlistmodel.h"
#include "models/experiments/experimentsummarymodel.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/textexport.h"

#include <QComboBox>
#include <QCursor>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ui {

BatchResultsView::BatchResultsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new Models::ExperimentSummaryModel(this))
    , m_header(new QWidget(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Experiment…"), this))
    , m_statistic(new QComboBox(this))
    , m_baseline(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_charts(new QTabWidget(this))
    , m_boxPlots(new ChartPanel(QStringLiteral("boxPlotChart"), this))
    , m_percentiles(new ChartPanel(QStringLiteral("percentileChart"), this))
    , m_perInput(new ChartPanel(QStringLiteral("perInputChart"), this))
    , m_table(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("cancelExperiment"));
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { Q_EMIT cancelRequested(m_experiment.id); });
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addWidget(m_progress, 1);
    header->addWidget(m_cancel);

    m_statistic->setObjectName(QStringLiteral("statisticPicker"));
    m_baseline->setObjectName(QStringLiteral("baselinePicker"));
    m_candidate->setObjectName(QStringLiteral("candidatePicker"));
    m_statistic->setToolTip(tr("The statistic the runs report that the charts and table show"));
    m_baseline->setToolTip(tr("Deltas and the per-input chart compare against this instance"));
    auto *pickers = new QHBoxLayout;
    auto addPicker = [pickers](const QString &label, QComboBox *box) {
        auto *form = new QFormLayout;
        form->addRow(label, box);
        pickers->addLayout(form, 1);
    };
    addPicker(tr("Metric:"), m_statistic);
    addPicker(tr("Baseline:"), m_baseline);
    addPicker(tr("Candidate:"), m_candidate);
    connect(m_statistic, &QComboBox::currentTextChanged, this, [this](const QString &statistic) {
        m_summary->setStatistic(statistic);
        redraw();
    });
    connect(m_baseline, &QComboBox::currentTextChanged, this, [this](const QString &target) {
        m_summary->setBaseline(target);
        redrawPerInput(); // the distributions do not depend on the baseline
    });
    connect(m_candidate, &QComboBox::currentTextChanged, this, &BatchResultsView::redrawPerInput);
    for (QComboBox *picker : {m_baseline, m_candidate})
        connect(picker, &QComboBox::activated, this, [this] { m_targetsChosen = true; });

    m_charts->addTab(m_boxPlots, tr("Box Plots"));
    m_charts->addTab(m_percentiles, tr("Percentiles"));
    m_charts->addTab(m_perInput, tr("Per Input"));
    for (ChartPanel *panel : {m_boxPlots, m_percentiles, m_perInput})
        connect(panel, &ChartPanel::exportFailed, this, &BatchResultsView::errorOccurred);

    m_table->setObjectName(QStringLiteral("experimentSummary"));
    m_table->setModel(m_summary);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QPushButton::clicked, this, &BatchResultsView::askAndExportCsv);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(csv);
    tableLayout->addLayout(tableButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(pickers);
    layout->addWidget(splitter, 1);
}

void BatchResultsView::setExperiment(const Api::BatchExperiment &experiment)
{
    const bool sameExperiment = experiment.id == m_experiment.id;
    // A poll that brings nothing new leaves the charts, table and pickers as the user has them.
    const bool sameResults = sameExperiment && experiment.status == m_experiment.status &&
        experiment.completedRuns == m_experiment.completedRuns &&
        experiment.groups.size() == m_experiment.groups.size();
    m_experiment = experiment;
    if (!sameExperiment) {
        m_runs = {};
        m_runsLoaded = false;
        m_pending.reset();
    }
    m_title->setText(experiment.name.isEmpty() ? experiment.id : experiment.name);
    m_title->setToolTip(experiment.description.isEmpty()
                            ? experiment.id
                            : experiment.id + QLatin1Char('\n') + experiment.description);
    m_status->setText(Models::ExperimentListModel::statusText(experiment.status));
    const int total = experiment.totalRuns();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(experiment.completedRuns);
    m_progress->setFormat(tr("%1 of %n run(s) done", nullptr, total).arg(experiment.completedRuns));
    m_cancel->setVisible(!experiment.isFinished());
    if (sameResults)
        return;
    m_instanceGroups = experiment.groupsBy(false);
    m_inputIndex = QtConcurrent::run(
        [groups = experiment.groups] { return Models::PairedInputIndex(groups); });
    m_summary->setExperiment(experiment);
    fillPickers();
    redraw();
}

void BatchResultsView::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
}

void BatchResultsView::setPreferredTargets(const QString &baseline, const QString &candidate)
{
    m_preferredBaseline = baseline;
    m_preferredCandidate = candidate;
}

void BatchResultsView::clear()
{
    setPreferredTargets({}, {});
    m_targetsChosen = false;
    setExperiment(Api::BatchExperiment{});
}

void BatchResultsView::setRuns(const QList<Api::RunSummary> &runs)
{
    m_runs.setRuns(runs);
    m_runsLoaded = true;
    if (const std::optional<PendingInput> pending = std::exchange(m_pending, std::nullopt)) {
        if (pending->target.isEmpty())
            compareRunsOfInput(pending->inputId);
        else
            openRunOfInput(pending->inputId, pending->target);
    }
}

void BatchResultsView::fillPickers()
{
    // Refilling must not fire a redraw per item; redraw() runs once after.
    const QSignalBlocker b1(m_statistic);
    const QSignalBlocker b2(m_baseline);
    const QSignalBlocker b3(m_candidate);
    const QString statistic = m_summary->statistic();
    m_statistic->clear();
    m_statistic->addItems(m_summary->statistics());
    m_statistic->setCurrentText(statistic);

    const QStringList targets = Models::ExperimentChartData::instances(m_instanceGroups);
    // What the experiment suggests (an online test's baseline), once its results include it,
    // until the user picks for themselves.
    const auto chosen = [this, &targets](const QString &current, const QString &preferred) {
        return m_targetsChosen || !targets.contains(preferred) ? current : preferred;
    };
    const QString baseline = chosen(m_summary->baseline(), m_preferredBaseline);
    const QString candidate = chosen(m_candidate->currentText(), m_preferredCandidate);
    m_baseline->clear();
    m_baseline->addItems(targets);
    m_baseline->setCurrentText(baseline);
    m_candidate->clear();
    m_candidate->addItems(targets);
    if (targets.contains(candidate) && candidate != baseline)
        m_candidate->setCurrentText(candidate);
    else
        m_candidate->setCurrentIndex(targets.size() > 1 && targets.first() == baseline ? 1 : 0);
}

void BatchResultsView::setStatistic(const QString &statistic)
{
    m_statistic->setCurrentText(statistic);
}

void BatchResultsView::setBaseline(const QString &target)
{
    m_targetsChosen = true;
    m_baseline->setCurrentText(target);
}

void BatchResultsView::setCandidate(const QString &target)
{
    m_targetsChosen = true;
    m_candidate->setCurrentText(target);
}

QString BatchResultsView::baseline() const
{
    return m_baseline->currentText();
}

QString BatchResultsView::candidate() const
{
    return m_candidate->currentText();
}

void BatchResultsView::redraw()
{
    // Each chart is made when its tab is first seen (ChartPanel), from what is chosen then.
    const QString statistic = m_statistic->currentText();
    const auto distributions =
        Models::ExperimentChartData::distributions(m_instanceGroups, statistic);
    if (distributions.isEmpty()) {
        const QString why = m_experiment.isFinished()
            ? tr("No run of this experiment reported results.")
            : tr("Waiting for the first runs to finish…");
        for (ChartPanel *panel : {m_boxPlots, m_percentiles, m_perInput})
            panel->setChart([why] { return ExperimentCharts::placeholder(why); });
        return;
    }
    m_boxPlots->setChart([distributions, statistic] {
        return ExperimentCharts::boxPlots(distributions, statistic);
    });
    m_percentiles->setChart([distributions, statistic] {
        return ExperimentCharts::percentileLadder(distributions, statistic);
    });
    redrawPerInput();
}

void BatchResultsView::redrawPerInput()
{
    m_perInput->setChart([this, statistic = m_statistic->currentText(),
                          baseline = m_baseline->currentText(),
                          candidate = m_candidate->currentText()]() -> QChart * {
        const auto pairs = inputIndex().pairedInputs(statistic, baseline, candidate);
        if (baseline == candidate || pairs.isEmpty()) {
            return ExperimentCharts::placeholder(
                baseline == candidate
                    ? tr("Choose a candidate other than the baseline.")
                    : tr("No input has results from both %1 and %2 yet.").arg(baseline, candidate));
        }
        QChart *paired = ExperimentCharts::pairedInputs(pairs, statistic, baseline, candidate);
        for (QXYSeries *series : ExperimentCharts::inputSeries(paired)) {
            connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
                showInputMenu(ExperimentCharts::inputIdAt(series, point), QCursor::pos());
            });
        }
        return paired;
    });
}

Models::PairedInputIndex BatchResultsView::inputIndex() const
{
    return m_inputIndex.isValid() ? m_inputIndex.result() : Models::PairedInputIndex();
}

QMenu *BatchResultsView::showInputMenu(const QString &inputId, const QPoint &globalPosition)
{
    if (inputId.isEmpty())
        return nullptr;
    const QString candidate = m_candidate->currentText();
    const QString baseline = m_baseline->currentText();
    // Popped up, not exec()ed: polls and answers keep arriving while it is open.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open the Run of %1").arg(candidate), this,
                    [this, inputId, candidate] { openRunOfInput(inputId, candidate); });
    menu->addAction(tr("Open the Run of %1").arg(baseline), this,
                    [this, inputId, baseline] { openRunOfInput(inputId, baseline); });
    menu->addAction(tr("Compare the Runs of Input %1…").arg(inputId), this,
                    [this, inputId] { compareRunsOfInput(inputId); });
    menu->popup(globalPosition);
    return menu;
}

void BatchResultsView::openRunOfInput(const QString &inputId, const QString &target)
{
    if (inputId.isEmpty())
        return;
    const QString of = target.isEmpty() ? m_candidate->currentText() : target;
    if (!m_runsLoaded) {
        // The run list is fetched on demand (and again while runs are still being made).
        m_pending = PendingInput{inputId, of};
        Q_EMIT runsNeeded(m_experiment.id);
        return;
    }
    const QString runId = m_runs.runFor(of, inputId);
    if (!runId.isEmpty()) {
        Q_EMIT openRunRequested(runId);
        return;
    }
    if (m_experiment.isFinished()) {
        Q_EMIT errorOccurred(tr("No run of %1 on input %2 was found.").arg(of, inputId));
        return;
    }
    m_pending = PendingInput{inputId, of};
    Q_EMIT runsNeeded(m_experiment.id);
}

void BatchResultsView::compareRunsOfInput(const QString &inputId)
{
    if (inputId.isEmpty())
        return;
    if (!m_runsLoaded) {
        m_pending = PendingInput{inputId, {}};
        Q_EMIT runsNeeded(m_experiment.id);
        return;
    }
    QStringList runIds;
    for (int i = 0; i < m_baseline->count() && runIds.size() < Models::ComparedRuns::maxRuns; ++i) {
        const QString runId = m_runs.runFor(m_baseline->itemText(i), inputId);
        if (!runId.isEmpty())
            runIds.append(runId);
    }
    if (runIds.size() < 2) {
        Q_EMIT errorOccurred(tr("Input %1 has fewer than two runs to compare yet.").arg(inputId));
        return;
    }
    Q_EMIT compareRunsRequested(runIds);
}

bool BatchResultsView::exportCsv(const QString &path)
{
    const QString error = TextExport::write(path, m_summary->toCsv().toUtf8());
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    return error.isEmpty();
}

void BatchResultsView::askAndExportCsv()
{
    const QString path =
        TextExport::askPath(this, tr("Export summary"), m_experiment.id + QStringLiteral(".csv"),
                            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Ui
