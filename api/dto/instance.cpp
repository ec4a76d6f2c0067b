// Instance DTO and its JSON codec.
#include "instance.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

namespace Api {

QJsonObject InstanceConfiguration::toJson() const
{
    QJsonObject o = unknownFields;
    putIfNotEmpty(o, QStringLiteral("execution_class"), executionClass);
    o.insert(QStringLiteral("options"), options);
    putIfNotEmpty(o, QStringLiteral("secrets_collection_id"), secretsCollectionId);
    putIfNotEmpty(o, QStringLiteral("integration_id"), integrationId);
    if (queuingPriority || queuingDisabled) {
        QJsonObject queuing;
        queuing.insert(QStringLiteral("priority"), queuingPriority.value_or(6));
        queuing.insert(QStringLiteral("disabled"), queuingDisabled);
        o.insert(QStringLiteral("queuing"), queuing);
    }
    putIfNotEmpty(o, QStringLiteral("format"), format);
    return o;
}

Result<InstanceConfiguration> InstanceConfiguration::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json, QStringLiteral("configuration"));
    InstanceConfiguration c;
    c.executionClass = r.string(QStringLiteral("execution_class"));
    c.options = r.stringMap(QStringLiteral("options"));
    c.secretsCollectionId = r.string(QStringLiteral("secrets_collection_id"));
    c.integrationId = r.string(QStringLiteral("integration_id"));
    c.format = r.object(QStringLiteral("format"));
    JsonObjectReader q(r.object(QStringLiteral("queuing")),
                       QStringLiteral("configuration.queuing"));
    if (q.has(QStringLiteral("priority"))) {
        const qint64 priority = q.integer(QStringLiteral("priority"), 6);
        if (priority < 1 || priority > 9)
            q.addError(QStringLiteral("field 'configuration.queuing.priority' must be 1..9"));
        c.queuingPriority = int(priority);
    }
    c.queuingDisabled = q.boolean(QStringLiteral("disabled"));
    c.unknownFields = r.unknownFields();
    if (!r.ok() || !q.ok())
        return Error::decode(QStringList{r.errorMessage(), q.errorMessage()}.join(u' ').trimmed());
    return c;
}

QJsonObject Instance::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("application_id"), applicationId);
    o.insert(QStringLiteral("version_id"), versionId);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("configuration"), configuration.toJson());
    o.insert(QStringLiteral("locked"), locked);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

QJsonObject Instance::toCreateJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("version_id"), versionId},
            {QStringLiteral("description"), description},
            {QStringLiteral("configuration"), configuration.toJson()}};
}

Result<Instance> Instance::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    Instance i;
    i.id = r.string(QStringLiteral("id"));
    i.applicationId = r.string(QStringLiteral("application_id"));
    i.versionId = r.string(QStringLiteral("version_id"));
    i.name = r.string(QStringLiteral("name"));
    i.description = r.string(QStringLiteral("description"));
    auto config = InstanceConfiguration::fromJson(r.object(QStringLiteral("configuration")));
    i.locked = r.boolean(QStringLiteral("locked"));
    i.createdAt = r.timestamp(QStringLiteral("created_at"));
    i.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    i.unknownFields = r.unknownFields();
    if (!config)
        r.addError(config.error().message);
    if (!r.ok())
        return Error::decode(r.errorMessage());
    i.configuration = std::move(config).value();
    return i;
}

} // namespace Api
