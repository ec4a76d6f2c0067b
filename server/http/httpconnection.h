// One client connection of the HTTP front: reads requests through HttpRequestParser, asks the
// server whether to take each one as soon as its headers are in, collects (or spools) the body,
// and writes the answers back in order, streaming files with back-pressure. Time-outs cut off
// slow headers, stalled bodies and idle keep-alive connections.
#pragma once

#include "httplimits.h"
#include "httpmessage.h"
#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QFile;
class QTcpSocket;
class QTemporaryFile;

namespace Server {

// The server's verdict on a request whose headers are in and whose body is not read yet.
struct HttpAdmission
{
    std::optional<HttpResponse> refusal; // answered without reading the body
    HttpRequest request; // filled but for the body
    bool largeBody = false; // up to maxLargeBody and spooled; else up to maxSmallBody in memory
    std::function<void(const HttpRequest &, Responder)> run; // called with the complete request
};

class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Admit = std::function<HttpAdmission(const HttpRequestHead &, const QTcpSocket &)>;

    // Takes over the socket (reparented to the connection).
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Admit admit,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void closed(); // the connection is gone and deletes itself

private:
    enum class Phase { Fresh, Idle, Headers, Body, Handling, Writing, Closing };

    void readInput();
    void onHeaders();
    bool onBodyData(QByteArrayView data);
    void onRequestComplete();
    void respond(quint64 serial, HttpResponse response);
    QByteArray responseHead(const HttpResponse &response, qint64 contentLength,
                            qsizetype reserveForBody = 0) const;
    void writeAnswer(const HttpResponse &response); // head and in-memory body
    void pumpFile();
    void finishResponse();
    // Answers and closes without reading further (errors, refusals with a body on the way).
    void refuse(const HttpResponse &response);
    void closeAfterFlush();
    void lingerAndClose();
    void onTimeout();
    void setPhase(Phase phase);
    void onDisconnected();

    QTcpSocket *const m_socket;
    const HttpLimits m_limits;
    const Admit m_admit;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::Fresh;
    QTimer m_timer;
    QByteArray m_input; // read from the socket, not parsed yet
    qsizetype m_inputOffset = 0;

    // The request in progress.
    HttpAdmission m_admission;
    QByteArray m_body;
    std::shared_ptr<QTemporaryFile> m_bodyFile;
    qint64 m_bodySize = 0;
    bool m_headRequest = false;
    bool m_keepAlive = true;
    quint64 m_serial = 0; // of the request whose answer is awaited

    std::unique_ptr<QFile> m_file; // the response body being streamed
    bool m_closeAfterResponse = false;
    bool m_lingering = false;
    bool m_closed = false;
};

} // namespace Server
