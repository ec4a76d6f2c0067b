// JSON values as one-line text and paths.
#include "models/json/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace Models::JsonText {

namespace {

// Keys that read unambiguously after a dot; anything else is written as ["..."].
bool isPlainKey(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

// Appends text escaped as inside a JSON string; false if it stopped because out reached limit.
bool appendEscaped(QString &out, QStringView text, qsizetype limit)
{
    for (const QChar ch : text) {
        if (out.size() >= limit)
            return false;
        switch (ch.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(ch.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    return true;
}

QString numberText(const QJsonValue &value)
{
    // Integers print exactly (no "1e+06", no ".0"); other doubles print in the shortest form
    // that reads back to the same value, so 0.1 stays "0.1".
    const double number = value.toDouble();
    const qint64 integer = value.toInteger(0);
    if (integer != 0 || number == 0)
        return QString::number(integer);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void appendMember(QString &path, QStringView key)
{
    if (isPlainKey(key)) {
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += key;
        return;
    }
    path += QLatin1Char('[');
    appendQuoted(path, key, std::numeric_limits<qsizetype>::max());
    path += QLatin1Char(']');
}

void appendIndex(QString &path, qsizetype index)
{
    path += QLatin1Char('[');
    path += QString::number(index);
    path += QLatin1Char(']');
}

bool appendQuoted(QString &out, QStringView text, qsizetype limit)
{
    out += QLatin1Char('"');
    if (!appendEscaped(out, text, limit))
        return false;
    out += QLatin1Char('"');
    return true;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.isBool() || value.isDouble() ? scalarText(value) : QString();
}

bool appendJson(QString &out, const QJsonValue &value, int depth, qsizetype limit)
{
    if (out.size() >= limit)
        return false;
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    const QString closingIndent(2 * depth, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += QStringLiteral("{}");
            return true;
        }
        out += QLatin1Char('{');
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out += QLatin1Char(',');
            out += QLatin1Char('\n');
            out += indent;
            if (!appendQuoted(out, it.key(), limit))
                return false;
            out += QStringLiteral(": ");
            if (!appendJson(out, it.value(), depth + 1, limit))
                return false;
        }
        out += QLatin1Char('\n');
        out += closingIndent;
        out += QLatin1Char('}');
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += QStringLiteral("[]");
            return true;
        }
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += QLatin1Char('\n');
            out += indent;
            if (!appendJson(out, array.at(i), depth + 1, limit))
                return false;
        }
        out += QLatin1Char('\n');
        out += closingIndent;
        out += QLatin1Char(']');
        return true;
    }
    case QJsonValue::String:
        return appendQuoted(out, value.toString(), limit);
    default:
        out += scalarText(value);
        return true;
    }
}

namespace {
bool appendCompact(QString &out, const QJsonValue &value, qsizetype limit)
{
    if (out.size() >= limit)
        return false;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += QLatin1Char('{');
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out += QLatin1Char(',');
            if (!appendQuoted(out, it.key(), limit))
                return false;
            out += QLatin1Char(':');
            if (!appendCompact(out, it.value(), limit))
                return false;
        }
        out += QLatin1Char('}');
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            if (!appendCompact(out, array.at(i), limit))
                return false;
        }
        out += QLatin1Char(']');
        return true;
    }
    case QJsonValue::String:
        return appendQuoted(out, value.toString(), limit);
    default:
        out += scalarText(value);
        return true;
    }
}
} // namespace

QString oneLine(const QJsonValue &value, qsizetype limit)
{
    QString text;
    if (appendCompact(text, value, limit) && text.size() <= limit)
        return text;
    text.truncate(limit);
    text += QChar(0x2026);
    return text;
}

} // namespace Models::JsonText
