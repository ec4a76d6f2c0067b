// One page of GET .../runs, read straight from its bytes.
#include "runpage.h"

#include "api/wire/rfc3339.h"

#include <QJsonDocument>

#include <bitset>
#include <charconv>
#include <cmath>
#include <iterator>
#include <string_view>

namespace Api {

namespace {

// A strict reader of the part of JSON that readCommonShape() takes. It stops at the first thing
// outside it (failed()); every value it skips is checked to be JSON as the general parser would
// check it, so that a page it takes is one QJsonDocument takes too.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json)
        : m_json(json)
    {
    }

    bool failed() const { return m_failed; }

    bool fail()
    {
        m_failed = true;
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_json.size();
    }

    // Consumes `c` when it comes next (after white space).
    bool take(char c)
    {
        skipSpace();
        if (m_pos == m_json.size() || m_json[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    bool expect(char c) { return take(c) || fail(); }

    // Consumes the literal (true, false, null) when it comes next.
    bool takeLiteral(QByteArrayView literal)
    {
        skipSpace();
        if (!m_json.sliced(m_pos).startsWith(literal))
            return false;
        m_pos += literal.size();
        return true;
    }

    // A string of printable ASCII without escapes (the rest is left to the general reading):
    // the bytes between its quotes.
    std::optional<QByteArrayView> rawString()
    {
        if (!expect('"'))
            return std::nullopt;
        for (const qsizetype start = m_pos; m_pos < m_json.size(); ++m_pos) {
            const auto c = uchar(m_json[m_pos]);
            if (c == '"')
                return m_json.sliced(start, m_pos++ - start);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                break;
        }
        fail();
        return std::nullopt;
    }

    bool string(QString &into)
    {
        const std::optional<QByteArrayView> raw = rawString();
        if (raw)
            into = QString::fromLatin1(*raw);
        return raw.has_value();
    }

    bool boolean(bool &into)
    {
        if (takeLiteral("true"))
            into = true;
        else if (takeLiteral("false"))
            into = false;
        else
            return fail();
        return true;
    }

    // A JSON number, to the nearest double as QJsonDocument reads it. "-0" is not taken: Qt
    // reads it as the integer 0, a double -0.0 would differ in its sign.
    std::optional<double> number()
    {
        const auto refuse = [this]() -> std::optional<double> {
            fail();
            return std::nullopt;
        };
        skipSpace();
        const qsizetype start = m_pos;
        const auto digitsFrom = [this](qsizetype at) {
            qsizetype end = at;
            while (end < m_json.size() && m_json[end] >= '0' && m_json[end] <= '9')
                ++end;
            return end;
        };
        qsizetype at = start;
        if (at < m_json.size() && m_json[at] == '-')
            ++at;
        qsizetype end = digitsFrom(at);
        // No leading zeros (not JSON) and no -0 (see above).
        if (end == at || (m_json[at] == '0' && (end - at > 1 || at > start)))
            return refuse();
        if (end < m_json.size() && m_json[end] == '.') {
            const qsizetype fraction = digitsFrom(end + 1);
            if (fraction == end + 1)
                return refuse();
            end = fraction;
        }
        if (end < m_json.size() && (m_json[end] == 'e' || m_json[end] == 'E')) {
            qsizetype exponent = end + 1;
            if (exponent < m_json.size() && (m_json[exponent] == '+' || m_json[exponent] == '-'))
                ++exponent;
            const qsizetype exponentEnd = digitsFrom(exponent);
            if (exponentEnd == exponent)
                return refuse();
            end = exponentEnd;
        }
        double value = 0;
        const char *first = m_json.data() + start;
        const char *last = m_json.data() + end;
        const auto [ptr, error] = std::from_chars(first, last, value);
        if (error != std::errc() || ptr != last || !std::isfinite(value))
            return refuse();
        m_pos = end;
        return value;
    }

    // Any JSON value, checked and passed over.
    bool skipValue(int depth = 0)
    {
        skipSpace();
        if (m_pos == m_json.size() || depth > maxDepth)
            return fail();
        switch (m_json[m_pos]) {
        case '{':
            return object([this, depth](QByteArrayView) { return skipValue(depth + 1); });
        case '[':
            return array([this, depth] { return skipValue(depth + 1); });
        case '"':
            return rawString().has_value();
        case 't':
        case 'f':
        case 'n':
            return takeLiteral("true") || takeLiteral("false") || takeLiteral("null") || fail();
        default:
            return number().has_value();
        }
    }

    // The bytes of the next value, checked to be JSON.
    std::optional<QByteArrayView> valueBytes()
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (!skipValue())
            return std::nullopt;
        return m_json.sliced(start, m_pos - start);
    }

    // Calls member(key) with the reading at each member's value, which member() reads.
    template<typename Member>
    bool object(Member &&member)
    {
        if (!expect('{'))
            return false;
        if (take('}'))
            return true;
        do {
            const std::optional<QByteArrayView> key = rawString();
            if (!key || !expect(':') || !member(*key))
                return fail();
        } while (take(','));
        return expect('}');
    }

    // Calls element() with the reading at each element, which element() reads.
    template<typename Element>
    bool array(Element &&element)
    {
        if (!expect('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return fail();
        } while (take(','));
        return expect(']');
    }

private:
    static constexpr int maxDepth = 64;

    void skipSpace()
    {
        while (m_pos < m_json.size() &&
               (m_json[m_pos] == ' ' || m_json[m_pos] == '\n' || m_json[m_pos] == '\r' ||
                m_json[m_pos] == '\t'))
            ++m_pos;
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// How readField() reads a key's value; a Text key goes straight into its string member.
enum class Key {
    Text,
    CreatedAt,
    RunType,
    StatusV2,
    Status,
    QueuingPriority,
    QueuingDisabled,
    Options,
    RequestOptions,
    Statistics,
    Duration,
    InputSize,
};

// The keys of a run that RunSummary::fromJson reads; each may come once.
struct Field
{
    const char *name;
    Key key;
    QString RunSummary::*text = nullptr; // for Key::Text
};

constexpr Field fields[] = {
    {"id", Key::Text, &RunSummary::id},
    {"name", Key::Text, &RunSummary::name},
    {"description", Key::Text, &RunSummary::description},
    {"user_email", Key::Text, &RunSummary::userEmail},
    {"created_at", Key::CreatedAt},
    {"application_id", Key::Text, &RunSummary::applicationId},
    {"application_instance_id", Key::Text, &RunSummary::instanceId},
    {"application_version_id", Key::Text, &RunSummary::versionId},
    {"run_type", Key::RunType},
    {"execution_class", Key::Text, &RunSummary::executionClass},
    {"runtime", Key::Text, &RunSummary::runtime},
    {"status_v2", Key::StatusV2},
    {"status", Key::Status},
    {"queuing_priority", Key::QueuingPriority},
    {"queuing_disabled", Key::QueuingDisabled},
    {"experiment_id", Key::Text, &RunSummary::experimentId},
    {"experiment_type", Key::Text, &RunSummary::experimentType},
    {"input_id", Key::Text, &RunSummary::inputId},
    {"options", Key::Options},
    {"request_options", Key::RequestOptions},
    {"statistics", Key::Statistics},
    {"duration", Key::Duration},
    {"input_size", Key::InputSize},
    {"error", Key::Text, &RunSummary::error},
};
constexpr size_t idField = 0; // required
static_assert(std::string_view(fields[idField].name) == "id");

// The field's place in `fields`; -1 for a key fromJson does not know.
int fieldIndex(QByteArrayView name)
{
    for (size_t i = 0; i < std::size(fields); ++i) {
        if (name == fields[i].name)
            return int(i);
    }
    return -1;
}

// A whole number as JsonObjectReader::integer() takes it.
std::optional<qint64> wholeNumber(std::optional<double> value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!value || std::floor(*value) != *value || *value < -limit || *value >= limit)
        return std::nullopt;
    return qint64(*value);
}

bool readRunType(Scanner &s, RunSummary &run)
{
    std::bitset<3> seen;
    QString type;
    const bool read = s.object([&](QByteArrayView key) {
        const int index = key == "type" ? 0
            : key == "definition_id"    ? 1
            : key == "reference_id"     ? 2
                                        : -1;
        if (index < 0)
            return s.skipValue();
        if (seen[size_t(index)])
            return false;
        seen.set(size_t(index));
        return s.string(index == 0 ? type : index == 1 ? run.runDefinitionId : run.runReferenceId);
    });
    // The SDK treats "" as no type, as RunSummary::fromJson does.
    run.runType = type.isEmpty() ? QStringLiteral("standard") : type;
    return read;
}

bool readIndicator(Scanner &s, RunSummary &run)
{
    Indicator indicator;
    bool seenName = false;
    bool seenValue = false;
    const bool read = s.object([&](QByteArrayView key) {
        if (key == "name")
            return !std::exchange(seenName, true) && s.string(indicator.name);
        if (key == "value") {
            if (std::exchange(seenValue, true))
                return false;
            const std::optional<double> value = s.number();
            indicator.value = value.value_or(0);
            return value.has_value();
        }
        return s.skipValue();
    });
    if (read && seenValue) // fromJson keeps only the indicators with a number
        run.statistics.append(indicator);
    return read;
}

bool readStatistics(Scanner &s, RunSummary &run)
{
    bool seenIndicators = false;
    return s.object([&](QByteArrayView key) {
        if (key != "indicators")
            return s.skipValue();
        if (std::exchange(seenIndicators, true))
            return false;
        return s.array([&] { return readIndicator(s, run); });
    });
}

bool readField(Scanner &s, Key key, RunSummary &run, QString &statusV2, QString &legacyStatus)
{
    switch (key) {
    case Key::CreatedAt: {
        QString text;
        if (!s.string(text))
            return false;
        if (text.isEmpty())
            return true;
        const std::optional<QDateTime> time = Rfc3339::parse(text);
        run.createdAt = time.value_or(QDateTime());
        return time.has_value();
    }
    case Key::RunType:
        return readRunType(s, run);
    case Key::StatusV2:
        return s.string(statusV2);
    case Key::Status:
        return s.string(legacyStatus);
    case Key::QueuingPriority: {
        const std::optional<qint64> priority = wholeNumber(s.number());
        run.queuingPriority = int(priority.value_or(6));
        return priority.has_value();
    }
    case Key::QueuingDisabled:
        return s.boolean(run.queuingDisabled);
    case Key::Options: {
        // Mostly {}; anything else is parsed here, alone, by the general parser.
        const std::optional<QByteArrayView> bytes = s.valueBytes();
        if (!bytes || !bytes->startsWith('{'))
            return false;
        if (bytes->size() == 2)
            return true;
        QJsonParseError error{};
        run.options = QJsonDocument::fromJson(bytes->toByteArray(), &error).object();
        return error.error == QJsonParseError::NoError;
    }
    case Key::RequestOptions:
        return s.skipValue();
    case Key::Statistics:
        return readStatistics(s, run);
    case Key::Duration: {
        const std::optional<double> duration = s.number();
        run.durationMs = duration;
        return duration.has_value();
    }
    case Key::InputSize: {
        // As JsonObjectReader::byteCount(): toward zero; beyond 2^63 the general reader refuses.
        const std::optional<double> size = s.number();
        if (!size || *size < -9223372036854775808.0 || *size >= 9223372036854775808.0)
            return false;
        run.inputSize = qint64(*size);
        return true;
    }
    case Key::Text:
        break; // read by readRun()
    }
    return false;
}

bool readRun(Scanner &s, RunSummary &run)
{
    std::bitset<std::size(fields)> seen;
    QString statusV2;
    QString legacyStatus;
    const bool read = s.object([&](QByteArrayView name) {
        const int index = fieldIndex(name);
        // A key fromJson does not know goes to its unknown fields: the general reading's job.
        if (index < 0 || seen[size_t(index)])
            return false;
        seen.set(size_t(index));
        const Field &field = fields[index];
        return field.text ? s.string(run.*field.text)
                          : readField(s, field.key, run, statusV2, legacyStatus);
    });
    // status_v2, or the deprecated status old servers send alone; without either, fromJson
    // refuses the run.
    const QString status = statusV2.isEmpty() ? legacyStatus : statusV2;
    if (!read || !seen[idField] || status.isEmpty())
        return false;
    run.status = runStatusFromString(status).value_or(RunStatus::Unknown);
    return true;
}

} // namespace

std::optional<RunPage> RunPage::readCommonShape(QByteArrayView json)
{
    Scanner s(json);
    RunPage page;
    bool seenRuns = false;
    bool seenToken = false;
    const bool read = s.object([&](QByteArrayView key) {
        if (key == "runs") {
            if (std::exchange(seenRuns, true))
                return false;
            return s.array([&] {
                RunSummary run;
                if (!readRun(s, run))
                    return false;
                page.runs.append(std::move(run));
                return true;
            });
        }
        if (key == "next_page_token") {
            if (std::exchange(seenToken, true))
                return false;
            return s.takeLiteral("null") || s.string(page.nextPageToken);
        }
        return s.skipValue();
    });
    if (!read || s.failed() || !s.atEnd() || !seenRuns)
        return std::nullopt;
    return page;
}

} // namespace Api
