// RFC3339 timestamps as the Nextmv API writes and accepts them.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Api::Rfc3339 {

// UTC with a trailing Z and millisecond precision, e.g. 2026-11-26T10:00:00.123Z.
QString format(const QDateTime &time);

// Accepts Z, +hh:mm offsets, up to 9 fractional digits, and (leniently) no offset, read as UTC,
// because the Python SDK sends naive datetimes as they are.
std::optional<QDateTime> parse(const QString &text);

} // namespace Api::Rfc3339
