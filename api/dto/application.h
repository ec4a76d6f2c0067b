// Application DTO (Nextmv "Admin" and "Apps" endpoints) and its JSON codec.
#pragma once

#include "api/wire/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Api {

struct Application
{
    QString id;
    QString name;
    QString description;
    QString type = QStringLiteral("custom");
    QString defaultInstance; // wire name "default_instance"; reads "default_instance_id" too
    QString defaultExperimentInstance;
    QString subscriptionId;
    bool locked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<Application> fromJson(const QJsonObject &json);
};

} // namespace Api
