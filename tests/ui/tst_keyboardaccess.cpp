// The console without a mouse: every command is in the menu bar with a mnemonic of its own
// within its menu, the toolbar holds those same commands (with icons and tool tips naming their
// shortcuts), Ctrl+1… switch tabs, commands that cannot run now say why, and the custom widgets
// (charts, switchback timeline, JSON viewer) tell assistive tools what they are; Help → About
// says what is running and under which licences.
#include "support/consolefixture.h"
#include "ui/about/aboutdialog.h"
#include "ui/experiments/experimentcharts.h"
#include "ui/experiments/switchbacktimeline.h"
#include "ui/json/jsonviewer.h"
#include "ui/runs/runstab.h"
#include "ui/widgets/chartpanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace {

// The character after the single '&' in `text`, or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Every entry of the menu (and of its submenus) has text and a mnemonic unique in its menu.
void checkMenu(const QMenu *menu, QList<QAction *> &reachable)
{
    QSet<QChar> used;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = menu->title() + QStringLiteral(" → ") + action->text();
        QVERIFY2(!action->text().isEmpty(), qPrintable(where));
        const QChar key = mnemonic(action->text());
        QVERIFY2(!key.isNull(), qPrintable(where + QStringLiteral(": no mnemonic")));
        QVERIFY2(!used.contains(key), qPrintable(where + QStringLiteral(": mnemonic used twice")));
        used.insert(key);
        reachable.append(action);
        if (action->menu())
            checkMenu(action->menu(), reachable);
    }
}

} // namespace

class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandIsInTheMenuBarWithAMnemonic()
    {
        TestSupport::ConsoleFixture console;
        QList<QAction *> reachable;
        QSet<QChar> menus;
        for (QAction *top : console.window.menuBar()->actions()) {
            const QChar key = mnemonic(top->text());
            QVERIFY2(!key.isNull() && !menus.contains(key), qPrintable(top->text()));
            menus.insert(key);
            checkMenu(top->menu(), reachable);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(reachable.size() >= 14);

        auto *toolBar = console.window.findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->actions().size() >= 5);
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(reachable.contains(action), qPrintable(action->text())); // the same action
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY(!action->objectName().isEmpty());
            QVERIFY(!action->statusTip().isEmpty());
            if (!action->shortcut().isEmpty())
                QVERIFY2(action->toolTip().contains(
                             action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->toolTip()));
        }
    }

    void tooltipNamesTheShortcut()
    {
        TestSupport::ConsoleFixture console;
        auto *refresh = console.window.findChild<QAction *>(QStringLiteral("refresh"));
        QVERIFY(refresh);
        QVERIFY(!refresh->shortcut().isEmpty());
        QVERIFY(refresh->toolTip().startsWith(
            QStringLiteral("Refresh (%1)")
                .arg(refresh->shortcut().toString(QKeySequence::NativeText))));
    }

    void commandsThatCannotRunSayWhy()
    {
        TestSupport::ConsoleFixture console; // not connected
        auto *newRun = console.window.findChild<QAction *>(QStringLiteral("newRun"));
        auto *cancel = console.window.findChild<QAction *>(QStringLiteral("cancelRuns"));
        QVERIFY(newRun && cancel);
        QVERIFY(!newRun->isEnabled());
        QVERIFY(newRun->toolTip().contains(QStringLiteral("Not connected")));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(QStringLiteral("Select runs")));
        console.window.tabs()->setCurrentIndex(1);
        QVERIFY(cancel->toolTip().contains(QStringLiteral("Runs tab")));
    }

    void ctrlDigitSwitchesTabs()
    {
        TestSupport::ConsoleFixture console;
        console.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&console.window));
        QTabWidget *tabs = console.window.tabs();
        QTest::keyClick(&console.window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        console.window.findChild<QAction *>(QStringLiteral("goToTab1"))->trigger();
        QCOMPARE(tabs->currentWidget(), console.window.runsTab());
    }

    // Help → About: one window, not modal, naming the version, both Qt versions and licences.
    void aboutNamesVersionsAndLicences()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        TestSupport::ConsoleFixture console;
        auto *about = console.window.findChild<QAction *>(QStringLiteral("about"));
        about->trigger();
        about->trigger(); // raises the open one
        QCOMPARE(console.window.findChildren<Ui::AboutDialog *>().size(), 1);
        auto *dialog = console.window.findChild<Ui::AboutDialog *>();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const QString text = dialog->text()->toPlainText();
        for (const QString &expected :
             {QStringLiteral("9.8.7"), QString::fromLatin1(qVersion()),
              QStringLiteral(QT_VERSION_STR), Ui::AboutDialog::compiler(), QStringLiteral("LGPL"),
              QStringLiteral("QtKeychain"), QStringLiteral("Breeze")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(dialog->text()->openExternalLinks());
    }

    void customWidgetsHaveAccessibleNames()
    {
        Ui::JsonViewer viewer;
        QVERIFY(!viewer.accessibleName().isEmpty());
        QVERIFY(!viewer.accessibleDescription().isEmpty());
        QVERIFY(!viewer.treeView()->accessibleName().isEmpty());

        Ui::SwitchbackTimeline timeline;
        QVERIFY(!timeline.accessibleName().isEmpty());
        Api::SwitchbackPlan plan;
        plan.start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        plan.units = {{0, QStringLiteral("base"), 60},
                      {1, QStringLiteral("cand"), 60},
                      {2, QStringLiteral("cand"), 60}};
        timeline.setPlan(plan, QStringLiteral("base"), QStringLiteral("cand"));
        QVERIFY2(timeline.accessibleDescription().contains(QStringLiteral("cand")),
                 qPrintable(timeline.accessibleDescription()));

        Ui::ChartPanel panel(QStringLiteral("chart"));
        panel.show(); // the view is made when the panel is first seen
        auto *view = panel.findChild<QChartView *>();
        QVERIFY(view);
        QVERIFY(!view->accessibleName().isEmpty());
        panel.setChart(Ui::ExperimentCharts::placeholder(QStringLiteral("Runtime per instance")));
        QCOMPARE(view->accessibleName(), QStringLiteral("Runtime per instance"));
        QVERIFY(!view->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
