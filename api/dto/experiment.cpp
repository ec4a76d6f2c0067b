// Experiment DTOs and their JSON codecs.
#include "experiment.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

namespace Api {

namespace {

QMap<int, double> readPercentiles(const QJsonObject &json)
{
    QMap<int, double> result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool ok = false;
        const int p = it.key().mid(1).toInt(&ok);
        if (ok && it.key().startsWith(QLatin1Char('p')))
            result.insert(p, it.value().toDouble());
    }
    return result;
}

} // namespace

std::optional<double> DistributionSummary::statistic(const QString &name) const
{
    if (name == QLatin1String("min"))
        return min;
    if (name == QLatin1String("max"))
        return max;
    if (name == QLatin1String("mean"))
        return mean;
    if (name == QLatin1String("std"))
        return std;
    if (name == QLatin1String("shifted_geometric_mean"))
        return shiftedGeometricMean;
    if (name.size() == 3 && name.startsWith(QLatin1Char('p'))) {
        bool ok = false;
        const int p = name.mid(1).toInt(&ok);
        if (ok && percentiles.contains(p))
            return percentiles.value(p);
    }
    return std::nullopt;
}

QStringList DistributionSummary::statisticNames()
{
    return {QStringLiteral("mean"),
            QStringLiteral("min"),
            QStringLiteral("max"),
            QStringLiteral("std"),
            QStringLiteral("shifted_geometric_mean"),
            QStringLiteral("p01"),
            QStringLiteral("p05"),
            QStringLiteral("p10"),
            QStringLiteral("p25"),
            QStringLiteral("p50"),
            QStringLiteral("p75"),
            QStringLiteral("p90"),
            QStringLiteral("p95"),
            QStringLiteral("p99")};
}

DistributionSummary DistributionSummary::fromBatchJson(const QJsonObject &json)
{
    DistributionSummary d;
    d.count = json.value(QStringLiteral("count")).toInt();
    d.min = json.value(QStringLiteral("min")).toDouble();
    d.max = json.value(QStringLiteral("max")).toDouble();
    d.mean = json.value(QStringLiteral("mean")).toDouble();
    d.std = json.value(QStringLiteral("std")).toDouble();
    const QJsonValue sgm = json.value(QStringLiteral("shifted_geometric_mean"));
    d.shiftedGeometricMean =
        sgm.isObject() ? sgm.toObject().value(QStringLiteral("value")).toDouble() : sgm.toDouble();
    d.shift = sgm.toObject().value(QStringLiteral("shift")).toDouble();
    d.percentiles = readPercentiles(json.value(QStringLiteral("percentiles")).toObject());
    return d;
}

QJsonObject DistributionSummary::toBatchJson() const
{
    QJsonObject percentileValues;
    for (auto it = percentiles.constBegin(); it != percentiles.constEnd(); ++it)
        percentileValues.insert(QStringLiteral("p%1").arg(it.key(), 2, 10, QLatin1Char('0')),
                                it.value());
    return {{QStringLiteral("count"), count},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("mean"), mean},
            {QStringLiteral("std"), std},
            {QStringLiteral("shifted_geometric_mean"),
             QJsonObject{{QStringLiteral("value"), shiftedGeometricMean},
                         {QStringLiteral("shift"), shift}}},
            {QStringLiteral("percentiles"), percentileValues}};
}

DistributionSummary DistributionSummary::fromAcceptanceJson(const QJsonObject &summary,
                                                            const QJsonObject &percentiles)
{
    DistributionSummary d = fromBatchJson(summary);
    d.shift = summary.value(QStringLiteral("shift_parameter")).toDouble();
    d.percentiles = readPercentiles(percentiles);
    return d;
}

QString SummaryGroup::value(const QString &key) const
{
    const qsizetype index = keys.indexOf(key);
    return index >= 0 ? values.value(index) : QString();
}

QString SummaryGroup::target() const
{
    return experimentTarget(value(QStringLiteral("instanceID")), value(QStringLiteral("versionID")),
                            value(QStringLiteral("optionSetID")));
}

SummaryGroup SummaryGroup::fromJson(const QJsonObject &g)
{
    SummaryGroup group;
    for (const QJsonValue &k : g.value(QStringLiteral("group_keys")).toArray())
        group.keys.append(k.toString());
    for (const QJsonValue &k : g.value(QStringLiteral("group_values")).toArray())
        group.values.append(k.toString());
    const QJsonObject distributions = g.value(QStringLiteral("indicator_distributions")).toObject();
    for (auto it = distributions.constBegin(); it != distributions.constEnd(); ++it)
        group.indicators.insert(it.key(),
                                DistributionSummary::fromBatchJson(it.value().toObject()));
    return group;
}

QJsonObject SummaryGroup::toJson() const
{
    QJsonObject distributions;
    for (auto it = indicators.constBegin(); it != indicators.constEnd(); ++it)
        distributions.insert(it.key(), it.value().toBatchJson());
    return {{QStringLiteral("group_keys"), QJsonArray::fromStringList(keys)},
            {QStringLiteral("group_values"), QJsonArray::fromStringList(values)},
            {QStringLiteral("indicator_keys"), QJsonArray::fromStringList(indicators.keys())},
            {QStringLiteral("indicator_distributions"), distributions}};
}

QList<SummaryGroup> summaryGroupsFromJson(const QJsonArray &json)
{
    QList<SummaryGroup> groups;
    for (const QJsonValue &v : json)
        groups.append(SummaryGroup::fromJson(v.toObject()));
    return groups;
}

QJsonArray summaryGroupsToJson(const QList<SummaryGroup> &groups)
{
    QJsonArray json;
    for (const SummaryGroup &group : groups)
        json.append(group.toJson());
    return json;
}

QString experimentTarget(const QString &instanceId, const QString &versionId,
                         const QString &optionSet)
{
    const QString base = instanceId.isEmpty() && !versionId.isEmpty()
        ? QStringLiteral("version:") + versionId
        : instanceId;
    return optionSet.isEmpty() ? base : base + QStringLiteral(" · ") + optionSet;
}

QList<SummaryGroup> BatchExperiment::groupsBy(bool perInput) const
{
    QList<SummaryGroup> result;
    for (const SummaryGroup &group : groups) {
        if (group.keys.contains(QStringLiteral("inputID")) == perInput)
            result.append(group);
    }
    return result;
}

Result<BatchExperiment> BatchExperiment::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    BatchExperiment b;
    b.id = r.requiredString(QStringLiteral("id"));
    b.name = r.string(QStringLiteral("name"));
    b.description = r.string(QStringLiteral("description"));
    b.status = experimentStatusFromString(r.string(QStringLiteral("status")));
    b.type = r.string(QStringLiteral("type"), QStringLiteral("batch"));
    b.appId = r.string(QStringLiteral("app_id"));
    b.inputSetId = r.string(QStringLiteral("input_set_id"));
    b.instanceIds = r.stringList(QStringLiteral("instance_ids"));
    b.optionSets = r.object(QStringLiteral("option_sets"));
    b.requestedRuns = int(r.integer(QStringLiteral("number_of_requested_runs")));
    b.runs = int(r.integer(QStringLiteral("number_of_runs")));
    b.completedRuns = int(r.integer(QStringLiteral("number_of_completed_runs")));
    b.createdAt = r.timestamp(QStringLiteral("created_at"));
    b.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    b.groups = summaryGroupsFromJson(r.array(QStringLiteral("grouped_distributional_summaries")));
    b.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return b;
}

QJsonObject BatchRunSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("input_id"), inputId}};
    putIfNotEmpty(o, QStringLiteral("instance_id"), instanceId);
    putIfNotEmpty(o, QStringLiteral("version_id"), versionId);
    putIfNotEmpty(o, QStringLiteral("input_set_id"), inputSetId);
    putIfNotEmpty(o, QStringLiteral("option_set"), optionSet);
    if (repetition > 0)
        o.insert(QStringLiteral("repetition"), repetition);
    return o;
}

QJsonObject BatchExperimentRequest::toJson() const
{
    // The newest SDK names the type; "scenario" tests are the other kind of batch experiment.
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), QStringLiteral("batch")}};
    putIfNotEmpty(o, QStringLiteral("id"), id);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    putIfNotEmpty(o, QStringLiteral("input_set_id"), inputSetId);
    if (!instanceIds.isEmpty())
        o.insert(QStringLiteral("instance_ids"), QJsonArray::fromStringList(instanceIds));
    if (!optionSets.isEmpty()) {
        QJsonObject sets;
        for (auto set = optionSets.cbegin(); set != optionSets.cend(); ++set) {
            QJsonObject options;
            for (auto option = set->cbegin(); option != set->cend(); ++option)
                options.insert(option.key(), option.value());
            sets.insert(set.key(), options);
        }
        o.insert(QStringLiteral("option_sets"), sets);
    }
    if (!runs.isEmpty()) {
        QJsonArray list;
        for (const BatchRunSpec &run : runs)
            list.append(run.toJson());
        o.insert(QStringLiteral("runs"), list);
    }
    return o;
}

QJsonObject AcceptanceMetric::toJson() const
{
    return {{QStringLiteral("field"), field},
            {QStringLiteral("metric_type"), QStringLiteral("direct-comparison")},
            {QStringLiteral("statistic"), statistic},
            {QStringLiteral("params"),
             QJsonObject{{QStringLiteral("operator"), op},
                         {QStringLiteral("tolerance"),
                          QJsonObject{{QStringLiteral("type"), toleranceType},
                                      {QStringLiteral("value"), toleranceValue}}}}}};
}

AcceptanceMetric AcceptanceMetric::fromJson(const QJsonObject &json)
{
    AcceptanceMetric m;
    m.field = json.value(QStringLiteral("field")).toString();
    m.statistic = json.value(QStringLiteral("statistic")).toString();
    const QJsonObject params = json.value(QStringLiteral("params")).toObject();
    m.op = params.value(QStringLiteral("operator")).toString();
    const QJsonObject tolerance = params.value(QStringLiteral("tolerance")).toObject();
    m.toleranceType = tolerance.value(QStringLiteral("type")).toString();
    m.toleranceValue = tolerance.value(QStringLiteral("value")).toDouble();
    return m;
}

Result<AcceptanceTest> AcceptanceTest::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    AcceptanceTest t;
    t.id = r.requiredString(QStringLiteral("id"));
    t.name = r.string(QStringLiteral("name"));
    t.description = r.string(QStringLiteral("description"));
    t.appId = r.string(QStringLiteral("app_id"));
    t.experimentId = r.string(QStringLiteral("experiment_id"));
    const QJsonObject control = r.object(QStringLiteral("control"));
    const QJsonObject candidate = r.object(QStringLiteral("candidate"));
    t.controlInstance = control.value(QStringLiteral("instance_id")).toString();
    t.controlVersion = control.value(QStringLiteral("version_id")).toString();
    t.candidateInstance = candidate.value(QStringLiteral("instance_id")).toString();
    t.candidateVersion = candidate.value(QStringLiteral("version_id")).toString();
    for (const QJsonValue &v : r.array(QStringLiteral("metrics")))
        t.metrics.append(AcceptanceMetric::fromJson(v.toObject()));
    t.status = experimentStatusFromString(r.string(QStringLiteral("status")));
    const QJsonObject results = r.object(QStringLiteral("results"));
    t.hasResults = !results.isEmpty();
    t.passed = results.value(QStringLiteral("passed")).toBool();
    for (const QJsonValue &v : results.value(QStringLiteral("metric_results")).toArray()) {
        const QJsonObject mr = v.toObject();
        AcceptanceMetricResult result;
        result.metric = AcceptanceMetric::fromJson(mr.value(QStringLiteral("metric")).toObject());
        result.passed = mr.value(QStringLiteral("passed")).toBool();
        const QJsonObject statistics = mr.value(QStringLiteral("statistics")).toObject();
        for (const bool isControl : {true, false}) {
            const QJsonObject side =
                statistics
                    .value(isControl ? QStringLiteral("control") : QStringLiteral("candidate"))
                    .toObject();
            (isControl ? result.control : result.candidate) =
                DistributionSummary::fromAcceptanceJson(
                    side.value(QStringLiteral("distribution_summary_statistics")).toObject(),
                    side.value(QStringLiteral("distribution_percentiles")).toObject());
        }
        t.results.append(result);
    }
    t.createdAt = r.timestamp(QStringLiteral("created_at"));
    t.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    t.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return t;
}

QJsonObject AcceptanceTest::toRequestJson() const
{
    QJsonArray metricList;
    for (const AcceptanceMetric &m : metrics)
        metricList.append(m.toJson());
    QJsonObject o{
        {QStringLiteral("experiment_id"), experimentId},
        {QStringLiteral("control"), QJsonObject{{QStringLiteral("instance_id"), controlInstance}}},
        {QStringLiteral("candidate"),
         QJsonObject{{QStringLiteral("instance_id"), candidateInstance}}},
        {QStringLiteral("metrics"), metricList}};
    putIfNotEmpty(o, QStringLiteral("id"), id);
    putIfNotEmpty(o, QStringLiteral("name"), name);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    return o;
}

} // namespace Api
