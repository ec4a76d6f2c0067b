// End-to-end tests of the console against a real nextdesk-server, offscreen: the main window
// as a user drives it (drop a file, watch the run succeed, open its output, cancel a long run,
// rename, page through many runs, a 20 MB upload), unsaved edits that leaving a tab or closing
// the window asks about without a nested event loop, and the error paths a user must survive.
#include "api/session/connectionmanager.h"
#include "api/session/keystore.h"
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "models/transferlistmodel.h"
#include "support/consolefixture.h"
#include "support/faultproxy.h"
#include "support/faultserver.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/entities/appsettingstab.h"
#include "ui/entities/inputstab.h"
#include "ui/entities/instancestab.h"
#include "ui/entities/versionstab.h"
#include "ui/experiments/experimentstab.h"
#include "ui/json/jsonviewer.h"
#include "ui/mainwindow.h"
#include "ui/newapplicationdialog.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/queuewindow.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"
#include "ui/widgets/namedescriptiondialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// One console window on its own settings file and session key store.
struct Console : ConsoleFixture
{

    Console() { window.show(); }
    Ui::RunsTab *runs() const { return window.runsTab(); }
    Models::RunListModel *model() const { return runs()->model(); }
    QString statusOf(const QString &runId) const
    {
        const int row = model() ? model()->rowOfRun(runId) : -1;
        return row < 0 ? QString() : Api::toString(model()->run(row).status);
    }
};

void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint center = target->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// Triggers the menu bar's action with this text, as a user picking it would.
bool triggerMenuAction(Ui::MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text) {
                action->trigger();
                return true;
            }
        }
    }
    return false;
}

// Clicks the tab's title in the tab bar, as a user switching tabs does.
void clickTab(QTabWidget *tabs, QWidget *tab)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(tab)).center());
}

// Types into the field as a user would, so that the form knows it has unsaved edits.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setText(text);
    emit field->textEdited(text);
}

int visibleMessageBoxes()
{
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        count += qobject_cast<QMessageBox *>(widget) && widget->isVisible();
    return count;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_files;

    bool connectConsole(Console &console)
    {
        console.window.setPreferredApplication(QStringLiteral("test"));
        console.connections.connectToEndpoint(m_server.baseUrl(), m_server.apiKey());
        for (int i = 0; i < 500; ++i) {
            if (console.runs()->applicationId() == QLatin1String("test") && console.model() &&
                !console.model()->isLoading())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // Drops the file on the Runs tab, starts the run from the dialog, returns its ID.
    QString startRunByDrop(Console &console, const QString &path)
    {
        dropFile(console.runs(), path);
        auto *dialog = waitForDialog<Ui::NewRunDialog>();
        if (!dialog)
            return {};
        dialog->accept();
        QSignalSpy submitted(console.runs(), &Ui::RunsTab::runSubmitted);
        if (!submitted.wait(60000))
            return {};
        return submitted.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
    }

    void init() { failOnStrictRefusals(); }

    void dropAFileWatchItSucceedAndOpenTheOutput()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString path = writeFile(m_files, QStringLiteral("value-7.json"), "{\"value\": 7}");
        const QString runId = startRunByDrop(console, path);
        QVERIFY(!runId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("succeeded"), 30000);
        const int row = console.model()->rowOfRun(runId);
        QCOMPARE(console.model()->run(row).name, QStringLiteral("value-7"));

        // The detail pane is built when the first run is shown, in its placeholder's place.
        QVERIFY(!console.runs()->findChild<Ui::RunDetailView *>());
        console.runs()->selectRun(runId);
        auto *detail = console.runs()->findChild<Ui::RunDetailView *>();
        QVERIFY(detail);
        QCOMPARE(detail, console.runs()->detail());
        QVERIFY(detail->isVisible());
        QTRY_COMPARE(detail->runId(), runId);
        detail->showTab(Ui::RunDetailView::OutputTab);
        QTRY_VERIFY_WITH_TIMEOUT(detail->outputViewer()->content().contains("\"value\": 7"), 10000);
        QTRY_VERIFY(detail->outputViewer()->model()->rowCount() > 0);
        detail->showTab(Ui::RunDetailView::InputTab);
        QTRY_VERIFY(detail->inputViewer()->content().contains("7"));
    }

    void newApplicationFromTheFileMenu()
    {
        Console console;
        QVERIFY(connectConsole(console));
        QVERIFY(triggerMenuAction(console.window, Ui::MainWindow::tr("New &Application…")));
        auto *dialog = waitForDialog<Ui::NewApplicationDialog>();
        QVERIFY(dialog);
        // An ID is made up as Nextmv's SDK does; the user may change it.
        QVERIFY(dialog->idField()->text().startsWith(QLatin1String("app-")));

        const auto clickCreate = [dialog] {
            for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons()) {
                if (b->text() == Ui::NewApplicationDialog::tr("Create"))
                    b->click();
            }
        };

        // Refused: the dialog stays, with the server's reason.
        dialog->idField()->setText(QStringLiteral("not an id!"));
        clickCreate();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
        QVERIFY(dialog->isVisible());

        QPointer<Ui::NewApplicationDialog> guard(dialog);
        dialog->idField()->setText(QStringLiteral("fresh-app"));
        dialog->nameField()->setText(QStringLiteral("Fresh"));
        clickCreate();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(console.runs()->applicationId(), QStringLiteral("fresh-app"),
                                  10000);
    }

    void tabsAreBuiltWhenFirstShown()
    {
        using Tab = Ui::MainWindow::Tab;
        Console console;
        QVERIFY(connectConsole(console));
        Ui::MainWindow &window = console.window;
        QTabWidget *tabs = window.tabs();
        // Only the first page is built; the others hold their place, titles and order.
        QVERIFY(window.isTabBuilt(Tab::Runs));
        for (Tab tab : {Tab::Versions, Tab::Instances, Tab::Inputs, Tab::InputSets,
                        Tab::Experiments, Tab::Ensembles, Tab::AppSettings})
            QVERIFY2(!window.isTabBuilt(tab), qPrintable(tabs->tabText(int(tab))));
        QVERIFY(!window.versionsTab());
        QCOMPARE(tabs->count(), 8);
        QCOMPARE(tabs->tabText(int(Tab::Versions)), QStringLiteral("Versions"));

        // Clicked, a tab is built in its place and loads the application shown.
        clickTab(tabs, tabs->widget(int(Tab::Versions)));
        Ui::VersionsTab *versions = window.versionsTab();
        QVERIFY(versions);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(versions));
        QCOMPARE(tabs->indexOf(versions), int(Tab::Versions));
        QCOMPARE(tabs->tabText(int(Tab::Versions)), QStringLiteral("Versions"));
        QCOMPARE(tabs->count(), 8);
        QTRY_VERIFY_WITH_TIMEOUT(versions->table()->model()->rowCount() > 0, 10000);
        QVERIFY(!window.isTabBuilt(Tab::Instances));

        // The keyboard's way (Ctrl+3, View › Go to Tab) builds it as well, once.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(window.isTabBuilt(Tab::Instances));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.instancesTab()));
        clickTab(tabs, versions);
        QCOMPARE(window.versionsTab(), versions);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(versions));

        // A command that needs a tab's content builds it without showing it.
        QWidget *experiments = window.ensureTab(Tab::Experiments);
        QCOMPARE(experiments, static_cast<QWidget *>(window.experimentsTab()));
        QCOMPARE(tabs->indexOf(experiments), int(Tab::Experiments));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(versions));
    }

    void theFirstPageIsAskedForBesideTheApplicationList()
    {
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QVERIFY(
            !http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 1}}}})
                 .isEmpty());
        // The list of apps is held back; the runs of the app asked for come anyway.
        FaultProxy proxy(quint16(m_server.baseUrl().port()));
        QVERIFY(proxy.listen());
        proxy.inject({.fault = FaultProxy::Fault::Stall,
                      .method = "GET",
                      .path = QStringLiteral("/v1/applications"),
                      .wholePath = true});
        Console console;
        console.window.setPreferredApplication(QStringLiteral("test"));
        console.connections.connectToEndpoint(proxy.baseUrl(), m_server.apiKey());
        QTRY_VERIFY_WITH_TIMEOUT(console.runs()->applicationId() == QLatin1String("test") &&
                                     console.model() && !console.model()->isLoading() &&
                                     console.model()->rowCount() > 0,
                                 10000);
        QCOMPARE(proxy.pendingFaults(), 0); // the list was asked for, and is still held
        QVERIFY(console.window.currentApplication().isEmpty());
        proxy.release();
        QTRY_COMPARE_WITH_TIMEOUT(console.window.currentApplication(), QStringLiteral("test"),
                                  10000);
        QCOMPARE(console.runs()->applicationId(), QStringLiteral("test"));
    }

    void runAManagedInputFromTheInputsTab()
    {
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(http.createManagedInput(QStringLiteral("test"), QStringLiteral("kept"),
                                         QJsonObject{{QStringLiteral("value"), 11}})
                     .status,
                 200);
        Console console;
        QVERIFY(connectConsole(console));
        console.window.goToTab(Ui::MainWindow::Tab::Inputs); // built when first shown
        Ui::InputsTab *inputs = console.window.inputsTab();
        QVERIFY(inputs);
        inputs->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            (inputs->selectId(QStringLiteral("kept")), inputs->currentId() == "kept"), 10000);
        QSignalSpy submitted(console.runs(), &Ui::RunsTab::runSubmitted);
        inputs->runButton()->click();
        auto *dialog = waitForDialog<Ui::NewRunDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->request().inputId, QStringLiteral("kept"));
        dialog->accept();
        QVERIFY(submitted.wait(30000));
        const QString runId = submitted.first().first().toString();
        const QJsonObject done = http.waitForRun(QStringLiteral("test"), runId);
        QCOMPARE(done[QStringLiteral("metadata")][QStringLiteral("status_v2")].toString(),
                 QStringLiteral("succeeded"));
        const QJsonObject result =
            http.get(QStringLiteral("/v1/applications/test/runs/") + runId).object();
        QVERIFY2(QJsonDocument(result[QStringLiteral("output")].toObject()).toJson().contains("11"),
                 result.isEmpty() ? "no output" : "output does not echo the input");
    }

    void theAccountQueueShowsAndCancelsARun()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString runId = startRunByDrop(
            console, writeFile(m_files, QStringLiteral("queued.json"), "{\"sleep_ms\": 60000}"));
        QVERIFY(!runId.isEmpty());
        QVERIFY(triggerMenuAction(console.window, Ui::MainWindow::tr("Account &Queue")));
        Ui::QueueWindow *queue = console.window.queueWindow();
        QVERIFY(queue && queue->isVisible());
        queue->setPollInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowOf(runId) >= 0, 10000);
        QCOMPARE(queue->model()->item(queue->model()->rowOf(runId)).applicationId,
                 QStringLiteral("test"));

        queue->table()->selectRow(queue->model()->rowOf(runId));
        answerNextMessageBox(QMessageBox::Yes);
        queue->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("canceled"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowOf(runId), -1, 10000);
    }

    void deleteAFinishedRunAfterConfirming()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString runId =
            startRunByDrop(console, writeFile(m_files, QStringLiteral("doomed.json"), "{}"));
        QVERIFY(!runId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("succeeded"), 30000);
        console.runs()->selectRun(runId);
        QTRY_COMPARE(console.runs()->detail()->runId(), runId);

        console.runs()->deleteRun(runId);
        auto *box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.model()->rowOfRun(runId), -1, 10000);
        QVERIFY(console.runs()->detail()->runId() != runId); // the next row is shown
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(
            http.get(QStringLiteral("/v1/applications/test/runs/%1/metadata").arg(runId)).status,
            404);
    }

    void cancelALongRunAfterConfirming()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString path =
            writeFile(m_files, QStringLiteral("long.json"), "{\"sleep_ms\": 60000}");
        const QString runId = startRunByDrop(console, path);
        QVERIFY(!runId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("running"), 20000);

        // Saying no keeps it running.
        console.runs()->cancelRun(runId);
        auto *box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
        QTest::qWait(1500);
        QCOMPARE(console.statusOf(runId), QStringLiteral("running"));

        console.runs()->cancelRun(runId);
        box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("canceled"), 20000);
    }

    // The toolbar's Cancel stops the selected runs that still run, after one question, and is
    // offered only while some selected run has not ended.
    void cancelSelectedRunsFromTheToolbar()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString done =
            startRunByDrop(console, writeFile(m_files, QStringLiteral("quick.json"), "{}"));
        const QString path =
            writeFile(m_files, QStringLiteral("long.json"), "{\"sleep_ms\": 60000}");
        const QString first = startRunByDrop(console, path);
        const QString second = startRunByDrop(console, path);
        QVERIFY(!done.isEmpty() && !first.isEmpty() && !second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(done), QStringLiteral("succeeded"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            console.model()->rowOfRun(first) >= 0 && console.model()->rowOfRun(second) >= 0, 20000);

        auto *cancel = console.window.findChild<QAction *>(QStringLiteral("cancelRuns"));
        QVERIFY(cancel);
        console.runs()->selectRun(done);
        QTRY_VERIFY(!cancel->isEnabled()); // it has ended
        QTableView *table = console.runs()->table();
        table->clearSelection();
        for (const QString &runId : {done, first, second})
            table->selectionModel()->select(
                console.runs()->proxy()->mapFromSource(
                    console.model()->index(console.model()->rowOfRun(runId), 0)),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(cancel->isEnabled());
        const QStringList cancellable = console.runs()->cancellableRunIds();
        QCOMPARE(QSet<QString>(cancellable.cbegin(), cancellable.cend()),
                 QSet<QString>({first, second}));

        cancel->trigger();
        auto *box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(first), QStringLiteral("canceled"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(second), QStringLiteral("canceled"), 20000);
        QCOMPARE(console.statusOf(done), QStringLiteral("succeeded"));
        QTRY_VERIFY(!cancel->isEnabled()); // nothing selected runs any more
    }

    void leavingATabWithUnsavedEditsAsksFirst()
    {
        Console console;
        QVERIFY(connectConsole(console));
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QTabWidget *tabs = console.window.tabs();
        console.window.goToTab(Ui::MainWindow::Tab::Versions); // built when first shown
        QWidget *versions = console.window.versionsTab();
        Ui::VersionsTab *versionsTab = console.window.versionsTab();
        QVERIFY(versionsTab);
        QTRY_VERIFY_WITH_TIMEOUT(versionsTab->table()->model()->rowCount() > 0, 10000);
        versionsTab->table()->selectRow(0);
        QTRY_VERIFY(!versionsTab->currentId().isEmpty());
        const QString versionPath =
            QStringLiteral("/v1/applications/test/versions/") + versionsTab->currentId();
        auto *name = versionsTab->findChild<QLineEdit *>();
        const QString original = name->text();

        // The question is window-modal and opened, not exec()ed: the click returns at once and
        // the editing tab stays current while it waits. Cancel stays there, edits intact.
        typeInto(name, QStringLiteral("edited, then kept"));
        clickTab(tabs, console.runs());
        auto *box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QTRY_COMPARE(tabs->currentWidget(), versions);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(tabs->currentWidget(), versions);
        QVERIFY(versionsTab->isDirty());
        QCOMPARE(name->text(), QStringLiteral("edited, then kept"));

        // Discard: the switch is made, the edits are gone, nothing reached the server.
        clickTab(tabs, console.runs());
        QTRY_COMPARE(tabs->currentWidget(), versions);
        QVERIFY(answerOpenMessageBox(QMessageBox::Discard));
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(console.runs()));
        QVERIFY(!versionsTab->isDirty());
        QCOMPARE(name->text(), original);
        QCOMPARE(http.get(versionPath).object().value(QStringLiteral("name")).toString(), original);

        // Save: the switch is made once the save has landed.
        clickTab(tabs, versions);
        QCOMPARE(tabs->currentWidget(), versions);
        typeInto(name, QStringLiteral("saved on leaving"));
        clickTab(tabs, console.runs());
        QTRY_COMPARE(tabs->currentWidget(), versions);
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), static_cast<QWidget *>(console.runs()),
                                  10000);
        QVERIFY(!versionsTab->isDirty());
        QCOMPARE(http.get(versionPath).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("saved on leaving"));

        // App Settings saves asynchronously too: a refused save stays, a landed one moves on.
        clickTab(tabs, tabs->widget(int(Ui::MainWindow::Tab::AppSettings))); // builds it
        Ui::AppSettingsTab *settings = console.window.appSettingsTab();
        QVERIFY(settings);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(settings));
        QTRY_COMPARE(settings->nameEdit()->text(), QStringLiteral("test"));
        typeInto(settings->nameEdit(), QString());
        clickTab(tabs, console.runs());
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(settings));
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_VERIFY(!settings->errorText().isEmpty());
        QTest::qWait(300);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(settings));
        QVERIFY(settings->isDirty());
        typeInto(settings->nameEdit(), QStringLiteral("test, renamed on leaving"));
        clickTab(tabs, console.runs());
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(settings));
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), static_cast<QWidget *>(console.runs()),
                                  10000);
        QCOMPARE(http.get(QStringLiteral("/v1/applications/test"))
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("test, renamed on leaving"));

        // Put back what the other tests expect.
        clickTab(tabs, settings);
        typeInto(settings->nameEdit(), QStringLiteral("test"));
        settings->save();
        QTRY_VERIFY_WITH_TIMEOUT(!settings->isDirty(), 10000);
    }

    void closingWithUnsavedEditsAsksFirst()
    {
        Console console;
        QVERIFY(connectConsole(console));
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QTabWidget *tabs = console.window.tabs();
        console.window.goToTab(Ui::MainWindow::Tab::Versions); // built when first shown
        Ui::VersionsTab *versions = console.window.versionsTab();
        QVERIFY(versions);
        QTRY_VERIFY_WITH_TIMEOUT(versions->table()->model()->rowCount() > 0, 10000);
        versions->table()->selectRow(0);
        QTRY_VERIFY(!versions->currentId().isEmpty());
        const QString versionPath =
            QStringLiteral("/v1/applications/test/versions/") + versions->currentId();
        auto *name = versions->findChild<QLineEdit *>();
        const QString original = name->text();

        // The close waits for the answer without a nested event loop, showing the form it
        // asks about; closing again meanwhile does not ask twice. Cancel keeps the window.
        typeInto(name, QStringLiteral("edited before closing"));
        tabs->setCurrentWidget(console.runs());
        QVERIFY(!console.window.close());
        QVERIFY(waitForDialog<QMessageBox>());
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(versions));
        QVERIFY(!console.window.close());
        QCOMPARE(visibleMessageBoxes(), 1);
        QVERIFY(answerOpenMessageBox(QMessageBox::Cancel));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(console.window.isVisible());
        QVERIFY(versions->isDirty());

        // Discard: the window closes, nothing reached the server.
        QVERIFY(!console.window.close());
        QVERIFY(answerOpenMessageBox(QMessageBox::Discard));
        QTRY_VERIFY(!console.window.isVisible());
        QCOMPARE(http.get(versionPath).object().value(QStringLiteral("name")).toString(), original);

        // Save: the window closes once the save has landed.
        console.window.show();
        typeInto(name, QStringLiteral("saved before closing"));
        QVERIFY(!console.window.close());
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_VERIFY_WITH_TIMEOUT(!console.window.isVisible(), 10000);
        QCOMPARE(http.get(versionPath).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("saved before closing"));
        QVERIFY(!versions->isDirty());
    }

    void renameARun()
    {
        Console console;
        QVERIFY(connectConsole(console));
        const QString path = writeFile(m_files, QStringLiteral("rename.json"), "{\"value\": 1}");
        const QString runId = startRunByDrop(console, path);
        QVERIFY(!runId.isEmpty());
        QTRY_VERIFY(console.model()->rowOfRun(runId) >= 0);
        console.runs()->renameRun(runId);
        auto *dialog = waitForDialog<Ui::NameDescriptionDialog>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Renamed in the console"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(console.model()->run(console.model()->rowOfRun(runId)).name,
                                  QStringLiteral("Renamed in the console"), 10000);
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(http.get(QStringLiteral("/v1/applications/test/runs/%1/metadata").arg(runId))
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Renamed in the console"));
    }

    void pageThroughMoreThan120Runs()
    {
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        for (int i = 0; i < 125; ++i)
            QVERIFY(!http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                                    {{QStringLiteral("input"), QJsonObject()}})
                         .isEmpty());
        Console console;
        QVERIFY(connectConsole(console));
        QTableView *table = console.runs()->table();
        QCOMPARE(console.model()->rowCount(), 50);
        // Scrolling to the end is what asks for the next page.
        for (int i = 0; i < 200 && console.model()->rowCount() < 125; ++i) {
            table->scrollToBottom();
            QTest::qWait(20);
        }
        QVERIFY(console.model()->rowCount() >= 125);
        QVERIFY(console.model()->rowCount() % 50 != 0 || !console.model()->canFetchMore({}));
    }

    void twentyMegabyteUploadReportsProgressTo100()
    {
        Console console;
        QVERIFY(connectConsole(console));
        QByteArray big = "{\"value\": 2, \"rows\": [";
        while (big.size() < 20 * 1024 * 1024)
            big += "\"0123456789012345678901234567890123456789012345678\",";
        big.chop(1);
        big += "]}";
        const QString path = writeFile(m_files, QStringLiteral("big.json"), big);
        QList<int> progress;
        Models::TransferListModel *transfers = console.window.transfers();
        connect(transfers, &QAbstractItemModel::dataChanged, this, [&] {
            progress.append(transfers->index(transfers->rowCount() - 1)
                                .data(Models::TransferListModel::ProgressRole)
                                .toInt());
        });
        const QString runId = startRunByDrop(console, path);
        QVERIFY(!runId.isEmpty());
        QVERIFY(progress.contains(100));
        QVERIFY(
            std::any_of(progress.begin(), progress.end(), [](int p) { return p > 0 && p < 100; }));
        QTRY_COMPARE_WITH_TIMEOUT(console.statusOf(runId), QStringLiteral("succeeded"), 30000);
    }

    void serverDownAtStartSaysSo()
    {
        ServerProcess gone;
        QVERIFY(gone.start());
        const QUrl url = gone.baseUrl();
        gone.kill();
        Console console;
        console.connections.connectToEndpoint(url, "key");
        QTRY_VERIFY_WITH_TIMEOUT(console.window.lastError().contains(QLatin1String("Cannot reach")),
                                 30000);
        QVERIFY(
            console.window.connectionLabel()->text().contains(QLatin1String("cannot be reached")));
    }

    void serverKilledMidSessionKeepsWhatIsShown()
    {
        ServerProcess doomed;
        QVERIFY(startWithTestApp(doomed));
        Console console;
        console.window.setPreferredApplication(QStringLiteral("test"));
        console.connections.connectToEndpoint(doomed.baseUrl(), doomed.apiKey());
        HttpTestClient http(doomed.baseUrl(), doomed.apiKey());
        http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                       {{QStringLiteral("input"), QJsonObject()}});
        console.runs()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(console.model() && console.model()->rowCount() == 1, 10000);
        doomed.kill();
        console.runs()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!console.window.lastError().isEmpty(), 30000);
        QCOMPARE(console.model()->rowCount(), 1); // nothing lost
        QVERIFY(console.window.isVisible());
    }

    void wrongKeyIsExplained()
    {
        Console console;
        console.connections.connectToEndpoint(m_server.baseUrl(), "not-the-key");
        QTRY_VERIFY_WITH_TIMEOUT(console.window.lastError().contains(QLatin1String("API key")),
                                 10000);
    }

    void aRunWhoseAnswerWasLostIsNotSentAgain()
    {
        // The connection drops after the create was sent: the run may exist, so the console
        // says so and lists the runs again rather than sending it a second time.
        FaultServer fault;
        QVERIFY(fault.listen());
        const QString app = QStringLiteral("/v1/applications/a");
        fault.setDefault("GET", QStringLiteral("/v1/applications"),
                         {.body = R"([{"id":"a","name":"A","default_instance":"main"}])"});
        fault.setDefault("GET", app + QStringLiteral("/runs"), {.body = R"({"runs": []})"});
        fault.setDefault("GET", app + QStringLiteral("/instances"),
                         {.body = R"([{"id":"main","name":"main","version_id":"v1"}])"});
        fault.setDefault("GET", app + QStringLiteral("/versions"),
                         {.body = R"([{"id":"v1","name":"v1"}])"});
        fault.setDefault("POST", app + QStringLiteral("/runs"),
                         {.fault = FaultServer::Response::Fault::DropConnection});
        Console console;
        console.window.setPreferredApplication(QStringLiteral("a"));
        console.connections.connectToEndpoint(fault.baseUrl(), "key");
        QTRY_VERIFY_WITH_TIMEOUT(console.runs()->applicationId() == QLatin1String("a") &&
                                     console.model() && !console.model()->isLoading(),
                                 30000);
        const int listed = fault.requestCount("GET", app + QStringLiteral("/runs"));

        dropFile(console.runs(), writeFile(m_files, QStringLiteral("lost.json"), "{\"value\": 1}"));
        auto *dialog = waitForDialog<Ui::NewRunDialog>();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            console.window.statusBar()->currentMessage().contains(QLatin1String("may or may not")),
            30000);
        QCOMPARE(fault.requestCount("POST", app + QStringLiteral("/runs")), 1);
        QTRY_VERIFY(fault.requestCount("GET", app + QStringLiteral("/runs")) > listed);
    }

    void serverErrorsAndMalformedJsonAreExplained()
    {
        FaultServer fault;
        QVERIFY(fault.listen());
        fault.setDefault("GET", QStringLiteral("/v1/applications"),
                         {.status = 200, .body = R"([{"id":"broken","name":"Broken"}])"});
        fault.setDefault("GET", QStringLiteral("/v1/applications/broken/runs"),
                         {.status = 200, .body = "{\"runs\": [ this is not json"});
        fault.setDefault("GET", QStringLiteral("/v1/applications/broken/instances"),
                         {.status = 500, .body = R"({"error":"database on fire"})"});
        Console console;
        console.connections.connectToEndpoint(fault.baseUrl(), "key");
        QTRY_VERIFY_WITH_TIMEOUT(
            console.window.lastError().contains(QLatin1String("not valid JSON")) ||
                console.window.lastError().contains(QLatin1String("database on fire")),
            30000);
        // Both reach the status bar's history, and the window stays usable.
        QTRY_VERIFY_WITH_TIMEOUT(
            console.window.statusBar()->toolTip().contains(QLatin1String("database on fire")),
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            console.window.statusBar()->toolTip().contains(QLatin1String("not valid JSON")), 30000);
        // The 500 was retried before giving up (GETs are idempotent).
        QVERIFY(fault.requestCount("GET", QStringLiteral("/v1/applications/broken/instances")) > 1);
        QCOMPARE(console.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
