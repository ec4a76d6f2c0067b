// Input set DTO and its create request.
#include "inputset.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QJsonArray>

namespace Api {

QJsonObject InputSet::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("app_id"), appId);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("input_ids"), QJsonArray::fromStringList(inputIds));
    QJsonArray list;
    for (const ManagedInput &input : inputs)
        list.append(input.toJson());
    o.insert(QStringLiteral("inputs"), list);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

Result<InputSet> InputSet::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    InputSet set;
    set.appId = r.string(QStringLiteral("app_id"));
    set.id = r.string(QStringLiteral("id"));
    set.name = r.string(QStringLiteral("name"));
    set.description = r.string(QStringLiteral("description"));
    set.inputIds = r.stringList(QStringLiteral("input_ids"));
    for (const QJsonValue &v : r.array(QStringLiteral("inputs"))) {
        auto input = ManagedInput::fromJson(v.toObject());
        if (!input) {
            r.addError(input.error().message);
            break;
        }
        set.inputs.append(input.value());
    }
    // Some answers list the inputs alone; their IDs are the set's.
    if (set.inputIds.isEmpty()) {
        for (const ManagedInput &input : std::as_const(set.inputs))
            set.inputIds.append(input.id);
    }
    set.createdAt = r.timestamp(QStringLiteral("created_at"));
    set.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    set.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return set;
}

QJsonObject InputSetRequest::toJson() const
{
    QJsonObject o;
    putIfNotEmpty(o, QStringLiteral("id"), id);
    putIfNotEmpty(o, QStringLiteral("name"), name);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    if (!runIds.isEmpty())
        o.insert(QStringLiteral("run_ids"), QJsonArray::fromStringList(runIds));
    putIfNotEmpty(o, QStringLiteral("instance_id"), instanceId);
    putIfNotEmpty(o, QStringLiteral("version_id"), versionId);
    putTimestamp(o, QStringLiteral("start_time"), startTime);
    putTimestamp(o, QStringLiteral("end_time"), endTime);
    if (maximumRuns)
        o.insert(QStringLiteral("maximum_runs"), *maximumRuns);
    if (!managedInputIds.isEmpty()) {
        QJsonArray inputs;
        for (const QString &inputId : managedInputIds)
            inputs.append(QJsonObject{{QStringLiteral("id"), inputId}});
        o.insert(QStringLiteral("inputs"), inputs);
    }
    return o;
}

Result<InputSetRequest> InputSetRequest::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    InputSetRequest req;
    req.id = r.string(QStringLiteral("id"));
    req.name = r.string(QStringLiteral("name"));
    req.description = r.string(QStringLiteral("description"));
    req.runIds = r.stringList(QStringLiteral("run_ids"));
    req.instanceId = r.string(QStringLiteral("instance_id"));
    req.versionId = r.string(QStringLiteral("version_id"));
    req.startTime = r.timestamp(QStringLiteral("start_time"));
    req.endTime = r.timestamp(QStringLiteral("end_time"));
    if (r.has(QStringLiteral("maximum_runs"))) {
        const qint64 maximum = r.integer(QStringLiteral("maximum_runs"), 0);
        if (maximum < 1)
            r.addError(QStringLiteral("field 'maximum_runs' must be at least 1"));
        req.maximumRuns = int(std::min<qint64>(maximum, 100000));
    }
    for (const QJsonValue &v : r.array(QStringLiteral("inputs"))) {
        const QString inputId = v.toObject().value(QStringLiteral("id")).toString();
        if (inputId.isEmpty()) {
            r.addError(QStringLiteral("every entry of 'inputs' needs an 'id'"));
            break;
        }
        req.managedInputIds.append(inputId);
    }
    const bool byWindow = !req.instanceId.isEmpty() || !req.versionId.isEmpty();
    const int methods =
        int(!req.runIds.isEmpty()) + int(byWindow) + int(!req.managedInputIds.isEmpty());
    if (methods != 1)
        r.addError(QStringLiteral("give exactly one of 'run_ids', 'inputs', or 'instance_id' "
                                  "(or 'version_id') with 'start_time' and 'end_time'"));
    if (byWindow && (!req.startTime.isValid() || !req.endTime.isValid()))
        r.addError(QStringLiteral("'start_time' and 'end_time' are required with 'instance_id'"));
    if (byWindow && req.startTime.isValid() && req.endTime.isValid() && req.endTime < req.startTime)
        r.addError(QStringLiteral("'end_time' is before 'start_time'"));
    if (!r.ok())
        return Error::validation(r.errorMessage());
    return req;
}

} // namespace Api
