// Shadow test DTOs and their JSON codecs.
#include "shadowtest.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QJsonArray>

namespace Api {

namespace {

QStringList candidatesFrom(const QJsonValue &value, const QString &field, QStringList &errors)
{
    QStringList candidates;
    if (!value.isArray()) {
        errors.append(QStringLiteral("field '%1' must be a list of instance IDs").arg(field));
        return candidates;
    }
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty()) {
            errors.append(QStringLiteral("field '%1' must be a list of instance IDs").arg(field));
            return {};
        }
        candidates.append(v.toString());
    }
    return candidates;
}

void putTimeEvent(QJsonObject &o, const QString &key, const std::optional<QDateTime> &time)
{
    if (time && time->isValid())
        o.insert(key, QJsonObject{{QStringLiteral("time"), Rfc3339::format(*time)}});
}

QJsonObject terminationEvents(int maximumRuns, const std::optional<QDateTime> &endTime)
{
    QJsonObject o{{QStringLiteral("maximum_runs"), maximumRuns}};
    if (endTime && endTime->isValid())
        o.insert(QStringLiteral("time"), Rfc3339::format(*endTime));
    return o;
}

std::optional<QDateTime> optionalTime(const QDateTime &time)
{
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

} // namespace

Result<QList<ShadowComparison>> ShadowComparison::listFromJson(const QJsonValue &json)
{
    QList<ShadowComparison> comparisons;
    QStringList errors;
    if (json.isObject()) {
        const QJsonObject map = json.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            comparisons.append(
                {it.key(),
                 candidatesFrom(it.value(), QStringLiteral("comparisons.") + it.key(), errors)});
    } else if (json.isArray()) {
        const QJsonArray list = json.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString context = QStringLiteral("comparisons[%1]").arg(i);
            JsonObjectReader r(list.at(i).toObject(), context);
            if (!list.at(i).isObject())
                errors.append(QStringLiteral("field '%1' must be an object").arg(context));
            ShadowComparison c;
            c.baselineInstanceId = r.requiredString(QStringLiteral("baseline_instance_id"));
            c.candidateInstanceIds =
                candidatesFrom(r.value(QStringLiteral("candidate_instance_ids")),
                               context + QStringLiteral(".candidate_instance_ids"), errors);
            if (!r.ok())
                errors.append(r.errorMessage());
            comparisons.append(c);
        }
    } else if (!json.isNull() && !json.isUndefined()) {
        errors.append(QStringLiteral("field 'comparisons' must be an object {baseline: "
                                     "[candidates]} or a list of comparisons"));
    }
    if (!errors.isEmpty())
        return Error::decode(errors.join(QStringLiteral("; ")));
    return comparisons;
}

QJsonArray ShadowComparison::listToJson(const QList<ShadowComparison> &comparisons)
{
    QJsonArray list;
    for (const ShadowComparison &c : comparisons)
        list.append(QJsonObject{{QStringLiteral("baseline_instance_id"), c.baselineInstanceId},
                                {QStringLiteral("candidate_instance_ids"),
                                 QJsonArray::fromStringList(c.candidateInstanceIds)}});
    return list;
}

QJsonObject ShadowComparison::mapToJson(const QList<ShadowComparison> &comparisons)
{
    QJsonObject map;
    for (const ShadowComparison &c : comparisons)
        map.insert(c.baselineInstanceId, QJsonArray::fromStringList(c.candidateInstanceIds));
    return map;
}

Result<ShadowTest> ShadowTest::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    ShadowTest t;
    // Older SDK models name the ID shadow_test_id.
    t.id = r.string(QStringLiteral("id"), r.string(QStringLiteral("shadow_test_id")));
    if (t.id.isEmpty())
        r.addError(QStringLiteral("field 'id' is required"));
    t.name = r.string(QStringLiteral("name"));
    t.description = r.string(QStringLiteral("description"));
    t.appId = r.string(QStringLiteral("app_id"));
    t.createdAt = r.timestamp(QStringLiteral("created_at"));
    t.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    t.startedAt = optionalTime(r.timestamp(QStringLiteral("started_at")));
    t.completedAt = r.timestamp(QStringLiteral("completed_at"));
    t.status = experimentStatusFromString(r.string(QStringLiteral("status")));
    auto comparisons = ShadowComparison::listFromJson(r.value(QStringLiteral("comparisons")));
    if (comparisons)
        t.comparisons = comparisons.value();
    else
        r.addError(comparisons.error().message);
    JsonObjectReader start(r.object(QStringLiteral("start_events")),
                           QStringLiteral("start_events"));
    t.startTime = optionalTime(start.timestamp(QStringLiteral("time")));
    JsonObjectReader end(r.object(QStringLiteral("termination_events")),
                         QStringLiteral("termination_events"));
    t.maximumRuns = int(end.integer(QStringLiteral("maximum_runs")));
    t.endTime = optionalTime(end.timestamp(QStringLiteral("time")));
    t.groups = summaryGroupsFromJson(r.array(QStringLiteral("grouped_distributional_summaries")));
    t.baselineRuns = int(r.integer(QStringLiteral("number_of_baseline_runs")));
    t.shadowRuns = int(r.integer(QStringLiteral("number_of_shadow_runs")));
    t.completedRuns = int(r.integer(QStringLiteral("number_of_completed_runs")));
    r.value(QStringLiteral("number_of_runs")); // derived: baseline + shadow
    t.unknownFields = r.unknownFields();
    for (const JsonObjectReader *reader : {&start, &end}) {
        if (!reader->ok())
            r.addError(reader->errorMessage());
    }
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return t;
}

QJsonObject ShadowTest::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("app_id"), appId);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    if (startedAt)
        putTimestamp(o, QStringLiteral("started_at"), *startedAt);
    putTimestamp(o, QStringLiteral("completed_at"), completedAt);
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("comparisons"), ShadowComparison::listToJson(comparisons));
    putTimeEvent(o, QStringLiteral("start_events"), startTime);
    o.insert(QStringLiteral("termination_events"), terminationEvents(maximumRuns, endTime));
    if (!groups.isEmpty())
        o.insert(QStringLiteral("grouped_distributional_summaries"), summaryGroupsToJson(groups));
    o.insert(QStringLiteral("number_of_runs"), totalRuns());
    o.insert(QStringLiteral("number_of_baseline_runs"), baselineRuns);
    o.insert(QStringLiteral("number_of_shadow_runs"), shadowRuns);
    o.insert(QStringLiteral("number_of_completed_runs"), completedRuns);
    return o;
}

QJsonObject ShadowTestRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name.isEmpty() ? id : name},
                  {QStringLiteral("comparisons"), ShadowComparison::mapToJson(comparisons)},
                  {QStringLiteral("termination_events"), terminationEvents(maximumRuns, endTime)}};
    putIfNotEmpty(o, QStringLiteral("id"), id);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    putTimeEvent(o, QStringLiteral("start_events"), startTime);
    return o;
}

} // namespace Api
