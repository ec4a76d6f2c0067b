// The HTTP front of nextdesk-server.
#include "apihttpserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTextStream>

namespace Server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

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

} // namespace

ApiHttpServer::ApiHttpServer(const HttpRouter &router, QByteArray apiKey, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_apiKey(std::move(apiKey))
{
}

bool ApiHttpServer::authorized(const QHttpServerRequest &request) const
{
    const QByteArray value = header(request, "Authorization").trimmed();
    const QByteArray prefix = "Bearer ";
    if (!value.startsWith(prefix))
        return false;
    return constantTimeEquals(value.mid(prefix.size()).trimmed(), m_apiKey);
}

HttpResponse ApiHttpServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    const HttpRouter::Match match = m_router.match(method, path);
    if (!match.handler) {
        if (!match.allowedMethods.isEmpty()) {
            HttpResponse r =
                HttpResponse::error(405,
                                    QStringLiteral("method %1 is not allowed on %2; allowed: %3")
                                        .arg(QString::fromLatin1(method), path,
                                             QString::fromLatin1(match.allowedMethods.join(", "))));
            r.headers.append(qMakePair(QByteArray("Allow"), match.allowedMethods.join(", ")));
            return r;
        }
        return HttpResponse::error(404, QStringLiteral("no such endpoint: %1").arg(path));
    }
    if (match.access == HttpRouter::Access::BearerKey && !authorized(request)) {
        HttpResponse r = HttpResponse::error(
            401, QStringLiteral("missing or invalid API key: send 'Authorization: Bearer <key>'"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    if (request.body().size() > m_maxBodySize) {
        return HttpResponse::error(413,
                                   QStringLiteral("request body of %1 bytes exceeds the "
                                                  "limit of %2 bytes")
                                       .arg(request.body().size())
                                       .arg(m_maxBodySize));
    }

    HttpRequest req;
    req.method = method;
    req.path = path;
    req.params = match.params;
    req.query = request.query();
    req.body = request.body();
    req.contentType = header(request, "Content-Type");
    QByteArray host = header(request, "Host");
    if (host.isEmpty())
        host = socket->localAddress().toString().toUtf8() + ':' +
            QByteArray::number(socket->localPort());
    req.baseUrl = QStringLiteral("http://") + QString::fromUtf8(host);
    if (m_requestCheck) {
        if (auto refusal = m_requestCheck(match.pattern, req))
            return *refusal;
    }
    return (*match.handler)(req);
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpResponse response = dispatch(request, socket);
    if (m_verbose) {
        QTextStream(stderr) << methodName(request.method()) << ' '
                            << request.url().path(QUrl::FullyEncoded) << " -> " << response.status
                            << Qt::endl;
    }
    send(request, socket, response);
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, HttpResponse::error(404, QStringLiteral("not found")));
}

void ApiHttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpResponse &response) const
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (!response.filePath.isEmpty()) {
        auto *file = new QFile(response.filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            delete file;
            const QByteArray body = R"({"error":"stored payload is missing"})";
            responder.write(body, "application/json",
                            QHttpServerResponder::StatusCode::InternalServerError);
            return;
        }
        // The responder owns the device and streams it in chunks.
        responder.write(file, {{"Content-Type", response.contentType}}, status);
        return;
    }
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    if (request.method() != QHttpServerRequest::Method::Head)
        responder.writeBody(response.body);
}

} // namespace Server
