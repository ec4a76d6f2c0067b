// Incremental HTTP/1.1 request parsing (RFC 9112), strict where framing could be read two ways.
#include "httprequestparser.h"

namespace Server {

namespace {

// A chunk-size line is hex digits plus optional extensions; nothing honest needs more.
constexpr qsizetype maxChunkLineBytes = 1024;
// 16 hex digits could overflow qint64; 15 already allow 1 EiB.
constexpr qsizetype maxChunkSizeDigits = 15;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII, obs-text and inner blanks; no control characters (CR, LF, NUL...).
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Digits only, no sign, no blanks, and small enough for qint64.
bool parseDecimal(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView part : QByteArray(list.toByteArray()).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

HttpRequestParser::Step HttpRequestParser::fail(int status, QByteArray reason, qsizetype consumed)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = std::move(reason);
    m_line.clear();
    m_line.squeeze();
    return {Event::Error, consumed};
}

bool HttpRequestParser::takeLine(QByteArrayView input, qsizetype &consumed, qsizetype maxLineBytes)
{
    const qsizetype newline = input.indexOf('\n');
    const qsizetype take = newline < 0 ? input.size() : newline + 1;
    if (m_line.size() + take > maxLineBytes) {
        consumed = -1;
        return false;
    }
    m_line.append(input.first(take));
    consumed = take;
    if (newline < 0)
        return false;
    m_line.chop(1);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

bool HttpRequestParser::parseRequestLine()
{
    // method SP request-target SP HTTP-version, single spaces only.
    const QList<QByteArray> parts = m_line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return false;
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
        version.at(5) < '0' || version.at(5) > '9' || version.at(7) < '0' || version.at(7) > '9')
        return false;
    for (const char c : parts.at(1)) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    m_head.method = parts.at(0);
    m_head.target = parts.at(1);
    m_head.minorVersion = version.at(5) == '1' ? version.at(7) - '0' : -1;
    return true;
}

bool HttpRequestParser::parseHeaderLine()
{
    const qsizetype colon = m_line.indexOf(':');
    // No colon, an empty name, blanks before the colon, or an obs-fold continuation line.
    if (colon <= 0)
        return false;
    const QByteArrayView name = QByteArrayView(m_line).first(colon);
    const QByteArrayView value = QByteArrayView(m_line).sliced(colon + 1).trimmed();
    if (!isToken(name) || !isFieldValue(value))
        return false;
    m_head.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

// Decides the body's framing; false (with the answer set) when it is ambiguous or unsupported.
bool HttpRequestParser::finishHeaders()
{
    bool haveLength = false;
    int hostCount = 0;
    QByteArray transferEncoding;
    QByteArray connection;
    QByteArray expect;
    for (const auto &[key, value] : std::as_const(m_head.headers)) {
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // "5, 5" and repeated equal headers are one length; anything else is two.
            for (const QByteArray &item : value.split(',')) {
                qint64 length = 0;
                if (!parseDecimal(item.trimmed(), length)) {
                    m_errorStatus = 400;
                    m_errorReason = "invalid Content-Length";
                    return false;
                }
                if (haveLength && length != m_head.contentLength) {
                    m_errorStatus = 400;
                    m_errorReason = "conflicting Content-Length headers";
                    return false;
                }
                haveLength = true;
                m_head.contentLength = length;
            }
        } else if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += transferEncoding.isEmpty() ? value : ", " + value;
        } else if (key.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hostCount;
        } else if (key.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += ',' + value;
        } else if (key.compare("Expect", Qt::CaseInsensitive) == 0) {
            expect = value;
        }
    }
    m_errorStatus = 400;
    if (hostCount > 1 || (hostCount == 0 && m_head.minorVersion >= 1)) {
        m_errorReason = "an HTTP/1.1 request needs exactly one Host header";
        return false;
    }
    if (!transferEncoding.isEmpty()) {
        if (haveLength) {
            m_errorReason = "Content-Length together with Transfer-Encoding";
            return false;
        }
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0 ||
            m_head.minorVersion < 1) {
            m_errorReason = "only Transfer-Encoding: chunked is supported";
            return false;
        }
        m_head.chunked = true;
    }
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            m_errorStatus = 417;
            m_errorReason = "only Expect: 100-continue is supported";
            return false;
        }
        m_head.expectContinue = m_head.minorVersion >= 1;
    }
    m_head.keepAlive = m_head.minorVersion >= 1 ? !containsToken(connection, "close")
                                                : containsToken(connection, "keep-alive");
    m_errorStatus = 0;
    return true;
}

bool HttpRequestParser::parseChunkSize()
{
    qsizetype end = m_line.indexOf(';'); // chunk extensions are allowed and ignored
    if (end < 0)
        end = m_line.size();
    const QByteArrayView digits = QByteArrayView(m_line).first(end).trimmed();
    if (digits.isEmpty() || digits.size() > maxChunkSizeDigits)
        return false;
    qint64 size = 0;
    for (const char c : digits) {
        const int v = hexValue(c);
        if (v < 0)
            return false;
        size = size * 16 + v;
    }
    m_remaining = size;
    return true;
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArrayView input)
{
    m_body = {};
    if (m_state == State::Failed)
        return {Event::Error, 0};
    qsizetype used = 0;
    while (used < input.size() || m_state == State::Complete) {
        const QByteArrayView rest = input.sliced(used);
        switch (m_state) {
        case State::Failed:
            return {Event::Error, 0};
        case State::Complete:
            m_state = State::RequestLine;
            return {Event::RequestComplete, used};
        case State::RequestLine:
        case State::HeaderLines:
        case State::Trailers: {
            qsizetype took = 0;
            const qsizetype budget = m_limits.maxHeaderBytes - m_headerBytes;
            const bool complete = takeLine(rest, took, budget);
            if (took < 0) {
                if (m_state == State::RequestLine)
                    return fail(414, "request line too long", used);
                return fail(431, "request headers too large", used);
            }
            used += took;
            m_headerBytes += took;
            if (!complete)
                break;
            const State state = m_state;
            if (state == State::RequestLine) {
                if (m_line.isEmpty()) { // a stray CRLF between requests is allowed
                    m_headerBytes = 0;
                    break;
                }
                m_head = {};
                if (!parseRequestLine())
                    return fail(400, "malformed request line", used);
                if (m_head.minorVersion < 0)
                    return fail(505, "only HTTP/1.x is supported", used);
                m_state = State::HeaderLines;
            } else if (!m_line.isEmpty()) {
                if (state == State::Trailers) {
                    // Trailer fields are read and dropped: nothing here needs them.
                } else if (m_head.headers.size() >= m_limits.maxHeaderCount) {
                    return fail(431, "too many request headers", used);
                } else if (!parseHeaderLine()) {
                    return fail(400, "malformed header line", used);
                }
            } else if (state == State::Trailers) {
                m_state = State::Complete;
            } else {
                m_line.clear();
                if (!finishHeaders())
                    return fail(m_errorStatus, m_errorReason, used);
                m_remaining = m_head.contentLength;
                m_state = m_head.chunked ? State::ChunkSize
                    : m_remaining > 0    ? State::Body
                                         : State::Complete;
                m_headerBytes = 0;
                return {Event::HeadersComplete, used};
            }
            m_line.clear();
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, rest.size()));
            m_body = rest.first(take);
            m_remaining -= take;
            used += take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            return {Event::BodyData, used};
        }
        case State::ChunkSize: {
            qsizetype took = 0;
            const bool complete = takeLine(rest, took, maxChunkLineBytes);
            if (took < 0)
                return fail(400, "chunk size line too long", used);
            used += took;
            if (!complete)
                break;
            if (!parseChunkSize())
                return fail(400, "malformed chunk size", used);
            m_line.clear();
            m_state = m_remaining > 0 ? State::ChunkData : State::Trailers;
            m_headerBytes = 0;
            break;
        }
        case State::ChunkDataEnd: {
            qsizetype took = 0;
            const bool complete = takeLine(rest, took, 2);
            if (took < 0)
                return fail(400, "chunk data longer than its size", used);
            used += took;
            if (!complete)
                break;
            if (!m_line.isEmpty())
                return fail(400, "chunk data longer than its size", used);
            m_state = State::ChunkSize;
            break;
        }
        }
    }
    return {Event::NeedMore, used};
}

} // namespace Server
