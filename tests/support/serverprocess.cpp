// Test support: a real nextdesk-server process.
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

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

QString testAppScript(const QString &name)
{
    return QStringLiteral(NEXTDESK_TEST_APPS_DIR "/") + name;
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

QJsonObject sampleInput(int index)
{
    QFile file(sampleInputFiles().value(index));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void failOnSanitizerReport(const QByteArray &standardError, const QString &program)
{
    // How each sanitizer opens a report: "==PID==ERROR: AddressSanitizer: heap-use-after-free",
    // "==PID==ERROR: LeakSanitizer: detected memory leaks", "file:line:col: runtime error: ...".
    static const QRegularExpression reportStart(
        QStringLiteral("(==\\d+==ERROR: \\w+Sanitizer|: runtime error: )"));
    const QString text = QString::fromUtf8(standardError);
    const QRegularExpressionMatch match = reportStart.match(text);
    if (!match.hasMatch())
        return;
    // From the start of the line the report begins on, so the failure shows all of it.
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
    const QString message = QStringLiteral("%1 reported a sanitizer error:\n%2")
                                .arg(program, text.mid(lineStart, 20000));
    if (QTest::currentTestFunction())
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    else
        qFatal("%s", qPrintable(message));
}

std::function<void()> checkDetachedServerLog(const QString &dataDir)
{
    QFile state(QDir(dataDir).filePath(QStringLiteral("server.json")));
    const qint64 pid = state.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(state.readAll())[u"pid"].toInteger()
        : 0;
    return [pid, dataDir] {
        QVERIFY2(pid > 0, "no server.json with the server's pid");
#ifdef Q_OS_UNIX
        // Detached, so not our child: kill(pid, 0) says whether it still exists.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0 && errno == ESRCH, 30000);
#endif
        QFile log(QDir(dataDir).filePath(QStringLiteral("server.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        failOnSanitizerReport(log.readAll(), QStringLiteral("the detached nextdesk-server"));
    };
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
    else
        checkSanitizersAfterExit();
}

bool ServerProcess::push(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(serverExecutable(),
                  QStringList{QStringLiteral("push"), QStringLiteral("--data-dir"), dataDir()} +
                      arguments);
    const bool finished = process.waitForFinished(30000);
    const QByteArray text = process.readAll();
    failOnSanitizerReport(text, QStringLiteral("nextdesk-server push"));
    if (output)
        *output = QString::fromUtf8(text);
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    checkSanitizersAfterExit(); // of the server this one replaces
    m_process = std::make_unique<QProcess>();
    m_strict = extraArguments.contains(strictMode);
    m_standardError.clear();
    m_standardErrorLinesRead = 0;
    m_sanitizersChecked = false;
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { readStandardError(); });
    m_process->setProcessEnvironment(m_environment);
#ifdef Q_OS_LINUX
    // A test that crashes never reaches ~ServerProcess: without this its server lives on, holding
    // the port, the data dir and whatever descriptors the test inherited (a build lock once).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->start(serverExecutable(),
                     QStringList{QStringLiteral("--data-dir"), dataDir(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                         extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    // The contract: the first stdout line names the address.
    QByteArray firstLine;
    while (!firstLine.contains('\n')) {
        if (!m_process->waitForReadyRead(15000)) {
            checkSanitizersAfterExit(); // it may have died of one
            return false;
        }
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
    failOnSanitizerReport(key.readAllStandardError(),
                          QStringLiteral("nextdesk-server --print-api-key"));
    m_apiKey = key.readAllStandardOutput().trimmed();
    return !m_apiKey.isEmpty();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    checkSanitizersAfterExit(); // a report written before the kill
}

bool ServerProcess::terminate()
{
    if (!m_process)
        return false;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(15000);
    if (!finished) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    checkSanitizersAfterExit(); // leaks are reported on the way out
    return finished && m_process->exitStatus() == QProcess::NormalExit &&
        m_process->exitCode() == 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QByteArray ServerProcess::standardError()
{
    readStandardError();
    return m_standardError;
}

void ServerProcess::readStandardError()
{
    if (!m_process)
        return;
    m_standardError += m_process->readAllStandardError();
    if (!m_strict)
        return;
    // Each refusal becomes a warning, which tests turn into a failure (QTest::failOnWarning)
    // that names the request the console should not have sent.
    qsizetype lineEnd;
    while ((lineEnd = m_standardError.indexOf('\n', m_standardErrorLinesRead)) >= 0) {
        const QByteArray line =
            m_standardError.mid(m_standardErrorLinesRead, lineEnd - m_standardErrorLinesRead)
                .trimmed();
        m_standardErrorLinesRead = lineEnd + 1;
        if (line.startsWith("strict mode refused"))
            qWarning("nextdesk-server: %s", line.constData());
    }
}

void ServerProcess::checkSanitizersAfterExit()
{
    if (m_sanitizersChecked || !m_process || isRunning())
        return;
    m_sanitizersChecked = true;
    readStandardError();
    failOnSanitizerReport(m_standardError, QStringLiteral("nextdesk-server"));
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
