// First start of the Local connection: installs the sample knapsack app (versions and
// instances "greedy" and "dp"), generates its sample inputs, starts a few runs, makes an input
// set of their inputs and a batch experiment comparing both instances over it, so a new user
// sees real results and charts within seconds. Does nothing when the app is already there.
#pragma once

#include "api/wire/result.h"
#include "installlayout.h"

#include <QObject>
#include <QStringList>

class QProcess;

namespace Api {

class NextmvService;

class SampleSeeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleSeeder)

public:
    static constexpr int sampleRuns = 4;

    SampleSeeder(NextmvService &service, QString serverExecutable, QString dataDir,
                 QObject *parent = nullptr);

    static QString sampleAppId() { return QStringLiteral("knapsack"); }
    QString inputsDir() const;
    // The sample app's executable: installed with the server, or beside it in the build tree.
    QString appExecutable() const;
    void seedIfMissing();

Q_SIGNALS:
    // seeded: false when the app was already there.
    void finished(bool seeded);
    void failed(const Api::Error &error);

private:
    void runSteps(QList<QStringList> steps);
    void startRuns();
    void startExperiment(const QStringList &runIds);

    NextmvService &m_service;
    const QString m_serverExecutable;
    const InstallLayout m_layout;
    const QString m_dataDir;
};

} // namespace Api
