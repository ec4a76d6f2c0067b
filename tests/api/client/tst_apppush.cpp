// Pushing an app folder the way Nextmv's tooling does: the activation body and the bundle's
// files follow app.yaml, the build and pre-push commands run first (and fail, time out or are
// canceled visibly), and a pushed folder runs on a strict nextdesk-server.
#include "api/client/apppush.h"
#include "api/client/nextmvclient.h"
#include "support/faultserver.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace TestSupport;

namespace {

const QString appId = QStringLiteral("app");
const QString binaryPath = QStringLiteral("/v1/applications/app/binary");
const QString uploadPath = QStringLiteral("/upload/bundle");

void writeFile(const QTemporaryDir &folder, const QString &path, const QByteArray &content,
               bool executable = false)
{
    const QString full = folder.filePath(path);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Why it failed, for QVERIFY2 (which evaluates its message even when the check passes).
QByteArray why(const Api::Transfer &transfer)
{
    return transfer.error().message.toUtf8();
}

template<typename T>
QByteArray why(const Api::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

#ifdef Q_OS_UNIX
// A zombie counts as gone: whoever inherited it may be slow to reap it.
bool isAlive(const QByteArray &pid)
{
    if (pid.trimmed().isEmpty() || ::kill(pid.trimmed().toInt(), 0) != 0)
        return false;
    const QByteArray stat = readFile(QStringLiteral("/proc/") + QString::fromLatin1(pid.trimmed()) +
                                     QStringLiteral("/stat"));
    const qsizetype end = stat.lastIndexOf(')');
    return end < 0 || stat.mid(end + 2, 1) != "Z";
}
#endif

} // namespace

class TestAppPush : public QObject
{
    Q_OBJECT

private:
    FaultServer m_fake;
    std::unique_ptr<Api::NextmvClient> m_fakeClient;
    ServerProcess m_server;
    QTemporaryDir m_scratch;
    int m_bundles = 0;

    // The fake answers the push flow as the cloud does.
    void scriptPushFlow()
    {
        m_fake.setDefault(
            "GET", binaryPath,
            {.body = QJsonDocument(QJsonObject{{QStringLiteral("upload_url"),
                                                m_fake.baseUrl().toString() + uploadPath +
                                                    QStringLiteral("?signature=s")}})
                         .toJson()});
        m_fake.setDefault("PUT", uploadPath, {.body = {}, .contentType = {}});
        m_fake.setDefault("PUT", binaryPath, {.body = R"({"id": "exe-1"})"});
    }

    // Pushes `path` to the fake and waits for the end.
    std::unique_ptr<Api::AppPush> push(const QString &path,
                                       std::chrono::milliseconds limit = std::chrono::minutes(1))
    {
        auto transfer = std::make_unique<Api::AppPush>(*m_fakeClient, appId, path);
        transfer->setCommandTimeLimit(limit);
        QSignalSpy finished(transfer.get(), &Api::Transfer::finished);
        transfer->start();
        if (finished.isEmpty())
            finished.wait(60000);
        return transfer;
    }

    const FaultServer::Request *lastRequest(const QByteArray &method, const QString &path) const
    {
        const QList<FaultServer::Request> &requests = m_fake.requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == method && it->path == path)
                return &*it;
        }
        return nullptr;
    }

    QJsonObject requirementsSent() const
    {
        const FaultServer::Request *request = lastRequest("PUT", binaryPath);
        if (!request)
            return {};
        const QJsonObject body = QJsonDocument::fromJson(request->body).object();
        return body.size() == 1 ? body.value(QStringLiteral("requirements")).toObject()
                                : QJsonObject{{QStringLiteral("unexpected"), body}};
    }

    // The uploaded app.tar.gz, saved to a file.
    QString bundle()
    {
        const FaultServer::Request *request = lastRequest("PUT", uploadPath);
        if (!request)
            return {};
        const QString path =
            m_scratch.filePath(QStringLiteral("bundle-%1.tar.gz").arg(++m_bundles));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(request->body);
        return path;
    }

    // `tar -tzf` of the uploaded bundle: its files, sorted, without a leading "./".
    QStringList bundleFiles()
    {
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), bundle()});
        if (!tar.waitForFinished(30000) || tar.exitCode() != 0)
            return {QStringLiteral("tar failed: ") +
                    QString::fromLocal8Bit(tar.readAllStandardError())};
        QStringList files;
        for (QString line :
             QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("./")))
                line.remove(0, 2);
            if (!line.isEmpty() && !line.endsWith(QLatin1Char('/')))
                files.append(line);
        }
        files.sort();
        return files;
    }

    // The uploaded bundle unpacked into a new folder.
    QString unpackedBundle()
    {
        const QString target = m_scratch.filePath(QStringLiteral("unpacked-%1").arg(m_bundles + 1));
        QDir().mkpath(target);
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xzf"), bundle(), QStringLiteral("-C"), target});
        tar.waitForFinished(30000);
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fakeClient = std::make_unique<Api::NextmvClient>(m_fake.baseUrl(), "key");
        QVERIFY(startWithTestApp(m_server, {strictMode}));
    }

    void init()
    {
        failOnStrictRefusals();
        scriptPushFlow();
    }

    void pythonAppSendsWhatItsManifestSays()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), R"(type: python
runtime: ghcr.io/nextmv-io/runtime/python:3.11
files:
  - main.py
  - src/
  - "!src/?*_test.py"
python:
  pip-requirements: requirements.txt
configuration:
  content:
    format: multi-file
    multi-file:
      input:
        path: inputs
      output:
        statistics: outputs/statistics
        assets: outputs/assets
        solutions: outputs/solutions
  options:
    strict: false
    items:
      - name: details
        option_type: bool
        default: true
        description: Print details
        required: false
      - name: duration
        option_type: int
        default: 30
    format: ["-{{name}}", "{{value}}"]
execution:
  entrypoint: ./main.py
  cwd: .
)");
        writeFile(app, QStringLiteral("main.py"), "print('hi')\n");
        writeFile(app, QStringLiteral("src/model.py"), "x = 1\n");
        writeFile(app, QStringLiteral("src/model_test.py"), "assert True\n");
        writeFile(app, QStringLiteral("src/.cache"), "hidden\n");
        writeFile(app, QStringLiteral("requirements.txt"), "ortools==9.12\n");
        writeFile(app, QStringLiteral("notes.md"), "not selected\n");
        writeFile(app, QStringLiteral(".venv/lib/site.py"), "not selected\n");

        const auto transfer = push(app.path());
        QVERIFY2(transfer->state() == Api::Transfer::State::Succeeded, why(*transfer));
        QCOMPARE(transfer->result(), QStringLiteral("exe-1"));

        // The selection, the manifest and the pip requirements; nothing else.
        QCOMPARE(bundleFiles(),
                 (QStringList{"app.yaml", "main.py", "requirements.txt", "src/model.py"}));

        const QJsonObject sent = requirementsSent();
        QCOMPARE(sent.value(QStringLiteral("executable_type")).toString(),
                 QStringLiteral("python"));
        QCOMPARE(sent.value(QStringLiteral("runtime")).toString(),
                 QStringLiteral("ghcr.io/nextmv-io/runtime/python:3.11"));
        QCOMPARE(sent.value(QStringLiteral("entrypoint")).toString(), QStringLiteral("./main.py"));
        QCOMPARE(sent.value(QStringLiteral("working_directory")).toString(), QStringLiteral("."));
        const QJsonObject io = sent.value(QStringLiteral("io_configuration")).toObject();
        QCOMPARE(io.value(QStringLiteral("format")).toString(), QStringLiteral("multi-file"));
        const QJsonObject multiFile = io.value(QStringLiteral("multi_file")).toObject();
        QCOMPARE(multiFile.value(QStringLiteral("input_path")).toString(),
                 QStringLiteral("inputs"));
        QCOMPARE(
            multiFile.value(QStringLiteral("output_configuration")).toObject(),
            (QJsonObject{{QStringLiteral("statistics_path"), QStringLiteral("outputs/statistics")},
                         {QStringLiteral("assets_path"), QStringLiteral("outputs/assets")},
                         {QStringLiteral("solutions_path"), QStringLiteral("outputs/solutions")}}));
        const QJsonObject options = sent.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("strict")), QJsonValue(false));
        QCOMPARE(
            options.value(QStringLiteral("format")).toObject(),
            (QJsonObject{{QStringLiteral("template"),
                          QJsonArray{QStringLiteral("-{{name}}"), QStringLiteral("{{value}}")}}}));
        const QJsonArray items = options.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("details")},
                              {QStringLiteral("option_type"), QStringLiteral("bool")},
                              {QStringLiteral("default"), true},
                              {QStringLiteral("description"), QStringLiteral("Print details")},
                              {QStringLiteral("required"), false}}));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("default")), QJsonValue(30));
        QCOMPARE(sent.size(), 6);

        // The bundle went to the pre-signed URL without the key, as octet-stream.
        const FaultServer::Request *upload = lastRequest("PUT", uploadPath);
        QVERIFY(upload);
        QVERIFY(upload->header("Authorization").isEmpty());
        QCOMPARE(upload->header("Content-Type"), QByteArray("application/octet-stream"));
    }

    void pipRequirementsListBecomesRequirementsTxt()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"),
                  "type: python\nfiles: [main.py]\npython:\n  pip-requirements:\n"
                  "    - nextmv==1.13.0\n    - ortools>=9.12\n");
        writeFile(app, QStringLiteral("main.py"), "print('hi')\n");
        const auto transfer = push(app.path());
        QVERIFY2(transfer->state() == Api::Transfer::State::Succeeded, why(*transfer));
        QCOMPARE(bundleFiles(), (QStringList{"app.yaml", "main.py", "requirements.txt"}));
        QCOMPARE(readFile(QDir(unpackedBundle()).filePath(QStringLiteral("requirements.txt"))),
                 QByteArray("nextmv==1.13.0\nortools>=9.12\n"));
        // No runtime in the manifest: the python default.
        QCOMPARE(requirementsSent().value(QStringLiteral("runtime")).toString(),
                 QStringLiteral("ghcr.io/nextmv-io/runtime/python:3.11"));
    }

    void buildThenPrePushMakeWhatIsPacked()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), R"(type: go
build:
  command: sh build.sh
  environment:
    GREETING: hello from the build
pre-push: test -x main && echo "after the build" > VERSION
files:
  - main
  - VERSION
  - greeting.txt
)");
        writeFile(app, QStringLiteral("build.sh"),
                  "printf '%s\\n' \"$GREETING\" > greeting.txt\n"
                  "printf '#!/bin/sh\\ncat greeting.txt\\n' > main\nchmod +x main\n");
        const auto transfer = push(app.path());
        QVERIFY2(transfer->state() == Api::Transfer::State::Succeeded, why(*transfer));
        QCOMPARE(bundleFiles(), (QStringList{"VERSION", "app.yaml", "greeting.txt", "main"}));
        const QDir unpacked(unpackedBundle());
        QCOMPARE(readFile(unpacked.filePath(QStringLiteral("greeting.txt"))),
                 QByteArray("hello from the build\n"));
        QCOMPARE(readFile(unpacked.filePath(QStringLiteral("VERSION"))),
                 QByteArray("after the build\n"));
        QVERIFY(QFileInfo(unpacked.filePath(QStringLiteral("main"))).isExecutable());
        // No runtime named: the default runtime for compiled apps, and nothing else.
        QCOMPARE(requirementsSent(),
                 (QJsonObject{{QStringLiteral("executable_type"), QStringLiteral("go")},
                              {QStringLiteral("runtime"),
                               QStringLiteral("ghcr.io/nextmv-io/runtime/default:latest")}}));
    }

    void withoutFilesTheFolderIsPackedWhole()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), "type: binary\n");
        writeFile(app, QStringLiteral("main"), "#!/bin/sh\necho '{}'\n", true);
        writeFile(app, QStringLiteral("data/table.csv"), "a,b\n");
        writeFile(app, QStringLiteral(".settings"), "x\n");
        const auto transfer = push(app.path());
        QVERIFY2(transfer->state() == Api::Transfer::State::Succeeded, why(*transfer));
        QCOMPARE(bundleFiles(), (QStringList{".settings", "app.yaml", "data/table.csv", "main"}));
        QCOMPARE(requirementsSent().value(QStringLiteral("runtime")).toString(),
                 QStringLiteral("ghcr.io/nextmv-io/runtime/default:latest"));
    }

    void failingCommandFailsThePushWithItsStderr_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("expected");
        QTest::newRow("build") << QByteArray("type: binary\nbuild:\n  command: sh fail.sh\n")
                               << QStringLiteral("The build command \"sh fail.sh\" failed with "
                                                 "exit code 3:\n");
        QTest::newRow("pre-push") << QByteArray("type: binary\npre-push: sh fail.sh\n")
                                  << QStringLiteral("The pre-push command \"sh fail.sh\" failed "
                                                    "with exit code 3:\n");
    }

    void failingCommandFailsThePushWithItsStderr()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, expected);
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), manifest);
        writeFile(app, QStringLiteral("fail.sh"),
                  "echo 'to stdout'\n"
                  "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do echo \"error $i\" >&2; done\n"
                  "exit 3\n");
        const int before = m_fake.requests().size();
        const auto transfer = push(app.path());
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        const QString message = transfer->error().message;
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        // Its last ten stderr lines, which say what went wrong.
        QVERIFY2(
            message.endsWith(QLatin1String("error 6\nerror 7\nerror 8\nerror 9\nerror 10\n"
                                           "error 11\nerror 12\nerror 13\nerror 14\nerror 15")),
            qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("to stdout")));
        QCOMPARE(m_fake.requests().size(), before); // nothing was sent
    }

    void cancelStopsALongBuildCommand()
    {
#ifndef Q_OS_UNIX
        QSKIP("checks process IDs the Unix way");
#else
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), "type: binary\nbuild:\n  command: sh slow.sh\n");
        // The build starts a child of its own, as real builds do; cancel must stop both.
        writeFile(app, QStringLiteral("slow.sh"),
                  "echo $$ > build.pid\nsleep 120 &\necho $! > sleep.pid\nwait\n");
        const int before = m_fake.requests().size();
        Api::AppPush transfer(*m_fakeClient, appId, app.path());
        QSignalSpy finished(&transfer, &Api::Transfer::finished);
        QElapsedTimer clock;
        clock.start();
        transfer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!readFile(app.filePath(QStringLiteral("sleep.pid"))).isEmpty(),
                                 20000);
        const QByteArray buildPid = readFile(app.filePath(QStringLiteral("build.pid")));
        const QByteArray sleepPid = readFile(app.filePath(QStringLiteral("sleep.pid")));
        QVERIFY(isAlive(buildPid));
        QVERIFY(isAlive(sleepPid));
        transfer.cancel();
        QCOMPARE(transfer.state(), Api::Transfer::State::Canceled);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(sleepPid), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(buildPid), 10000);
        QVERIFY(clock.elapsed() < 60000);
        QCOMPARE(m_fake.requests().size(), before);
        QCOMPARE(finished.size(), 1); // nothing reported after the cancel
#endif
    }

    void hangingCommandHitsTheTimeLimit()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"),
                  "type: binary\npre-push: echo 'waiting for a lock' >&2; sleep 120\n");
        const auto transfer = push(app.path(), std::chrono::milliseconds(500));
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        QVERIFY2(transfer->error().message.startsWith(
                     QLatin1String("The pre-push command \"echo 'waiting for a lock' >&2; sleep "
                                   "120\" did not finish within 0.5 s and was stopped:\nwaiting "
                                   "for a lock")),
                 why(*transfer));
    }

    void manifestProblemsStopThePushEarly()
    {
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"),
                  "type: binary\nbuild:\n  command: touch built\nfiles: [main\n");
        const int before = m_fake.requests().size();
        auto transfer = push(app.path());
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        QVERIFY2(transfer->error().message.startsWith(QLatin1String("app.yaml: line 4: ")),
                 why(*transfer));
        QVERIFY(!QFileInfo::exists(app.filePath(QStringLiteral("built")))); // nothing ran

        // A pattern that matches nothing fails the push once the build has run.
        writeFile(app, QStringLiteral("app.yaml"),
                  "type: binary\nbuild:\n  command: touch main\nfiles: [main, config/*.json]\n");
        transfer = push(app.path());
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        QVERIFY2(transfer->error().message.contains(QLatin1String("config/*.json")),
                 why(*transfer));
        QVERIFY(QFileInfo::exists(app.filePath(QStringLiteral("main"))));
        QCOMPARE(m_fake.requests().size(), before);
    }

    void pushedFolderRunsOnAStrictServer()
    {
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(http.post(QStringLiteral("/v1/applications"),
                           {{QStringLiteral("id"), QStringLiteral("folder-app")},
                            {QStringLiteral("name"), QStringLiteral("Folder app")}})
                     .status,
                 200);
        QTemporaryDir app;
        writeFile(app, QStringLiteral("app.yaml"), R"(type: binary
runtime: ghcr.io/nextmv-io/runtime/default:latest
build:
  command: sh build.sh
  environment:
    GREETING: hello from the build
pre-push: chmod +x bin/solve
files:
  - bin/solve
  - data/
execution:
  entrypoint: ./bin/solve
  cwd: ./data
configuration:
  content:
    format: json
  options:
    items:
      - name: style
        option_type: string
        default: plain
    format: ["--{{name}}={{value}}"]
)");
        writeFile(app, QStringLiteral("build.sh"),
                  "mkdir -p data\nprintf '%s' \"$GREETING\" > data/greeting.txt\n");
        // Reads greeting.txt from its working directory and echoes its arguments.
        writeFile(app, QStringLiteral("bin/solve"),
                  "#!/bin/sh\ninput=$(cat)\ngreeting=$(cat greeting.txt)\n"
                  "printf '{\"options\": {}, \"solution\": {\"greeting\": \"%s\", \"args\": "
                  "\"%s\", \"input\": %s}, \"statistics\": {\"schema\": \"v1\", \"result\": "
                  "{\"value\": 1}}}\\n' \"$greeting\" \"$*\" \"$input\"\n");

        Api::NextmvClient client(m_server.baseUrl(), m_server.apiKey());
        std::unique_ptr<Api::Transfer> transfer(
            client.pushApp(QStringLiteral("folder-app"), app.path()));
        QSignalSpy finished(transfer.get(), &Api::Transfer::finished);
        transfer->start();
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QVERIFY2(transfer->state() == Api::Transfer::State::Succeeded, why(*transfer));

        std::optional<Api::Result<Api::Version>> version;
        Api::Version request;
        request.id = QStringLiteral("from-folder");
        request.name = QStringLiteral("From folder");
        client.createVersion(QStringLiteral("folder-app"), request, this,
                             [&version](const Api::Result<Api::Version> &made) { version = made; });
        QTRY_VERIFY_WITH_TIMEOUT(version.has_value(), 30000);
        QVERIFY2(*version, why(*version));
        QCOMPARE(version->value().executable.id, transfer->result());
        // The options the manifest declares reach the version, for the instance editor.
        const QList<Api::OptionSpec> specs = version->value().executable.optionSpecs();
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().name, QStringLiteral("style"));

        const QString run =
            http.createRun(QStringLiteral("folder-app"), QStringLiteral("latest"),
                           {{QStringLiteral("input"), QJsonObject{{QStringLiteral("size"), 3}}},
                            {QStringLiteral("options"),
                             QJsonObject{{QStringLiteral("style"), QStringLiteral("loud")}}}});
        QVERIFY(!run.isEmpty());
        const QJsonObject metadata = http.waitForRun(QStringLiteral("folder-app"), run)
                                         .value(QStringLiteral("metadata"))
                                         .toObject();
        QCOMPARE(metadata.value(QStringLiteral("status_v2")).toString(),
                 QStringLiteral("succeeded"));
        const QJsonObject solution =
            http.get(QStringLiteral("/v1/applications/folder-app/runs/") + run)
                .object()
                .value(QStringLiteral("output"))
                .toObject()
                .value(QStringLiteral("solution"))
                .toObject();
        // The build's file, read from execution.cwd by execution.entrypoint, with the option
        // passed through the manifest's format.
        QCOMPARE(solution.value(QStringLiteral("greeting")).toString(),
                 QStringLiteral("hello from the build"));
        QCOMPARE(solution.value(QStringLiteral("args")).toString(), QStringLiteral("--style=loud"));
        QCOMPARE(solution.value(QStringLiteral("input")).toObject(),
                 (QJsonObject{{QStringLiteral("size"), 3}}));
    }
};

QTEST_GUILESS_MAIN(TestAppPush)
#include "tst_apppush.moc"
