// Typed, error-collecting reads of one JSON object; remembers which keys it consumed so the
// rest can be kept as unknown fields (round-trip safety against newer servers).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>

namespace Api {

class JsonObjectReader
{
public:
    explicit JsonObjectReader(const QJsonObject &object, QString context = {});

    // Absent or null gives the fallback; a present value of the wrong type records an error.
    QString string(const QString &key, const QString &fallback = {});
    QString requiredString(const QString &key);
    bool boolean(const QString &key, bool fallback = false);
    double number(const QString &key, double fallback = 0);
    qint64 integer(const QString &key, qint64 fallback = 0);
    // A number of bytes: any number a qint64 can hold, a fraction dropped (as the API has
    // always been read); one beyond ±2^63 is an error, not a wrapped or undefined value.
    qint64 byteCount(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);
    QDateTime timestamp(const QString &key);
    // Any JSON value, unchecked; marks the key as known.
    QJsonValue value(const QString &key);
    bool has(const QString &key) const;

    // An object of string values (options); numbers and booleans are turned into text.
    QJsonObject stringMap(const QString &key);

    QJsonObject unknownFields() const;

    bool ok() const { return m_errors.isEmpty(); }
    QString errorMessage() const { return m_errors.join(QStringLiteral("; ")); }
    void addError(const QString &message) { m_errors.append(message); }

private:
    // Finds the key and marks it as known.
    QJsonObject::const_iterator find(const QString &key);
    const QJsonValue *lookup(const QString &key);
    QString fieldName(const QString &key) const;
    void typeError(const QString &key, const char *expected);

    const QJsonObject m_object;
    const QString m_context;
    // By the place of the key among the object's keys: a set of names would cost more than
    // the whole rest of decoding a run.
    QVarLengthArray<bool, 32> m_known;
    QStringList m_errors;
    QJsonValue m_current;
};

} // namespace Api
