// The console's main window.
#include "mainwindow.h"

#include "connectiondialog.h"
#include "mainwindowactions.h"
#include "newapplicationdialog.h"
#include "palette/commandpalette.h"
#include "palette/palettesources.h"
#include "runs/queuewindow.h"
#include "transferspanel.h"
#include "ui/about/aboutdialog.h"
#include "ui/ensembles/ensemblestab.h"
#include "ui/entities/appsettingstab.h"
#include "ui/entities/entitytab.h"
#include "ui/entities/inputsetstab.h"
#include "ui/entities/inputstab.h"
#include "ui/entities/instancestab.h"
#include "ui/entities/versionstab.h"
#include "ui/experiments/experimentstab.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/runs/runstab.h"

#include "api/client/nextmvservice.h"
#include "api/session/keystore.h"
#include "api/session/localserver.h"
#include "models/compare/comparedruns.h"
#include "models/runs/runlistmodel.h"
#include "models/transferlistmodel.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace Ui {

namespace {

// The owner's dialog of this type, raised if it is open; else a new one from `make`, deleted
// once closed, for the caller to show.
template<typename Dialog, typename Make>
Dialog *showOnce(QWidget *owner, Make make)
{
    if (auto *shown = owner->findChild<Dialog *>(); shown && shown->isVisible()) {
        shown->raise();
        shown->activateWindow();
        return shown;
    }
    Dialog *dialog = make();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

MainWindow::MainWindow(Api::ConnectionManager &connections, Api::ProfileStore &profiles,
                       Api::KeyStore &keys, Preferences &preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_preferences(preferences)
    , m_transfers(new Models::TransferListModel(this))
    , m_tabs(new QTabWidget(this))
    , m_runs(new RunsTab(*m_transfers, this))
    , m_profileBox(new QComboBox(this))
    , m_appBox(new QComboBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_transfersDock(new QDockWidget(tr("Transfers"), this))
{
    setWindowTitle(tr("NextDesk"));
    setWindowIcon(Icons::application());
    // First, so that every other slot of currentChanged finds the tab built.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { ensureTab(Tab(index)); });
    m_tabs->addTab(m_runs, tabTitle(Tab::Runs));
    for (int tab = int(Tab::Versions); tab <= int(Tab::AppSettings); ++tab)
        m_tabs->addTab(new QWidget, tabTitle(Tab(tab)));
    connect(m_runs, &RunsTab::makeInputSetRequested, this, [this](const QStringList &runIds) {
        ensured<InputSetsTab>(Tab::InputSets)
            ->createFromRuns(runIds, tr("%n run(s)", nullptr, int(runIds.size())));
        m_tabs->setCurrentWidget(m_inputSets);
    });
    connect(m_runs, &RunsTab::keepInputRequested, this, [this](const QString &runId) {
        ensured<InputsTab>(Tab::Inputs)->addFromRun(runId);
        m_tabs->setCurrentWidget(m_inputs);
    });
    // Leaving a tab with unsaved edits asks first: the click is undone while the question is
    // open, and the switch is made once the edits are saved or discarded.
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) {
        QWidget *current = m_tabs->currentWidget();
        if (index == m_tabs->currentIndex() || !hasUnsavedEdits(current))
            return;
        QMetaObject::invokeMethod(
            this, [this, current] { m_tabs->setCurrentWidget(current); }, Qt::QueuedConnection);
        goToTab(m_tabs->widget(index));
    });
    setCentralWidget(m_tabs);

    m_transfersDock->setObjectName(QStringLiteral("transfersDock"));
    m_transfersDock->setWidget(new TransfersPanel(*m_transfers, m_transfersDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->hide();
    connect(m_transfers, &QAbstractItemModel::rowsInserted, m_transfersDock, &QWidget::show);

    statusBar()->addPermanentWidget(m_connectionLabel);
    buildToolBar();
    m_transfersDock->toggleViewAction()->setObjectName(QStringLiteral("toggleTransfers"));
    m_actions =
        std::make_unique<MainWindowActions>(*this, *m_tabs, m_transfersDock->toggleViewAction());
    connectActions();
    m_runs->setAutoRefreshSeconds(m_preferences.pollSeconds());
    connect(&m_preferences, &Preferences::pollSecondsChanged, m_runs,
            &RunsTab::setAutoRefreshSeconds);

    connect(m_runs, &RunsTab::statusMessage, this, &MainWindow::showStatus);
    connect(m_runs, &RunsTab::startedRunFinished, this, &MainWindow::notifyRunFinished);
    connect(&m_connections, &Api::ConnectionManager::stateChanged, this,
            &MainWindow::onStateChanged);
    connect(&m_connections, &Api::ConnectionManager::serviceChanged, this,
            &MainWindow::onServiceChanged);
    connect(&m_connections, &Api::ConnectionManager::needsKey, this, &MainWindow::askForKey);
    connect(&m_connections, &Api::ConnectionManager::sampleSeeded, this,
            [this](const QString &app) {
                if (m_preferredApp.isEmpty())
                    m_preferredApp = app;
                statusBar()->showMessage(
                    tr("Installed the sample app '%1' with a few runs.").arg(app), 10000);
                loadApplications();
            });

    // Asking the desktop for its tray waits for an answer over D-Bus: not before the window
    // and its first page are on their way.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!QSystemTrayIcon::isSystemTrayAvailable())
                return;
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("NextDesk"));
            m_tray->show();
        },
        Qt::QueuedConnection);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: three quarters of the screen, whatever its size.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(screen->availableSize() * 3 / 4);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_runs->restoreState(settings.value(QStringLiteral("window/runsTab")).toByteArray());
    fillProfiles();
    onStateChanged(m_connections.state(), m_connections.stateText());
    if (m_connections.service())
        onServiceChanged(m_connections.service());
}

MainWindow::~MainWindow() = default;

QString MainWindow::tabTitle(Tab tab) const
{
    switch (tab) {
    case Tab::Runs:
        return tr("Runs");
    case Tab::Versions:
        return tr("Versions");
    case Tab::Instances:
        return tr("Instances");
    case Tab::Inputs:
        return tr("Inputs");
    case Tab::InputSets:
        return tr("Input Sets");
    case Tab::Experiments:
        return tr("Experiments");
    case Tab::Ensembles:
        return tr("Ensembles");
    case Tab::AppSettings:
        return tr("App Settings");
    }
    Q_UNREACHABLE();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

QWidget *MainWindow::builtTab(Tab tab) const
{
    switch (tab) {
    case Tab::Runs:
        return m_runs;
    case Tab::Versions:
        return m_versions;
    case Tab::Instances:
        return m_instances;
    case Tab::Inputs:
        return m_inputs;
    case Tab::InputSets:
        return m_inputSets;
    case Tab::Experiments:
        return m_experiments;
    case Tab::Ensembles:
        return m_ensembles;
    case Tab::AppSettings:
        return m_appSettings;
    }
    Q_UNREACHABLE();
}

QWidget *MainWindow::ensureTab(Tab tab)
{
    if (QWidget *built = builtTab(tab))
        return built;
    QWidget *widget = buildTab(tab);
    // The built tab takes the empty page's place. It goes in beside the page and is made
    // current before the page goes, so no other tab is shown (and polls) in between; the
    // tab widget's own signals wait, as the switch that led here is still being announced.
    const int index = int(tab);
    QWidget *placeholder = m_tabs->widget(index);
    const bool current = m_tabs->currentIndex() == index;
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->insertTab(index + 1, widget, tabTitle(tab));
        if (current)
            m_tabs->setCurrentIndex(index + 1);
        m_tabs->removeTab(index);
    }
    placeholder->deleteLater();
    return widget;
}

QWidget *MainWindow::buildTab(Tab tab)
{
    Api::NextmvService *service = m_connections.service();
    const auto toTransfers = [this](Api::Transfer *t) {
        m_transfers->add(t);
    };
    // What showApplication() gave the tabs built before: the app the Runs tab shows.
    const QString appId = m_runs->applicationId();
    const auto show = [service, &appId](auto *built) {
        if (service && !appId.isEmpty())
            built->setApplication(appId);
        return built;
    };
    switch (tab) {
    case Tab::Runs:
        return m_runs;
    case Tab::Versions:
        m_versions = new VersionsTab(this);
        connect(m_versions, &VersionsTab::versionCreated, this, [this] {
            if (m_instances)
                m_instances->setApplication(currentApplication());
        });
        m_versions->setService(service, toTransfers);
        return show(m_versions);
    case Tab::Instances:
        m_instances = new InstancesTab(this);
        m_instances->setService(service);
        return show(m_instances);
    case Tab::Inputs:
        m_inputs = new InputsTab(this);
        connect(m_inputs, &InputsTab::runRequested, this,
                [this](const QString &inputId, const QString &inputName) {
                    m_tabs->setCurrentWidget(m_runs);
                    m_runs->newRunFromInput(inputId, inputName);
                });
        m_inputs->setService(service, toTransfers);
        return show(m_inputs);
    case Tab::InputSets:
        m_inputSets = new InputSetsTab(this);
        m_inputSets->setService(service, toTransfers);
        return show(m_inputSets);
    case Tab::Experiments:
        m_experiments = new ExperimentsTab(this);
        connect(m_experiments, &ExperimentsTab::openRunRequested, this,
                [this](const QString &runId) {
                    m_tabs->setCurrentWidget(m_runs);
                    m_runs->selectRun(runId);
                });
        connect(m_experiments, &ExperimentsTab::compareRunsRequested, m_runs,
                &RunsTab::compareRuns);
        connect(m_experiments, &ExperimentsTab::errorOccurred, this, &MainWindow::reportError);
        connect(m_experiments, &ExperimentsTab::statusMessage, this, &MainWindow::showStatus);
        m_experiments->setService(service);
        return show(m_experiments);
    case Tab::Ensembles:
        m_ensembles = new EnsemblesTab(this);
        connect(m_ensembles, &EnsemblesTab::runRequested, this,
                [this](const QString &definitionId) {
                    m_tabs->setCurrentWidget(m_runs);
                    m_runs->newRun({}, definitionId);
                });
        m_ensembles->setService(service);
        return show(m_ensembles);
    case Tab::AppSettings:
        m_appSettings = new AppSettingsTab(this);
        connect(m_appSettings, &AppSettingsTab::applicationChanged, this,
                [this] { loadApplications(); });
        connect(m_appSettings, &AppSettingsTab::applicationDeleted, this,
                [this](const QString &appId) {
                    statusBar()->showMessage(tr("Application %1 was deleted.").arg(appId), 10000);
                    m_preferredApp.clear();
                    m_runs->setApplication({});
                    loadApplications();
                });
        m_appSettings->setService(service);
        return show(m_appSettings);
    }
    Q_UNREACHABLE();
}

QList<QWidget *> MainWindow::editingTabs() const
{
    QList<QWidget *> tabs;
    for (QWidget *tab : std::initializer_list<QWidget *>{m_appSettings, m_versions, m_instances,
                                                         m_inputs, m_inputSets, m_ensembles}) {
        if (tab)
            tabs.append(tab);
    }
    return tabs;
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    // Alt+C and Alt+A reach the two boxes from anywhere in the window.
    auto *profileLabel = new QLabel(tr("&Connection:"), this);
    profileLabel->setBuddy(m_profileBox);
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileBox);
    bar->addSeparator();
    auto *appLabel = new QLabel(tr("&Application:"), this);
    appLabel->setBuddy(m_appBox);
    bar->addWidget(appLabel);
    m_appBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_appBox->setMinimumContentsLength(16);
    bar->addWidget(m_appBox);
    connect(m_profileBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileBox->itemData(index).toString();
        if (name.isEmpty()) {
            addConnection();
            return;
        }
        if (const auto profile = m_profiles.profile(name))
            m_connections.connectTo(*profile);
    });
    connect(m_appBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString appId = currentApplication();
        if (appId.isEmpty() || appId == m_runs->applicationId())
            return;
        m_profiles.setLastApplication(m_connections.profile().name, appId);
        showApplication(appId);
    });
}

void MainWindow::connectActions()
{
    const MainWindowActions &a = *m_actions;
    connect(a.newRun, &QAction::triggered, this, [this] { m_runs->newRun(); });
    connect(a.newExperiment, &QAction::triggered, this,
            [this] { ensured<ExperimentsTab>(Tab::Experiments)->newExperiment(); });
    connect(a.newApplication, &QAction::triggered, this, &MainWindow::newApplication);
    connect(a.newConnection, &QAction::triggered, this, &MainWindow::addConnection);
    connect(a.uploadInputs, &QAction::triggered, this, [this] {
        // The tab's own New…, which picks the files, where the user then sees them arrive.
        goToTab(Tab::Inputs, [this] { m_inputs->newButton()->click(); });
    });
    a.keepLocalServer->setChecked(m_preferences.keepLocalServerRunning());
    connect(a.keepLocalServer, &QAction::toggled, &m_preferences,
            &Preferences::setKeepLocalServerRunning);
    // One setting, however it changed (this menu or Preferences).
    connect(&m_preferences, &Preferences::keepLocalServerRunningChanged, this, [this](bool on) {
        m_actions->keepLocalServer->setChecked(on);
        if (m_connections.localServer())
            m_connections.localServer()->setKeepRunning(on);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.findRuns, &QAction::triggered, this,
            [this] { goToTab(m_runs, [this] { m_runs->focusSearch(); }); });
    connect(a.cancelRuns, &QAction::triggered, this,
            [this] { m_runs->cancelRuns(m_runs->cancellableRunIds()); });
    connect(a.compareRuns, &QAction::triggered, this,
            [this] { m_runs->compareRuns(m_runs->selectedRunIds()); });
    connect(a.preferences, &QAction::triggered, this, [this] {
        // Window-modal: the File menu cannot change what the open form is about to write.
        showOnce<PreferencesDialog>(this, [this] {
            return new PreferencesDialog(m_preferences, this);
        })->open();
    });
    connect(a.refresh, &QAction::triggered, this, [this] {
        if (auto *editing = qobject_cast<EntityTab *>(m_tabs->currentWidget()))
            editing->refresh();
        else if (m_experiments && m_tabs->currentWidget() == m_experiments)
            m_experiments->refresh();
        else
            m_runs->refresh();
    });
    connect(a.queue, &QAction::triggered, this, &MainWindow::showQueue);
    connect(a.about, &QAction::triggered, this, [this] {
        showOnce<AboutDialog>(this, [this] { return new AboutDialog(this); })->show();
    });
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    for (int i = 0; i < a.goToTab.size(); ++i)
        connect(a.goToTab.at(i), &QAction::triggered, this,
                [this, i] { goToTab(m_tabs->widget(i)); });
    connect(a.commandPalette, &QAction::triggered, this, [this] {
        if (!m_palette) {
            m_palette = new CommandPalette(this);
            PaletteSources::install(*m_palette, *this);
        }
        m_palette->popup();
    });

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_runs, &RunsTab::selectionChanged, this, &MainWindow::updateActions);
    connect(&m_connections, &Api::ConnectionManager::serviceChanged, this,
            &MainWindow::updateActions);
    connect(m_appBox, &QComboBox::currentIndexChanged, this, &MainWindow::updateActions);
    updateActions();
}

void MainWindow::updateActions()
{
    const MainWindowActions &a = *m_actions;
    const QString noConnection = tr("Not connected to a server.");
    const QString whyNoApp = !m_connections.service() ? noConnection
        : currentApplication().isEmpty()              ? tr("Choose an application first.")
                                                      : QString();
    for (QAction *needsApp : {a.newRun, a.newExperiment, a.uploadInputs})
        setAvailable(needsApp, whyNoApp);
    setAvailable(a.newApplication, m_connections.service() ? QString() : noConnection);
    setAvailable(a.queue, m_connections.service() ? QString() : noConnection);
    setAvailable(a.refresh, whyNoApp);
    const QString whyNoCancel = m_tabs->currentWidget() != m_runs ? tr("Shown on the Runs tab.")
        : m_runs->cancellableRunIds().isEmpty() ? tr("Select runs that are queued or running.")
                                                : QString();
    setAvailable(a.cancelRuns, whyNoCancel);
    const qsizetype selected = m_runs->selectedRunIds().size();
    const QString whyNoCompare = m_tabs->currentWidget() != m_runs ? tr("Shown on the Runs tab.")
        : selected < 2 || selected > Models::ComparedRuns::maxRuns
        ? tr("Select 2 to %1 runs.").arg(Models::ComparedRuns::maxRuns)
        : QString();
    setAvailable(a.compareRuns, whyNoCompare);
}

void MainWindow::goToTab(QWidget *tab, std::function<void()> then)
{
    QWidget *current = m_tabs->currentWidget();
    QPointer<QWidget> target = tab;
    if (!target || m_tabs->indexOf(target) < 0)
        return;
    if (target == current) {
        if (then)
            then();
        return;
    }
    // Leaving a tab with unsaved edits asks first; the switch is made once they are saved or
    // discarded.
    confirmLeave(current, [this, target, then = std::move(then)] {
        if (!target)
            return;
        m_tabs->setCurrentWidget(target);
        if (then)
            then();
    });
}

void MainWindow::goToTab(Tab tab, std::function<void()> then)
{
    goToTab(m_tabs->widget(int(tab)), std::move(then));
}

void MainWindow::fillProfiles()
{
    QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    for (const Api::ConnectionProfile &profile : m_profiles.profiles())
        m_profileBox->addItem(profile.name, profile.name);
    if (m_connections.profile().kind == Api::ConnectionProfile::Kind::Custom &&
        m_profileBox->findData(m_connections.profile().name) < 0 &&
        !m_connections.profile().name.isEmpty())
        m_profileBox->addItem(m_connections.profile().name, m_connections.profile().name);
    m_profileBox->addItem(tr("New Connection…"), QString());
    m_profileBox->setCurrentIndex(
        std::max(0, m_profileBox->findData(m_connections.profile().name)));
}

void MainWindow::onStateChanged(Api::ConnectionManager::State state, const QString &text)
{
    m_connectionLabel->setText(text);
    if (state == Api::ConnectionManager::State::Failed)
        reportError({Api::Error::Kind::Network, 0, text, {}});
    fillProfiles();
}

void MainWindow::showApplication(const QString &appId)
{
    m_runs->setApplication(appId);
    // The tabs not built yet take it when they are.
    if (m_versions)
        m_versions->setApplication(appId);
    if (m_instances)
        m_instances->setApplication(appId);
    if (m_inputs)
        m_inputs->setApplication(appId);
    if (m_inputSets)
        m_inputSets->setApplication(appId);
    if (m_experiments)
        m_experiments->setApplication(appId);
    if (m_ensembles)
        m_ensembles->setApplication(appId);
    if (m_appSettings)
        m_appSettings->setApplication(appId);
    updateActions();
}

void MainWindow::onServiceChanged(Api::NextmvService *service)
{
    m_runs->setService(service);
    const auto toTransfers = [this](Api::Transfer *t) {
        m_transfers->add(t);
    };
    if (m_versions)
        m_versions->setService(service, toTransfers);
    if (m_instances)
        m_instances->setService(service);
    if (m_inputs)
        m_inputs->setService(service, toTransfers);
    if (m_inputSets)
        m_inputSets->setService(service, toTransfers);
    if (m_appSettings)
        m_appSettings->setService(service);
    if (m_experiments)
        m_experiments->setService(service);
    if (m_ensembles)
        m_ensembles->setService(service);
    if (!service)
        return;
    connect(service, &Api::NextmvService::requestFailed, this, &MainWindow::reportError);
    if (m_preferredApp.isEmpty())
        m_preferredApp = m_profiles.lastApplication(m_connections.profile().name);
    // The app the user asked for (or had last) is most likely there: its first page of runs is
    // asked for beside the list of apps instead of after it, a round trip sooner. Should the
    // list not have it, the first app it has is shown instead, as before.
    if (!m_preferredApp.isEmpty() && m_preferredApp != m_runs->applicationId())
        showApplication(m_preferredApp);
    loadApplications();
}

void MainWindow::loadApplications()
{
    Api::NextmvService *service = m_connections.service();
    if (!service)
        return;
    service->listApplications(this, [this](const Api::Result<QList<Api::Application>> &apps) {
        if (!apps)
            return;
        const QString wanted = !m_preferredApp.isEmpty() ? m_preferredApp : currentApplication();
        {
            QSignalBlocker blocker(m_appBox);
            m_appBox->clear();
            for (const Api::Application &app : apps.value())
                m_appBox->addItem(app.name.isEmpty() || app.name == app.id
                                      ? app.id
                                      : tr("%1 (%2)").arg(app.name, app.id),
                                  app.id);
            if (apps->isEmpty())
                m_appBox->setPlaceholderText(tr("No applications yet"));
            m_appBox->setCurrentIndex(std::max(0, m_appBox->findData(wanted)));
        }
        updateActions(); // the box changed without telling (its signals were blocked)
        const QString appId = currentApplication();
        if (!appId.isEmpty() && appId != m_runs->applicationId()) {
            m_profiles.setLastApplication(m_connections.profile().name, appId);
            showApplication(appId);
        }
    });
}

QString MainWindow::currentApplication() const
{
    return m_appBox->currentData().toString();
}

void MainWindow::reportError(const Api::Error &error)
{
    if (error.kind == Api::Error::Kind::Canceled)
        return;
    m_lastError = error.message;
    m_recentErrors.prepend(QTime::currentTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                           error.message);
    m_recentErrors = m_recentErrors.mid(0, 10);
    statusBar()->showMessage(error.message, 15000);
    statusBar()->setToolTip(m_recentErrors.join(QLatin1Char('\n')));
}

void MainWindow::askForKey(const Api::ConnectionProfile &profile, const QString &reason)
{
    auto *dialog = new ConnectionDialog(ConnectionDialog::Mode::KeyOnly, profile,
                                        m_keys.isPersistent(), reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_connections.provideKey(dialog->profile(), dialog->apiKey()); });
    dialog->open();
}

void MainWindow::newApplication()
{
    Api::NextmvService *service = m_connections.service();
    if (!service)
        return;
    auto *dialog = new NewApplicationDialog(*service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewApplicationDialog::created, this, [this](const QString &appId) {
        m_preferredApp = appId;
        loadApplications();
        statusBar()->showMessage(tr("Application %1 created.").arg(appId), 5000);
    });
    // A new connection replaces the service the dialog would call.
    connect(&m_connections, &Api::ConnectionManager::serviceChanged, dialog, &QWidget::close);
    dialog->open();
}

QueueWindow *MainWindow::queueWindow() const
{
    return m_queue;
}

void MainWindow::showQueue()
{
    Api::NextmvService *service = m_connections.service();
    if (!service)
        return;
    if (!m_queue) {
        m_queue = new QueueWindow(*service, this);
        connect(m_queue, &QueueWindow::openRunRequested, this,
                [this](const QString &appId, const QString &runId) {
                    m_tabs->setCurrentWidget(m_runs);
                    if (appId == currentApplication()) {
                        m_runs->selectRun(runId);
                        return;
                    }
                    m_preferredApp = appId; // the run shows in the list of its app
                    loadApplications();
                });
        // The window calls this service: it goes with it.
        connect(&m_connections, &Api::ConnectionManager::serviceChanged, m_queue,
                &QObject::deleteLater);
    }
    m_queue->show();
    m_queue->raise();
}

void MainWindow::addConnection()
{
    auto *dialog = new ConnectionDialog(ConnectionDialog::Mode::NewConnection, {},
                                        m_keys.isPersistent(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Api::ConnectionProfile profile = dialog->profile();
        if (auto saved = m_profiles.saveCustom(profile); !saved) {
            reportError(saved.error());
            return;
        }
        fillProfiles();
        m_connections.provideKey(profile, dialog->apiKey());
    });
    connect(dialog, &QDialog::rejected, this, [this] { fillProfiles(); });
    dialog->open();
}

void MainWindow::notifyRunFinished(const Api::RunInformation &run)
{
    const QString name = run.name.isEmpty() ? run.id : run.name;
    const QString text =
        tr("Run %1 %2.").arg(name, Models::RunListModel::statusText(run.metadata.status));
    statusBar()->showMessage(text, 10000);
    if (m_tray && !isActiveWindow())
        m_tray->showMessage(tr("NextDesk"), text,
                            run.metadata.status == Api::RunStatus::Succeeded
                                ? QSystemTrayIcon::Information
                                : QSystemTrayIcon::Warning);
}

bool MainWindow::hasUnsavedEdits(QWidget *tab) const
{
    if (m_appSettings && tab == m_appSettings)
        return m_appSettings->isDirty();
    const auto *editing = qobject_cast<EntityTab *>(tab);
    return editing && editing->isDirty();
}

void MainWindow::confirmLeave(QWidget *tab, std::function<void()> proceed)
{
    if (m_appSettings && tab == m_appSettings)
        m_appSettings->confirmLeave(std::move(proceed));
    else if (auto *editing = qobject_cast<EntityTab *>(tab))
        editing->confirmLeave(std::move(proceed));
    else
        proceed();
}

void MainWindow::askBeforeClosing(QList<QWidget *> tabs)
{
    while (!tabs.isEmpty() && !hasUnsavedEdits(tabs.first()))
        tabs.removeFirst();
    if (!tabs.isEmpty()) {
        QWidget *tab = tabs.takeFirst();
        m_tabs->setCurrentWidget(tab); // the question is about the form the user sees
        confirmLeave(tab, [this, tabs] { askBeforeClosing(tabs); });
        return;
    }
    const auto closeNow = [this] {
        m_mayClose = true;
        close();
    };
    if (m_transfers->activeCount() == 0) {
        closeNow();
        return;
    }
    const Confirmation question{
        .title = tr("Transfers in Progress"),
        .text = tr("%n transfer(s) are still running and will be stopped. Quit anyway?", nullptr,
                   m_transfers->activeCount()),
        .yesText = tr("Quit")};
    askThen(this, question, closeNow);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<QWidget *> editing = editingTabs();
    const bool nothingToAsk = m_transfers->activeCount() == 0 &&
        std::none_of(editing.begin(), editing.end(),
                     [this](QWidget *tab) { return hasUnsavedEdits(tab); });
    if (!m_mayClose && !nothingToAsk) {
        // The questions are asked without waiting here; an answer that lets the window go
        // closes it again. While one is open, another close waits for its answer.
        event->ignore();
        if (!QApplication::activeModalWidget())
            askBeforeClosing(editing);
        return;
    }
    m_mayClose = false; // shown again, it asks again
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/runsTab"), m_runs->saveState());
    event->accept();
}

} // namespace Ui
