// The server's "now" for scheduling experiments: switchback units, shadow start and termination
// times, and the timestamps of those tests. System UTC, unless a test has set it through the
// --test-clock route; from then on it stands still at the set time until set or advanced again,
// so a test decides exactly which unit a run falls into. Runs keep real timestamps either way.
#pragma once

#include <QDateTime>

#include <optional>

namespace Server {

class Clock
{
public:
    QDateTime now() const;
    void set(const QDateTime &time);
    void advance(qint64 msecs);
    bool isSet() const { return m_fixed.has_value(); }

private:
    std::optional<QDateTime> m_fixed;
};

} // namespace Server
