// Two outputs compared off the GUI thread.
#include "models/compare/outputcomparison.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace Models {

namespace {

std::optional<QByteArray> read(const OutputSource &source, QString &error)
{
    if (source.filePath.isEmpty())
        return source.bytes;
    QFile file(source.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("Models::OutputComparison", "Cannot read %1: %2")
                    .arg(source.filePath, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// JSON the app wrote over many lines (the same way for both runs) is diffed as written, with
// no second copy of a large output; else both are pretty-printed alike.
bool spreadsOverLines(const QByteArray &raw)
{
    return raw.count('\n') > raw.size() / 200;
}

} // namespace

OutputComparison OutputComparison::compare(const OutputSource &left, const OutputSource &right,
                                           const std::atomic_bool *cancel)
{
    OutputComparison result;
    const std::optional<QByteArray> leftBytes = read(left, result.error);
    if (!leftBytes)
        return result;
    const std::optional<QByteArray> rightBytes = read(right, result.error);
    if (!rightBytes)
        return result;

    QJsonParseError leftError, rightError;
    const QJsonDocument leftDocument = QJsonDocument::fromJson(*leftBytes, &leftError);
    const QJsonDocument rightDocument = QJsonDocument::fromJson(*rightBytes, &rightError);
    if (leftError.error != QJsonParseError::NoError) {
        result.notJson = QCoreApplication::translate(
                             "Models::OutputComparison",
                             "The first output is not JSON (%1 at byte %2): compared as text.")
                             .arg(leftError.errorString())
                             .arg(leftError.offset);
    } else if (rightError.error != QJsonParseError::NoError) {
        result.notJson = QCoreApplication::translate(
                             "Models::OutputComparison",
                             "The second output is not JSON (%1 at byte %2): compared as text.")
                             .arg(rightError.errorString())
                             .arg(rightError.offset);
    } else {
        const auto valueOf = [](const QJsonDocument &document) {
            return document.isArray() ? QJsonValue(document.array())
                                      : QJsonValue(document.object());
        };
        JsonDiffOptions options;
        options.cancel = cancel;
        result.structure = diffJson(valueOf(leftDocument), valueOf(rightDocument), options);
        if (result.structure.canceled) {
            result.canceled = true;
            return result;
        }
    }

    LineDiffOptions options;
    options.cancel = cancel;
    if (!result.notJson.isEmpty() ||
        (spreadsOverLines(*leftBytes) && spreadsOverLines(*rightBytes)))
        result.lines = diffLines(*leftBytes, *rightBytes, options);
    else
        result.lines = diffLines(leftDocument.toJson(QJsonDocument::Indented),
                                 rightDocument.toJson(QJsonDocument::Indented), options);
    result.canceled = result.lines.canceled;
    return result;
}

} // namespace Models
