// The RFC 3339 parser on arbitrary text (every timestamp field of every DTO goes through it).
// It may refuse anything but must not crash, hang or trip ASan/UBSan; what it accepts is a
// valid UTC time that formats to text it reads back as the same time (to the millisecond).
// The fast reading of the canonical shape must agree with the general one, which a leading
// space (trimmed away) always takes.
#include "api/wire/rfc3339.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QDateTime> time = Api::Rfc3339::parse(text);
    const std::optional<QDateTime> general = Api::Rfc3339::parse(QLatin1Char(' ') + text);
    if (time.has_value() != general.has_value() || (time && *time != *general)) {
        std::fprintf(stderr, "'%s' reads differently with a leading space\n",
                     text.toUtf8().constData());
        std::abort();
    }
    if (!time)
        return 0;
    const QString formatted = Api::Rfc3339::format(*time);
    const std::optional<QDateTime> again = Api::Rfc3339::parse(formatted);
    if (!time->isValid() || time->timeSpec() != Qt::UTC || !again || *again != *time) {
        std::fprintf(stderr, "'%s' formats as '%s', which does not read back\n",
                     text.toUtf8().constData(), formatted.toUtf8().constData());
        std::abort();
    }
    return 0;
}
