// Input set DTO: a named list of inputs (run inputs or managed inputs) that experiments run
// over, and the body that creates one.
#pragma once

#include "api/wire/result.h"
#include "managedinput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Api {

struct InputSet
{
    QString appId;
    QString id;
    QString name;
    QString description;
    QStringList inputIds; // run IDs or managed input IDs
    QList<ManagedInput> inputs; // filled when made from managed inputs
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<InputSet> fromJson(const QJsonObject &json);
};

// POST .../experiments/inputsets: one of three ways to choose the inputs.
struct InputSetRequest
{
    QString id;
    QString name;
    QString description;
    QStringList runIds; // 1. these runs' inputs
    QString instanceId; // 2. runs of an instance (or version) in a time window
    QString versionId;
    QDateTime startTime;
    QDateTime endTime;
    std::optional<int> maximumRuns;
    QStringList managedInputIds; // 3. these managed inputs ("inputs": [{"id": ...}])

    QJsonObject toJson() const;
    static Result<InputSetRequest> fromJson(const QJsonObject &json);
};

} // namespace Api
