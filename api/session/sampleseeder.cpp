// First-start seeding of the sample knapsack app on the Local connection.
#include "sampleseeder.h"

#include "api/client/nextmvservice.h"
#include "installlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <memory>

namespace Api {

SampleSeeder::SampleSeeder(NextmvService &service, QString serverExecutable, QString dataDir,
                           QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_serverExecutable(std::move(serverExecutable))
    , m_layout(InstallLayout::aroundServer(m_serverExecutable))
    , m_dataDir(std::move(dataDir))
{
}

QString SampleSeeder::inputsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("sample-inputs"));
}

QString SampleSeeder::appExecutable() const
{
    return m_layout.sampleExecutable(sampleAppId());
}

void SampleSeeder::seedIfMissing()
{
    m_service.listApplications(this, [this](const Result<QList<Application>> &apps) {
        if (!apps) {
            Q_EMIT failed(apps.error());
            return;
        }
        for (const Application &app : apps.value()) {
            if (app.id == sampleAppId()) {
                Q_EMIT finished(false);
                return;
            }
        }
        const QString knapsack = appExecutable();
        const QStringList common{
            QStringLiteral("push"),         QStringLiteral("--data-dir"), m_dataDir,
            QStringLiteral("--if-missing"), QStringLiteral("--app"),      sampleAppId(),
            QStringLiteral("--name"),       QStringLiteral("Knapsack")};
        QList<QStringList> steps;
        for (const QString &algorithm : {QStringLiteral("greedy"), QStringLiteral("dp")}) {
            QStringList push = common;
            push << QStringLiteral("--version-id") << algorithm << QStringLiteral("--instance-id")
                 << algorithm << QStringLiteral("--option")
                 << QStringLiteral("solve.algorithm=") + algorithm;
            if (algorithm == QLatin1String("greedy"))
                push << QStringLiteral("--default");
            push << knapsack;
            steps.append(QStringList{m_serverExecutable} + push);
        }
        steps.append({m_layout.sampleExecutable(QStringLiteral("knapsack-inputs")), inputsDir()});
        runSteps(steps);
    });
}

void SampleSeeder::runSteps(QList<QStringList> steps)
{
    if (steps.isEmpty()) {
        startRuns();
        return;
    }
    const QStringList step = steps.takeFirst();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this,
            [this, process, steps](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                if (status != QProcess::NormalExit || code != 0) {
                    Q_EMIT failed(
                        Error::io(tr("Installing the sample app failed: %1")
                                      .arg(QString::fromLocal8Bit(process->readAll()).trimmed())));
                    return;
                }
                runSteps(steps);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        Q_EMIT failed(
            Error::io(tr("Cannot run %1: %2").arg(process->program(), process->errorString())));
    });
    process->start(step.first(), step.mid(1));
}

void SampleSeeder::startRuns()
{
    const QStringList inputs =
        QDir(inputsDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    struct Pending
    {
        int runs = 0;
        QStringList runIds;
    };
    auto pending = std::make_shared<Pending>();
    for (int i = 0; i < std::min<qsizetype>(sampleRuns, inputs.size()); ++i) {
        QFile file(QDir(inputsDir()).filePath(inputs.at(i)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        RunRequest request;
        request.input = QJsonDocument::fromJson(file.readAll()).object();
        request.name = tr("Sample %1").arg(QFileInfo(inputs.at(i)).completeBaseName());
        const QString instance = i % 2 == 0 ? QStringLiteral("greedy") : QStringLiteral("dp");
        ++pending->runs;
        // Finished only once every run exists, so a view loading then sees them all.
        m_service.createRun(sampleAppId(), instance, request, this,
                            [this, pending](const Result<QString> &run) {
                                if (run)
                                    pending->runIds.append(run.value());
                                if (--pending->runs == 0)
                                    startExperiment(pending->runIds);
                            });
    }
    if (pending->runs == 0)
        Q_EMIT finished(true);
}

void SampleSeeder::startExperiment(const QStringList &runIds)
{
    // The sample runs' inputs as an input set, and both algorithms compared over it: the
    // Experiments tab has something to show from the first start.
    InputSetRequest set;
    set.id = QStringLiteral("sample-inputs");
    set.name = tr("Sample inputs");
    set.runIds = runIds;
    m_service.createInputSet(sampleAppId(), set, this, [this](const Result<InputSet> &created) {
        if (!created) {
            Q_EMIT finished(true); // the app and its runs are there; the error hub said why
            return;
        }
        BatchExperimentRequest experiment;
        experiment.id = QStringLiteral("greedy-vs-dp");
        experiment.name = tr("Greedy vs dynamic programming");
        experiment.inputSetId = created.value().id;
        experiment.instanceIds = {QStringLiteral("greedy"), QStringLiteral("dp")};
        m_service.createBatchExperiment(sampleAppId(), experiment, this,
                                        [this](const Result<QString> &) { Q_EMIT finished(true); });
    });
}

} // namespace Api
