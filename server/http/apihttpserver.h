// The HTTP front: turns QHttpServer requests into HttpRequest values, checks the Bearer key,
// dispatches through the router and writes the HttpResponse back.
#pragma once

#include "httprouter.h"

#include <QAbstractHttpServer>

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
};

} // namespace Server
