// The real NextmvService: the Nextmv applications API over one QNetworkAccessManager, against
// Nextmv Cloud or nextdesk-server alike (same paths, same JSON).
#pragma once

#include "httpcall.h"
#include "nextmvservice.h"

#include <QNetworkAccessManager>

namespace Api {

class NextmvClient final : public NextmvService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextmvClient)

public:
    NextmvClient(QUrl baseUrl, QByteArray apiKey, QObject *parent = nullptr);

    QUrl baseUrl() const override { return m_baseUrl; }
    bool isReachable() const { return m_reachable; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    PendingCall listApplications(QObject *context, Callback<QList<Application>> done) override;
    PendingCall listInstances(const QString &appId, QObject *context,
                              Callback<QList<Instance>> done) override;
    PendingCall listVersions(const QString &appId, QObject *context,
                             Callback<QList<Version>> done) override;
    PendingCall listRuns(const QString &appId, const QString &pageToken, QObject *context,
                         Callback<RunPage> done) override;
    PendingCall runMetadata(const QString &appId, const QString &runId, QObject *context,
                            Callback<RunInformation> done) override;
    PendingCall runOutput(const QString &appId, const QString &runId, QObject *context,
                          Callback<QByteArray> done) override;
    PendingCall runInput(const QString &appId, const QString &runId, QObject *context,
                         Callback<QByteArray> done) override;
    PendingCall runLogs(const QString &appId, const QString &runId, QObject *context,
                        Callback<QString> done) override;
    PendingCall liveLogs(const QString &appId, const QString &runId, const QString &since,
                         QObject *context, Callback<LogLinePage> done) override;
    PendingCall createRun(const QString &appId, const QString &instanceId,
                          const RunRequest &request, QObject *context,
                          Callback<QString> done) override;
    PendingCall updateRun(const QString &appId, const QString &runId, const QString &name,
                          const QString &description, QObject *context,
                          Callback<RunInformation> done) override;
    PendingCall cancelRun(const QString &appId, const QString &runId, QObject *context,
                          Callback<bool> done) override;

    Transfer *submitRun(const QString &appId, const QString &instanceId,
                        const RunInputSource &input, const RunRequest &request) override;
    Transfer *downloadRunOutput(const QString &appId, const QString &runId,
                                const QString &filePath) override;
    Transfer *downloadRunInput(const QString &appId, const QString &runId,
                               const QString &filePath) override;

    // For the transfers: a configured, not yet started call. Pre-signed URLs get no key.
    HttpCall *newCall(HttpSpec spec);
    HttpSpec spec(const QByteArray &method, const QString &path, const QString &query = {}) const;
    static QString appPath(const QString &appId, const QString &rest = {});

private:
    template<typename T>
    PendingCall send(HttpSpec spec, QObject *context, Callback<T> done,
                     std::function<Result<T>(const HttpAnswer &)> decode);
    void setReachable(bool reachable);

    QNetworkAccessManager m_network;
    const QUrl m_baseUrl;
    const QByteArray m_apiKey;
    int m_timeoutMs = 30000;
    bool m_reachable = true;
};

} // namespace Api
