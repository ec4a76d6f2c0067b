// The main window's commands.
#include "mainwindowactions.h"

#include "ui/widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolBar>

namespace Ui {

namespace {

// An action with what every command has: an object name (for tests and saved state), a status
// tip, and a tool tip that names its shortcuts.
QAction *makeAction(QMainWindow &window, const char *objectName, const QString &text,
                    const QIcon &icon, const QList<QKeySequence> &shortcuts,
                    const QString &statusTip)
{
    auto *action = new QAction(icon, text, &window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    action->setToolTip(toolTipWithShortcut(action));
    return action;
}

// The platform's Preferences keys, and Ctrl+, where the platform has none (most of Linux).
QList<QKeySequence> preferencesShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence commaKey(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(commaKey))
        keys.append(commaKey);
    return keys;
}

} // namespace

QString toolTipWithShortcut(const QAction *action)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(.)"));
    QString text = action->text();
    text.replace(mnemonic, QStringLiteral("\\1"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    const QKeySequence shortcut = action->shortcut();
    return shortcut.isEmpty() ? text
                              : MainWindowActions::tr("%1 (%2)", "command (shortcut)")
                                    .arg(text, shortcut.toString(QKeySequence::NativeText));
}

void setAvailable(QAction *action, const QString &whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    const QString toolTip = toolTipWithShortcut(action);
    action->setToolTip(whyNot.isEmpty() ? toolTip : toolTip + QLatin1Char('\n') + whyNot);
}

MainWindowActions::MainWindowActions(QMainWindow &window, const QTabWidget &tabs,
                                     QAction *toggleTransfers)
    : newRun(makeAction(window, "newRun", tr("&New Run…"), Icons::action(Icons::ActionIcon::NewRun),
                        QKeySequence::keyBindings(QKeySequence::New),
                        tr("Run the application on an input")))
    , newExperiment(makeAction(window, "newExperiment", tr("New &Experiment…"),
                               Icons::action(Icons::ActionIcon::NewExperiment),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                               tr("Compare instances or versions on an input set")))
    , newApplication(makeAction(window, "newApplication", tr("New &Application…"),
                                Icons::action(Icons::ActionIcon::New), {},
                                tr("Create a decision application on this connection")))
    , newConnection(makeAction(window, "newConnection", tr("New &Connection…"),
                               Icons::action(Icons::ActionIcon::Connect), {},
                               tr("Add a Nextmv endpoint with its API key")))
    , uploadInputs(makeAction(window, "uploadInputs", tr("&Upload Inputs…"),
                              Icons::action(Icons::ActionIcon::Upload),
                              {QKeySequence(Qt::CTRL | Qt::Key_I)},
                              tr("Keep input files on the server as managed inputs")))
    , keepLocalServer(makeAction(window, "keepLocalServer",
                                 tr("&Keep Local Server Running After Exit"), {}, {},
                                 tr("Leave the Local server up for other consoles and "
                                    "command-line tools when NextDesk quits")))
    , quit(makeAction(window, "quit", tr("&Quit"), Icons::action(Icons::ActionIcon::Quit),
                      QKeySequence::keyBindings(QKeySequence::Quit), tr("Quit NextDesk")))
    , findRuns(makeAction(window, "findRuns", tr("&Find Runs"),
                          Icons::action(Icons::ActionIcon::Find),
                          QKeySequence::keyBindings(QKeySequence::Find),
                          tr("Search the runs by name, ID or description")))
    , cancelRuns(makeAction(window, "cancelRuns", tr("&Cancel Selected Runs…"),
                            Icons::action(Icons::ActionIcon::Cancel), {},
                            tr("Stop the selected runs that are queued or running")))
    , compareRuns(makeAction(window, "compareRuns", tr("Co&mpare Selected Runs…"),
                             Icons::action(Icons::ActionIcon::Compare), {},
                             tr("Statistics, options and outputs of 2 to 20 runs side by side")))
    , preferences(makeAction(window, "preferences", tr("&Preferences…"),
                             Icons::action(Icons::ActionIcon::Settings), preferencesShortcuts(),
                             tr("Theme, language, default connection and refresh interval")))
    , refresh(makeAction(window, "refresh", tr("&Refresh"),
                         Icons::action(Icons::ActionIcon::Refresh),
                         QKeySequence::keyBindings(QKeySequence::Refresh),
                         tr("Load the current tab's list from the server again")))
    , queue(makeAction(window, "queue", tr("Account &Queue"), {}, {},
                       tr("The runs queued or running for the whole account")))
    , commandPalette(makeAction(
          window, "commandPalette", tr("Command &Palette…"), Icons::action(Icons::ActionIcon::Find),
          {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
          tr("Find any command, or a run, experiment or version by name")))
    , about(makeAction(window, "about", tr("&About NextDesk"),
                       Icons::action(Icons::ActionIcon::About), {},
                       tr("Version, build and licences")))
    , aboutQt(makeAction(window, "aboutQt", tr("About &Qt"), {}, {},
                         tr("The Qt version NextDesk runs on")))
{
    keepLocalServer->setCheckable(true);
    quit->setMenuRole(QAction::QuitRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar *bar = window.menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({newRun, newExperiment, newApplication, newConnection, uploadInputs});
    file->addSeparator();
    file->addAction(keepLocalServer);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({findRuns, cancelRuns, compareRuns});
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addSeparator();
    toggleTransfers->setText(tr("&Transfers"));
    view->addActions({toggleTransfers, queue, commandPalette});
    view->addSeparator();
    QMenu *go = view->addMenu(tr("&Go to Tab"));
    for (int i = 0; i < tabs.count() && i < 9; ++i) {
        // The digit is the mnemonic, so the titles need none of their own.
        QAction *action = go->addAction(tr("&%1 %2").arg(i + 1).arg(tabs.tabText(i)));
        action->setObjectName(QStringLiteral("goToTab%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(toolTipWithShortcut(action));
        goToTab.append(action);
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});

    QToolBar *toolBar = window.addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar->addActions({newRun, newExperiment, uploadInputs});
    toolBar->addSeparator();
    toolBar->addActions({refresh, cancelRuns, compareRuns});
}

} // namespace Ui
