// Typed, error-collecting reads of one JSON object.
#include "jsonobjectreader.h"

#include "rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Api {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
    , m_known(m_object.size(), false)
{
}

QJsonObject::const_iterator JsonObjectReader::find(const QString &key)
{
    const auto it = m_object.constFind(key);
    if (it != m_object.constEnd())
        m_known[it - m_object.constBegin()] = true;
    return it;
}

const QJsonValue *JsonObjectReader::lookup(const QString &key)
{
    const auto it = find(key);
    if (it == m_object.constEnd() || it->isNull() || it->isUndefined())
        return nullptr;
    m_current = *it;
    return &m_current;
}

QString JsonObjectReader::fieldName(const QString &key) const
{
    return m_context.isEmpty() ? key : m_context + QLatin1Char('.') + key;
}

void JsonObjectReader::typeError(const QString &key, const char *expected)
{
    m_errors.append(
        QCoreApplication::translate("Api::JsonObjectReader", "field '%1' must be %2")
            .arg(fieldName(key), QCoreApplication::translate("Api::JsonObjectReader", expected)));
}

bool JsonObjectReader::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

QString JsonObjectReader::string(const QString &key, const QString &fallback)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return fallback;
    if (!v->isString()) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "a string"));
        return fallback;
    }
    return v->toString();
}

QString JsonObjectReader::requiredString(const QString &key)
{
    if (!has(key)) {
        find(key);
        m_errors.append(
            QCoreApplication::translate("Api::JsonObjectReader", "field '%1' is required")
                .arg(fieldName(key)));
        return {};
    }
    return string(key);
}

bool JsonObjectReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "true or false"));
        return fallback;
    }
    return v->toBool();
}

double JsonObjectReader::number(const QString &key, double fallback)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return fallback;
    if (!v->isDouble()) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "a number"));
        return fallback;
    }
    return v->toDouble();
}

namespace {
// Beyond ±2^63 a double has no qint64: converting it would be undefined behaviour.
constexpr double qint64Limit = 9223372036854775808.0; // 2^63, exact as a double

bool fitsQint64(double d)
{
    return d >= -qint64Limit && d < qint64Limit;
}
} // namespace

qint64 JsonObjectReader::integer(const QString &key, qint64 fallback)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return fallback;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || std::floor(d) != d || !fitsQint64(d)) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "an integer"));
        return fallback;
    }
    return static_cast<qint64>(d);
}

qint64 JsonObjectReader::byteCount(const QString &key)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return 0;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || !fitsQint64(d)) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "a size in bytes"));
        return 0;
    }
    return static_cast<qint64>(d); // toward zero
}

QJsonObject JsonObjectReader::object(const QString &key)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return {};
    if (!v->isObject()) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "an object"));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonObjectReader::array(const QString &key)
{
    const QJsonValue *v = lookup(key);
    if (!v)
        return {};
    if (!v->isArray()) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "an array"));
        return {};
    }
    return v->toArray();
}

QStringList JsonObjectReader::stringList(const QString &key)
{
    const QJsonArray items = array(key);
    QStringList result;
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "a list of strings"));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QDateTime JsonObjectReader::timestamp(const QString &key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const auto parsed = Rfc3339::parse(text);
    if (!parsed) {
        typeError(key, QT_TRANSLATE_NOOP("Api::JsonObjectReader", "an RFC3339 timestamp"));
        return {};
    }
    return *parsed;
}

QJsonValue JsonObjectReader::value(const QString &key)
{
    const auto it = find(key);
    return it == m_object.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
}

QJsonObject JsonObjectReader::stringMap(const QString &key)
{
    const QJsonObject raw = object(key);
    QJsonObject result;
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            result.insert(it.key(), v);
        else if (v.isBool())
            result.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isDouble())
            result.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
        else {
            typeError(key + QLatin1Char('.') + it.key(),
                      QT_TRANSLATE_NOOP("Api::JsonObjectReader", "a string"));
        }
    }
    return result;
}

QJsonObject JsonObjectReader::unknownFields() const
{
    QJsonObject rest;
    qsizetype place = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it, ++place) {
        if (!m_known.at(place))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace Api
