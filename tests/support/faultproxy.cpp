// Test support: the fault-injecting proxy (HTTP/1.1 framing of requests and answers, the faults).
#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {

// A client that never finishes its head must not make the proxy buffer without bound.
constexpr qsizetype MaxHeadSize = 64 * 1024;

QString countKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

// The bytes before the first `stop`, or all of them.
QByteArray beforeFirst(const QByteArray &bytes, char stop)
{
    const qsizetype end = bytes.indexOf(stop);
    return end < 0 ? bytes : bytes.left(end);
}

// The value of the first header with this name in a head ("Name: value" lines), or null.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return lines[i].mid(colon + 1).trimmed();
    }
    return {};
}

// The length of the complete chunked body that starts at `from` (last chunk and trailers
// included), -1 while it is incomplete, -2 when it cannot be read.
qsizetype chunkedBodyLength(const QByteArray &bytes, qsizetype from)
{
    qsizetype pos = from;
    for (;;) {
        qsizetype lineEnd = bytes.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return -1;
        QByteArray sizeText = bytes.mid(pos, lineEnd - pos);
        if (const qsizetype extension = sizeText.indexOf(';'); extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -2;
        pos = lineEnd + 2;
        if (size == 0) {
            for (;;) { // trailers, up to an empty line
                lineEnd = bytes.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return -1;
                if (lineEnd == pos)
                    return lineEnd + 2 - from;
                pos = lineEnd + 2;
            }
        }
        if (bytes.size() < pos + size + 2)
            return -1;
        pos += size + 2;
    }
}

// Where one answer ends in the bytes the server sent (RFC 9112, 6.3).
struct AnswerFrame
{
    int status = 0;
    qsizetype headLength = 0; // 0 while the head is incomplete
    qsizetype length = -1; // head and body; -1 while incomplete or when it runs to the close
    bool untilClose = false;
    bool unreadable = false;
};

AnswerFrame frameAnswer(const QByteArray &bytes, const QByteArray &requestMethod)
{
    AnswerFrame frame;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        frame.unreadable = bytes.size() > MaxHeadSize;
        return frame;
    }
    frame.headLength = headEnd + 4;
    const QByteArray head = bytes.left(headEnd);
    const QList<QByteArray> statusLine = beforeFirst(head, '\r').split(' ');
    bool ok = false;
    frame.status = statusLine.size() >= 2 ? statusLine[1].toInt(&ok) : 0;
    if (!ok || !statusLine[0].startsWith("HTTP/1.")) {
        frame.unreadable = true;
        return frame;
    }
    if (frame.status / 100 == 1 || frame.status == 204 || frame.status == 304 ||
        requestMethod == "HEAD") {
        frame.length = frame.headLength;
        return frame;
    }
    if (headerValue(head, "Transfer-Encoding").toLower().contains("chunked")) {
        const qsizetype body = chunkedBodyLength(bytes, frame.headLength);
        frame.unreadable = body == -2;
        frame.length = body < 0 ? -1 : frame.headLength + body;
        return frame;
    }
    const QByteArray contentLength = headerValue(head, "Content-Length");
    if (contentLength.isNull()) {
        frame.untilClose = true;
        return frame;
    }
    const qint64 length = contentLength.toLongLong(&ok);
    if (!ok || length < 0) {
        frame.unreadable = true;
        return frame;
    }
    if (bytes.size() >= frame.headLength + length)
        frame.length = frame.headLength + length;
    return frame;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status"; // clients only look at the number
    }
}

} // namespace

// One client connection and the server connection behind it. Requests on it are handled one at
// a time, as HTTP/1.1 answers them in order: later bytes wait in the buffer.
struct FaultProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr; // opened on the first forward, again after the server closed it
    QByteArray fromClient;
    QByteArray fromServer;

    // The request being read: its head is in once headParsed is set.
    bool headParsed = false;
    qsizetype requestLength = 0;
    QByteArray method;
    QString path;
    bool hasRule = false;
    Rule rule;

    bool busy = false; // a request was taken and is not yet answered
    bool awaitingAnswer = false; // forwarded, the server's answer not yet complete
    QByteArray answer; // the server's complete answer, while a stall holds it
    bool held = false; // held until release()
    bool answerEndsWithClose = false; // no length: it ended when the server closed
};

FaultProxy::FaultProxy(quint16 serverPort, QObject *parent)
    : QObject(parent)
    , m_listener(new QTcpServer(this))
    , m_serverPort(serverPort)
{
    connect(m_listener, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    m_listener->close();
    while (!m_links.isEmpty())
        drop(*m_links.first());
}

bool FaultProxy::listen()
{
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener->serverPort()));
}

void FaultProxy::inject(Rule rule)
{
    m_rules.append(std::move(rule));
}

void FaultProxy::release()
{
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        if (m_links.contains(link) && link->held)
            deliver(*link);
    }
}

int FaultProxy::receivedCount(const QByteArray &method, const QString &path) const
{
    return m_received.value(countKey(method, path));
}

int FaultProxy::forwardedCount(const QByteArray &method, const QString &path) const
{
    return m_forwarded.value(countKey(method, path));
}

bool FaultProxy::takeRule(const QByteArray &method, const QString &path, Rule *rule)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (it->wholePath ? path != it->path : !path.startsWith(it->path))
            continue;
        *rule = *it;
        if (--it->times <= 0)
            m_rules.erase(it);
        return true;
    }
    return false;
}

FaultProxy::Link *FaultProxy::linkOf(QTcpSocket *client) const
{
    for (Link *link : m_links) {
        if (link->client == client)
            return link;
    }
    return nullptr;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_listener->nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { readClient(*link); });
        // The client gave up (time-out, abort): whatever the server still says goes nowhere.
        connect(client, &QTcpSocket::disconnected, this, [this, link] { drop(*link); });
    }
}

QTcpSocket *FaultProxy::serverSocket(Link &link)
{
    if (link.server)
        return link.server;
    auto *server = new QTcpSocket(this);
    link.server = server;
    Link *linkPointer = &link;
    connect(server, &QTcpSocket::readyRead, this,
            [this, linkPointer] { readServer(*linkPointer); });
    const auto closed = [this, linkPointer, server] {
        if (linkPointer->server == server)
            serverClosed(*linkPointer);
    };
    connect(server, &QTcpSocket::disconnected, this, closed);
    connect(server, &QTcpSocket::errorOccurred, this, closed);
    // Written bytes wait in the socket's buffer until it has connected.
    server->connectToHost(QHostAddress::LocalHost, m_serverPort);
    return server;
}

void FaultProxy::readClient(Link &link)
{
    link.fromClient.append(link.client->readAll());
    nextRequest(link);
}

void FaultProxy::nextRequest(Link &link)
{
    if (link.busy)
        return;
    if (!link.headParsed) {
        const qsizetype headEnd = link.fromClient.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (link.fromClient.size() > MaxHeadSize)
                drop(link);
            return;
        }
        const QByteArray head = link.fromClient.left(headEnd);
        const QList<QByteArray> requestLine = beforeFirst(head, '\r').split(' ');
        // Chunked requests are not needed: every client here sends a length.
        const bool chunked = !headerValue(head, "Transfer-Encoding").isNull();
        bool ok = true;
        const QByteArray contentLength = headerValue(head, "Content-Length");
        const qint64 bodyLength = contentLength.isNull() ? 0 : contentLength.toLongLong(&ok);
        if (requestLine.size() != 3 || chunked || !ok || bodyLength < 0) {
            drop(link);
            return;
        }
        link.headParsed = true;
        link.requestLength = headEnd + 4 + bodyLength;
        link.method = requestLine[0];
        link.path = QUrl::fromPercentEncoding(beforeFirst(requestLine[1], '?'));
        ++m_received[countKey(link.method, link.path)];
        link.hasRule = takeRule(link.method, link.path, &link.rule);
        if (link.hasRule && link.rule.fault == Fault::DropBeforeRequest) {
            ++m_faultCount;
            Q_EMIT faultApplied(link.rule.fault, link.method, link.path);
            drop(link);
            return;
        }
    }
    if (link.fromClient.size() < link.requestLength)
        return;
    const QByteArray request = link.fromClient.left(link.requestLength);
    link.fromClient.remove(0, link.requestLength);
    link.headParsed = false;
    link.busy = true;
    if (link.hasRule && link.rule.fault == Fault::Status) {
        ++m_faultCount;
        Q_EMIT faultApplied(link.rule.fault, link.method, link.path);
        answerItself(link, link.rule.status, link.rule.retryAfter);
        return;
    }
    ++m_forwarded[countKey(link.method, link.path)];
    link.awaitingAnswer = true;
    link.fromServer.clear();
    serverSocket(link)->write(request);
}

void FaultProxy::answerItself(Link &link, int status, const QByteArray &retryAfter)
{
    const QByteArray body = R"({"error":"the test proxy refused this request with )" +
        QByteArray::number(status) + "\"}";
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!retryAfter.isEmpty())
        answer += "Retry-After: " + retryAfter + "\r\n";
    answer += "\r\n" + body;
    link.client->write(answer);
    finishExchange(link);
}

void FaultProxy::readServer(Link &link)
{
    link.fromServer.append(link.server->readAll());
    takeAnswers(link);
}

bool FaultProxy::takeAnswers(Link &link)
{
    Link *const linkPointer = &link;
    while (link.awaitingAnswer) {
        const AnswerFrame frame = frameAnswer(link.fromServer, link.method);
        if (frame.unreadable) {
            drop(link);
            return false;
        }
        if (frame.length < 0)
            return true; // more to come, or it runs until the server closes
        if (frame.status / 100 == 1) { // 100 Continue and the like: passed on, not the answer
            link.client->write(link.fromServer.left(frame.length));
            link.fromServer.remove(0, frame.length);
            continue;
        }
        link.answer = link.fromServer.left(frame.length);
        link.fromServer.remove(0, frame.length);
        link.awaitingAnswer = false;
        deliver(link);
        if (!m_links.contains(linkPointer))
            return false; // the fault dropped the connection
    }
    return true;
}

void FaultProxy::serverClosed(Link &link)
{
    QTcpSocket *server = std::exchange(link.server, nullptr);
    link.fromServer.append(server->readAll());
    server->disconnect(this);
    server->deleteLater();
    if (!takeAnswers(link) || !link.awaitingAnswer)
        return; // an idle connection now; the next forward opens another
    const AnswerFrame frame = frameAnswer(link.fromServer, link.method);
    if (frame.untilClose && !frame.unreadable) {
        link.answer = std::exchange(link.fromServer, {});
        link.awaitingAnswer = false;
        link.answerEndsWithClose = true;
        deliver(link);
        return;
    }
    drop(link); // the server broke off; so does the proxy
}

void FaultProxy::deliver(Link &link)
{
    if (!link.hasRule) {
        passAnswer(link);
        return;
    }
    switch (link.rule.fault) {
    case Fault::DropAfterRequest:
        ++m_faultCount;
        Q_EMIT faultApplied(link.rule.fault, link.method, link.path);
        drop(link);
        return;
    case Fault::Stall:
        if (!link.held && link.rule.stallMs != 0) {
            ++m_faultCount;
            Q_EMIT faultApplied(link.rule.fault, link.method, link.path);
            link.held = true;
            if (link.rule.stallMs > 0) {
                // The client socket as context: the timer dies with the connection.
                QTimer::singleShot(link.rule.stallMs, link.client, [this, client = link.client] {
                    if (Link *stalled = linkOf(client); stalled && stalled->held)
                        deliver(*stalled);
                });
            }
            return;
        }
        link.held = false;
        passAnswer(link);
        return;
    case Fault::TruncateBody: {
        ++m_faultCount;
        Q_EMIT faultApplied(link.rule.fault, link.method, link.path);
        const AnswerFrame frame = frameAnswer(link.answer, link.method);
        const qsizetype bodySize = link.answer.size() - frame.headLength;
        const qsizetype kept = link.rule.bodyBytes < 0
            ? bodySize / 2
            : std::min<qsizetype>(link.rule.bodyBytes, std::max<qsizetype>(bodySize - 1, 0));
        link.client->write(link.answer.left(frame.headLength + kept));
        // Not abort(): what was written must still go out before the connection closes. The
        // disconnected signal then drops the link.
        link.client->disconnectFromHost();
        return;
    }
    case Fault::DropBeforeRequest: // applied when the head came in
    case Fault::Status: // answered without forwarding
        break;
    }
}

void FaultProxy::passAnswer(Link &link)
{
    link.client->write(link.answer);
    // An answer that ran until the server closed ends for the client the same way.
    if (link.answerEndsWithClose)
        link.client->disconnectFromHost();
    else
        finishExchange(link);
}

void FaultProxy::finishExchange(Link &link)
{
    link.busy = false;
    link.hasRule = false;
    link.answer.clear();
    nextRequest(link); // the next request may already be waiting
}

void FaultProxy::drop(Link &link)
{
    if (!m_links.removeOne(&link))
        return;
    for (QTcpSocket *socket : {link.client, link.server}) {
        if (!socket)
            continue;
        socket->disconnect(this); // abort() reports synchronously; nothing here must hear it
        socket->abort();
        socket->deleteLater();
    }
    delete &link;
}

} // namespace TestSupport
