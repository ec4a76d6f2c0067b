// One client connection of the HTTP front.
#include "httpconnection.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Server {

namespace {

constexpr qint64 readChunk = 64 * 1024;
// Response bytes queued in the socket before a streamed file waits for bytesWritten.
constexpr qint64 writeHighWater = 256 * 1024;
// How long a closing connection drains what the client still sends, so our answer is read
// before the close (an unread receive buffer turns the close into a reset).
constexpr int lingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Admit admit,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_admit(std::move(admit))
    , m_parser(limits.parser)
{
    m_socket->setParent(this);
    // Answers are written whole, so nothing is gained by holding back a partly filled segment;
    // Nagle's algorithm would hold it until the client's delayed ACK, 40 ms on Linux.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Bounds what Qt buffers while a request is being handled: the client is held back by TCP.
    m_socket->setReadBufferSize(readChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Writing) {
            m_timer.start(m_limits.bodyTimeoutMs);
            pumpFile();
        } else if (m_phase == Phase::Closing && !m_lingering) {
            if (m_socket->bytesToWrite() == 0)
                lingerAndClose();
            else
                m_timer.start(m_limits.bodyTimeoutMs);
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    setPhase(Phase::Fresh);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // The socket dies with us as a child; its last signals must not reach a half-destroyed us.
    m_socket->disconnect(this);
}

void HttpConnection::setPhase(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Fresh:
    case Phase::Headers:
        m_timer.start(m_limits.headerTimeoutMs);
        break;
    case Phase::Idle:
        m_timer.start(m_limits.idleTimeoutMs);
        break;
    case Phase::Body:
    case Phase::Writing:
    case Phase::Closing: // until the answer is out; then lingerAndClose() gives lingerMs
        m_timer.start(m_limits.bodyTimeoutMs);
        break;
    case Phase::Handling:
        m_timer.stop(); // the handler's time is its own business
        break;
    }
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Headers:
    case Phase::Body:
        refuse(HttpResponse::error(408, QStringLiteral("the request took too long to arrive")));
        break;
    case Phase::Fresh:
    case Phase::Idle:
        m_socket->disconnectFromHost(); // nothing is pending: a quiet, orderly close
        break;
    case Phase::Writing: // the client stopped taking the answer
    case Phase::Closing:
    case Phase::Handling:
        m_socket->abort();
        onDisconnected();
        break;
    }
}

void HttpConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_file.reset();
    m_bodyFile.reset();
    emit closed();
    deleteLater();
}

void HttpConnection::readInput()
{
    if (m_phase == Phase::Closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // One request at a time: what follows waits (in the parser's input or the socket) until
    // the answer is out, so answers go in request order.
    while (m_phase != Phase::Handling && m_phase != Phase::Writing && !m_closed) {
        if (m_inputOffset >= m_input.size() && m_parser.needsInput()) {
            m_input = m_socket->read(readChunk);
            m_inputOffset = 0;
            if (m_input.isEmpty())
                return;
        }
        const bool wasIdle = m_parser.isIdle();
        const auto step = m_parser.feed(QByteArrayView(m_input).sliced(m_inputOffset));
        m_inputOffset += step.consumed;
        if (wasIdle && !m_parser.isIdle() && (m_phase == Phase::Idle || m_phase == Phase::Fresh))
            setPhase(Phase::Headers);
        switch (step.event) {
        case HttpRequestParser::Event::NeedMore:
            break;
        case HttpRequestParser::Event::HeadersComplete:
            onHeaders();
            break;
        case HttpRequestParser::Event::BodyData:
            if (!onBodyData(m_parser.body()))
                return;
            break;
        case HttpRequestParser::Event::RequestComplete:
            onRequestComplete();
            break;
        case HttpRequestParser::Event::Error:
            refuse(HttpResponse::error(m_parser.errorStatus(),
                                       QString::fromLatin1(m_parser.errorReason())));
            return;
        }
        if (m_phase == Phase::Closing)
            return;
    }
}

void HttpConnection::onHeaders()
{
    const HttpRequestHead &head = m_parser.head();
    m_headRequest = head.method == "HEAD";
    m_keepAlive = head.keepAlive;
    m_body.clear();
    m_bodyFile.reset();
    m_bodySize = 0;
    m_admission = m_admit(head, *m_socket);
    if (m_admission.refusal && head.hasBody()) {
        // The body is not wanted: answer at once and do not read it.
        refuse(*m_admission.refusal);
        return;
    }
    if (head.hasBody()) {
        if (head.expectContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        setPhase(Phase::Body);
    }
}

bool HttpConnection::onBodyData(QByteArrayView data)
{
    m_timer.start(m_limits.bodyTimeoutMs); // a stalled body times out, a slow one does not
    if (m_admission.refusal)
        return true;
    const qint64 limit = m_admission.largeBody ? m_limits.maxLargeBody : m_limits.maxSmallBody;
    m_bodySize += data.size();
    if (m_bodySize > limit) { // only chunked bodies get here; a length is checked up front
        refuse(HttpResponse::error(
            413, QStringLiteral("request body exceeds the limit of %1 bytes").arg(limit)));
        return false;
    }
    if (!m_bodyFile && m_admission.largeBody && m_bodySize > m_limits.spoolThreshold) {
        const QString dir =
            m_limits.spoolDirectory.isEmpty() ? QDir::tempPath() : m_limits.spoolDirectory;
        QDir().mkpath(dir);
        // QTemporaryFile creates its file readable by the owner only.
        auto file = std::make_shared<QTemporaryFile>(
            QDir(dir).filePath(QStringLiteral("request-body-XXXXXX")));
        if (!file->open() || file->write(m_body) != m_body.size()) {
            refuse(HttpResponse::error(500, QStringLiteral("cannot store the request body")));
            return false;
        }
        m_bodyFile = std::move(file);
        m_body.clear();
        m_body.squeeze();
    }
    if (m_bodyFile) {
        if (m_bodyFile->write(data.data(), data.size()) != data.size()) {
            refuse(HttpResponse::error(500, QStringLiteral("cannot store the request body")));
            return false;
        }
    } else {
        m_body.append(data);
    }
    return true;
}

void HttpConnection::onRequestComplete()
{
    setPhase(Phase::Handling);
    const quint64 serial = ++m_serial;
    if (m_admission.refusal) {
        respond(serial, *std::exchange(m_admission.refusal, std::nullopt));
        return;
    }
    HttpRequest request = std::move(m_admission.request);
    request.body = std::exchange(m_body, {});
    request.bodySize = m_bodySize;
    if (m_bodyFile) {
        m_bodyFile->close(); // kept on disk until the request goes; a handler may move it
        request.bodyFile = std::exchange(m_bodyFile, nullptr);
    }
    Responder responder = [self = QPointer<HttpConnection>(this), serial](HttpResponse response) {
        if (self)
            self->respond(serial, std::move(response));
    };
    const auto run = std::exchange(m_admission.run, nullptr);
    run(request, std::move(responder));
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray HttpConnection::responseHead(const HttpResponse &response, qint64 contentLength,
                                        qsizetype reserveForBody) const
{
    QByteArray head;
    head.reserve(256 + reserveForBody);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[key, value] : response.headers)
        head += key + ": " + value + "\r\n";
    if (m_closeAfterResponse)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

void HttpConnection::writeAnswer(const HttpResponse &response)
{
    // One write, head and body together: two would leave the body waiting on the head's ACK
    // whenever Nagle's algorithm is in play (and cost a second system call when it is not).
    QByteArray answer =
        responseHead(response, response.body.size(), m_headRequest ? 0 : response.body.size());
    if (!m_headRequest) // HEAD: the GET answer's headers, Content-Length included, no body
        answer += response.body;
    m_socket->write(answer);
}

void HttpConnection::respond(quint64 serial, HttpResponse response)
{
    if (serial != m_serial || m_phase != Phase::Handling || m_closed)
        return; // answered twice, or the connection is past this request
    m_closeAfterResponse = m_closeAfterResponse || !m_keepAlive;
    if (!response.filePath.isEmpty()) {
        auto file = std::make_unique<QFile>(response.filePath);
        if (file->open(QIODevice::ReadOnly)) {
            m_socket->write(responseHead(response, file->size()));
            if (!m_headRequest)
                m_file = std::move(file);
            setPhase(Phase::Writing);
            pumpFile();
            return;
        }
        response = HttpResponse::error(500, QStringLiteral("stored payload is missing"));
    }
    writeAnswer(response);
    setPhase(Phase::Writing);
    finishResponse();
}

void HttpConnection::pumpFile()
{
    if (m_phase != Phase::Writing)
        return;
    while (m_file && m_socket->bytesToWrite() < writeHighWater) {
        const QByteArray chunk = m_file->read(readChunk);
        if (chunk.isEmpty()) {
            m_file.reset();
            break;
        }
        m_socket->write(chunk);
    }
    if (!m_file)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    if (m_closeAfterResponse) {
        closeAfterFlush();
        return;
    }
    // A pipelined request may be half read already: its headers are on the clock.
    setPhase(m_parser.isIdle() ? Phase::Idle : Phase::Headers);
    // Requests that came in meanwhile are waiting: go on from the event loop, not from inside
    // the handler that answered.
    QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
}

void HttpConnection::refuse(const HttpResponse &response)
{
    if (m_phase == Phase::Closing || m_closed)
        return;
    m_closeAfterResponse = true;
    m_file.reset();
    m_bodyFile.reset();
    m_body.clear();
    writeAnswer(response);
    closeAfterFlush();
}

void HttpConnection::closeAfterFlush()
{
    setPhase(Phase::Closing);
    m_input.clear();
    m_inputOffset = 0;
    if (m_socket->bytesToWrite() == 0)
        lingerAndClose();
}

void HttpConnection::lingerAndClose()
{
    if (m_lingering)
        return;
    m_lingering = true;
    m_timer.start(lingerMs);
#ifdef Q_OS_UNIX
    // Half-close: the client sees the end of our answer, and what it still sends is drained
    // (readInput skips it) until it closes or the linger time ends.
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) == 0) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

} // namespace Server
