// Version DTO and its JSON codec.
#include "version.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Api {

QString Executable::executableType() const
{
    return requirements.value(QStringLiteral("executable_type")).toString();
}

QList<OptionSpec> Executable::optionSpecs() const
{
    QList<OptionSpec> specs;
    const QJsonArray items = requirements.value(QStringLiteral("options"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        OptionSpec spec;
        spec.name = item.value(QStringLiteral("name")).toString();
        spec.type = item.value(QStringLiteral("option_type")).toString();
        const QJsonValue def = item.value(QStringLiteral("default"));
        spec.defaultValue = def.isBool()
            ? (def.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : def.isDouble() ? QString::number(def.toDouble(), 'g', 17)
                             : def.toString();
        spec.description = item.value(QStringLiteral("description")).toString();
        spec.required = item.value(QStringLiteral("required")).toBool();
        if (!spec.name.isEmpty())
            specs.append(spec);
    }
    return specs;
}

QString OptionSpec::checkValue(const QString &value) const
{
    bool ok = true;
    if (type == QLatin1String("bool"))
        ok = value == QLatin1String("true") || value == QLatin1String("false");
    else if (type == QLatin1String("int"))
        value.toLongLong(&ok);
    else if (type == QLatin1String("float"))
        value.toDouble(&ok);
    if (ok)
        return {};
    return QCoreApplication::translate("Api::OptionSpec",
                                       "option '%1' expects a %2 value, not '%3'")
        .arg(name, type, value);
}

QJsonObject Executable::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("user_email"), userEmail);
    putTimestamp(o, QStringLiteral("uploaded_at"), uploadedAt);
    QJsonObject req = requirements;
    if (!req.contains(QStringLiteral("executable_type")))
        req.insert(QStringLiteral("executable_type"), QStringLiteral("binary"));
    if (!req.contains(QStringLiteral("runtime")))
        req.insert(QStringLiteral("runtime"), QStringLiteral("local"));
    o.insert(QStringLiteral("requirements"), req);
    return o;
}

QJsonObject Version::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("application_id"), applicationId);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("executable"), executable.toJson());
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

Result<Version> Version::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    Version v;
    v.id = r.string(QStringLiteral("id"));
    v.applicationId = r.string(QStringLiteral("application_id"));
    v.name = r.string(QStringLiteral("name"));
    v.description = r.string(QStringLiteral("description"));
    JsonObjectReader exe(r.object(QStringLiteral("executable")), QStringLiteral("executable"));
    v.executable.id = exe.string(QStringLiteral("id"));
    v.executable.userEmail = exe.string(QStringLiteral("user_email"));
    v.executable.uploadedAt = exe.timestamp(QStringLiteral("uploaded_at"));
    v.executable.requirements = exe.object(QStringLiteral("requirements"));
    v.createdAt = r.timestamp(QStringLiteral("created_at"));
    v.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    v.unknownFields = r.unknownFields();
    if (!r.ok() || !exe.ok())
        return Error::decode(
            QStringList{r.errorMessage(), exe.errorMessage()}.join(u' ').trimmed());
    return v;
}

} // namespace Api
