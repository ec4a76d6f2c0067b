// Test support: a real nextdesk-server process.
#include "serverprocess.h"

#include <QDir>
#include <QRegularExpression>

namespace TestSupport {

QString serverExecutable()
{
    return QStringLiteral(NEXTDESK_BIN_DIR "/nextdesk-server");
}

QString testAppExecutable()
{
    return QStringLiteral(NEXTDESK_BIN_DIR "/nextdesk-testapp");
}

QString knapsackExecutable()
{
    return QStringLiteral(NEXTDESK_BIN_DIR "/knapsack");
}

QString sampleInputsDir()
{
    return QStringLiteral(NEXTDESK_SAMPLE_INPUTS_DIR);
}

QStringList sampleInputFiles()
{
    const QDir dir(sampleInputsDir());
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

bool pushKnapsack(ServerProcess &server, const QString &app, const QStringList &algorithms)
{
    for (const QString &algorithm : algorithms) {
        if (!server.push({QStringLiteral("--app"), app, QStringLiteral("--version-id"), algorithm,
                          QStringLiteral("--instance-id"), algorithm, QStringLiteral("--option"),
                          QStringLiteral("solve.algorithm=") + algorithm, knapsackExecutable()}))
            return false;
    }
    return true;
}

ServerProcess::ServerProcess(const QString &dataDir)
    : m_dataDirPath(dataDir.isEmpty() ? m_temporaryDir.path() : dataDir)
{
}

int ServerProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        terminate();
}

bool ServerProcess::push(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(serverExecutable(),
                  QStringList{QStringLiteral("push"), QStringLiteral("--data-dir"), dataDir()} +
                      arguments);
    const bool finished = process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    m_process->start(serverExecutable(),
                     QStringList{QStringLiteral("--data-dir"), dataDir(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                         extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    if (extraArguments.contains(strictMode)) {
        // Each refusal becomes a warning, which tests turn into a failure (QTest::failOnWarning)
        // that names the request the console should not have sent.
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [process = m_process.get()] {
                             process->setReadChannel(QProcess::StandardError);
                             while (process->canReadLine()) {
                                 const QByteArray line = process->readLine().trimmed();
                                 if (line.startsWith("strict mode refused"))
                                     qWarning("nextdesk-server: %s", line.constData());
                             }
                             process->setReadChannel(QProcess::StandardOutput);
                         });
    }
    // The contract: the first stdout line names the address.
    QByteArray firstLine;
    while (!firstLine.contains('\n')) {
        if (!m_process->waitForReadyRead(15000))
            return false;
        firstLine += m_process->readAllStandardOutput();
    }
    static const QRegularExpression pattern(QStringLiteral("^listening on (http://\\S+)"));
    const auto match = pattern.match(QString::fromUtf8(firstLine));
    if (!match.hasMatch())
        return false;
    m_baseUrl = QUrl(match.captured(1));

    QProcess key;
    key.start(serverExecutable(),
              {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--print-api-key")});
    key.waitForFinished(10000);
    m_apiKey = key.readAllStandardOutput().trimmed();
    return !m_apiKey.isEmpty();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool ServerProcess::terminate()
{
    if (!m_process)
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QByteArray ServerProcess::standardError() const
{
    return m_process ? m_process->readAllStandardError() : QByteArray();
}

} // namespace TestSupport

namespace TestSupport {

bool startWithTestApp(ServerProcess &server, const QStringList &serverArguments)
{
    QString output;
    if (!server.push({QStringLiteral("--app"), QStringLiteral("test"),
                      QStringLiteral("--version-id"), QStringLiteral("v1"),
                      QStringLiteral("--instance-id"), QStringLiteral("main"),
                      QStringLiteral("--option"), QStringLiteral("from.instance=yes"),
                      QStringLiteral("--default"), testAppExecutable()},
                     &output)) {
        qWarning("push failed: %s", qPrintable(output));
        return false;
    }
    return server.start(serverArguments);
}

} // namespace TestSupport
