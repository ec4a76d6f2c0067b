// Application DTO and its JSON codec.
#include "application.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

namespace Api {

QJsonObject Application::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("default_instance"), defaultInstance);
    o.insert(QStringLiteral("default_experiment_instance"), defaultExperimentInstance);
    o.insert(QStringLiteral("subscription_id"), subscriptionId);
    o.insert(QStringLiteral("locked"), locked);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

Result<Application> Application::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    Application a;
    a.id = r.string(QStringLiteral("id"));
    a.name = r.string(QStringLiteral("name"));
    a.description = r.string(QStringLiteral("description"));
    a.type = r.string(QStringLiteral("type"), QStringLiteral("custom"));
    a.defaultInstance = r.string(QStringLiteral("default_instance"));
    const QString legacyDefault = r.string(QStringLiteral("default_instance_id"));
    if (a.defaultInstance.isEmpty())
        a.defaultInstance = legacyDefault;
    a.defaultExperimentInstance = r.string(QStringLiteral("default_experiment_instance"));
    a.subscriptionId = r.string(QStringLiteral("subscription_id"));
    a.locked = r.boolean(QStringLiteral("locked"));
    a.createdAt = r.timestamp(QStringLiteral("created_at"));
    a.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    r.value(QStringLiteral("is_pipeline"));
    a.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return a;
}

} // namespace Api
