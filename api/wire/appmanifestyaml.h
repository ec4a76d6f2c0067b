// The YAML subset app.yaml manifests are written in, read into a tree that keeps line numbers:
// block maps and lists, plain and quoted scalars, one-line flow lists and maps, literal and
// folded block scalars, comments. Anything else is refused with the line it is on.
#pragma once

#include "api/wire/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <vector>

namespace Api {

class AppManifestYaml
{
    Q_DECLARE_TR_FUNCTIONS(Api::AppManifestYaml)

public:
    enum class Kind { Null, Scalar, List, Map };

    // The whole document; its root is Null for an empty file. Errors name the line:
    // anchors, aliases, tags, several documents, flow collections over several lines, tabs
    // in indentation, duplicate keys and plain values holding ": " are refused.
    static Result<AppManifestYaml> parse(const QByteArray &text);

    Kind kind = Kind::Null;
    int line = 0; // 1-based line the node starts on
    QString text; // scalars: quotes removed, escapes resolved
    bool quoted = false; // a quoted scalar is always a string
    QStringList keys; // maps: keys in file order; items holds the value of each
    std::vector<AppManifestYaml> items; // lists: the items; maps: the values

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isList() const { return kind == Kind::List; }
    bool isMap() const { return kind == Kind::Map; }
    // Map lookup; nullptr when absent or when this is not a map.
    const AppManifestYaml *value(const QString &key) const;
    // The first of the keys present (for the tooling's aliases, "pre-push" or "pre_push").
    const AppManifestYaml *value(std::initializer_list<const char *> aliases) const;

    // Scalars typed as PyYAML reads them (YAML 1.1): null, booleans (true/yes/on, ...),
    // integers (decimal, 0x, 0o/leading 0, 0b), floats with a dot; anything else a string.
    QJsonValue toJson() const;
    // A scalar as Python's str() would print the value PyYAML made of it ("True", "None", or
    // the text as written); what the tooling does with environment values.
    QString pythonText() const;
};

} // namespace Api
