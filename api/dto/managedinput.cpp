// Managed input DTO and its JSON codec.
#include "managedinput.h"

#include "api/wire/createbody.h"
#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

namespace Api {

QJsonObject ManagedInput::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("app_id"), appId);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    putIfNotEmpty(o, QStringLiteral("run_id"), runId);
    putIfNotEmpty(o, QStringLiteral("upload_id"), uploadId);
    o.insert(QStringLiteral("format"), format.toJson());
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

QJsonObject ManagedInput::toCreateJson() const
{
    QJsonObject body = toJson();
    for (const char *serverSide : {"app_id", "created_at", "updated_at", "size"})
        body.remove(QLatin1String(serverSide));
    completeIdAndName(body, QStringLiteral("managed-input"));
    return body;
}

Result<ManagedInput> ManagedInput::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    ManagedInput m;
    m.appId = r.string(QStringLiteral("app_id"));
    m.id = r.string(QStringLiteral("id"));
    m.name = r.string(QStringLiteral("name"));
    m.description = r.string(QStringLiteral("description"));
    m.runId = r.string(QStringLiteral("run_id"));
    m.uploadId = r.string(QStringLiteral("upload_id"));
    auto format = RunFormat::fromJson(r.object(QStringLiteral("format")));
    m.size = r.integer(QStringLiteral("size"), -1);
    m.createdAt = r.timestamp(QStringLiteral("created_at"));
    m.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    m.unknownFields = r.unknownFields();
    if (!format)
        r.addError(format.error().message);
    if (!r.ok())
        return Error::decode(r.errorMessage());
    m.format = format.value();
    return m;
}

} // namespace Api
