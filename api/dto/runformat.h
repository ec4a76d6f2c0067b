// Content formats of a run's input and output ("json", "text", "csv-archive", "multi-file").
#pragma once

#include "api/wire/result.h"

#include <QJsonObject>

namespace Api {

struct RunFormat
{
    QString input = QStringLiteral("json");
    QString output = QStringLiteral("json");

    static bool isKnownType(const QString &type);
    QJsonObject toJson() const;
    // {"input":{"type":T},"output":{"type":T}}; absent parts keep the json default.
    static Result<RunFormat> fromJson(const QJsonObject &json);
};

} // namespace Api
