// What the experiment charts draw.
#include "experimentchartdata.h"

#include <algorithm>

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
    return instances(experiment.groupsBy(false));
}

QStringList ExperimentChartData::instances(const QList<Api::SummaryGroup> &instanceGroups)
{
    QStringList result;
    for (const Api::SummaryGroup &group : instanceGroups) {
        const QString instance = group.target();
        if (!instance.isEmpty() && !result.contains(instance))
            result.append(instance);
    }
    return result;
}

QList<InstanceDistribution>
ExperimentChartData::distributions(const Api::BatchExperiment &experiment, const QString &statistic)
{
    return distributions(experiment.groupsBy(false), statistic);
}

QList<InstanceDistribution>
ExperimentChartData::distributions(const QList<Api::SummaryGroup> &instanceGroups,
                                   const QString &statistic)
{
    QList<InstanceDistribution> result;
    for (const Api::SummaryGroup &group : instanceGroups) {
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
    return PairedInputIndex(experiment.groups)
        .pairedInputs(statistic, baselineInstance, candidateInstance);
}

PairedInputIndex::PairedInputIndex(const QList<Api::SummaryGroup> &groups)
    : m_groups(groups)
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const Api::SummaryGroup &group = m_groups.at(i);
        const qsizetype input = group.keys.indexOf(inputKey);
        if (input >= 0)
            m_inputsByTarget[group.target()].append({group.values.value(input), i});
    }
    // Stable, so that of repeated groups of one input the last listed still wins.
    for (QList<InputGroup> &inputs : m_inputsByTarget) {
        std::stable_sort(
            inputs.begin(), inputs.end(),
            [](const InputGroup &a, const InputGroup &b) { return a.inputId < b.inputId; });
    }
}

QList<std::pair<QString, double>> PairedInputIndex::means(const QString &target,
                                                          const QString &statistic) const
{
    QList<std::pair<QString, double>> result;
    const QList<InputGroup> inputs = m_inputsByTarget.value(target);
    result.reserve(inputs.size());
    for (const InputGroup &input : inputs) {
        const Api::SummaryGroup &group = m_groups.at(input.group);
        const auto it = group.indicators.constFind(statistic);
        if (it == group.indicators.constEnd() || it->count == 0)
            continue;
        if (!result.isEmpty() && result.constLast().first == input.inputId)
            result.last().second = it->mean;
        else
            result.append({input.inputId, it->mean});
    }
    return result;
}

QList<PairedInputValue> PairedInputIndex::pairedInputs(const QString &statistic,
                                                       const QString &baselineTarget,
                                                       const QString &candidateTarget) const
{
    const auto baseline = means(baselineTarget, statistic);
    const auto candidate = means(candidateTarget, statistic);
    // Both in input order: one walk along the two pairs the inputs that both have.
    QList<PairedInputValue> result;
    auto other = candidate.cbegin();
    for (const auto &[inputId, value] : baseline) {
        while (other != candidate.cend() && other->first < inputId)
            ++other;
        if (other != candidate.cend() && other->first == inputId)
            result.append({inputId, value, other->second});
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
