// Test support: a TCP proxy on loopback in front of a real server that injects network faults
// into chosen requests (dropped connections before or after the request, refusals with
// Retry-After, stalls, cut-off bodies) and counts what reached the server.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace TestSupport {

class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Fault {
        // Closes the client's connection once the request head is in; nothing is forwarded.
        DropBeforeRequest,
        // Forwards the whole request and waits for the server's answer, then closes the client's
        // connection without it: the server acted, the client cannot know.
        DropAfterRequest,
        // Answers `status` (429, 500, 503...) with Retry-After itself; nothing is forwarded.
        Status,
        // Forwards the request and holds the answer for `stallMs`, or until release().
        Stall,
        // Forwards the status line and headers, then only part of the body, then closes.
        TruncateBody,
    };
    Q_ENUM(Fault)

    // An aggregate, so a test can write {.fault = Fault::Status, .status = 429, .path = "/v1"}.
    struct Rule
    {
        Fault fault = Fault::DropBeforeRequest;
        QByteArray method{}; // empty: any method
        QString path{}; // prefix of the percent-decoded path; empty: any path
        int times = 1; // how many matching requests it hits before it is used up
        int status = 503; // Status
        QByteArray retryAfter = "0"; // Status; empty: no Retry-After header
        int stallMs = -1; // Stall; negative: until release()
        qint64 bodyBytes = -1; // TruncateBody: body bytes let through; negative: half
        bool wholePath = false; // `path` is the whole path, not a prefix of it
    };

    explicit FaultProxy(quint16 serverPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // 127.0.0.1 on a free port.
    bool listen();
    // http://127.0.0.1:PORT of the proxy: what the client under test connects to.
    QUrl baseUrl() const;

    // Each request takes the first rule (in the order added) whose method and path match it;
    // a rule is dropped once it has hit `times` requests. Requests no rule matches pass through.
    void inject(Rule rule);
    int pendingFaults() const { return int(m_rules.size()); }
    // Forgets the rules not yet used up: from now on requests pass through.
    void clearFaults() { m_rules.clear(); }
    // Lets every answer a stall holds now go (wait for faultApplied before calling it).
    void release();

    // Requests that arrived at the proxy, and those that were forwarded to the server, by method
    // and percent-decoded path (query left out).
    int receivedCount(const QByteArray &method, const QString &path) const;
    int forwardedCount(const QByteArray &method, const QString &path) const;
    // Faults applied so far.
    int faultCount() const { return m_faultCount; }

Q_SIGNALS:
    // A request matched a rule and its fault has been (or, for a stall, is being) applied.
    void faultApplied(TestSupport::FaultProxy::Fault fault, const QByteArray &method,
                      const QString &path);

private:
    struct Link;

    void accept();
    void readClient(Link &link);
    void readServer(Link &link);
    // Hands on each complete answer the server sent; false when a fault dropped the link.
    bool takeAnswers(Link &link);
    void nextRequest(Link &link);
    void forward(Link &link);
    void answerItself(Link &link, int status, const QByteArray &retryAfter);
    void deliver(Link &link);
    void passAnswer(Link &link);
    void finishExchange(Link &link);
    void serverClosed(Link &link);
    void drop(Link &link);
    Link *linkOf(QTcpSocket *client) const;
    QTcpSocket *serverSocket(Link &link);
    bool takeRule(const QByteArray &method, const QString &path, Rule *rule);

    QTcpServer *m_listener;
    const quint16 m_serverPort;
    QList<Rule> m_rules;
    QList<Link *> m_links;
    QHash<QString, int> m_received;
    QHash<QString, int> m_forwarded;
    int m_faultCount = 0;
};

} // namespace TestSupport
