// The structural JSON diff and the line diff on arbitrary pairs of documents (the input split
// at its first 0xFF byte, else in half). Neither may crash, hang or trip ASan/UBSan, and:
// a document against itself has no changes; a diff with no changes (and nothing given up
// on) means the documents are equal; an added value has no left side, a removed one no right;
// a text against itself has no removed or added lines.
#include "models/json/jsondiff.h"
#include "models/json/linediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

void fail(const char *what, const QByteArray &left, const QByteArray &right)
{
    std::fprintf(stderr, "%s\nleft: %s\nright: %s\n", what, left.constData(), right.constData());
    std::abort();
}

std::optional<QJsonValue> parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype split = input.indexOf('\xff');
    const QByteArray left = split >= 0 ? input.left(split) : input.left(input.size() / 2);
    const QByteArray right = split >= 0 ? input.mid(split + 1) : input.mid(input.size() / 2);

    if (Models::diffLines(left, left).removed != 0 || Models::diffLines(left, left).added != 0)
        fail("a text differs from itself", left, left);
    const Models::LineDiffResult lines = Models::diffLines(left, right);
    if ((left == right) && (lines.removed != 0 || lines.added != 0))
        fail("equal texts differ", left, right);

    const std::optional<QJsonValue> a = parse(left);
    const std::optional<QJsonValue> b = parse(right);
    if (a && !Models::diffJson(*a, *a).changes.isEmpty())
        fail("a document differs from itself", left, left);
    if (!a || !b)
        return 0;
    const Models::JsonDiffResult diff = Models::diffJson(*a, *b);
    for (const Models::JsonChange &change : diff.changes) {
        using Kind = Models::JsonChange::Kind;
        if ((change.kind == Kind::Added) != change.left.isUndefined() ||
            (change.kind == Kind::Removed) != change.right.isUndefined())
            fail("a change has the wrong sides", left, right);
        if (change.kind == Kind::Changed && change.left == change.right)
            fail("a change between equal values", left, right);
    }
    if (diff.changes.isEmpty() && !diff.approximate && !diff.truncated && *a != *b)
        fail("no changes between different documents", left, right);
    return 0;
}
