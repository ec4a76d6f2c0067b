// End-to-end tests of the command palette against a real nextdesk-server, offscreen: opened
// with its shortcuts, it finds a run by a part of its name (or ID) and opens it in the Runs tab,
// finds a menu action by a part of its text and triggers it, and Escape closes it having done
// nothing.
#include "models/palette/commandpalettemodel.h"
#include "models/runs/runlistmodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/entities/versionstab.h"
#include "ui/mainwindow.h"
#include "ui/palette/commandpalette.h"
#include "ui/runs/queuewindow.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"

#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace TestSupport;

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<ConsoleFixture> m_console;
    QString m_routingRun;
    QString m_knapsackRun;

    Ui::MainWindow &window() const { return m_console->window; }
    Ui::RunsTab *runs() const { return window().runsTab(); }
    Ui::CommandPalette *palette() const { return window().findChild<Ui::CommandPalette *>(); }

    // Opens the palette with a shortcut pressed in the main window, as a user does.
    bool openWith(QKeyCombination shortcut)
    {
        QTest::keyClick(&window(), shortcut.key(), shortcut.keyboardModifiers());
        return QTest::qWaitFor([this] { return palette() && palette()->isVisible(); }, 5000);
    }

    QString topEntry() const { return palette()->list()->currentIndex().data().toString(); }

private Q_SLOTS:
    void init()
    {
        failOnStrictRefusals();
        // Each test starts on another tab than Runs, with the focus in the window (shortcuts
        // work in the active window only).
        window().goToTab(Ui::MainWindow::Tab::Versions);
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        window().versionsTab()->table()->setFocus();
    }

    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        const auto createRun = [&http](const QString &name) {
            return http.createRun(
                QStringLiteral("test"), QStringLiteral("main"),
                {{QStringLiteral("input"), QJsonObject()}, {QStringLiteral("name"), name}});
        };
        m_routingRun = createRun(QStringLiteral("weekly routing for the north depot"));
        QVERIFY(!m_routingRun.isEmpty());
        // Has the letters of "routing" in order too, but scattered.
        QVERIFY(!createRun(QStringLiteral("rough outline testing")).isEmpty());
        m_knapsackRun = createRun(QStringLiteral("nightly knapsack"));
        QVERIFY(!m_knapsackRun.isEmpty());

        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(
            m_console->open(m_server.baseUrl(), m_server.apiKey(), QStringLiteral("test"), runs()));
        QTRY_VERIFY_WITH_TIMEOUT(runs()->model() && runs()->model()->rowCount() == 3, 10000);
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
    }

    void cleanupTestCase() { m_console.reset(); }

    void findsARunByAPartOfItsNameAndOpensIt()
    {
        QVERIFY(openWith(Qt::ControlModifier | Qt::Key_K));
        QVERIFY(palette()->searchField()->hasFocus());
        QTest::keyClicks(palette()->searchField(), QStringLiteral("routing"));
        QCOMPARE(topEntry(), QStringLiteral("weekly routing for the north depot"));
        QCOMPARE(palette()->model()->rowCount(), 2); // the scattered one comes second
        QCOMPARE(palette()->model()->index(1).data().toString(),
                 QStringLiteral("rough outline testing"));

        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QVERIFY(!palette()->isVisible());
        QTRY_COMPARE(window().tabs()->currentWidget(), runs());
        QTRY_COMPARE(runs()->selectedRunIds(), QStringList{m_routingRun});
        QTRY_COMPARE(runs()->detail()->runId(), m_routingRun);
    }

    void findsARunByAPartOfItsIdAndTheArrowKeysChoose()
    {
        QVERIFY(openWith(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_P));
        QCOMPARE(palette()->searchField()->text(), QString()); // a fresh search each time
        QTest::keyClicks(palette()->searchField(), m_routingRun.right(6));
        QCOMPARE(topEntry(), QStringLiteral("weekly routing for the north depot"));

        // Down and Up move the choice; Enter opens the chosen one.
        palette()->searchField()->clear();
        QTest::keyClicks(palette()->searchField(), QStringLiteral("knapsack"));
        QCOMPARE(topEntry(), QStringLiteral("nightly knapsack"));
        QTest::keyClick(palette()->searchField(), Qt::Key_Down);
        QTest::keyClick(palette()->searchField(), Qt::Key_Up);
        QCOMPARE(topEntry(), QStringLiteral("nightly knapsack"));
        QTest::keyClick(palette()->searchField(), Qt::Key_Enter);
        QTRY_COMPARE(window().tabs()->currentWidget(), runs());
        QTRY_COMPARE(runs()->selectedRunIds(), QStringList{m_knapsackRun});
    }

    void findsAMenuActionByAPartOfItsTextAndTriggersIt()
    {
        QVERIFY(!window().queueWindow());
        QVERIFY(openWith(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_P));
        QTest::keyClicks(palette()->searchField(), QStringLiteral("acc queue"));
        QCOMPARE(topEntry(), QStringLiteral("Account Queue"));
        QCOMPARE(
            palette()->list()->currentIndex().data(Models::CommandPaletteModel::KindRole).toInt(),
            int(Models::PaletteEntry::Kind::Action));
        QVERIFY(palette()
                    ->list()
                    ->currentIndex()
                    .data(Models::CommandPaletteModel::DetailRole)
                    .toString()
                    .startsWith(QStringLiteral("View")));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_VERIFY(window().queueWindow() && window().queueWindow()->isVisible());
        window().queueWindow()->close();
    }

    void escapeClosesWithoutDoingAnything()
    {
        QVERIFY(openWith(Qt::ControlModifier | Qt::Key_K));
        QTest::keyClicks(palette()->searchField(), QStringLiteral("routing"));
        QCOMPARE(topEntry(), QStringLiteral("weekly routing for the north depot"));
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QCoreApplication::processEvents(); // whatever it had queued would run now
        QCOMPARE(window().tabs()->currentWidget(), window().versionsTab());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
