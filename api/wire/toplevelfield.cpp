// One string field at the top level of a JSON object, read without parsing the document.
#include "toplevelfield.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Api {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isSpace(json[i]))
        ++i;
    return i;
}

// From an opening quote to just past its closing quote; -1 when the text ends first.
qsizetype pastString(QByteArrayView json, qsizetype i, bool *escaped)
{
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\') {
            *escaped = true;
            ++i;
        } else if (json[i] == '"') {
            return i + 1;
        }
    }
    return -1;
}

} // namespace

std::optional<QString> topLevelStringField(QByteArrayView json, QByteArrayView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    int depth = 0;
    bool keyExpected = false; // at the top level, the next string is a key
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            ++depth;
            keyExpected = depth == 1;
            ++i;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return QString(); // the whole object seen: the field is absent
            ++i;
        } else if (c == ',') {
            keyExpected = depth == 1;
            ++i;
        } else if (c == '"') {
            bool escaped = false;
            const qsizetype end = pastString(json, i, &escaped);
            if (end < 0)
                return std::nullopt;
            const bool isKey = keyExpected;
            keyExpected = false;
            if (!isKey || escaped || json.sliced(i + 1, end - i - 2) != key) {
                i = end;
                continue;
            }
            // The key: its value follows the colon.
            i = skipSpace(json, end);
            if (i >= json.size() || json[i] != ':')
                return std::nullopt;
            i = skipSpace(json, i + 1);
            if (json.sliced(i).startsWith("null"))
                return QString();
            if (i >= json.size() || json[i] != '"')
                return std::nullopt;
            bool valueEscaped = false;
            const qsizetype valueEnd = pastString(json, i, &valueEscaped);
            if (valueEnd < 0)
                return std::nullopt;
            const QByteArrayView literal = json.sliced(i, valueEnd - i);
            if (!valueEscaped)
                return QString::fromUtf8(literal.sliced(1, literal.size() - 2));
            // Escapes are rare in a token: the JSON parser reads this one string.
            const QJsonDocument wrapped =
                QJsonDocument::fromJson(QByteArray("[") + literal.toByteArray() + ']');
            if (!wrapped.isArray() || !wrapped.array().at(0).isString())
                return std::nullopt;
            return wrapped.array().at(0).toString();
        } else {
            ++i; // numbers, literals, colons and white space
        }
    }
    return std::nullopt; // the text ended inside the object
}

} // namespace Api
