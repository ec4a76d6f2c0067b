// Test support: the fault-injecting HTTP/1.1 server (request parsing, scripted answers, faults).
#include "faultserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace TestSupport {

namespace {

// A client that never finishes its head must not make the server buffer without bound.
constexpr qsizetype MaxHeadSize = 64 * 1024;

QString routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
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
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
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

const QByteArray *findHeader(const FaultServer::HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return &value;
    }
    return nullptr;
}

// Connection is a comma-separated token list ("keep-alive, Upgrade").
bool hasToken(const QByteArray &value, const QByteArray &token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray jsonError(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FaultServer::Request::header(const QByteArray &name) const
{
    const QByteArray *value = findHeader(headers, name);
    return value ? *value : QByteArray();
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultServer::acceptConnections);
}

FaultServer::~FaultServer()
{
    // Sockets are children of m_server; abort them while our bookkeeping still exists.
    close();
}

bool FaultServer::listen(quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

QUrl FaultServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FaultServer::enqueue(const QByteArray &method, const QString &path, Response response)
{
    m_routes[routeKey(method, path)].append(std::move(response));
}

void FaultServer::setDefault(const QByteArray &method, const QString &path, Response response)
{
    m_routes[routeKey(method, path)] = {std::move(response)};
}

int FaultServer::requestCount(const QByteArray &method, const QString &path) const
{
    int count = 0;
    for (const Request &request : m_requests) {
        if (request.path == path && request.method.compare(method, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

void FaultServer::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        forget(socket);
        socket->abort();
    }
}

void FaultServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{.number = ++m_connectionCount});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    }
}

void FaultServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer.append(socket->readAll());
    processBuffer(socket);
}

void FaultServer::processBuffer(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    Connection &connection = *it;

    if (!connection.headParsed) {
        const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (connection.buffer.size() > MaxHeadSize)
                refuse(socket, 431, "request head too large");
            return;
        }
        const QByteArray head = connection.buffer.left(headEnd);
        connection.buffer.remove(0, headEnd + 4);
        if (const int status = parseHead(connection, head); status != 0) {
            refuse(socket, status,
                   status == 501 ? "chunked request bodies are not supported"
                                 : "malformed request head");
            return;
        }
        connection.headParsed = true;
        if (connection.bodyLength > 0 &&
            hasToken(connection.request.header("Expect"), "100-continue"))
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    if (connection.buffer.size() < connection.bodyLength)
        return;
    // Moving avoids copying a multi-megabyte body when nothing follows it.
    if (connection.buffer.size() == connection.bodyLength) {
        connection.request.body = std::exchange(connection.buffer, {});
    } else {
        connection.request.body = connection.buffer.left(connection.bodyLength);
        connection.buffer.remove(0, connection.bodyLength);
    }
    connection.headParsed = false;
    connection.busy = true;

    const Request request = std::exchange(connection.request, {});
    m_requests.append(request);
    const Response response = takeResponse(request);
    // A slot may call close(), so nothing below touches `connection` again.
    Q_EMIT requestReceived();

    if (response.delayMs > 0) {
        // The socket as context cancels the timer when the connection goes away first. Precise,
        // because a coarse timer may fire up to 5% early and a test relies on "at least delayMs".
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, socket,
                           [this, socket, method = request.method, response] {
                               answer(socket, method, response);
                           });
    } else {
        answer(socket, request.method, response);
    }
}

int FaultServer::parseHead(Connection &connection, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return 400;

    Request &request = connection.request;
    request = Request{.method = requestLine[0], .connection = connection.number};
    const QByteArray &target = requestLine[1];
    const qsizetype queryStart = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        request.query = target.mid(queryStart + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return 400;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (findHeader(request.headers, "Transfer-Encoding"))
        return 501;
    connection.bodyLength = 0;
    if (const QByteArray *length = findHeader(request.headers, "Content-Length")) {
        bool ok = false;
        connection.bodyLength = length->toLongLong(&ok);
        if (!ok || connection.bodyLength < 0)
            return 400;
    }

    // HTTP/1.1 keeps the connection unless told otherwise; HTTP/1.0 only when asked to.
    const QByteArray connectionHeader = request.header("Connection");
    connection.keepAlive = requestLine[2] == "HTTP/1.0" ? hasToken(connectionHeader, "keep-alive")
                                                        : !hasToken(connectionHeader, "close");
    return 0;
}

FaultServer::Response FaultServer::takeResponse(const Request &request)
{
    const auto it = m_routes.find(routeKey(request.method, request.path));
    if (it == m_routes.end() || it->isEmpty()) {
        return Response{.status = 404,
                        .body =
                            jsonError(QStringLiteral("no response scripted for %1 %2")
                                          .arg(QString::fromLatin1(request.method), request.path))};
    }
    return it->size() > 1 ? it->takeFirst() : it->first();
}

void FaultServer::answer(QTcpSocket *socket, const QByteArray &method, const Response &response)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return; // closed while the answer was delayed

    if (response.fault == Response::Fault::DropConnection) {
        forget(socket);
        socket->abort();
        return;
    }

    const QByteArray *extraConnection = findHeader(response.headers, "Connection");
    const bool keepAlive = it->keepAlive && response.fault == Response::Fault::None &&
        !(extraConnection && hasToken(*extraConnection, "close"));

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !findHeader(response.headers, "Content-Type"))
        head += "Content-Type: " + response.contentType + "\r\n";
    if (!findHeader(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!extraConnection)
        head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    socket->write(head);
    if (method != "HEAD") {
        if (response.fault == Response::Fault::DropMidBody)
            socket->write(response.body.left(response.body.size() / 2));
        else
            socket->write(response.body);
    }

    if (keepAlive) {
        it->busy = false;
        processBuffer(socket); // a pipelined request may already be waiting
    } else {
        // Not abort(): that would discard what is still in the write buffer. The disconnected
        // signal forgets the socket once everything has gone out; `busy` stays set until then.
        socket->disconnectFromHost();
    }
}

void FaultServer::refuse(QTcpSocket *socket, int status, const QByteArray &message)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->keepAlive = false; // the rest of the stream cannot be trusted
    it->busy = true;
    answer(socket, {}, Response{.status = status, .body = jsonError(QString::fromLatin1(message))});
}

void FaultServer::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->deleteLater();
}

} // namespace TestSupport
