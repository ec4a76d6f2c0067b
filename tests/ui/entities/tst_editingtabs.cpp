// End-to-end tests of the Versions and Instances tabs against a real nextdesk-server,
// offscreen: create (with a push of local code), edit, compare, delete with confirmation, the
// server's refusals shown to the user, and unsaved edits that are never dropped silently.
#include "api/session/connectionmanager.h"
#include "api/session/keystore.h"
#include "models/entitylistmodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/entities/appsettingstab.h"
#include "ui/entities/inputsetstab.h"
#include "ui/entities/inputstab.h"
#include "ui/entities/instancestab.h"
#include "ui/entities/newinputsetdialog.h"
#include "ui/entities/versionstab.h"
#include "ui/json/jsonviewer.h"
#include "ui/mainwindow.h"
#include "ui/runs/runstab.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace TestSupport;

namespace {

// A drag that enters the widget, then drops there, as the window system delivers it.
void dropOn(QWidget *target, const QMimeData &mime)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

int rowOf(QTableView *table, const QString &id)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Models::EntityListModelBase::IdRole).toString() ==
            id)
            return row;
    }
    return -1;
}

} // namespace

class TestEditingTabs : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;

    Ui::VersionsTab *versions() const { return m_console->window.versionsTab(); }
    Ui::InstancesTab *instances() const { return m_console->window.instancesTab(); }
    // Opens the tab as a user would (tabs are built when first shown) and returns it.
    template<typename T>
    T *openTab(Ui::MainWindow::Tab tab) const
    {
        m_console->window.goToTab(tab);
        return qobject_cast<T *>(m_console->window.tabs()->currentWidget());
    }

private Q_SLOTS:
    void init() { failOnStrictRefusals(); }

    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        m_console = std::make_unique<ConsoleFixture>();
        m_console->window.setPreferredApplication(QStringLiteral("test"));
        m_console->window.show();
        m_console->connections.connectToEndpoint(m_server.baseUrl(), m_server.apiKey());
        // Seen once each, the two tabs are built and load their lists.
        m_console->window.goToTab(Ui::MainWindow::Tab::Instances);
        m_console->window.goToTab(Ui::MainWindow::Tab::Versions);
        QTRY_COMPARE_WITH_TIMEOUT(versions()->table()->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(instances()->table()->model()->rowCount(), 1);
    }

    void createAVersionPushingLocalCodeFirst()
    {
        versions()->createVersion(QStringLiteral("v2"), QStringLiteral("Second"),
                                  QStringLiteral("pushed from the console"), knapsackExecutable());
        QTRY_COMPARE_WITH_TIMEOUT(versions()->table()->model()->rowCount(), 2, 20000);
        const QJsonObject v2 =
            m_http->get(QStringLiteral("/v1/applications/test/versions/v2")).object();
        QCOMPARE(v2.value(QStringLiteral("name")).toString(), QStringLiteral("Second"));
        const QString v1Exe = m_http->get(QStringLiteral("/v1/applications/test/versions/v1"))
                                  .object()
                                  .value(QStringLiteral("executable"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QVERIFY(v2.value(QStringLiteral("executable"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString() != v1Exe);
    }

    void aPushAsksBeforeRunningTheManifestsCommands()
    {
        // A folder app whose manifest runs a command here before the bundle is made.
        QTemporaryDir app;
        QVERIFY(QFile::copy(knapsackExecutable(), app.filePath(QStringLiteral("main"))));
        QFile manifest(app.filePath(QStringLiteral("app.yaml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("type: binary\n"
                       "files:\n  - main\n  - built.txt\n"
                       "pre-push: echo built > built.txt\n");
        manifest.close();

        // Declined: nothing runs, nothing is pushed.
        answerNextMessageBox(QMessageBox::No);
        versions()->createVersion(QStringLiteral("v-declined"), {}, {}, app.path());
        // Once the box is answered, a declined push has had its only chance to start.
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 10000);
        QVERIFY(!QFile::exists(app.filePath(QStringLiteral("built.txt"))));
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/versions/v-declined")).status,
                 404);

        answerNextMessageBox(QMessageBox::Yes);
        versions()->createVersion(QStringLiteral("v-built"), {}, {}, app.path());
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/versions/v-built")).status == 200,
            qPrintable(versions()->errorText()), 30000);
        QVERIFY(QFile::exists(app.filePath(QStringLiteral("built.txt"))));

        // Leave the versions as the tests below expect them.
        QCOMPARE(m_http->del(QStringLiteral("/v1/applications/test/versions/v-built")).status, 204);
        versions()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(versions()->table()->model()->rowCount(), 2, 10000);
    }

    void editAVersionsName()
    {
        versions()->selectId(QStringLiteral("v2"));
        QTRY_COMPARE(versions()->currentId(), QStringLiteral("v2"));
        auto *name = versions()->findChild<QLineEdit *>();
        QTest::keyClicks(name, QStringLiteral(" edition"));
        QVERIFY(versions()->isDirty());
        versions()->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!versions()->isDirty(), 10000);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/versions/v2"))
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Second edition"));
    }

    void compareTwoVersionsSideBySide()
    {
        versions()->table()->selectAll();
        versions()->compareSelected();
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = versions()->findChild<QDialog *>(QStringLiteral("versionComparison"))));
        auto *grid = dialog->findChild<QTableWidget *>();
        QCOMPARE(grid->columnCount(), 2);
        QStringList headers{grid->horizontalHeaderItem(0)->text(),
                            grid->horizontalHeaderItem(1)->text()};
        headers.sort();
        QCOMPARE(headers, (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
        // The executables differ, and differences are bold.
        int executableRow = -1;
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (grid->verticalHeaderItem(row)->text() == QLatin1String("Executable"))
                executableRow = row;
        }
        QVERIFY(executableRow >= 0);
        QVERIFY(grid->item(executableRow, 0)->text() != grid->item(executableRow, 1)->text());
        QVERIFY(grid->item(executableRow, 0)->font().bold());
        dialog->close();
    }

    void createAnInstanceWithOptions()
    {
        instances()->findChildren<QPushButton *>().first()->click(); // New…
        QVERIFY(instances()->isDirty());
        // The form offers an ID made up as Nextmv's SDK does, editable.
        QVERIFY(instances()->idEdit()->text().startsWith(QStringLiteral("instance-")));
        QVERIFY(!instances()->idEdit()->isReadOnly());
        instances()->idEdit()->setText(QStringLiteral("fast"));
        instances()->nameEdit()->setText(QStringLiteral("Fast"));
        instances()->versionBox()->setCurrentIndex(
            instances()->versionBox()->findData(QStringLiteral("v2")));
        instances()->addOption(QStringLiteral("solve.duration"), QStringLiteral("1s"));
        instances()->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(instances()->currentId(), QStringLiteral("fast"), 10000);
        const QJsonObject fast =
            m_http->get(QStringLiteral("/v1/applications/test/instances/fast")).object();
        QCOMPARE(fast.value(QStringLiteral("version_id")).toString(), QStringLiteral("v2"));
        QCOMPARE(fast.value(QStringLiteral("configuration"))
                     .toObject()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("solve.duration"))
                     .toString(),
                 QStringLiteral("1s"));
    }

    void invalidFormIsRefusedBeforeSending()
    {
        instances()->findChildren<QPushButton *>().first()->click(); // New…
        instances()->idEdit()->setText(QStringLiteral("has space"));
        instances()->saveButton()->click();
        QVERIFY(instances()->errorText().contains(QLatin1String("letters, digits")));
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/instances")).array().size(), 2);
        // The server's own refusal is shown too.
        instances()->idEdit()->setText(QStringLiteral("main"));
        instances()->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(instances()->errorText().contains(QLatin1String("already exists")),
                                 10000);
        answerNextMessageBox(QMessageBox::Discard);
        instances()->selectId(QStringLiteral("fast"));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("fast"));
    }

    void unsavedEditsAreNeverDroppedSilently()
    {
        const auto serverName = [this](const QString &id) {
            return m_http->get(QStringLiteral("/v1/applications/test/instances/") + id)
                .object()
                .value(QStringLiteral("name"))
                .toString();
        };
        const auto editName = [this](const QString &name) {
            instances()->nameEdit()->setText(name);
            emit instances()->nameEdit()->textEdited(name);
            QVERIFY(instances()->isDirty());
        };
        instances()->selectId(QStringLiteral("fast"));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("fast"));
        editName(QStringLiteral("Fast but unsaved"));

        // The question is window-modal and opened, not exec()ed: the selection change returns
        // while it waits, back on the row whose edits are unsaved.
        instances()->selectId(QStringLiteral("main"));
        auto *box = waitForDialog<QMessageBox>();
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QCOMPARE(instances()->table()->currentIndex().data(Models::EntityListModelBase::IdRole),
                 QStringLiteral("fast"));

        // Cancel: we stay, edits intact.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(instances()->currentId(), QStringLiteral("fast"));
        QCOMPARE(instances()->nameEdit()->text(), QStringLiteral("Fast but unsaved"));
        QVERIFY(instances()->isDirty());

        // Save: the edits reach the server, then we move.
        instances()->selectId(QStringLiteral("main"));
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_COMPARE_WITH_TIMEOUT(instances()->currentId(), QStringLiteral("main"), 10000);
        QCOMPARE(serverName(QStringLiteral("fast")), QStringLiteral("Fast but unsaved"));
        QVERIFY(!instances()->isDirty());

        // A refused save keeps us where the edits are.
        const QString mainName = serverName(QStringLiteral("main"));
        instances()->versionBox()->setCurrentIndex(-1);
        editName(mainName + QStringLiteral(" without a version"));
        instances()->selectId(QStringLiteral("fast"));
        QVERIFY(answerOpenMessageBox(QMessageBox::Save));
        QTRY_VERIFY(instances()->errorText().contains(QLatin1String("version_id")));
        QTest::qWait(300);
        QCOMPARE(instances()->currentId(), QStringLiteral("main"));
        QVERIFY(instances()->isDirty());

        // Discard: we move, the edits are gone and nothing reached the server.
        instances()->selectId(QStringLiteral("fast"));
        QVERIFY(answerOpenMessageBox(QMessageBox::Discard));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("fast"));
        QVERIFY(!instances()->isDirty());
        QCOMPARE(serverName(QStringLiteral("main")), mainName);
        instances()->selectId(QStringLiteral("main"));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("main"));
        QCOMPARE(instances()->nameEdit()->text(), mainName);
    }

    void deletingTheDefaultInstanceIsRefusedClearly()
    {
        instances()->selectId(QStringLiteral("main"));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("main"));
        answerNextMessageBox(QMessageBox::Yes);
        instances()->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(instances()->errorText().contains(QLatin1String("default")),
                                 10000);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/instances/main")).status, 200);
    }

    void deleteAfterConfirming()
    {
        instances()->selectId(QStringLiteral("fast"));
        QTRY_COMPARE(instances()->currentId(), QStringLiteral("fast"));
        // The question is opened, not exec()ed: the click returns while it waits.
        instances()->deleteButton()->click();
        QVERIFY(answerOpenMessageBox(QMessageBox::No));
        QTest::qWait(300);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/instances/fast")).status, 200);
        instances()->deleteButton()->click();
        QVERIFY(answerOpenMessageBox(QMessageBox::Yes));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/instances/fast")).status, 404, 10000);
        QTRY_COMPARE(rowOf(instances()->table(), QStringLiteral("fast")), -1);

        versions()->selectId(QStringLiteral("v2"));
        QTRY_COMPARE(versions()->currentId(), QStringLiteral("v2"));
        answerNextMessageBox(QMessageBox::Yes);
        versions()->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(versions()->table()->model()->rowCount(), 1, 10000);
    }

    void droppedFilesBecomeManagedInputs()
    {
        QTemporaryDir files;
        QStringList paths;
        for (int i = 0; i < 2; ++i) {
            QFile file(files.filePath(QStringLiteral("drop-%1.json").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("{\"value\": ") + QByteArray::number(40 + i) + "}");
            paths.append(file.fileName());
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(paths.at(1))});
        dropOn(openTab<Ui::InputsTab>(Ui::MainWindow::Tab::Inputs), mime);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/inputs")).array().size(), 2, 20000);
        Ui::InputsTab *inputs = openTab<Ui::InputsTab>(Ui::MainWindow::Tab::Inputs);
        QTRY_COMPARE(inputs->table()->model()->rowCount(), 2);
        const QString id = inputs->table()
                               ->model()
                               ->index(0, 0)
                               .data(Models::EntityListModelBase::IdRole)
                               .toString();
        inputs->selectId(id);
        QTRY_VERIFY_WITH_TIMEOUT(inputs->viewer()->content().contains("\"value\": 4"), 10000);
    }

    void keepARunsInputAsManagedInput()
    {
        const QString run = m_http->createRun(
            QStringLiteral("test"), QStringLiteral("main"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 77}}}});
        m_http->waitForRun(QStringLiteral("test"), run);
        Q_EMIT m_console->window.runsTab()->keepInputRequested(run);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/inputs")).array().size(), 3, 10000);
        bool found = false;
        for (const QJsonValue &v :
             m_http->get(QStringLiteral("/v1/applications/test/inputs")).array())
            found |= v.toObject().value(QStringLiteral("run_id")).toString() == run;
        QVERIFY(found);
    }

    void folderDropMakesAnInputSetOf25()
    {
        QTemporaryDir folder;
        for (int i = 0; i < 25; ++i) {
            QFile file(
                folder.filePath(QStringLiteral("case-%1.json").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("{\"value\": ") + QByteArray::number(i) + "}");
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder.path())});
        dropOn(openTab<Ui::InputSetsTab>(Ui::MainWindow::Tab::InputSets), mime);
        QJsonArray sets;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(sets = m_http->get(QStringLiteral("/v1/applications/test/experiments/inputsets"))
                         .array())
                 .isEmpty(),
            60000);
        const QJsonObject set = sets.first().toObject();
        QCOMPARE(set.value(QStringLiteral("input_ids")).toArray().size(), 25);
        QCOMPARE(set.value(QStringLiteral("inputs")).toArray().size(), 25);
        QCOMPARE(set.value(QStringLiteral("inputs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("case-00"));
    }

    void inputSetFromSelectedRuns()
    {
        QStringList runs;
        for (int i = 0; i < 2; ++i)
            runs.append(m_http->createRun(QStringLiteral("test"), QStringLiteral("main"),
                                          {{QStringLiteral("input"), QJsonObject()}}));
        Q_EMIT m_console->window.runsTab()->makeInputSetRequested(runs);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/experiments/inputsets"))
                .array()
                .size(),
            2, 10000);
        QCOMPARE(m_console->window.tabs()->currentWidget(), m_console->window.inputSetsTab());
    }

    void editAndDeleteAnInputAndAnInputSet()
    {
        Ui::InputsTab *inputs = openTab<Ui::InputsTab>(Ui::MainWindow::Tab::Inputs);
        const QString inputId = inputs->table()
                                    ->model()
                                    ->index(0, 0)
                                    .data(Models::EntityListModelBase::IdRole)
                                    .toString();
        inputs->selectId(inputId);
        QTRY_COMPARE(inputs->currentId(), inputId);
        auto *name = inputs->findChild<QLineEdit *>();
        name->setText(QStringLiteral("renamed input"));
        emit name->textEdited(name->text());
        inputs->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/inputs/") + inputId)
                .object()
                .value(QStringLiteral("name"))
                .toString(),
            QStringLiteral("renamed input"), 10000);
        answerNextMessageBox(QMessageBox::Yes);
        inputs->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/inputs/") + inputId).status, 404,
            10000);

        Ui::InputSetsTab *sets = openTab<Ui::InputSetsTab>(Ui::MainWindow::Tab::InputSets);
        QTRY_VERIFY(sets->table()->model()->rowCount() >= 2);
        const QString setId = sets->table()
                                  ->model()
                                  ->index(0, 0)
                                  .data(Models::EntityListModelBase::IdRole)
                                  .toString();
        sets->selectId(setId);
        QTRY_COMPARE(sets->currentId(), setId);
        auto *setName = sets->findChild<QLineEdit *>();
        setName->setText(QStringLiteral("renamed set"));
        emit setName->textEdited(setName->text());
        sets->saveButton()->click();
        const QString path = QStringLiteral("/v1/applications/test/experiments/inputsets/") + setId;
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(path).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("renamed set"), 10000);
        answerNextMessageBox(QMessageBox::Yes);
        sets->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).status, 404, 10000);
    }

    void inputSetFromTheRunsOfAnInstanceInATimeWindow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        for (int i = 0; i < 3; ++i) {
            const QString run = m_http->createRun(
                QStringLiteral("test"), QStringLiteral("main"),
                {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), i}}}});
            QVERIFY(!run.isEmpty());
            m_http->waitForRun(QStringLiteral("test"), run);
        }
        Ui::InputSetsTab *sets = openTab<Ui::InputSetsTab>(Ui::MainWindow::Tab::InputSets);
        sets->newButton()->click();
        auto *dialog = waitForDialog<Ui::NewInputSetDialog>();
        QVERIFY(dialog);
        // An ID made up as Nextmv's SDK does, editable.
        const QString id = dialog->request().id;
        QVERIFY(id.startsWith(QLatin1String("input-set-")));
        dialog->setSource(Ui::NewInputSetDialog::InstanceRuns);
        // A window that ends before it starts is refused in place.
        dialog->setInstanceWindow(QStringLiteral("main"), before, before.addSecs(-60), 2);
        dialog->accept();
        QVERIFY(dialog->isVisible());

        dialog->setInstanceWindow(QStringLiteral("main"), before,
                                  QDateTime::currentDateTimeUtc().addSecs(60), 2);
        dialog->nameField()->setText(QStringLiteral("recent main runs"));
        dialog->accept();
        const QString path = QStringLiteral("/v1/applications/test/experiments/inputsets/") + id;
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).status, 200, 10000);
        const QJsonObject made = m_http->get(path).object();
        QCOMPARE(made[QStringLiteral("name")].toString(), QStringLiteral("recent main runs"));
        QCOMPARE(made[QStringLiteral("input_ids")].toArray().size(), 2); // at most 2 of the 3
        QTRY_COMPARE(sets->currentId(), id);
    }

    void knownOptionsAreOfferedAndTypeChecked()
    {
        // A version whose app declares its options, pushed as Nextmv's tooling does.
        QTemporaryDir bundleDir;
        QFile::copy(testAppExecutable(), bundleDir.filePath(QStringLiteral("main")));
        QProcess tar;
        tar.setWorkingDirectory(bundleDir.path());
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), QStringLiteral("app.tar.gz"), QStringLiteral("main")});
        QVERIFY(tar.waitForFinished());
        QFile bundle(bundleDir.filePath(QStringLiteral("app.tar.gz")));
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QString url = m_http->get(QStringLiteral("/v1/applications/test/binary"))
                                .object()
                                .value(QStringLiteral("upload_url"))
                                .toString();
        QCOMPARE(m_http->send("PUT", url, bundle.readAll()).status, 200);
        const QJsonObject options{
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("verbose")},
                                    {QStringLiteral("option_type"), QStringLiteral("bool")},
                                    {QStringLiteral("default"), false},
                                    {QStringLiteral("description"), QStringLiteral("Print more")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("iterations")},
                                    {QStringLiteral("option_type"), QStringLiteral("int")},
                                    {QStringLiteral("default"), 10}}}}};
        QCOMPARE(
            m_http
                ->put(QStringLiteral("/v1/applications/test/binary"),
                      {{QStringLiteral("requirements"),
                        QJsonObject{{QStringLiteral("executable_type"), QStringLiteral("binary")},
                                    {QStringLiteral("options"), options}}}})
                .status,
            200);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/applications/test/versions"),
                            {{QStringLiteral("id"), QStringLiteral("typed")},
                             {QStringLiteral("name"), QStringLiteral("typed")}})
                     .status,
                 200);
        instances()->setApplication(QStringLiteral("test"));
        QTRY_VERIFY(instances()->versionBox()->findData(QStringLiteral("typed")) >= 0);

        instances()->findChildren<QPushButton *>().first()->click(); // New…
        instances()->idEdit()->setText(QStringLiteral("typed-instance"));
        instances()->versionBox()->setCurrentIndex(
            instances()->versionBox()->findData(QStringLiteral("typed")));
        auto *known = instances()->findChild<QToolButton *>(QStringLiteral("knownOptions"));
        QVERIFY(known->isEnabled());
        QCOMPARE(known->menu()->actions().size(), 2);
        known->menu()->actions().first()->trigger(); // verbose, default false
        QTableWidget *table = instances()->optionsTable();
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("verbose"));
        QCOMPARE(table->item(table->rowCount() - 1, 1)->text(), QStringLiteral("false"));
        table->item(table->rowCount() - 1, 1)->setText(QStringLiteral("maybe"));
        instances()->saveButton()->click();
        QVERIFY(instances()->errorText().contains(QLatin1String("expects a bool")));
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/applications/test/instances/typed-instance")).status,
            404);
        table->item(table->rowCount() - 1, 1)->setText(QStringLiteral("true"));
        instances()->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/v1/applications/test/instances/typed-instance"))
                .object()
                .value(QStringLiteral("configuration"))
                .toObject()
                .value(QStringLiteral("options"))
                .toObject()
                .value(QStringLiteral("verbose"))
                .toString(),
            QStringLiteral("true"), 10000);
    }

    void appSettingsAndTypedDeletion()
    {
        Ui::AppSettingsTab *settings =
            openTab<Ui::AppSettingsTab>(Ui::MainWindow::Tab::AppSettings);
        QTRY_COMPARE(settings->nameEdit()->text(), QStringLiteral("test"));
        settings->nameEdit()->setText(QStringLiteral("Test App"));
        emit settings->nameEdit()->textEdited(settings->nameEdit()->text());
        // Quitting with unsaved settings asks; Cancel keeps the window and the edits.
        QVERIFY(!m_console->window.close());
        QVERIFY(answerOpenMessageBox(QMessageBox::Cancel));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(m_console->window.isVisible());
        QCOMPARE(settings->nameEdit()->text(), QStringLiteral("Test App"));
        settings->save();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/v1/applications/test"))
                                      .object()
                                      .value(QStringLiteral("name"))
                                      .toString(),
                                  QStringLiteral("Test App"), 10000);

        // Cancelled, the typed confirmation deletes nothing.
        settings->deleteApplication();
        auto *dialog = waitForDialog<QDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("deleteApplication"));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("test"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTest::qWait(300);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test")).status, 200);

        // The delete button stays disabled until the exact ID is typed.
        settings->deleteApplication();
        dialog = waitForDialog<QDialog>();
        QVERIFY(dialog);
        auto *typed = dialog->findChild<QLineEdit *>();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        typed->setText(QStringLiteral("tes"));
        QVERIFY(!ok->isEnabled());
        typed->setText(QStringLiteral("test"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/v1/applications/test")).status, 404,
                                  10000);
    }
};

QTEST_MAIN(TestEditingTabs)
#include "tst_editingtabs.moc"
