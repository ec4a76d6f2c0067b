// An incremental HTTP/1.1 request parser with no sockets and no event loop: bytes in, events
// out. It buffers only the header block (capped) and one chunk-size line, so arbitrary input
// costs bounded memory; body bytes are handed back as views into the caller's buffer.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Server {

// What the request line and header block said, checked for unambiguous framing.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target; // as sent, e.g. "/v1/applications?x=1"
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent, values trimmed
    qint64 contentLength = 0; // 0 when chunked
    bool chunked = false;
    bool expectContinue = false;
    bool keepAlive = true;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    bool hasBody() const { return chunked || contentLength > 0; }
};

struct HttpHeaderLimits
{
    qsizetype maxHeaderBytes = 64 * 1024; // request line + headers (and chunked trailers)
    int maxHeaderCount = 100;
};

class HttpRequestParser
{
public:
    using Limits = HttpHeaderLimits;

    enum class Event {
        NeedMore, // all input consumed, nothing to report
        HeadersComplete, // head() is ready; body events follow (if any)
        BodyData, // body() holds decoded body bytes (a view into the input)
        RequestComplete, // the request ended; the parser is ready for the next one
        Error, // errorStatus()/errorReason(); the parser stays in error
    };

    struct Step
    {
        Event event = Event::NeedMore;
        qsizetype consumed = 0; // bytes of the input used; feed the rest again
    };

    explicit HttpRequestParser(Limits limits = {});

    // Consumes a prefix of input and reports at most one event. Call again with the
    // unconsumed rest until it answers NeedMore (or Error).
    Step feed(QByteArrayView input);

    const HttpRequestHead &head() const { return m_head; }
    QByteArrayView body() const { return m_body; }
    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorReason() const { return m_errorReason; }
    // True while no byte of the next request has arrived (between keep-alive requests).
    bool isIdle() const { return m_state == State::RequestLine && m_line.isEmpty(); }
    // False when the next feed() has an event to give without new bytes (a request complete).
    bool needsInput() const { return m_state != State::Complete; }

private:
    enum class State {
        RequestLine,
        HeaderLines,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed,
    };

    Step fail(int status, QByteArray reason, qsizetype consumed);
    // Collects one line (without CRLF) into m_line; true when m_line is complete.
    bool takeLine(QByteArrayView input, qsizetype &consumed, qsizetype maxLineBytes);
    bool parseRequestLine();
    bool parseHeaderLine();
    bool finishHeaders();
    bool parseChunkSize();

    const Limits m_limits;
    State m_state = State::RequestLine;
    HttpRequestHead m_head;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0; // body or chunk bytes still to come
    QByteArrayView m_body;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace Server
