// Test support: blocking HTTP calls against a test server.
#include "httptestclient.h"

#include "api/dto/runformat.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace TestSupport {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTestClient::HttpTestClient(QUrl baseUrl, QByteArray apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{
}

HttpReply HttpTestClient::send(const QByteArray &method, const QString &pathOrUrl,
                               const QByteArray &body, int timeoutMs)
{
    const bool absolute = pathOrUrl.startsWith(QLatin1String("http"));
    QUrl url = absolute ? QUrl(pathOrUrl) : m_baseUrl.resolved(QUrl(pathOrUrl));
    QNetworkRequest request(url);
    if (!absolute) {
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
        if (!m_contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString HttpTestClient::createRun(const QString &app, const QString &instance,
                                  const QJsonObject &body)
{
    const HttpReply reply =
        post(QStringLiteral("/v1/applications/%1/runs?instance_id=%2").arg(app, instance),
             withRunConfiguration(body));
    return reply.object().value(QStringLiteral("run_id")).toString();
}

QJsonObject HttpTestClient::withRunConfiguration(QJsonObject body)
{
    if (!body.contains(QStringLiteral("configuration")))
        body.insert(QStringLiteral("configuration"),
                    QJsonObject{{QStringLiteral("format"), Api::RunFormat().toJson()}});
    return body;
}

HttpReply HttpTestClient::createManagedInput(const QString &app, const QString &id,
                                             const QJsonValue &input)
{
    const QString path = QStringLiteral("/v1/applications/%1").arg(app);
    const HttpReply url = post(path + QStringLiteral("/runs/uploadurl"), {});
    if (url.status != 200)
        return url;
    const QByteArray content = input.isObject() ? QJsonDocument(input.toObject()).toJson()
                                                : QJsonDocument(input.toArray()).toJson();
    const HttpReply put =
        send("PUT", url.object().value(QStringLiteral("upload_url")).toString(), content);
    if (put.status != 200)
        return put;
    return post(path + QStringLiteral("/inputs"),
                {{QStringLiteral("id"), id},
                 {QStringLiteral("name"), id},
                 {QStringLiteral("upload_id"), url.object().value(QStringLiteral("upload_id"))},
                 {QStringLiteral("format"), Api::RunFormat().toJson()}});
}

QJsonObject HttpTestClient::waitForRun(const QString &app, const QString &runId, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QJsonObject info;
    while (clock.elapsed() < timeoutMs) {
        info = get(QStringLiteral("/v1/applications/%1/runs/%2/metadata").arg(app, runId)).object();
        const QString status = info.value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("status_v2"))
                                   .toString();
        if (status == QLatin1String("succeeded") || status == QLatin1String("failed") ||
            status == QLatin1String("canceled"))
            return info;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return info;
}

} // namespace TestSupport
