// Switchback test DTOs and their JSON codecs.
#include "switchbacktest.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QJsonArray>

#include <cmath>

namespace Api {

namespace {

qint64 unitMsecs(const SwitchbackUnit &unit)
{
    return qint64(std::llround(unit.durationMinutes * 60.0 * 1000.0));
}

} // namespace

QDateTime SwitchbackPlan::end() const
{
    return unitStart(int(units.size()));
}

QDateTime SwitchbackPlan::unitStart(int position) const
{
    if (!start.isValid() || position < 0 || position > units.size())
        return {};
    qint64 offset = 0;
    for (int i = 0; i < position; ++i)
        offset += unitMsecs(units.at(i));
    return start.addMSecs(offset);
}

int SwitchbackPlan::unitAt(const QDateTime &t) const
{
    if (!start.isValid() || !t.isValid() || t < start)
        return -1;
    const qint64 elapsed = start.msecsTo(t);
    qint64 unitEnd = 0;
    for (int i = 0; i < units.size(); ++i) {
        unitEnd += unitMsecs(units.at(i));
        if (elapsed < unitEnd)
            return i;
    }
    return -1;
}

Result<SwitchbackPlan> SwitchbackPlan::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json, QStringLiteral("plan"));
    SwitchbackPlan plan;
    plan.start = r.timestamp(QStringLiteral("start"));
    const QJsonArray units = r.array(QStringLiteral("units"));
    for (qsizetype i = 0; i < units.size(); ++i) {
        JsonObjectReader u(units.at(i).toObject(), QStringLiteral("plan.units[%1]").arg(i));
        SwitchbackUnit unit;
        unit.index = int(u.integer(QStringLiteral("index"), i));
        unit.instanceId = u.string(QStringLiteral("instance_id"));
        unit.durationMinutes = u.number(QStringLiteral("duration_minutes"));
        if (!u.ok())
            r.addError(u.errorMessage());
        plan.units.append(unit);
    }
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return plan;
}

QJsonObject SwitchbackPlan::toJson() const
{
    QJsonArray list;
    for (const SwitchbackUnit &unit : units)
        list.append(QJsonObject{{QStringLiteral("index"), unit.index},
                                {QStringLiteral("instance_id"), unit.instanceId},
                                {QStringLiteral("duration_minutes"), unit.durationMinutes}});
    QJsonObject o{{QStringLiteral("units"), list}};
    putTimestamp(o, QStringLiteral("start"), start);
    return o;
}

Result<SwitchbackTest> SwitchbackTest::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    SwitchbackTest t;
    t.id = r.requiredString(QStringLiteral("id"));
    t.name = r.string(QStringLiteral("name"));
    t.description = r.string(QStringLiteral("description"));
    t.appId = r.string(QStringLiteral("app_id"));
    t.createdAt = r.timestamp(QStringLiteral("created_at"));
    t.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    t.startedAt = r.timestamp(QStringLiteral("started_at"));
    t.completedAt = r.timestamp(QStringLiteral("completed_at"));
    t.status = experimentStatusFromString(r.string(QStringLiteral("status")));
    JsonObjectReader comparison(r.object(QStringLiteral("comparison")),
                                QStringLiteral("comparison"));
    t.baselineInstanceId = comparison.string(QStringLiteral("baseline_instance_id"));
    t.candidateInstanceId = comparison.string(QStringLiteral("candidate_instance_id"));
    if (!comparison.ok())
        r.addError(comparison.errorMessage());
    auto plan = SwitchbackPlan::fromJson(r.object(QStringLiteral("plan")));
    if (plan)
        t.plan = plan.value();
    else
        r.addError(plan.error().message);
    t.groups = summaryGroupsFromJson(r.array(QStringLiteral("grouped_distributional_summaries")));
    t.runs = int(r.integer(QStringLiteral("number_of_runs")));
    t.completedRuns = int(r.integer(QStringLiteral("number_of_completed_runs")));
    t.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return t;
}

QJsonObject SwitchbackTest::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("app_id"), appId);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    putTimestamp(o, QStringLiteral("started_at"), startedAt);
    putTimestamp(o, QStringLiteral("completed_at"), completedAt);
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("comparison"),
             QJsonObject{{QStringLiteral("baseline_instance_id"), baselineInstanceId},
                         {QStringLiteral("candidate_instance_id"), candidateInstanceId}});
    o.insert(QStringLiteral("plan"), plan.toJson());
    if (!groups.isEmpty())
        o.insert(QStringLiteral("grouped_distributional_summaries"), summaryGroupsToJson(groups));
    o.insert(QStringLiteral("number_of_runs"), runs);
    o.insert(QStringLiteral("number_of_completed_runs"), completedRuns);
    return o;
}

QJsonObject SwitchbackTestRequest::toJson() const
{
    QJsonObject plan{{QStringLiteral("unit_duration_minutes"), unitDurationMinutes},
                     {QStringLiteral("units"), units}};
    if (start && start->isValid())
        plan.insert(QStringLiteral("start"), Rfc3339::format(*start));
    QJsonObject o{{QStringLiteral("name"), name.isEmpty() ? id : name},
                  {QStringLiteral("comparison"),
                   QJsonObject{{QStringLiteral("baseline_instance_id"), baselineInstanceId},
                               {QStringLiteral("candidate_instance_id"), candidateInstanceId}}},
                  {QStringLiteral("generate_random_plan"), plan}};
    putIfNotEmpty(o, QStringLiteral("id"), id);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    return o;
}

} // namespace Api
