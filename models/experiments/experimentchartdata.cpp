// What the experiment charts draw.
#include "experimentchartdata.h"

#include <QMap>

namespace Models {

namespace {

const QString inputKey = QStringLiteral("inputID");

QString pairKey(const QString &instanceId, const QString &inputId)
{
    return instanceId + QLatin1Char('\n') + inputId;
}

} // namespace

QStringList ExperimentChartData::instances(const Api::BatchExperiment &experiment)
{
    QStringList result;
    for (const Api::SummaryGroup &group : experiment.groupsBy(false)) {
        const QString instance = group.target();
        if (!instance.isEmpty() && !result.contains(instance))
            result.append(instance);
    }
    return result;
}

QList<InstanceDistribution>
ExperimentChartData::distributions(const Api::BatchExperiment &experiment, const QString &statistic)
{
    QList<InstanceDistribution> result;
    for (const Api::SummaryGroup &group : experiment.groupsBy(false)) {
        const auto it = group.indicators.constFind(statistic);
        if (it == group.indicators.constEnd())
            continue;
        result.append({group.target(), group.value(QStringLiteral("versionID")), it.value()});
    }
    return result;
}

QList<PairedInputValue> ExperimentChartData::pairedInputs(const Api::BatchExperiment &experiment,
                                                          const QString &statistic,
                                                          const QString &baselineInstance,
                                                          const QString &candidateInstance)
{
    QMap<QString, double> baseline;
    QMap<QString, double> candidate;
    // Straight over the groups, not a copy of the per-input ones: there is one per instance
    // and input (10,000 for 10 instances over 1000 inputs).
    for (const Api::SummaryGroup &group : experiment.groups) {
        if (!group.keys.contains(inputKey))
            continue;
        const auto it = group.indicators.constFind(statistic);
        if (it == group.indicators.constEnd() || it->count == 0)
            continue;
        const QString instance = group.target();
        if (instance == baselineInstance)
            baseline.insert(group.value(inputKey), it->mean);
        if (instance == candidateInstance)
            candidate.insert(group.value(inputKey), it->mean);
    }
    QList<PairedInputValue> result;
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it) {
        const auto other = candidate.constFind(it.key());
        if (other != candidate.constEnd())
            result.append({it.key(), it.value(), other.value()});
    }
    return result;
}

void ExperimentRunIndex::setRuns(const QList<Api::RunSummary> &runs)
{
    m_runs.clear();
    for (const Api::RunSummary &run : runs) {
        const QString optionSet = run.unknownFields.value(QStringLiteral("option_set")).toString();
        const QString key =
            pairKey(Api::experimentTarget(run.instanceId, run.versionId, optionSet), run.inputId);
        if (!m_runs.contains(key))
            m_runs.insert(key, run.id);
    }
}

QString ExperimentRunIndex::runFor(const QString &instanceId, const QString &inputId) const
{
    return m_runs.value(pairKey(instanceId, inputId));
}

} // namespace Models
