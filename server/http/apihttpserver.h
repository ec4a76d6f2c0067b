// The HTTP front: turns QHttpServer requests into HttpRequest values, checks the Bearer key,
// dispatches through the router and writes the HttpResponse back.
#pragma once

#include "httprouter.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

namespace Server {

class ApiHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    ApiHttpServer(const HttpRouter &router, QByteArray apiKey, QObject *parent = nullptr);

    // Bodies above this are refused with 413 before any handler sees them.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

    // Consulted after the key check and before the route's handler, with the matched route's
    // pattern; an answer it returns is sent instead of calling the handler.
    using RequestCheck =
        std::function<std::optional<HttpResponse>(const QString &pattern, const HttpRequest &)>;
    void setRequestCheck(RequestCheck check) { m_requestCheck = std::move(check); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const QHttpServerRequest &request, QTcpSocket *socket) const;
    bool authorized(const QHttpServerRequest &request) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket,
              const HttpResponse &response) const;

    const HttpRouter &m_router;
    const QByteArray m_apiKey;
    qint64 m_maxBodySize = 600LL * 1024 * 1024;
    bool m_verbose = false;
    RequestCheck m_requestCheck;
};

} // namespace Server
