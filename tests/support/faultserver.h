// Test support: a tiny HTTP/1.1 server on loopback that answers with scripted responses and
// faults (error statuses, delays, dropped connections), so client error paths can be tested.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace TestSupport {

class FaultServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    // An aggregate, so tests can write Response{.status = 503, .headers = {{"Retry-After", "2"}}}.
    // Every member has a default initializer so GCC's -Wmissing-field-initializers stays quiet
    // about the members such designated initializers leave out.
    struct Response
    {
        int status = 200;
        QByteArray body{}; // sent as is
        QByteArray contentType = "application/json"; // empty: no Content-Type header
        // Extra headers, e.g. Retry-After. One named Content-Type, Content-Length or Connection
        // replaces the built-in one, so a test can also lie about the length.
        HeaderList headers{};
        int delayMs = 0; // wait this long (event loop keeps running) before answering
        // QNetworkAccessManager silently resends a request (POST too) once when the connection
        // closes before any answer byte, so a client only sees DropConnection when the route
        // drops twice in a row (setDefault, or two enqueued drops); the server logs both.
        enum class Fault {
            None,
            DropConnection, // close the connection without answering
            DropMidBody, // full headers, then half the body, then close
        } fault = Fault::None;
    };

    struct Request
    {
        QByteArray method{};
        QString path{}; // percent-decoded
        QByteArray query{}; // raw, without '?'
        HeaderList headers{};
        QByteArray body{};
        int connection = 0; // 1-based number of the TCP connection it came on (keep-alive checks)

        QByteArray header(const QByteArray &name) const; // first match, case-insensitive
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    // 127.0.0.1 on the given port; 0 picks a free one. Reusing the port of an earlier listen()
    // simulates a server that comes back after close().
    bool listen(quint16 port = 0);
    // http://127.0.0.1:PORT; stays valid after close() so a test can hit the dead port.
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }

    // Routes are "METHOD /path" (query ignored, path percent-decoded). Each request takes the
    // next queued response of its route; the last one left is reused for every later request.
    // Requests on a route with nothing queued get 404 with a JSON error body.
    void enqueue(const QByteArray &method, const QString &path, Response response);
    // Drops whatever is queued on the route: this response answers every request.
    void setDefault(const QByteArray &method, const QString &path, Response response);

    // Everything received, in order. A reference, so `const auto &r = requests().first()` does
    // not dangle (until the next request arrives).
    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &method, const QString &path) const;

    // Stops listening and aborts every open connection, as if the server had been killed.
    void close();

Q_SIGNALS:
    // After a request has been read in full and before it is answered (or dropped).
    void requestReceived();

private:
    // Per-connection parse state. Requests on one connection are answered strictly in order:
    // while one waits on its delay, later bytes just pile up in the buffer.
    struct Connection
    {
        int number = 0;
        QByteArray buffer{};
        bool headParsed = false;
        qint64 bodyLength = 0;
        bool keepAlive = true;
        bool busy = false;
        Request request{};
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    int parseHead(Connection &connection, const QByteArray &head); // 0, or a status to refuse
    Response takeResponse(const Request &request);
    void answer(QTcpSocket *socket, const QByteArray &method, const Response &response);
    void refuse(QTcpSocket *socket, int status, const QByteArray &message);
    void forget(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    int m_connectionCount = 0;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, QList<Response>> m_routes;
    QList<Request> m_requests;
};

} // namespace TestSupport
