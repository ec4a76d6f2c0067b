// Runs to compare, made in code: what the comparison model tests share.
#pragma once

#include "api/dto/run.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace TestSupport {

inline Api::RunInformation comparedRun(const QString &id, const QString &name,
                                       const char *statisticsJson, const char *optionsJson = "{}")
{
    Api::RunInformation run;
    run.id = id;
    run.name = name;
    run.metadata.instanceId = QStringLiteral("prod");
    run.metadata.versionId = QStringLiteral("v1");
    run.metadata.status = Api::RunStatus::Succeeded;
    run.metadata.createdAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    run.metadata.durationMs = 800;
    run.metadata.statistics = QJsonDocument::fromJson(statisticsJson).object();
    run.metadata.activeOptions = QJsonDocument::fromJson(optionsJson).object();
    return run;
}

} // namespace TestSupport
