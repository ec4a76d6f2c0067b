// Small helpers that keep the encoders short and consistent (timestamps, optional keys).
#pragma once

#include "rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// Any JSON value as compact text. QJsonDocument holds only objects and arrays, so a scalar
// (1, 1.5, true, "text", null) goes through a one-element array whose brackets are cut off.
inline QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace Api
