// JSON values as one-line text and paths, the same way in every view that shows JSON: the
// tree, the output diff and the table of an array.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace Models::JsonText {

// Appends `.key` (or `["odd key"]`) to a path such as "solutions[0].items[3]".
void appendMember(QString &path, QStringView key);
void appendIndex(QString &path, qsizetype index);

// Text escaped and quoted as a JSON string. Stops once `out` holds `limit` characters and
// returns false then, leaving the closing quote off so a cut literal never looks whole.
bool appendQuoted(QString &out, QStringView text, qsizetype limit);

// A number, true/false or null as JSON writes it (integers exactly, other doubles in the
// shortest form that reads back the same); empty for strings and containers.
QString scalarText(const QJsonValue &value);

// An option's value as a person types it: a string as it is, a number or true/false as
// scalarText() writes it; empty for null and containers.
QString plainText(const QJsonValue &value);

// Indented JSON that stops as soon as `out` holds `limit` characters (false then), so a tool
// tip on a 50 MB array costs no more than one on a small object.
bool appendJson(QString &out, const QJsonValue &value, int depth, qsizetype limit);

// Any value on one line, compact, cut with an ellipsis at `limit` characters.
QString oneLine(const QJsonValue &value, qsizetype limit);

} // namespace Models::JsonText
