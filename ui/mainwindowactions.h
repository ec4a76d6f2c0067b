// The main window's commands: each one QAction, made once with its icon, shortcut, status tip
// and a tool tip naming the shortcut, laid out in the menu bar (every entry with a mnemonic) and
// on the Actions toolbar. The window connects them to what they do.
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QList>

class QAction;
class QMainWindow;
class QTabWidget;

namespace Ui {

// "Refresh (F5)": the action's text without its mnemonic or ellipsis, and the shortcut written
// the platform's way; just the text when there is no shortcut.
QString toolTipWithShortcut(const QAction *action);
// Enables the action, or disables it and says why in its tool tip.
void setAvailable(QAction *action, const QString &whyNot = {});

class MainWindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::MainWindowActions)
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    // Fills the window's menu bar and adds the Actions toolbar; View → Go to Tab gets an entry
    // per tab of `tabs`.
    MainWindowActions(QMainWindow &window, const QTabWidget &tabs, QAction *toggleTransfers);

    QAction *const newRun;
    QAction *const newExperiment;
    QAction *const newApplication;
    QAction *const newConnection;
    QAction *const uploadInputs;
    QAction *const keepLocalServer;
    QAction *const quit;
    QAction *const findRuns;
    QAction *const cancelRuns;
    QAction *const compareRuns;
    QAction *const preferences;
    QAction *const refresh;
    QAction *const queue;
    QAction *const commandPalette;
    QAction *const about;
    QAction *const aboutQt;
    QList<QAction *> goToTab; // Ctrl+1 … for the first nine tabs
};

} // namespace Ui
