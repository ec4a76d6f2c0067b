// One page of GET .../runs, and a reading of it straight from the answer's bytes.
// The console pages through up to a million runs: decoding each page through QJsonDocument and
// RunSummary::fromJson cost about 0.6 ms of its 2 ms a page. readCommonShape() reads the shape
// our server writes (and most of Nextmv's) about five times faster, and gives up on anything
// else: a key or value type it does not expect, null, an escape, a non-ASCII byte, a number it
// cannot read exactly. The caller then decodes the page the general way, so the two readings
// never disagree (tests/fuzz/fuzz_runpage.cpp compares them).
#pragma once

#include "run.h"

#include <QByteArrayView>

#include <optional>

namespace Api {

struct RunPage
{
    QList<RunSummary> runs;
    QString nextPageToken; // empty: no more pages

    // The page when `json` is `{"runs": [...], "next_page_token": "..."}` in the common shape;
    // nullopt otherwise (not an error: decode it the general way).
    static std::optional<RunPage> readCommonShape(QByteArrayView json);
};

} // namespace Api
