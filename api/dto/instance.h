// Instance DTO: a version plus its run configuration, and its JSON codec.
#pragma once

#include "api/wire/result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Api {

struct InstanceConfiguration
{
    QString executionClass;
    QJsonObject options; // option name -> string value
    QString secretsCollectionId;
    QString integrationId;
    std::optional<int> queuingPriority; // 1 (highest) .. 9
    bool queuingDisabled = false;
    QJsonObject format;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<InstanceConfiguration> fromJson(const QJsonObject &json);
};

struct Instance
{
    QString id;
    QString applicationId;
    QString versionId;
    QString name;
    QString description;
    InstanceConfiguration configuration;
    bool locked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    // The create body, as Nextmv's SDK sends it: without the fields the server sets.
    QJsonObject toCreateJson() const;
    static Result<Instance> fromJson(const QJsonObject &json);
};

} // namespace Api
