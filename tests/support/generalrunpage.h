// The general reading of a page of GET .../runs, as the client decodes a page that
// RunPage::readCommonShape() leaves to it: QJsonDocument, then RunSummary::fromJson on each run.
// Header-only, for the unit test and the fuzz target that compare the two readings.
#pragma once

#include "api/dto/runpage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace TestSupport {

// nullopt when the document is not JSON or a run in it is refused.
inline std::optional<Api::RunPage> readRunPageGenerally(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    Api::RunPage page;
    for (const QJsonValue &value : root.value(QStringLiteral("runs")).toArray()) {
        const auto run = Api::RunSummary::fromJson(value.toObject());
        if (!run)
            return std::nullopt;
        page.runs.append(run.value());
    }
    page.nextPageToken = root.value(QStringLiteral("next_page_token")).toString();
    return page;
}

} // namespace TestSupport
