// The HTTP front: accepts connections (up to a cap), decides on each request from its headers
// (key first, then route, then body size) and dispatches complete requests through the router.
#pragma once

#include "httpconnection.h"
#include "httplimits.h"
#include "httprouter.h"

#include <QHostAddress>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace Server {

class ApiHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    ApiHttpServer(const HttpRouter &router, QByteArray apiKey, HttpLimits limits = {},
                  QObject *parent = nullptr);
    ~ApiHttpServer() override;

    void setVerbose(bool verbose) { m_verbose = verbose; }

    // Consulted after the key check and before the route's handler, with the matched route's
    // pattern; an answer it returns is sent instead of calling the handler.
    using RequestCheck =
        std::function<std::optional<HttpResponse>(const QString &pattern, const HttpRequest &)>;
    void setRequestCheck(RequestCheck check) { m_requestCheck = std::move(check); }

    // Returns the port bound, 0 on failure. Links in answers name this address, never the
    // client's Host header.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void acceptConnections();
    HttpAdmission admit(const HttpRequestHead &head, const QTcpSocket &socket) const;
    HttpAdmission decide(const HttpRequestHead &head, const QTcpSocket &socket) const;
    bool authorized(const HttpRequestHead &head) const;
    QString baseUrl(const QTcpSocket &socket) const;
    void dispatch(const HttpRouter::Match &match, const HttpRequest &request,
                  Responder responder) const;

    const HttpRouter &m_router;
    const QByteArray m_apiKey;
    const HttpLimits m_limits;
    QTcpServer m_server;
    int m_connections = 0;
    bool m_verbose = false;
    RequestCheck m_requestCheck;
};

} // namespace Server
