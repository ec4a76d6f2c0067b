// End-to-end tests of ensembles in the console, against a real nextdesk-server running the
// knapsack sample, offscreen: a definition made in the Ensembles tab's form (run groups, rules
// reordered, field errors), read-only once made but renamable and duplicable; Run… starting an
// ensemble run from New Run; and the run's Ensemble tab with its children, each rule's value,
// the winner highlighted and a click that opens a child.
#include "models/ensembles/ensemblechildrenmodel.h"
#include "models/ensembles/ensembledefinitionmodels.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/ensembles/ensemblestab.h"
#include "ui/runs/ensemblerunview.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace TestSupport;
using Models::EnsembleRulesModel;
using Models::EnsembleRunGroupsModel;

namespace {

const QString app = QStringLiteral("knapsack");
const QString appPath = QStringLiteral("/v1/applications/knapsack");

} // namespace

class TestEnsembles : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;
    QByteArray m_input;

    Ui::EnsemblesTab *tab() const { return m_console->window.ensemblesTab(); }
    Ui::RunsTab *runs() const { return m_console->window.runsTab(); }

    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : tab()->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { failOnStrictRefusals(); }

    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(pushKnapsack(m_server, app, {QStringLiteral("greedy"), QStringLiteral("dp")}));
        QVERIFY(m_server.start({strictMode}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        const QStringList files = sampleInputFiles();
        QVERIFY(!files.isEmpty());
        QFile file(files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_input = file.readAll();
        // One finished run, so the form offers the statistics the app reports.
        QVERIFY(
            !m_http
                 ->createRun(app, QStringLiteral("greedy"),
                             {{QStringLiteral("input"), QJsonDocument::fromJson(m_input).object()}})
                 .isEmpty());

        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->open(m_server.baseUrl(), m_server.apiKey(), app,
                                Ui::MainWindow::Tab::Ensembles));
    }

    void makeADefinitionInTheForm()
    {
        QPushButton *newButton = button(QStringLiteral("New…"));
        QVERIFY(newButton);
        newButton->click();
        EnsembleRunGroupsModel *groups = tab()->runGroups();
        EnsembleRulesModel *rules = tab()->rules();
        QCOMPARE(groups->rowCount(), 1); // a new form starts with one group and one rule
        QCOMPARE(rules->rowCount(), 1);
        // What the app offers: its instances, and the statistics its runs report.
        QTRY_VERIFY_WITH_TIMEOUT(groups->setData(groups->index(0, EnsembleRunGroupsModel::Instance),
                                                 QStringLiteral("greedy")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rules->index(0, EnsembleRulesModel::StatisticsPath)
                                     .data(Qt::UserRole + 100)
                                     .toStringList()
                                     .contains(QStringLiteral("result.value")),
                                 10000);

        // An ID made up as Nextmv's SDK does, editable; field-level errors before anything is
        // sent.
        QVERIFY(tab()
                    ->findChild<QLineEdit *>(QStringLiteral("ensembleId"))
                    ->text()
                    .startsWith(QLatin1String("ensemble-")));
        tab()->setNewId(QString());
        tab()->saveButton()->click();
        QVERIFY(tab()->errorText().contains(QStringLiteral("'id'")));
        tab()->setNewId(QStringLiteral("best-of-3"));
        groups->removeGroup(0);
        tab()->saveButton()->click();
        QVERIFY(tab()->errorText().contains(QStringLiteral("run group")));

        groups->addGroup(QStringLiteral("greedy"));
        groups->addGroup(QStringLiteral("dp"));
        QVERIFY(groups->setData(groups->index(1, EnsembleRunGroupsModel::Repetitions), 2));
        QVERIFY(groups->setData(groups->index(1, EnsembleRunGroupsModel::Options),
                                QStringLiteral("solve.duration=5s")));
        rules->addRule(QStringLiteral("run.duration"));
        QVERIFY(rules->setData(
            rules->index(1, EnsembleRulesModel::Objective),
            EnsembleRulesModel::objectiveText(Api::EnsembleRule::Objective::Minimize)));
        // Reorder with the buttons: speed first, then back behind value.
        auto *ruleTable = tab()->findChild<QTableView *>(QStringLiteral("rules"));
        ruleTable->setCurrentIndex(rules->index(1, 0));
        tab()->findChild<QPushButton *>(QStringLiteral("ruleUp"))->click();
        QCOMPARE(rules->rules().first().statisticsPath, QStringLiteral("run.duration"));
        tab()->findChild<QPushButton *>(QStringLiteral("ruleDown"))->click();
        QCOMPARE(rules->rules().first().statisticsPath, QStringLiteral("result.value"));
        tab()->setName(QStringLiteral("Best of three"));
        tab()->saveButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(tab()->currentId(), QStringLiteral("best-of-3"), 10000);
        const QJsonObject server =
            m_http->get(appPath + QStringLiteral("/ensembles/best-of-3")).object();
        QCOMPARE(server[QStringLiteral("name")].toString(), QStringLiteral("Best of three"));
        const QJsonArray serverGroups = server[QStringLiteral("run_groups")].toArray();
        QCOMPARE(serverGroups.size(), 2);
        QCOMPARE(serverGroups.at(1)[QStringLiteral("repetitions")].toInt(), 2);
        QCOMPARE(serverGroups.at(1)[QStringLiteral("options")][QStringLiteral("solve.duration")]
                     .toString(),
                 QStringLiteral("5s"));
        for (const QJsonValue &rule : server[QStringLiteral("rules")].toArray()) {
            const bool value =
                rule[QStringLiteral("statistics_path")].toString() == QLatin1String("result.value");
            QCOMPARE(rule[QStringLiteral("index")].toInt(), value ? 0 : 1);
        }
        // Made: its groups and rules no longer change, its name does.
        QVERIFY(!(groups->flags(groups->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(rules->flags(rules->index(0, 0)) & Qt::ItemIsEditable));
        tab()->setName(QStringLiteral("Best of 3"));
        tab()->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(appPath + QStringLiteral("/ensembles/best-of-3"))
                                      .object()[QStringLiteral("name")]
                                      .toString(),
                                  QStringLiteral("Best of 3"), 10000);
    }

    void duplicateStartsANewOneFromIt()
    {
        QTRY_COMPARE(tab()->currentId(), QStringLiteral("best-of-3"));
        QTRY_VERIFY(!tab()->isDirty());
        tab()->findChild<QPushButton *>(QStringLiteral("duplicateEnsemble"))->click();
        QCOMPARE(tab()->runGroups()->rowCount(), 2);
        QCOMPARE(tab()->rules()->rowCount(), 2);
        QVERIFY(tab()->runGroups()->flags(tab()->runGroups()->index(0, 0)) & Qt::ItemIsEditable);
        tab()->setNewId(QStringLiteral("best-of-3"));
        tab()->saveButton()->click();
        // The server refuses a taken ID; the form keeps what was typed.
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->errorText().isEmpty(), 10000);
        QVERIFY(tab()->isDirty());
        tab()->setNewId(QStringLiteral("best-copy"));
        tab()->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(tab()->currentId(), QStringLiteral("best-copy"), 10000);
        answerNextMessageBox(QMessageBox::Yes);
        tab()->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(appPath + QStringLiteral("/ensembles/best-copy")).status, 404, 10000);
    }

    void runItAndSeeHowItChose()
    {
        tab()->selectId(QStringLiteral("best-of-3"));
        QTRY_COMPARE(tab()->currentId(), QStringLiteral("best-of-3"));
        tab()->findChild<QPushButton *>(QStringLiteral("runEnsemble"))->click();
        auto *dialog = runs()->findChild<Ui::NewRunDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->ensembleDefinitionId(), QStringLiteral("best-of-3"),
                                  10000);
        QVERIFY(dialog->instanceId().isEmpty());
        dialog->setPastedInput(QString::fromUtf8(m_input));
        QSignalSpy submitted(runs(), &Ui::RunsTab::runSubmitted);
        dialog->accept();
        QVERIFY(submitted.wait(30000));
        const QString runId = submitted.first().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(appPath + QStringLiteral("/runs/") + runId + QStringLiteral("/metadata"))
                .object()[QStringLiteral("metadata")][QStringLiteral("status_v2")]
                .toString(),
            QStringLiteral("succeeded"), 60000);
        const QJsonObject server =
            m_http
                ->get(QStringLiteral("/nextdesk") + appPath + QStringLiteral("/runs/") + runId +
                      QStringLiteral("/ensemble"))
                .object();
        const QString winner = server[QStringLiteral("winner_run_id")].toString();
        QVERIFY(!winner.isEmpty());

        runs()->selectRun(runId);
        Ui::RunDetailView *detail = runs()->findChild<Ui::RunDetailView *>();
        QTRY_VERIFY_WITH_TIMEOUT(detail->isEnsembleTabShown(), 10000);
        Ui::EnsembleRunView *view = detail->ensembleView();
        Models::EnsembleChildrenModel *children = view->children();
        QTRY_COMPARE_WITH_TIMEOUT(children->result().winnerRunId, winner, 10000);
        QCOMPARE(children->rowCount(), 3); // greedy once, dp twice
        QCOMPARE(children->columnCount(), Models::EnsembleChildrenModel::FirstRuleColumn + 2);
        const int winnerRow = children->rowOfWinner();
        QVERIFY(winnerRow >= 0);
        QVERIFY(children->index(winnerRow, 0)
                    .data(Models::EnsembleChildrenModel::IsWinnerRole)
                    .toBool());
        QVERIFY(view->decisionText().contains(winner));
        // Every child has its value for the first rule, as the server reported it.
        for (int row = 0; row < children->rowCount(); ++row)
            QVERIFY(!children->index(row, Models::EnsembleChildrenModel::FirstRuleColumn)
                         .data()
                         .toString()
                         .isEmpty());

        // Clicking a child opens that run.
        const int other = winnerRow == 0 ? 1 : 0;
        const QString child =
            children->index(other, 0).data(Models::EnsembleChildrenModel::RunIdRole).toString();
        const QModelIndex cell = view->table()->model()->index(other, 0);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                          view->table()->visualRect(cell).center());
        QTRY_COMPARE_WITH_TIMEOUT(detail->runId(), child, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isEnsembleTabShown(), 10000);
    }
};

QTEST_MAIN(TestEnsembles)
#include "tst_ensembles.moc"
