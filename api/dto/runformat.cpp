// Content formats of a run's input and output.
#include "runformat.h"

#include "api/wire/jsonobjectreader.h"

namespace Api {

bool RunFormat::isKnownType(const QString &type)
{
    return type == QLatin1String("json") || type == QLatin1String("text") ||
        type == QLatin1String("csv-archive") || type == QLatin1String("multi-file");
}

QJsonObject RunFormat::toJson() const
{
    return {{QStringLiteral("input"), QJsonObject{{QStringLiteral("type"), input}}},
            {QStringLiteral("output"), QJsonObject{{QStringLiteral("type"), output}}}};
}

Result<RunFormat> RunFormat::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json, QStringLiteral("format"));
    RunFormat f;
    JsonObjectReader in(r.object(QStringLiteral("input")), QStringLiteral("format.input"));
    JsonObjectReader out(r.object(QStringLiteral("output")), QStringLiteral("format.output"));
    f.input = in.string(QStringLiteral("type"), QStringLiteral("json"));
    f.output = out.string(QStringLiteral("type"), QStringLiteral("json"));
    QStringList errors;
    for (const JsonObjectReader *reader : {&r, &in, &out}) {
        if (!reader->ok())
            errors.append(reader->errorMessage());
    }
    if (!isKnownType(f.input))
        errors.append(QStringLiteral("format.input.type '%1' is not one of json, text, "
                                     "csv-archive, multi-file")
                          .arg(f.input));
    if (!isKnownType(f.output))
        errors.append(QStringLiteral("format.output.type '%1' is not one of json, text, "
                                     "csv-archive, multi-file")
                          .arg(f.output));
    if (!errors.isEmpty())
        return Error::decode(errors.join(QStringLiteral("; ")));
    return f;
}

} // namespace Api
