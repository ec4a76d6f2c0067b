// End-to-end tests of shadow and switchback tests in the Experiments tab, against a real
// nextdesk-server running the knapsack sample, offscreen: each dialog (with its field errors),
// Start, Stop after asking, live progress, the switchback timeline as drawn, results in the
// charts with a clicked point opening its run, the type filter, rename and delete.
#include "models/experiments/experimentchartdata.h"
#include "models/experiments/experimentlistmodel.h"
#include "models/experiments/experimentsummarymodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/experiments/batchresultsview.h"
#include "ui/experiments/experimentstab.h"
#include "ui/experiments/newshadowtestdialog.h"
#include "ui/experiments/newswitchbacktestdialog.h"
#include "ui/experiments/onlinetestview.h"
#include "ui/experiments/switchbacktimeline.h"
#include "ui/widgets/namedescriptiondialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace TestSupport;
using Kind = Models::ExperimentListModel::Kind;

namespace {

const QString app = QStringLiteral("knapsack");
const QString appPath = QStringLiteral("/v1/applications/knapsack");

} // namespace

class TestOnlineTests : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;
    QJsonObject m_input;

    Ui::ExperimentsTab *tab() const { return m_console->window.experimentsTab(); }
    Ui::OnlineTestView *view() const { return tab()->onlineTestView(); }

    // A run on the instance, as live traffic would make it; its ID.
    QString runOn(const QString &instance)
    {
        return m_http->createRun(app, instance, {{QStringLiteral("input"), m_input}});
    }

    QString serverStatus(const QString &kind, const QString &id)
    {
        return m_http->get(appPath + QStringLiteral("/experiments/") + kind + QLatin1Char('/') + id)
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }

    template<typename Dialog>
    bool waitForInstances(Dialog *dialog)
    {
        auto *baseline =
            dialog->template findChild<QComboBox *>(QStringLiteral("baselineInstance"));
        return QTest::qWaitFor([baseline] { return baseline->count() >= 2; }, 10000);
    }

    // Creates a started shadow test of greedy against dp from the dialog.
    QString startedShadowTest(const QString &name, int maximumRuns)
    {
        QPointer<Ui::NewShadowTestDialog> dialog = tab()->newShadowTest();
        if (!dialog || !waitForInstances(dialog.data()))
            return {};
        dialog->findChild<QLineEdit *>(QStringLiteral("testName"))->setText(name);
        dialog->setBaseline(QStringLiteral("greedy"));
        dialog->setCandidates({QStringLiteral("dp")});
        dialog->setMaximumRuns(maximumRuns);
        QSignalSpy created(dialog.data(), &Ui::OnlineTestDialog::testCreated);
        dialog->accept();
        if (!QTest::qWaitFor([&] { return created.size() == 1; }, 10000))
            return {};
        const QString id = created.first().first().toString();
        if (!QTest::qWaitFor([&] { return view()->testId() == id; }, 10000))
            return {};
        auto *start = view()->findChild<QAbstractButton *>(QStringLiteral("startTest"));
        if (!start->isVisibleTo(view()))
            return {};
        start->click();
        if (!QTest::qWaitFor([&] { return view()->status() == Api::ExperimentStatus::Started; },
                             10000))
            return {};
        return id;
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
        m_input = QJsonDocument::fromJson(file.readAll()).object();

        m_console = std::make_unique<ConsoleFixture>();
        m_console->window.goToTab(Ui::MainWindow::Tab::Experiments); // built when first shown
        tab()->setPollInterval(200);
        QVERIFY(m_console->open(m_server.baseUrl(), m_server.apiKey(), app, tab()));
    }

    void shadowDialogNamesWhatIsMissing()
    {
        QPointer<Ui::NewShadowTestDialog> dialog = tab()->newShadowTest();
        QVERIFY(dialog);
        QVERIFY(waitForInstances(dialog.data()));
        dialog->accept(); // no name
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("name")));
        dialog->findChild<QLineEdit *>(QStringLiteral("testName"))->setText(QStringLiteral("x"));
        dialog->setBaseline(QStringLiteral("greedy"));
        dialog->setCandidates({});
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("candidate")));
        // The server's refusal keeps the dialog open, under the field it names.
        dialog->findChild<QLineEdit *>(QStringLiteral("testId"))->setText(QStringLiteral("-bad-"));
        dialog->setCandidates({QStringLiteral("dp")});
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("-bad-")), 10000);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void shadowTestRunsToCompletionWithResults()
    {
        const QString id = startedShadowTest(QStringLiteral("dp in the shadow"), 2);
        QVERIFY(!id.isEmpty());
        const QString first = runOn(QStringLiteral("greedy"));
        const QString second = runOn(QStringLiteral("greedy"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(view()->status()), QStringLiteral("completed"),
                                  60000);
        QCOMPARE(serverStatus(QStringLiteral("shadow"), id), QStringLiteral("completed"));
        QVERIFY2(view()->progressText().contains(QStringLiteral("2 of 2")),
                 qPrintable(view()->progressText()));
        QVERIFY(
            !view()->findChild<QAbstractButton *>(QStringLiteral("stopTest"))->isVisibleTo(view()));

        // Each baseline run against its shadow run, in the batch charts and table.
        Ui::BatchResultsView *results = view()->results();
        results->setStatistic(QStringLiteral("result.value"));
        QCOMPARE(results->baseline(), QStringLiteral("greedy"));
        QCOMPARE(results->candidate(), QStringLiteral("dp"));
        QCOMPARE(results->summaryModel()->rowCount(), 2);
        const auto pairs = Models::ExperimentChartData::pairedInputs(
            results->experiment(), QStringLiteral("result.value"), QStringLiteral("greedy"),
            QStringLiteral("dp"));
        QCOMPARE(pairs.size(), 2);
        QSignalSpy opened(tab(), &Ui::ExperimentsTab::openRunRequested);
        results->openRunOfInput(pairs.first().inputId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const QString shadowRun = opened.first().first().toString();
        const QJsonObject metadata =
            m_http
                ->get(appPath + QStringLiteral("/runs/") + shadowRun + QStringLiteral("/metadata"))
                .object();
        QCOMPARE(metadata[QStringLiteral("metadata")][QStringLiteral("application_instance_id")]
                     .toString(),
                 QStringLiteral("dp"));
        // Opening a run shows the Runs tab; the tab polls only while seen, so come back.
        m_console->window.findChild<QTabWidget *>()->setCurrentWidget(tab());
        // The list shows the test with its baseline runs seen.
        const QModelIndex row = tab()->model()->indexOf(Kind::Shadow, id);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(Models::ExperimentListModel::ProgressRole).toDouble(), 1.0);
    }

    void stopAsksCompleteOrCancel()
    {
        const QString id = startedShadowTest(QStringLiteral("to stop"), 300);
        QVERIFY(!id.isEmpty());
        auto *stop = view()->findChild<QAbstractButton *>(QStringLiteral("stopTest"));
        QVERIFY(stop->isVisibleTo(view()));
        // The question is opened, not exec()ed: the click returns while it waits.
        stop->click();
        QVERIFY(answerOpenMessageBox(QStringLiteral("Keep Running")));
        QTest::qWait(300);
        QCOMPARE(serverStatus(QStringLiteral("shadow"), id), QStringLiteral("started"));
        stop->click();
        QVERIFY(answerOpenMessageBox(QStringLiteral("Cancel Test")));
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(view()->status()), QStringLiteral("canceled"),
                                  10000);
        QCOMPARE(serverStatus(QStringLiteral("shadow"), id), QStringLiteral("canceled"));
        // No more shadow runs once stopped.
        const QString after = runOn(QStringLiteral("greedy"));
        QVERIFY(!after.isEmpty());
        const QJsonArray runs = m_http
                                    ->get(appPath + QStringLiteral("/experiments/shadow/") + id +
                                          QStringLiteral("/runs"))
                                    .object()[QStringLiteral("runs")]
                                    .toArray();
        for (const QJsonValue &run : runs)
            QVERIFY(run[QStringLiteral("id")].toString() != after);
    }

    void switchbackTimelineFollowsThePlan()
    {
        QPointer<Ui::NewSwitchbackTestDialog> dialog = tab()->newSwitchbackTest();
        QVERIFY(dialog);
        QVERIFY(waitForInstances(dialog.data()));
        dialog->findChild<QLineEdit *>(QStringLiteral("testName"))->setText(QStringLiteral("sb"));
        dialog->setInstances(QStringLiteral("greedy"), QStringLiteral("greedy"));
        dialog->accept();
        QVERIFY(dialog->errorText().contains(QStringLiteral("candidate")));
        dialog->setInstances(QStringLiteral("greedy"), QStringLiteral("dp"));
        dialog->setPlan(6, 30);
        QSignalSpy created(dialog.data(), &Ui::OnlineTestDialog::testCreated);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QString id = created.first().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(view()->testId(), id, 10000);

        // One cell per unit, in the colour of the instance the server planned for it.
        const QJsonObject test =
            m_http->get(appPath + QStringLiteral("/experiments/switchback/") + id).object();
        const QJsonArray units = test[QStringLiteral("plan")][QStringLiteral("units")].toArray();
        QCOMPARE(units.size(), 6);
        Ui::SwitchbackTimeline *timeline = view()->timeline();
        QVERIFY(timeline->isVisibleTo(view()));
        timeline->resize(600, timeline->sizeHint().height());
        const QImage image = timeline->grab().toImage();
        for (int i = 0; i < units.size(); ++i) {
            const QRect cell = timeline->unitRect(i);
            QVERIFY(cell.width() > 0);
            const QColor expected =
                timeline->instanceColor(units.at(i)[QStringLiteral("instance_id")].toString());
            QCOMPARE(image.pixelColor(cell.center()).rgb(), expected.rgb());
        }
        QCOMPARE(timeline->instanceColor(QStringLiteral("greedy")).rgb() ==
                     timeline->instanceColor(QStringLiteral("dp")).rgb(),
                 false);

        // Started without a start time, the plan begins now: the marker sits in unit 1, and
        // each run the test takes gets a tick.
        view()->findChild<QAbstractButton *>(QStringLiteral("startTest"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(view()->status()), QStringLiteral("started"),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->nowPosition().has_value(), 10000);
        QVERIFY(timeline->unitRect(0).contains(*timeline->nowPosition(),
                                               timeline->unitRect(0).center().y()));
        QVERIFY(!runOn(QStringLiteral("greedy")).isEmpty());
        QVERIFY(!runOn(QStringLiteral("greedy")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->runTickPositions().size(), 2, 20000);
        QVERIFY(view()->progressText().contains(QStringLiteral("Unit 1 of 6")));

        // The type filter shows it alone among the switchback tests.
        tab()->setKindFilter(Kind::Switchback);
        auto *list = tab()->findChild<QTableView *>(QStringLiteral("experimentList"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(Models::ExperimentListModel::IdRole).toString(),
                 id);
        tab()->setKindFilter(std::nullopt);

        answerNextMessageBox(QStringLiteral("Complete"));
        view()->findChild<QAbstractButton *>(QStringLiteral("stopTest"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(view()->status()), QStringLiteral("completed"),
                                  20000);
    }

    void renameAndDeleteKeepTheBaselineRuns()
    {
        const QString id = startedShadowTest(QStringLiteral("short-lived"), 1);
        QVERIFY(!id.isEmpty());
        const QString baselineRun = runOn(QStringLiteral("greedy"));
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(view()->status()), QStringLiteral("completed"),
                                  60000);
        auto *list = tab()->findChild<QTableView *>(QStringLiteral("experimentList"));
        QTRY_COMPARE(list->currentIndex().data(Models::ExperimentListModel::IdRole).toString(), id);

        tab()->renameCurrent();
        auto *rename = tab()->findChild<Ui::NameDescriptionDialog *>();
        QVERIFY(rename);
        rename->findChild<QLineEdit *>()->setText(QStringLiteral("renamed shadow"));
        rename->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(appPath + QStringLiteral("/experiments/shadow/") + id)
                                      .object()[QStringLiteral("name")]
                                      .toString(),
                                  QStringLiteral("renamed shadow"), 10000);

        answerNextMessageBox(QMessageBox::Yes);
        tab()->deleteCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(appPath + QStringLiteral("/experiments/shadow/") + id).status, 404, 10000);
        QCOMPARE(m_http
                     ->get(appPath + QStringLiteral("/runs/") + baselineRun +
                           QStringLiteral("/metadata"))
                     .status,
                 200);
        QTRY_VERIFY(!tab()->model()->indexOf(Kind::Shadow, id).isValid());
    }
};

QTEST_MAIN(TestOnlineTests)
#include "tst_onlinetests.moc"
