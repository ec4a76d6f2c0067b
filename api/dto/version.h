// Version DTO: a named snapshot of the app's dev binary, and its JSON codec.
#pragma once

#include "api/wire/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Api {

// An option the app declares in its manifest (requirements.options.items): what an instance
// editor can offer and check values against.
struct OptionSpec
{
    QString name;
    QString type; // "bool", "int", "float", "string", "duration", ...
    QString defaultValue;
    QString description;
    bool required = false;

    // Empty when the value fits the type; otherwise why not.
    QString checkValue(const QString &value) const;
};

struct Executable
{
    QString id;
    QString userEmail;
    QDateTime uploadedAt;
    QJsonObject requirements; // executable_type, runtime, entrypoint, ... kept whole

    QString executableType() const;
    QList<OptionSpec> optionSpecs() const;
    QJsonObject toJson() const;
};

struct Version
{
    QString id;
    QString applicationId;
    QString name;
    QString description;
    Executable executable;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<Version> fromJson(const QJsonObject &json);
};

} // namespace Api
