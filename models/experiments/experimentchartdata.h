// What the experiment charts draw, computed from a batch experiment's grouped summaries without
// any chart type: one distribution per instance (box plots, percentile ladder), and per input
// the baseline's and the candidate's value side by side (paired comparison). Plus the lookup
// from (instance, input) to the run, so a clicked point can open it.
#pragma once

#include "api/dto/experiment.h"
#include "api/dto/run.h"

#include <QHash>

namespace Models {

struct InstanceDistribution
{
    QString instanceId; // the experiment target (Api::experimentTarget)
    QString versionId;
    Api::DistributionSummary summary;
};

struct PairedInputValue
{
    QString inputId;
    double baseline = 0;
    double candidate = 0;
};

namespace ExperimentChartData {

// The instances of an experiment, in the order of its summary groups.
QStringList instances(const Api::BatchExperiment &experiment);
// One entry per instance that reports `statistic`.
QList<InstanceDistribution> distributions(const Api::BatchExperiment &experiment,
                                          const QString &statistic);
// The same from the experiment's groupsBy(false), for a caller that keeps them: finding them
// is a pass over every per-input group too.
QStringList instances(const QList<Api::SummaryGroup> &instanceGroups);
QList<InstanceDistribution> distributions(const QList<Api::SummaryGroup> &instanceGroups,
                                          const QString &statistic);
// Inputs where both instances report `statistic`, each side the mean over its repetitions;
// sorted by input ID. For more than one pairing of an experiment, use a PairedInputIndex.
QList<PairedInputValue> pairedInputs(const Api::BatchExperiment &experiment,
                                     const QString &statistic, const QString &baselineInstance,
                                     const QString &candidateInstance);

} // namespace ExperimentChartData

// The per-input groups of an experiment sorted out once, per target and in input order, so
// that pairing two targets on a statistic reads only their groups, not every group of the
// experiment (10,000 for 10 instances over 1000 inputs) on each change of metric or target.
// Immutable once made: it can be made on a worker thread and then read on the GUI thread.
class PairedInputIndex
{
public:
    PairedInputIndex() = default;
    explicit PairedInputIndex(const QList<Api::SummaryGroup> &groups);

    // As ExperimentChartData::pairedInputs.
    QList<PairedInputValue> pairedInputs(const QString &statistic, const QString &baselineTarget,
                                         const QString &candidateTarget) const;

private:
    struct InputGroup
    {
        QString inputId;
        qsizetype group; // in m_groups
    };
    // Per input ID (ascending), the mean of `statistic` of the last group that reports it.
    QList<std::pair<QString, double>> means(const QString &target, const QString &statistic) const;

    QList<Api::SummaryGroup> m_groups; // shared with the experiment, not copied
    QHash<QString, QList<InputGroup>> m_inputsByTarget; // each sorted by input ID, stable
};

// The runs of an experiment by target (instance or version, and option set) and input; of
// repeated runs, the first listed one.
class ExperimentRunIndex
{
public:
    void setRuns(const QList<Api::RunSummary> &runs);
    // By experiment target (the instance, or "version:<id>") and input.
    QString runFor(const QString &target, const QString &inputId) const;
    bool isEmpty() const { return m_runs.isEmpty(); }

private:
    QHash<QString, QString> m_runs; // instance + '\n' + input → run ID
};

} // namespace Models
