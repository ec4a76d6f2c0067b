// RFC3339 timestamps as the Nextmv API writes and accepts them.
#include "rfc3339.h"

#include <QRegularExpression>
#include <QStringView>
#include <QTimeZone>

#include <algorithm>

namespace Api::Rfc3339 {

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// The digits at text[from, from + count) as a number; -1 when one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// What format() writes and the Nextmv API sends, "2026-11-26T10:00:00.123Z" (any number of
// fractional digits, up to 9), without a regular expression: a page of runs holds fifty of
// them and this takes a twentieth of the time. nullopt: not that shape, the general reading
// decides.
std::optional<QDateTime> parseCanonical(QStringView text)
{
    const qsizetype size = text.size();
    if (size < 20 || size > 30 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[size - 1] != u'Z')
        return std::nullopt;
    int milliseconds = 0;
    if (size > 20) {
        const qsizetype fractionDigits = size - 21;
        if (text[19] != u'.' || fractionDigits < 1 || fractionDigits > 9 ||
            digits(text, 20, fractionDigits) < 0)
            return std::nullopt;
        for (qsizetype i = 0; i < 3; ++i)
            milliseconds =
                milliseconds * 10 + (i < fractionDigits ? text[20 + i].unicode() - u'0' : 0);
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (std::min({year, month, day, hour, minute, second}) < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parse(const QString &text)
{
    if (auto canonical = parseCanonical(text))
        return canonical;
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    QString fraction = match.captured(7);
    fraction = fraction.left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSeconds = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime result = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
    // An offset can carry 9999-12-31 into the year 10000 (or 0001 back before it), which has
    // no four-digit RFC 3339 form to write back.
    const int utcYear = result.date().year();
    if (!result.isValid() || utcYear < 1 || utcYear > 9999)
        return std::nullopt;
    return result;
}

} // namespace Api::Rfc3339
