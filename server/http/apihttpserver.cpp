// The HTTP front of nextdesk-server.
#include "apihttpserver.h"

#include <QTcpSocket>
#include <QTextStream>
#include <QUrl>

namespace Server {

namespace {

// Compares without an early exit so the key cannot be guessed byte by byte from timings.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
}

HttpResponse unauthorized()
{
    HttpResponse r = HttpResponse::error(
        401, QStringLiteral("missing or invalid API key: send 'Authorization: Bearer <key>'"));
    r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return r;
}

} // namespace

ApiHttpServer::ApiHttpServer(const HttpRouter &router, QByteArray apiKey, HttpLimits limits,
                             QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_apiKey(std::move(apiKey))
    , m_limits(std::move(limits))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ApiHttpServer::acceptConnections);
}

ApiHttpServer::~ApiHttpServer()
{
    m_server.close();
    // Before our members go: connections call back into admit().
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

quint16 ApiHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return 0;
    return m_server.serverPort();
}

void ApiHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= m_limits.maxConnections) {
            const QByteArray body = R"({"error":"too many connections; try again later"})";
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Retry-After: 1\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(
            socket, m_limits,
            [this](const HttpRequestHead &head, const QTcpSocket &s) { return admit(head, s); },
            this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
    }
}

bool ApiHttpServer::authorized(const HttpRequestHead &head) const
{
    const QByteArray value = head.header("Authorization");
    const QByteArray prefix = "Bearer ";
    if (!value.startsWith(prefix))
        return false;
    return constantTimeEquals(value.mid(prefix.size()).trimmed(), m_apiKey);
}

QString ApiHttpServer::baseUrl(const QTcpSocket &socket) const
{
    // Listening on every address, the one this connection came in on is ours to name.
    const QHostAddress listening = m_server.serverAddress();
    const bool any = listening == QHostAddress::Any || listening == QHostAddress::AnyIPv4 ||
        listening == QHostAddress::AnyIPv6;
    QHostAddress host = any ? socket.localAddress() : listening;
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const QHostAddress v4(host.toIPv4Address(&isV4));
        if (isV4)
            host = v4;
    }
    return QStringLiteral("http://%1:%2").arg(hostForUrl(host)).arg(m_server.serverPort());
}

HttpAdmission ApiHttpServer::admit(const HttpRequestHead &head, const QTcpSocket &socket) const
{
    HttpAdmission admission = decide(head, socket);
    if (m_verbose && admission.refusal) {
        QTextStream(stderr) << head.method << ' ' << head.target << " -> "
                            << admission.refusal->status << Qt::endl;
    }
    return admission;
}

HttpAdmission ApiHttpServer::decide(const HttpRequestHead &head, const QTcpSocket &socket) const
{
    HttpAdmission admission;
    // Origin form ("/path?query"); absolute form ("http://host/path") is reduced to it.
    QByteArray target = head.target;
    if (!target.startsWith('/')) {
        const QUrl url = QUrl::fromEncoded(target);
        if (!url.isValid() || url.scheme().isEmpty() || !url.path().startsWith(QLatin1Char('/'))) {
            admission.refusal = HttpResponse::error(400, QStringLiteral("invalid request target"));
            return admission;
        }
        target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }
    const qsizetype question = target.indexOf('?');
    // Qt 6's left() of a negative length is empty, not the whole: no query, the whole target.
    const QString path = QString::fromLatin1(question < 0 ? target : target.first(question));
    const HttpRouter::Match match = m_router.match(head.method, path);

    // The key comes first, so that without one nothing (not even which paths exist) is told.
    if ((!match.found() || match.access == HttpRouter::Access::BearerKey) && !authorized(head)) {
        admission.refusal = unauthorized();
        return admission;
    }
    if (!match.found()) {
        if (!match.allowedMethods.isEmpty()) {
            const QByteArray allowed = match.allowedMethods.join(", ");
            HttpResponse r = HttpResponse::error(
                405,
                QStringLiteral("method %1 is not allowed on %2; allowed: %3")
                    .arg(QString::fromLatin1(head.method), path, QString::fromLatin1(allowed)));
            r.headers.append(qMakePair(QByteArray("Allow"), allowed));
            admission.refusal = r;
        } else {
            admission.refusal =
                HttpResponse::error(404, QStringLiteral("no such endpoint: %1").arg(path));
        }
        return admission;
    }
    admission.largeBody = match.body == HttpRouter::Body::Large;
    const qint64 limit = admission.largeBody ? m_limits.maxLargeBody : m_limits.maxSmallBody;
    if (head.contentLength > limit) {
        admission.refusal =
            HttpResponse::error(413,
                                QStringLiteral("request body of %1 bytes exceeds the "
                                               "limit of %2 bytes")
                                    .arg(head.contentLength)
                                    .arg(limit));
        return admission;
    }

    HttpRequest &req = admission.request;
    req.method = head.method;
    req.path = path;
    req.params = match.params;
    if (question >= 0)
        req.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    req.contentType = head.header("Content-Type");
    req.baseUrl = baseUrl(socket);
    admission.run = [this, match](const HttpRequest &request, Responder responder) {
        dispatch(match, request, std::move(responder));
    };
    return admission;
}

void ApiHttpServer::dispatch(const HttpRouter::Match &match, const HttpRequest &request,
                             Responder responder) const
{
    if (m_verbose) {
        responder = [method = request.method, path = request.path,
                     respond = std::move(responder)](HttpResponse response) {
            QTextStream(stderr) << method << ' ' << path << " -> " << response.status << Qt::endl;
            respond(std::move(response));
        };
    }
    if (m_requestCheck) {
        if (auto refusal = m_requestCheck(match.pattern, request)) {
            responder(std::move(*refusal));
            return;
        }
    }
    if (match.asyncHandler)
        (*match.asyncHandler)(request, std::move(responder));
    else
        responder((*match.handler)(request));
}

} // namespace Server
