// Small helpers the end-to-end tests of shadow, switchback and ensemble runs share: JSON from
// text, waiting for a condition (never a fixed sleep), and reading a run's metadata.
#pragma once

#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace TestSupport {

inline QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text);
    return doc.object();
}

// Polls until the condition holds; false after the time-out. Generous: both cores may be busy.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(50);
    }
    return condition();
}

// app.tar.gz of a folder holding the test app as ./main, as the SDK would push it.
inline QByteArray testAppBundle()
{
    QTemporaryDir dir;
    QFile::copy(testAppExecutable(), dir.filePath(QStringLiteral("main")));
    QProcess tar;
    tar.setWorkingDirectory(dir.path());
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), QStringLiteral("app.tar.gz"), QStringLiteral("main")});
    tar.waitForFinished();
    QFile file(dir.filePath(QStringLiteral("app.tar.gz")));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

inline QJsonObject runMetadata(HttpTestClient &http, const QString &app, const QString &runId)
{
    return http.get(QStringLiteral("/v1/applications/%1/runs/%2/metadata").arg(app, runId))
        .object()
        .value(QStringLiteral("metadata"))
        .toObject();
}

inline QJsonObject runOutput(HttpTestClient &http, const QString &app, const QString &runId)
{
    return http.get(QStringLiteral("/v1/applications/%1/runs/%2").arg(app, runId))
        .object()
        .value(QStringLiteral("output"))
        .toObject();
}

} // namespace TestSupport
