// One HTTP exchange of the client with its retry and time-out policy.
#include "httpcall.h"

#include "earlyreplies.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace Api {

namespace {

// The server's own words: Nextmv-style {"error": "..."} or plain text, shortened.
QString serverText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        return error;
    const QString message = object.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

// A request body Qt's HTTP stack can read only once. Qt resends a request whose connection
// drops before any answer byte, POST included, by rewinding its body; this one cannot be
// rewound, so Qt reports ContentReSendError instead and a create is never sent twice.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_bytes.size()) - m_read);
        memcpy(data, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace

HttpCall::HttpCall(QNetworkAccessManager &network, HttpSpec spec, QByteArray apiKey,
                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
    , m_apiKey(std::move(apiKey))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::send);
}

void HttpCall::start()
{
    send();
}

void HttpCall::abort()
{
    m_aborted = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void HttpCall::takeEarlyRepliesFrom(EarlyReplies *replies)
{
    m_earlyReplies = replies;
}

QNetworkRequest HttpCall::networkRequest(const HttpSpec &spec, const QByteArray &apiKey)
{
    QNetworkRequest request(spec.url);
    request.setTransferTimeout(spec.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    if (spec.sendApiKey)
        request.setRawHeader("Authorization", "Bearer " + apiKey);
    // Redirects are followed to the same scheme, host and port only, so the key never goes
    // elsewhere. Pre-signed URLs carry no key and may be sent on to storage (not to http).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         spec.sendApiKey ? QNetworkRequest::SameOriginRedirectPolicy
                                         : QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

QNetworkReply *HttpCall::sendRequest()
{
    QNetworkRequest request = networkRequest(m_spec, m_apiKey);
    if (m_spec.bodyDevice) {
        m_spec.bodyDevice->seek(0);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.bodyDevice->size());
        return m_network.sendCustomRequest(request, m_spec.method, m_spec.bodyDevice);
    }
    if (!m_spec.retryable && m_spec.method == "POST") {
        // Read straight from the one-shot body (Qt would otherwise buffer it, rewindable).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_spec.body, this);
        QNetworkReply *reply = m_network.sendCustomRequest(request, m_spec.method, body);
        connect(reply, &QObject::destroyed, body, &QObject::deleteLater);
        return reply;
    }
    return m_network.sendCustomRequest(request, m_spec.method, m_spec.body);
}

void HttpCall::send()
{
    if (m_aborted)
        return;
    ++m_attempt;
    // A GET sent ahead for this call (earlyreplies.h) is its first attempt; retries go anew.
    if (m_attempt == 1 && m_earlyReplies && m_spec.method == "GET" && !m_spec.sink)
        m_reply = m_earlyReplies->take(m_spec.url);
    if (!m_reply)
        m_reply = sendRequest();
    m_reply->setParent(this);
    if (m_spec.sink)
        connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::drainToSink);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        if (m_spec.bodyDevice || !m_spec.body.isEmpty())
            Q_EMIT progress(done, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        if (m_spec.sink)
            Q_EMIT progress(done, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    if (m_reply->isFinished()) // an early reply answered before this call took it
        QMetaObject::invokeMethod(this, &HttpCall::onFinished, Qt::QueuedConnection);
}

bool HttpCall::shouldRetry(QNetworkReply::NetworkError error, int status) const
{
    if (m_attempt > maxRetries)
        return false;
    // A 429 is refused before anything was done (rate limit, busy queue): sending it again is
    // safe whatever the method, and Nextmv's SDK does so. Nothing reached a sink either.
    if (status == 429)
        return true;
    if (!m_spec.retryable || m_spec.sink)
        return false;
    if (status == 500 || status == 502 || status == 503 || status == 504)
        return true;
    // A success cut off mid-answer is a dropped connection like any other: asked again, as a
    // read has no effect and a cut-off body is not an answer.
    if (status != 0 && status / 100 != 2)
        return false;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer time-out ends up here
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

void HttpCall::scheduleRetry(int retryAfterSeconds)
{
    // Exponential backoff with jitter, or what the server asked for (within reason).
    int delayMs = 500 * (1 << (m_attempt - 1));
    delayMs += int(QRandomGenerator::global()->bounded(delayMs / 4 + 1));
    if (retryAfterSeconds > 0)
        delayMs = std::min(retryAfterSeconds, 30) * 1000;
    m_retryTimer.start(std::min(delayMs, 30000));
}

void HttpCall::drainToSink()
{
    if (!m_reply || m_aborted)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status / 100 != 2)
        return;
    // A piece per turn of the event loop: however far behind the window fell (tens of MB
    // arrive while it draws), copying them never freezes it.
    m_spec.sink->write(m_reply->read(sinkPiece));
    if (m_reply->bytesAvailable() > 0 && !m_drainQueued) {
        m_drainQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_drainQueued = false;
                drainToSink();
            },
            Qt::QueuedConnection);
    }
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborted)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_spec.sink && status / 100 == 2 && reply->bytesAvailable() > sinkPiece) {
        // The rest goes to the sink in pieces too, before the call reports.
        m_spec.sink->write(reply->read(sinkPiece));
        QMetaObject::invokeMethod(this, &HttpCall::onFinished, Qt::QueuedConnection);
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray rest = reply->readAll();
    if (m_spec.sink && status / 100 == 2)
        m_spec.sink->write(rest);
    else
        answer.body = rest;
    const bool reached = status != 0;
    if (reached)
        Q_EMIT reachability(true);

    const QNetworkReply::NetworkError networkError = reply->error();
    m_lastLocation = reply->rawHeader("Location");
    if (status / 100 == 2 && networkError == QNetworkReply::NoError) {
        Q_EMIT succeeded(answer);
        if (!m_deletionDeferred)
            deleteLater();
        return;
    }
    if (shouldRetry(networkError, status)) {
        scheduleRetry(reply->rawHeader("Retry-After").toInt());
        return;
    }
    // Only a call that gives up says the server is out of reach: one dropped connection that a
    // retry gets past is not an outage worth telling the whole window about.
    if (!reached)
        Q_EMIT reachability(false);
    Q_EMIT failed(errorFor(networkError, status, answer.body, reply->errorString()), answer);
    deleteLater();
}

bool HttpCall::mayHaveBeenCarriedOut(QNetworkReply::NetworkError error, int status) const
{
    // Only a create can do harm twice; for the rest a lost answer is just a network error.
    if (m_spec.retryable || m_spec.method != "POST")
        return false;
    if (status / 100 == 2)
        return true; // carried out, but the answer (the new ID) was cut off
    if (status != 0)
        return false;
    switch (error) {
    case QNetworkReply::ContentReSendError: // dropped; Qt could not rewind the one-shot body
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default: // refused, host not found, TLS: nothing reached the server
        return false;
    }
}

Error HttpCall::errorFor(QNetworkReply::NetworkError error, int status, const QByteArray &body,
                         const QString &errorString) const
{
    Error e;
    const QString host = m_spec.url.host();
    // No status, or a success whose body was cut off: the connection, not the server, failed.
    if (mayHaveBeenCarriedOut(error, status)) {
        e.kind = Error::Kind::OutcomeUnknown;
        e.message = tr("The connection to %1 ended before it answered, so the request may or may "
                       "not have been carried out. It was not sent again; refresh to see.")
                        .arg(host);
        e.detail = errorString;
        return e;
    }
    if (status == 0 || status / 100 == 2) {
        const bool timedOut =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        e.kind = timedOut ? Error::Kind::Timeout : Error::Kind::Network;
        if (timedOut)
            e.message = tr("%1 did not answer in time.").arg(host);
        else if (status != 0) // it was reached: the answer began, then the connection broke
            e.message = tr("The answer from %1 was cut off: %2").arg(host, errorString);
        else
            e.message = tr("Cannot reach %1: %2").arg(host, errorString);
        e.detail = errorString;
        return e;
    }
    e.kind = Error::Kind::Http;
    e.httpStatus = status;
    e.detail = serverText(body);
    switch (status) {
    case 400:
    case 422:
        e.message = tr("The server refused the request: %1").arg(e.detail);
        break;
    case 401:
    case 403:
        e.message = tr("The server refused the API key (%1). Check the key of this connection.")
                        .arg(status);
        break;
    case 404:
        e.message = tr("Not found: %1").arg(e.detail);
        break;
    case 409:
        e.message = tr("Conflict: %1").arg(e.detail);
        break;
    case 413:
        e.message = tr("Too large: %1").arg(e.detail);
        break;
    case 429:
        e.message = tr("The server is busy (too many requests); try again shortly.");
        break;
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        e.message = tr("The server sent the request on to another address, which NextDesk does "
                       "not follow with your key: %1")
                        .arg(QString::fromUtf8(m_lastLocation));
        break;
    default:
        e.message = status >= 500 ? tr("The server failed (%1): %2").arg(status).arg(e.detail)
                                  : tr("The request failed (%1): %2").arg(status).arg(e.detail);
    }
    return e;
}

} // namespace Api
