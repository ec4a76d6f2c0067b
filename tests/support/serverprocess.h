// Test support: starts a real nextdesk-server on a free loopback port with its own data dir,
// and can push apps into it, kill it (SIGKILL or SIGTERM) and start it again on the same data.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

namespace TestSupport {

QString serverExecutable();
QString testAppExecutable();
QString knapsackExecutable();
// A small scripted decision app from tests/apps (e.g. "sleeper.py"), pushed as the executable.
QString testAppScript(const QString &name);
QString sampleInputsDir();
// The sample inputs (JSON files) in name order.
QStringList sampleInputFiles();
// The sample input at this place of sampleInputFiles(), parsed; empty if there is none.
QJsonObject sampleInput(int index);

// The console's end-to-end tests run the server as strict as Nextmv Cloud may be: a request
// Nextmv's SDK would never send is refused, and the test fails.
inline const QString strictMode = QStringLiteral("--strict");
// Call from init(): a refusal of the strict server fails the running test function, naming
// the request (ServerProcess turns each refusal on the server's stderr into a warning).
inline void failOnStrictRefusals()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^nextdesk-server: strict mode")));
}

// Under ./scripts/test --sanitize every program of ours runs with AddressSanitizer, LeakSanitizer
// and UBSan, child processes too. A child's report only reaches its stderr, so whoever starts one
// hands that stderr here: a report fails the running test function and shows the report (outside
// a test function, where no failure can be recorded, it aborts the test program instead).
void failOnSanitizerReport(const QByteArray &standardError, const QString &program);
// The same for a server the console started detached (Api::LocalServer), whose stderr goes to
// `<dataDir>/server.log`: reads the pid from its server.json now, and once it has exited (a
// leak report is written last thing) scans the log. Call before stopping it; returns a check
// to call after.
std::function<void()> checkDetachedServerLog(const QString &dataDir);

class ServerProcess;
// Pushes the knapsack sample into `app` once per algorithm, as a version and an instance named
// after it with solve.algorithm set (the greedy and dp instances of the sample app).
bool pushKnapsack(ServerProcess &server, const QString &app, const QStringList &algorithms);

class ServerProcess
{
public:
    // A fresh temporary data dir, or the given one (to run a second server on the same data).
    explicit ServerProcess(const QString &dataDir = {});
    ~ServerProcess();

    QString dataDir() const { return m_dataDirPath; }
    int exitCode() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray apiKey() const { return m_apiKey; }

    // Runs "nextdesk-server push" against the data dir (works while the server runs, too).
    bool push(const QStringList &arguments, QString *output = nullptr);

    // For the next start(): the server's environment (e.g. a PATH with stand-in tools).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    bool start(const QStringList &extraArguments = {});
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    void kill(); // SIGKILL: no chance to clean up
    bool terminate(); // SIGTERM: returns true when it exited cleanly with code 0
    bool isRunning() const;
    // Everything the server started last wrote on stderr so far.
    QByteArray standardError();

private:
    void readStandardError();
    // Once the server has exited: its sanitizer report, if any, fails the test.
    void checkSanitizersAfterExit();

    QTemporaryDir m_temporaryDir;
    QString m_dataDirPath;
    std::unique_ptr<QProcess> m_process;
    bool m_strict = false;
    QByteArray m_standardError;
    qsizetype m_standardErrorLinesRead = 0;
    bool m_sanitizersChecked = false;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace TestSupport

namespace TestSupport {

// The usual fixture: app "test" running nextdesk-testapp as version "v1" behind instance "main"
// (the app's default), then the server started.
bool startWithTestApp(ServerProcess &server, const QStringList &serverArguments = {});

} // namespace TestSupport
