// Small helpers that keep the encoders short and consistent (timestamps, optional keys).
#pragma once

#include "rfc3339.h"

#include <QJsonObject>

namespace Api {

inline void putTimestamp(QJsonObject &o, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        o.insert(key, Rfc3339::format(time));
}

inline void putIfNotEmpty(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

inline void putIfNotEmpty(QJsonObject &o, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace Api
