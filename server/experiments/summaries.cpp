// grouped_distributional_summaries of an experiment's runs.
#include "summaries.h"

#include "distribution.h"

#include <QMap>

#include <algorithm>

namespace Server {

QJsonArray groupedSummaries(const QList<RunRecord> &runs, const InputKeyOf &inputKeyOf)
{
    using Key = QStringList;
    const auto optionSetOf = [](const RunRecord &run) {
        return run.info.metadata.unknownFields.value(QStringLiteral("option_set")).toString();
    };
    // When runs used option sets, the set is part of every group, so sets are compared, not
    // pooled.
    const bool withOptionSets = std::any_of(runs.cbegin(), runs.cend(), [&](const RunRecord &run) {
        return !optionSetOf(run).isEmpty();
    });
    QMap<Key, QMap<QString, QList<double>>> byInstance;
    QMap<Key, QMap<QString, QList<double>>> byInput;
    for (const RunRecord &run : runs) {
        const Api::RunMetadata &m = run.info.metadata;
        if (m.status != Api::RunStatus::Succeeded)
            continue;
        Key instanceKey{m.instanceId, m.versionId};
        if (withOptionSets)
            instanceKey.append(optionSetOf(run));
        const Key inputKey = inputKeyOf ? Key{inputKeyOf(run)} + instanceKey : Key{};
        auto add = [&](const QString &indicator, double value) {
            byInstance[instanceKey][indicator].append(value);
            if (inputKeyOf)
                byInput[inputKey][indicator].append(value);
        };
        for (const Api::Indicator &indicator : Api::indicatorsFromStatistics(m.statistics))
            add(indicator.name, indicator.value);
        // The run's own duration is an indicator of every experiment.
        add(QStringLiteral("run.duration.ms"), m.durationMs);
    }
    QJsonArray groups;
    auto emitGroups = [&groups](const QStringList &keys,
                                const QMap<Key, QMap<QString, QList<double>>> &data) {
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            QJsonObject distributions;
            for (auto ind = it.value().constBegin(); ind != it.value().constEnd(); ++ind)
                distributions.insert(ind.key(), Distribution::of(ind.value()).toJson());
            groups.append(QJsonObject{
                {QStringLiteral("group_keys"), QJsonArray::fromStringList(keys)},
                {QStringLiteral("group_values"), QJsonArray::fromStringList(it.key())},
                {QStringLiteral("indicator_keys"), QJsonArray::fromStringList(it.value().keys())},
                {QStringLiteral("indicator_distributions"), distributions}});
        }
    };
    QStringList instanceKeys{QStringLiteral("instanceID"), QStringLiteral("versionID")};
    if (withOptionSets)
        instanceKeys.append(QStringLiteral("optionSetID"));
    emitGroups(instanceKeys, byInstance);
    emitGroups(QStringList{QStringLiteral("inputID")} + instanceKeys, byInput);
    return groups;
}

} // namespace Server
