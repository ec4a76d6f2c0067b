// What nextdesk's main() runs (App::ConsoleStartup), started on a command line's endpoint. The
// connection is now made before the window is built and the first GETs go out ahead of it: the
// window still shows the app's runs, and its calls take the answers sent ahead (had their URLs
// drifted apart, the server would be asked twice), all with the key.
#include "consolestartup.h"
#include "models/runs/runlistmodel.h"
#include "support/faultserver.h"
#include "ui/mainwindow.h"
#include "ui/runs/runstab.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

class TestConsoleStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowTakesTheAnswersSentAheadOfIt()
    {
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        fake.setDefault("GET", QStringLiteral("/v1/applications"),
                        {.body = "[{\"id\": \"app1\", \"name\": \"App 1\"}]"});
        fake.setDefault("GET", QStringLiteral("/v1/applications/app1/runs"),
                        {.body = "{\"runs\": [{\"id\": \"run-1\", \"status_v2\": \"succeeded\", "
                                 "\"created_at\": \"2026-11-30T10:00:00.000Z\"}]}"});
        fake.setDefault("GET", QStringLiteral("/v1/applications/app1/instances"), {.body = "[]"});
        qputenv("NEXTMV_API_KEY", "key");

        App::ConsoleStartup console({QStringLiteral("nextdesk"), QStringLiteral("--endpoint"),
                                     fake.baseUrl().toString(), QStringLiteral("--app"),
                                     QStringLiteral("app1")});
        console.openWindow();
        Ui::RunsTab *runs = console.window()->runsTab();
        QTRY_VERIFY(runs->model() && runs->model()->rowCount() == 1);
        QCOMPARE(runs->model()->run(0).id, QStringLiteral("run-1"));
        QTRY_COMPARE(fake.requestCount("GET", QStringLiteral("/v1/applications/app1/instances")),
                     1);
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/v1/applications/app1/runs")), 1);
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/v1/applications")), 1);
        for (const TestSupport::FaultServer::Request &request : fake.requests())
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer key"));
    }
};

QTEST_MAIN(TestConsoleStartup)
#include "tst_consolestartup.moc"
