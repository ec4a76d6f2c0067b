// Managed input DTO (an input stored for reuse by runs and experiments) and its JSON codec.
#pragma once

#include "api/wire/result.h"
#include "runformat.h"

#include <QDateTime>
#include <QJsonObject>

namespace Api {

struct ManagedInput
{
    QString appId;
    QString id;
    QString name;
    QString description;
    QString runId;
    QString uploadId;
    RunFormat format;
    qint64 size = -1; // NextDesk extension: bytes of content, -1 when unknown
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    // The create body: without the fields the server sets, always with an ID and a name.
    QJsonObject toCreateJson() const;
    static Result<ManagedInput> fromJson(const QJsonObject &json);
};

} // namespace Api
