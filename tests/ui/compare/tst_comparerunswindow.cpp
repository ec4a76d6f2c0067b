// End to end: three real knapsack runs on a real nextdesk-server, compared in the console.
// The statistics and metadata tables are checked against the runs' metadata as the server
// gives it, the output diff against a diff of the outputs fetched apart, the CSV export
// against the table, and a run's header opens it in the Runs tab.
#include "api/dto/run.h"
#include "models/compare/jsondiffmodel.h"
#include "models/compare/linediffmodel.h"
#include "models/compare/metadatacomparisonmodel.h"
#include "models/compare/statisticscomparisonmodel.h"
#include "models/json/jsondiff.h"
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/compare/comparerunswindow.h"
#include "ui/compare/outputdiffview.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"
#include "ui/widgets/chartpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("knapsack");

} // namespace

class TestCompareRunsWindow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;
    QStringList m_runIds; // greedy on input 0, dp on input 0, greedy on input 1
    QPointer<Ui::CompareRunsWindow> m_window;

    Api::RunInformation serverMetadata(const QString &runId)
    {
        const QJsonObject json =
            m_http->get(QStringLiteral("/v1/applications/knapsack/runs/%1/metadata").arg(runId))
                .object();
        return Api::RunInformation::fromJson(json).value();
    }

    QJsonValue serverOutput(const QString &runId)
    {
        const QJsonObject run =
            m_http->get(QStringLiteral("/v1/applications/knapsack/runs/%1").arg(runId)).object();
        return run.value(QStringLiteral("output"));
    }

    static QString cell(QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(pushKnapsack(m_server, app, {QStringLiteral("greedy"), QStringLiteral("dp")}));
        QVERIFY(m_server.start({strictMode}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        QVERIFY(sampleInputFiles().size() >= 2);
        const QList<std::pair<QString, int>> plan = {{QStringLiteral("greedy"), 0},
                                                     {QStringLiteral("dp"), 0},
                                                     {QStringLiteral("greedy"), 1}};
        for (const auto &[instance, input] : plan) {
            const QString runId =
                m_http->createRun(app, instance,
                                  {{QStringLiteral("input"), sampleInput(input)},
                                   {QStringLiteral("name"),
                                    instance + QStringLiteral(" on ") + QString::number(input)}});
            QVERIFY(!runId.isEmpty());
            m_runIds.append(runId);
        }
        for (const QString &runId : std::as_const(m_runIds))
            QCOMPARE(m_http
                         ->waitForRun(
                             app, runId)[QStringLiteral("metadata")][QStringLiteral("status_v2")]
                         .toString(),
                     QStringLiteral("succeeded"));

        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->open(m_server.baseUrl(), m_server.apiKey(), app,
                                m_console->window.runsTab()));
    }

    void init() { failOnStrictRefusals(); }

    // Selecting the runs and Compare, as a user does.
    void comparesTheSelectedRuns()
    {
        Ui::RunsTab *runs = m_console->window.runsTab();
        Models::RunListModel *model = runs->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(m_runIds.cbegin(), m_runIds.cend(),
                        [&](const QString &id) { return model->rowOfRun(id) >= 0; }),
            20000);
        auto *compare = m_console->window.findChild<QAction *>(QStringLiteral("compareRuns"));
        QVERIFY(compare);
        runs->selectRun(m_runIds.first());
        QTRY_VERIFY(!compare->isEnabled()); // one run is not a comparison
        QTableView *table = runs->table();
        table->clearSelection();
        for (const QString &runId : std::as_const(m_runIds))
            table->selectionModel()->select(
                runs->proxy()->mapFromSource(model->index(model->rowOfRun(runId), 0)),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(compare->isEnabled());
        compare->trigger();
        m_window = waitForDialog<Ui::CompareRunsWindow>();
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoaded(), 20000);
        QCOMPARE(m_window->runs().size(), 3);
    }

    void statisticsAreThoseOfTheRuns()
    {
        QVERIFY(m_window);
        Models::StatisticsComparisonModel *statistics = m_window->statistics();
        // The window shows the runs in the order of the selection; match them by id.
        QList<Api::RunInformation> server;
        for (qsizetype run = 0; run < m_window->runs().size(); ++run)
            server.append(serverMetadata(m_window->runs().at(run).id));
        QSet<QString> expectedRows;
        for (const Api::RunInformation &run : std::as_const(server)) {
            for (const Api::Indicator &indicator :
                 Api::indicatorsFromStatistics(run.metadata.statistics))
                expectedRows.insert(indicator.name);
        }
        const QStringList shown = statistics->statistics();
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), expectedRows);
        QVERIFY(expectedRows.contains(QStringLiteral("result.value")));
        for (qsizetype run = 0; run < server.size(); ++run) {
            for (const Api::Indicator &indicator :
                 Api::indicatorsFromStatistics(server[run].metadata.statistics))
                QCOMPARE(statistics->value(indicator.name, run), indicator.value);
        }
        // The best result.value (higher) is bold in the table the user sees.
        double best = -1;
        for (qsizetype run = 0; run < server.size(); ++run)
            best = std::max(best, *statistics->value(QStringLiteral("result.value"), run));
        QAbstractItemModel *shownModel = m_window->statisticsTable()->model();
        const int valueRow = int(statistics->statistics().indexOf(QStringLiteral("result.value")));
        for (qsizetype run = 0; run < server.size(); ++run) {
            const QModelIndex index = shownModel->index(
                valueRow, Models::StatisticsComparisonModel::FirstRunColumn + int(run));
            const bool isBest = *statistics->value(QStringLiteral("result.value"), run) == best;
            const bool allEqual = !index.data(Models::CompareRoles::DiffersRole).toBool();
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), isBest && !allEqual);
        }
        // The chart shows the chosen statistic, a bar per run.
        m_window->showTab(Ui::CompareRunsWindow::StatisticsTab);
        m_window->chartStatistic()->setCurrentText(QStringLiteral("result.value"));
        QChart *chart = m_window->chart()->chart();
        QVERIFY(chart);
        const auto bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->count(), 3);
    }

    void metadataIsThatOfTheRuns()
    {
        QVERIFY(m_window);
        Models::MetadataComparisonModel *metadata = m_window->metadata();
        QStringList fields;
        for (int row = 0; row < metadata->rowCount(); ++row)
            fields.append(cell(metadata, row, Models::MetadataComparisonModel::FieldColumn));
        const int instanceRow = int(fields.indexOf(QStringLiteral("Instance")));
        const int versionRow = int(fields.indexOf(QStringLiteral("Version")));
        const int algorithmRow = int(fields.indexOf(QStringLiteral("Option solve.algorithm")));
        QVERIFY(instanceRow >= 0 && versionRow >= 0 && algorithmRow >= 0);
        for (qsizetype run = 0; run < m_window->runs().size(); ++run) {
            const Api::RunInformation server = serverMetadata(m_window->runs().at(run).id);
            const int column = Models::MetadataComparisonModel::FirstRunColumn + int(run);
            QCOMPARE(cell(metadata, instanceRow, column), server.metadata.instanceId);
            QCOMPARE(cell(metadata, versionRow, column), server.metadata.versionId);
            QCOMPARE(
                cell(metadata, algorithmRow, column),
                server.metadata.activeOptions.value(QStringLiteral("solve.algorithm")).toString());
        }
        // greedy and dp differ in instance; differences only keeps that row.
        QVERIFY(metadata->index(instanceRow, 1).data(Models::CompareRoles::DiffersRole).toBool());
        QCheckBox *only =
            m_window->findChild<QCheckBox *>(QStringLiteral("metadataDifferencesOnly"));
        QVERIFY(only);
        only->setChecked(true);
        QVERIFY(metadata->rowCount() < fields.size());
        QStringList shown;
        for (int row = 0; row < metadata->rowCount(); ++row)
            shown.append(cell(metadata, row, 0));
        QVERIFY(shown.contains(QStringLiteral("Instance")));
        only->setChecked(false);
    }

    void exportsTheTablesAsCsv()
    {
        QVERIFY(m_window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statistics.csv"));
        QVERIFY(m_window->exportStatisticsCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QCOMPARE(csv, m_window->statistics()->toCsv());
        QVERIFY(csv.startsWith(QStringLiteral("statistic,better,") + m_window->runs().at(0).id));
        QVERIFY(!m_window->exportMetadataCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    }

    void diffsTwoOutputs()
    {
        QVERIFY(m_window);
        m_window->showTab(Ui::CompareRunsWindow::OutputDiffTab);
        Ui::OutputDiffView *diff = m_window->outputDiff();
        // Greedy on the first input against greedy on the second: different items.
        const int first = 0;
        const int second = 2;
        QSignalSpy finished(diff, &Ui::OutputDiffView::finished);
        diff->compare(first, second);
        QVERIFY(diff->isBusy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(!diff->isBusy(), qPrintable(diff->summary()->text()));
        const Models::JsonDiffResult expected =
            Models::diffJson(serverOutput(m_window->runs().at(first).id),
                             serverOutput(m_window->runs().at(second).id));
        QVERIFY(!expected.changes.isEmpty());
        QCOMPARE(diff->changes()->rowCount(), expected.changes.size());
        for (int row = 0; row < diff->changes()->rowCount(); ++row)
            QCOMPARE(diff->changes()->changes()[row].path(), expected.changes[row].path());
        QVERIFY(diff->lines()->rowCount() > 0);
        bool anyRemoved = false;
        for (const Models::LineDiffRow &row : diff->lines()->rows())
            anyRemoved = anyRemoved || row.kind == Models::LineDiffRow::Kind::Removed;
        QVERIFY(anyRemoved);

        // The same run twice is refused before anything is fetched.
        diff->compare(1, 1);
        QVERIFY(!diff->isBusy());
    }

    void cancelStopsADiff()
    {
        QVERIFY(m_window);
        Ui::OutputDiffView *diff = m_window->outputDiff();
        diff->compare(0, 1);
        QVERIFY(diff->isBusy());
        QVERIFY(diff->cancelButton()->isEnabled());
        diff->cancelButton()->click();
        QVERIFY(!diff->isBusy());
        QVERIFY(diff->compareButton()->isEnabled());
        // A late answer to the canceled comparison shows nothing.
        QTest::qWait(0);
        QCOMPARE(diff->changes()->rowCount(), 0);
    }

    void aRunHeaderOpensTheRun()
    {
        QVERIFY(m_window);
        QHeaderView *header = m_window->metadataTable()->horizontalHeader();
        const int section = Models::MetadataComparisonModel::FirstRunColumn + 1;
        Q_EMIT header->sectionDoubleClicked(section);
        QTRY_COMPARE(m_console->window.runsTab()->selectedRunIds(),
                     QStringList{m_window->runs().at(1).id});
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_console.reset();
    }
};

QTEST_MAIN(TestCompareRunsWindow)
#include "tst_comparerunswindow.moc"
