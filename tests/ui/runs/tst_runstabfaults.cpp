// The Runs tab against a real nextdesk-server through the fault-injecting proxy, offscreen:
// faults while listing runs and while starting one show a clear error, keep what is shown, leave
// the tab usable, are gone after a later refresh, and never make a run twice.
#include "models/runs/runlistmodel.h"
#include "support/consolefixture.h"
#include "support/faultproxy.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/runstab.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace TestSupport;
using Fault = FaultProxy::Fault;

Q_DECLARE_METATYPE(FaultProxy::Rule)

namespace {

const QString app = QStringLiteral("test");
const QString runsPath = QStringLiteral("/v1/applications/test/runs");

} // namespace

class TestRunsTabFaults : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_files;
    std::unique_ptr<HttpTestClient> m_direct; // to the server itself, past the proxy
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<ConsoleFixture> m_console;
    int m_runs = 0;

    Ui::RunsTab *tab() const { return m_console->window.runsTab(); }
    Models::RunListModel *model() const { return tab()->model(); }
    QString statusBarText() const { return m_console->window.statusBar()->currentMessage(); }

    int rowsNamed(const QString &name) const
    {
        int count = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            count += model()->run(row).name == name;
        return count;
    }

    int serverRunsNamed(const QString &name) const
    {
        int count = 0;
        const QJsonArray runs =
            m_direct->get(runsPath).object().value(QStringLiteral("runs")).toArray();
        for (const QJsonValue &run : runs)
            count += run.toObject().value(QStringLiteral("name")).toString() == name;
        return count;
    }

    bool showsLoadFailure() const
    {
        for (const QLabel *label : tab()->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("Could not load runs")))
                return true;
        }
        return false;
    }

    // A run made elsewhere (not through the tab), already finished; its name.
    QString finishedRunElsewhere()
    {
        const QString name = QStringLiteral("elsewhere-%1").arg(++m_runs);
        const QString id = m_direct->createRun(
            app, QStringLiteral("main"),
            {{QStringLiteral("input"), QJsonObject()}, {QStringLiteral("name"), name}});
        m_direct->waitForRun(app, id);
        return id.isEmpty() ? QString() : name;
    }

    // Starts a run from the tab's New Run dialog on a fresh input file; the run's name.
    QString startRunFromTheTab()
    {
        const QString name = QStringLiteral("tab-%1").arg(++m_runs);
        QFile file(m_files.filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(R"({"value": 3})") < 0)
            return {};
        file.close();
        tab()->newRun(file.fileName());
        Ui::NewRunDialog *dialog = tab()->openDialog();
        if (!dialog)
            return {};
        dialog->accept();
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
        m_direct = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        QVERIFY(!finishedRunElsewhere().isEmpty()); // the list is never empty
    }

    void init()
    {
        failOnStrictRefusals();
        m_proxy = std::make_unique<FaultProxy>(m_server.baseUrl().port());
        QVERIFY(m_proxy->listen());
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->open(m_proxy->baseUrl(), m_server.apiKey(), app, tab()));
        QTRY_VERIFY_WITH_TIMEOUT(model() && model()->rowCount() > 0 && !model()->isLoading(),
                                 10000);
    }

    void cleanup()
    {
        m_console.reset();
        m_proxy.reset();
    }

    void briefFaultsWhileListingGoUnnoticed()
    {
        // One of each, within the client's budget of attempts (a drop costs Qt's own resend too).
        for (const Fault fault :
             {Fault::DropBeforeRequest, Fault::DropAfterRequest, Fault::TruncateBody})
            m_proxy->inject({.fault = fault, .method = "GET", .path = runsPath});
        m_proxy->inject({.fault = Fault::Status, .method = "GET", .path = runsPath, .status = 429});
        const QString name = finishedRunElsewhere();
        tab()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(name), 1, 30000);
        QCOMPARE(m_proxy->pendingFaults(), 0);
        QCOMPARE(m_console->window.lastError(), QString());
        QVERIFY(!showsLoadFailure());
    }

    void aFailingListKeepsItsRowsAndALaterRefreshRecovers()
    {
        const int shown = model()->rowCount();
        m_proxy->inject({.fault = Fault::Status, .method = "GET", .path = runsPath, .times = 100});
        const QString name = finishedRunElsewhere();
        tab()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->window.lastError().contains(QLatin1String("The server failed (503)")),
            30000);
        QVERIFY(statusBarText().contains(QLatin1String("503")));
        // The path prefix also fails the run watcher's metadata polls, whose error can be the
        // one shown first: wait for the list's own failure.
        QTRY_VERIFY_WITH_TIMEOUT(showsLoadFailure(), 30000);
        QCOMPARE(model()->rowCount(), shown); // what was shown stays

        m_proxy->clearFaults();
        tab()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(name), 1, 10000);
        QTRY_VERIFY(!showsLoadFailure()); // nothing claims the list failed once it loaded
    }

    void aRunWhoseAnswerIsLostIsListedOnceAndTheTabStaysUsable()
    {
        m_proxy->inject({.fault = Fault::DropAfterRequest, .method = "POST", .path = runsPath});
        const QString lost = startRunFromTheTab();
        QVERIFY(!lost.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(statusBarText().contains(QLatin1String("may or may not")), 30000);
        QCOMPARE(m_proxy->receivedCount("POST", runsPath), 1);
        QCOMPARE(serverRunsNamed(lost), 1);
        // The tab lists the runs again by itself, and shows the run the server did make.
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(lost), 1, 10000);

        QSignalSpy submitted(tab(), &Ui::RunsTab::runSubmitted);
        const QString next = startRunFromTheTab();
        QVERIFY(submitted.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(next), 1, 10000);
        QCOMPARE(m_proxy->receivedCount("POST", runsPath), 2);
        QCOMPARE(serverRunsNamed(lost), 1);
    }

    void aRefusedRunIsExplainedAndCanBeStartedAgain_data()
    {
        QTest::addColumn<FaultProxy::Rule>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("503") << FaultProxy::Rule{.fault = Fault::Status, .status = 503}
                             << QStringLiteral("The server failed (503)");
        QTest::newRow("dropped before the request")
            << FaultProxy::Rule{.fault = Fault::DropBeforeRequest}
            << QStringLiteral("may or may not");
    }

    void aRefusedRunIsExplainedAndCanBeStartedAgain()
    {
        QFETCH(FaultProxy::Rule, rule);
        QFETCH(QString, message);
        rule.method = "POST";
        rule.path = runsPath;
        m_proxy->inject(rule);
        const QString refused = startRunFromTheTab();
        QTRY_VERIFY_WITH_TIMEOUT(statusBarText().contains(message), 30000);
        QCOMPARE(m_proxy->forwardedCount("POST", runsPath), 0);
        QCOMPARE(serverRunsNamed(refused), 0);

        QSignalSpy submitted(tab(), &Ui::RunsTab::runSubmitted);
        const QString again = startRunFromTheTab();
        QVERIFY(submitted.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(again), 1, 10000);
        QCOMPARE(m_proxy->forwardedCount("POST", runsPath), 1);
        QCOMPARE(rowsNamed(refused), 0);
    }

    void aStalledListLeavesTheTabUsable()
    {
        const QString elsewhere = finishedRunElsewhere();
        QSignalSpy applied(m_proxy.get(), &FaultProxy::faultApplied);
        m_proxy->inject({.fault = Fault::Stall, .method = "GET", .path = runsPath});
        tab()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
        // While the list hangs, a run can still be started from the tab.
        QSignalSpy submitted(tab(), &Ui::RunsTab::runSubmitted);
        const QString started = startRunFromTheTab();
        QVERIFY(submitted.wait(30000));
        m_proxy->release();
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(elsewhere), 1, 10000);
        // The held list was read before the run existed; the tab's periodic refresh (every 15 s)
        // brings it in.
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(started), 1, 20000);
        QCOMPARE(m_console->window.lastError(), QString());
    }
};

QTEST_MAIN(TestRunsTabFaults)
#include "tst_runstabfaults.moc"
