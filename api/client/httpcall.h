// One HTTP exchange of the client with its policy: Bearer header, time-out, retries with
// backoff for idempotent calls (429, 5xx, dropped connections), a create sent at most once,
// same-origin redirects, optional streaming of the answer into a device. Deletes itself
// after reporting.
#pragma once

#include "api/wire/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Api {

class EarlyReplies;

struct HttpSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QIODevice *bodyDevice = nullptr; // streamed upload (takes precedence over body); not owned
    QByteArray contentType = "application/json";
    bool sendApiKey = true; // false for pre-signed URLs, which carry their own token
    // Sent again on 5xx and network failures: only for idempotent calls, never for run creation.
    // A 429 is sent again on every call (the server did nothing).
    bool retryable = false;
    int timeoutMs = 30000; // no bytes moving for this long ends the call
    QIODevice *sink = nullptr; // when set, the answer body is streamed here; not owned
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body; // empty when streamed to a sink
    QByteArray contentType;
};

class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    static constexpr int maxRetries = 4;

    HttpCall(QNetworkAccessManager &network, HttpSpec spec, QByteArray apiKey,
             QObject *parent = nullptr);

    // The request as a call sends it, for a GET sent ahead for one to match.
    static QNetworkRequest networkRequest(const HttpSpec &spec, const QByteArray &apiKey);

    // Where a GET's first attempt looks for a reply sent ahead for it (earlyreplies.h).
    void takeEarlyRepliesFrom(EarlyReplies *replies);
    void start();
    // Stops the exchange; nothing is reported afterwards.
    void abort();
    // Called from a succeeded() slot: the call stays alive (and abortable) after it, until
    // its owner deletes it, e.g. while the answer is decoded on a worker thread.
    void deferDeletion() { m_deletionDeferred = true; }
    bool isAborted() const { return m_aborted; }

Q_SIGNALS:
    // Exactly one of these, then the object deletes itself.
    void succeeded(const Api::HttpAnswer &answer);
    void failed(const Api::Error &error, const Api::HttpAnswer &answer);
    void progress(qint64 done, qint64 total);
    // The server answered something (reachable), or could not be reached at all.
    void reachability(bool reachable);

private:
    void send();
    QNetworkReply *sendRequest();
    void drainToSink();
    void onFinished();
    bool shouldRetry(QNetworkReply::NetworkError error, int status) const;
    // A create whose answer was lost: the server may have carried it out.
    bool mayHaveBeenCarriedOut(QNetworkReply::NetworkError error, int status) const;
    void scheduleRetry(int retryAfterSeconds);
    Error errorFor(QNetworkReply::NetworkError error, int status, const QByteArray &body,
                   const QString &errorString) const;

    QNetworkAccessManager &m_network;
    HttpSpec m_spec;
    const QByteArray m_apiKey;
    QPointer<QNetworkReply> m_reply;
    QPointer<EarlyReplies> m_earlyReplies;
    QTimer m_retryTimer;
    int m_attempt = 0;
    QByteArray m_lastLocation; // of a redirect that was not followed, for the message
    bool m_aborted = false;
    bool m_deletionDeferred = false;
    bool m_drainQueued = false;
    static constexpr qint64 sinkPiece = 1024 * 1024;
};

} // namespace Api
