// Test support: blocking HTTP calls (a local event loop per call) against a test server, so a
// test reads top to bottom. Never used outside tests.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace TestSupport {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection refused, time-out)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString error() const { return object().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const;
};

class HttpTestClient
{
public:
    HttpTestClient(QUrl baseUrl, QByteArray apiKey);

    void setApiKey(QByteArray key) { m_apiKey = std::move(key); }
    // The Content-Type of API requests (not of pre-signed URLs); application/json by default.
    void setContentType(QByteArray type) { m_contentType = std::move(type); }

    // Relative paths are resolved against the base URL; absolute URLs (pre-signed) are used as
    // they are and get no Authorization header, as the Nextmv SDK does.
    HttpReply send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                   int timeoutMs = 30000);
    HttpReply get(const QString &path) { return send("GET", path); }
    HttpReply del(const QString &path) { return send("DELETE", path); }
    HttpReply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply patch(const QString &path, const QJsonObject &body = {})
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Creates a run and returns its ID (empty on failure). Like Nextmv's SDK, it declares the
    // input format (json) when the body does not.
    QString createRun(const QString &app, const QString &instance, const QJsonObject &body);
    // The body with the configuration Nextmv's SDK always sends, unless it has one.
    static QJsonObject withRunConfiguration(QJsonObject body);
    // A managed input made as Nextmv's SDK makes one: the JSON uploaded to an upload URL, then
    // registered with ID, name and format. Returns the last answer.
    HttpReply createManagedInput(const QString &app, const QString &id, const QJsonValue &input);
    // Polls metadata until the run ends; returns the final metadata object.
    QJsonObject waitForRun(const QString &app, const QString &runId, int timeoutMs = 60000);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    QByteArray m_contentType = "application/json";
};

} // namespace TestSupport
