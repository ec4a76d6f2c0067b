// The server's scheduling clock.
#include "clock.h"

namespace Server {

QDateTime Clock::now() const
{
    return m_fixed ? *m_fixed : QDateTime::currentDateTimeUtc();
}

void Clock::set(const QDateTime &time)
{
    m_fixed = time.toUTC();
}

void Clock::advance(qint64 msecs)
{
    m_fixed = now().addMSecs(msecs);
}

} // namespace Server
