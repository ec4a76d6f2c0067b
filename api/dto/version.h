// Version DTO: a named snapshot of the app's dev binary, and its JSON codec.
#pragma once

#include "../result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Api {

struct Executable
{
    QString id;
    QString userEmail;
    QDateTime uploadedAt;
    QJsonObject requirements; // executable_type, runtime, entrypoint, ... kept whole

    QString executableType() const;
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
