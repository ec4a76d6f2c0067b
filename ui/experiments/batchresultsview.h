// The results of a batch experiment: status and progress (with cancel while it runs), a metric
// picker, box plots per instance, the percentile ladder and the per-input paired chart
// (candidate against baseline), and the summary table with deltas against the baseline.
// Exports the table as CSV and each chart as PNG; a clicked point opens its run.
#pragma once

#include "api/dto/experiment.h"
#include "models/experiments/experimentchartdata.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace Models {
class ExperimentSummaryModel;
}

namespace Ui {

class ChartPanel;

class BatchResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsView)

public:
    explicit BatchResultsView(QWidget *parent = nullptr);

    // Keeps the chosen metric, baseline and candidate when the same experiment is refreshed.
    void setExperiment(const Api::BatchExperiment &experiment);
    void setRuns(const QList<Api::RunSummary> &runs);
    // Online tests show their own header (Start, Stop, their kind of progress) above the charts.
    void setHeaderVisible(bool visible);
    // What baseline and candidate to pick once the results have them, unless the user chose.
    void setPreferredTargets(const QString &baseline, const QString &candidate);
    // Shows nothing: no title, charts, runs or Cancel (while another experiment loads).
    void clear();
    const Api::BatchExperiment &experiment() const { return m_experiment; }

    void setStatistic(const QString &statistic);
    void setBaseline(const QString &target);
    void setCandidate(const QString &target);
    QString baseline() const;
    QString candidate() const;
    bool exportCsv(const QString &path);

    ChartPanel *boxPlotPanel() const { return m_boxPlots; }
    ChartPanel *percentilePanel() const { return m_percentiles; }
    ChartPanel *perInputPanel() const { return m_perInput; }
    Models::ExperimentSummaryModel *summaryModel() const { return m_summary; }
    // Opens the run of a target (the candidate when none is given) on that input; asks for
    // the run list first when it is not known yet.
    void openRunOfInput(const QString &inputId, const QString &target = {});
    // Compares the runs every target made on that input (in a window of the Runs tab).
    void compareRunsOfInput(const QString &inputId);
    // What clicking an input's point offers: its candidate run (first), its baseline run, and
    // the comparison of all its runs.
    QMenu *showInputMenu(const QString &inputId, const QPoint &globalPosition);

Q_SIGNALS:
    void cancelRequested(const QString &experimentId);
    void openRunRequested(const QString &runId);
    void compareRunsRequested(const QStringList &runIds);
    void runsNeeded(const QString &experimentId);
    void errorOccurred(const QString &message);

private:
    void fillPickers();
    void redraw();
    void redrawPerInput();
    Models::PairedInputIndex inputIndex() const;
    void askAndExportCsv();

    Api::BatchExperiment m_experiment;
    QList<Api::SummaryGroup> m_instanceGroups; // m_experiment.groupsBy(false), found once
    // Made on a worker thread as each new result arrives, while the first charts are drawn;
    // the per-input chart waits for it only if asked for sooner.
    QFuture<Models::PairedInputIndex> m_inputIndex;
    Models::ExperimentRunIndex m_runs;
    bool m_runsLoaded = false;
    // What was asked of an input before the run list was there.
    struct PendingInput
    {
        QString inputId;
        QString target; // the run to open; empty to compare them all
    };
    std::optional<PendingInput> m_pending;
    QString m_preferredBaseline;
    QString m_preferredCandidate;
    bool m_targetsChosen = false; // by the user, over the preferred ones
    Models::ExperimentSummaryModel *m_summary;
    QWidget *m_header; // title, status, progress and Cancel
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QComboBox *m_statistic;
    QComboBox *m_baseline;
    QComboBox *m_candidate;
    QTabWidget *m_charts;
    ChartPanel *m_boxPlots;
    ChartPanel *m_percentiles;
    ChartPanel *m_perInput;
    QTableView *m_table;
};

} // namespace Ui
