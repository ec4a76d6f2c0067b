// The console's main window: connection and application selectors, the tabs, the transfers
// panel, a status bar fed by one error hub, settings that persist, and the desktop
// notification when a run the user started ends. Runs, the first page, is built with the
// window; every other tab is built when first shown (an empty page holds its place until
// then), so the console starts as fast as its first page allows and asks the server only for
// what is seen.
#pragma once

#include "api/dto/run.h"
#include "api/session/connectionmanager.h"
#include "api/wire/result.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QTabWidget;

namespace Api {
class KeyStore;
class NextmvService;
class ProfileStore;
} // namespace Api

namespace Models {
class TransferListModel;
}

namespace Ui {

class MainWindowActions;
class Preferences;
class RunsTab;
class VersionsTab;
class InstancesTab;
class InputsTab;
class InputSetsTab;
class AppSettingsTab;
class ExperimentsTab;
class EnsemblesTab;
class QueueWindow;
class CommandPalette;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Api::ConnectionManager &connections, Api::ProfileStore &profiles,
               Api::KeyStore &keys, Preferences &preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tabs in their order.
    enum class Tab {
        Runs,
        Versions,
        Instances,
        Inputs,
        InputSets,
        Experiments,
        Ensembles,
        AppSettings
    };

    // The app to show once connected (the command line's --app wins over the last used one).
    void setPreferredApplication(const QString &appId) { m_preferredApp = appId; }
    // Each tab once it was first shown (or built by ensureTab()); nullptr before.
    RunsTab *runsTab() const { return m_runs; }
    VersionsTab *versionsTab() const { return m_versions; }
    InstancesTab *instancesTab() const { return m_instances; }
    InputsTab *inputsTab() const { return m_inputs; }
    InputSetsTab *inputSetsTab() const { return m_inputSets; }
    AppSettingsTab *appSettingsTab() const { return m_appSettings; }
    ExperimentsTab *experimentsTab() const { return m_experiments; }
    EnsemblesTab *ensemblesTab() const { return m_ensembles; }
    QueueWindow *queueWindow() const; // once View → Account Queue opened it
    QTabWidget *tabs() const { return m_tabs; }
    Models::TransferListModel *transfers() const { return m_transfers; }
    QString currentApplication() const;
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QString lastError() const { return m_lastError; }

    // The one place errors reach the user: the status bar, kept in its tool tip history.
    void reportError(const Api::Error &error);
    // Switches tabs as clicking its title does, asking first about unsaved edits; then `then`.
    void goToTab(QWidget *tab, std::function<void()> then = {});
    void goToTab(Tab tab, std::function<void()> then = {});
    // The tab, built now if it has not been shown yet (for what needs its content unseen,
    // like the command palette's lists).
    QWidget *ensureTab(Tab tab);
    bool isTabBuilt(Tab tab) const { return builtTab(tab) != nullptr; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *builtTab(Tab tab) const;
    // Makes the tab, wires it to the window and the other tabs, and gives it the connection
    // and the application shown now.
    QWidget *buildTab(Tab tab);
    template<typename T>
    T *ensured(Tab tab)
    {
        return static_cast<T *>(ensureTab(tab));
    }
    QList<QWidget *> editingTabs() const; // those built, in the order closing asks about them
    QString tabTitle(Tab tab) const;
    void showStatus(const QString &text);
    void buildToolBar();
    void connectActions();
    // Enables each command where it makes sense now (tab, connection, application, selection).
    void updateActions();
    void fillProfiles();
    void onServiceChanged(Api::NextmvService *service);
    void loadApplications();
    void showApplication(const QString &appId);
    void onStateChanged(Api::ConnectionManager::State state, const QString &text);
    void askForKey(const Api::ConnectionProfile &profile, const QString &reason);
    void addConnection();
    // File → New Application; selects it once created.
    void newApplication();
    // View → Account Queue: one window per connection, kept while it lasts.
    void showQueue();
    void notifyRunFinished(const Api::RunInformation &run);
    // The editing tabs (and App Settings) guard unsaved edits; the others never hold any.
    bool hasUnsavedEdits(QWidget *tab) const;
    void confirmLeave(QWidget *tab, std::function<void()> proceed);
    // Asks about each of `tabs` with unsaved edits in turn, then about running transfers, and
    // closes once every answer lets it; stops at the first that keeps the window open.
    void askBeforeClosing(QList<QWidget *> tabs);

    Api::ConnectionManager &m_connections;
    Api::ProfileStore &m_profiles;
    Api::KeyStore &m_keys;
    Preferences &m_preferences;
    Models::TransferListModel *m_transfers;
    QTabWidget *m_tabs;
    RunsTab *m_runs;
    VersionsTab *m_versions = nullptr;
    InstancesTab *m_instances = nullptr;
    InputsTab *m_inputs = nullptr;
    InputSetsTab *m_inputSets = nullptr;
    ExperimentsTab *m_experiments = nullptr;
    EnsemblesTab *m_ensembles = nullptr;
    AppSettingsTab *m_appSettings = nullptr;
    QComboBox *m_profileBox;
    QComboBox *m_appBox;
    QLabel *m_connectionLabel;
    QDockWidget *m_transfersDock;
    std::unique_ptr<MainWindowActions> m_actions;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_preferredApp;
    QString m_lastError;
    QStringList m_recentErrors;
    QPointer<QueueWindow> m_queue;
    CommandPalette *m_palette = nullptr; // made when first opened
    bool m_mayClose = false; // every question before closing has been answered yes
};

} // namespace Ui
