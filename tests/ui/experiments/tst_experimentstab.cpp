// End-to-end tests of the Experiments tab against a real nextdesk-server running the knapsack
// sample, offscreen: an experiment created from the wizard, waited for, and its charts and
// table checked against the server's own results; option sets, repetitions and a version as
// targets; a refused request that keeps the wizard open; an acceptance test with its verdicts;
// cancel of a running experiment; delete after asking; CSV and PNG export; dark palette.
#include "models/experiments/experimentlistmodel.h"
#include "models/experiments/experimentsummarymodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/compare/comparerunswindow.h"
#include "ui/experiments/acceptanceresultsview.h"
#include "ui/experiments/batchresultsview.h"
#include "ui/experiments/experimentcharts.h"
#include "ui/experiments/experimentstab.h"
#include "ui/experiments/newacceptancetestdialog.h"
#include "ui/experiments/newexperimentwizard.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/namedescriptiondialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("knapsack");
const QString batches = QStringLiteral("/v1/applications/knapsack/experiments/batch");

// The server's distribution of `indicator` for the group with these values.
QJsonObject serverDistribution(const QJsonObject &experiment, const QStringList &groupValues,
                               const QString &indicator = QStringLiteral("result.value"))
{
    for (const QJsonValue &g :
         experiment.value(QStringLiteral("grouped_distributional_summaries")).toArray()) {
        if (g[QStringLiteral("group_values")].toVariant().toStringList() == groupValues)
            return g[QStringLiteral("indicator_distributions")][indicator].toObject();
    }
    return {};
}

template<typename Series>
QList<Series *> seriesOf(Ui::ChartPanel *panel)
{
    QList<Series *> result;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *typed = qobject_cast<Series *>(s))
            result.append(typed);
    }
    return result;
}

} // namespace

class TestExperimentsTab : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;
    QString m_firstExperiment;

    Ui::ExperimentsTab *tab() const { return m_console->window.experimentsTab(); }
    Ui::BatchResultsView *results() const { return tab()->batchView(); }

    void putInput(const QString &id, const QJsonObject &input)
    {
        QCOMPARE(m_http->createManagedInput(QStringLiteral("knapsack"), id, input).status, 200);
    }

    // Fills and finishes the wizard as a user would; returns the wizard (still open on refusal).
    QPointer<Ui::NewExperimentWizard> runWizard(const QString &name, const QString &inputSet,
                                                const QStringList &targets, const QString &id = {})
    {
        QPointer<Ui::NewExperimentWizard> wizard = tab()->newExperiment();
        if (!wizard)
            return wizard;
        if (!QTest::qWaitFor([&] { return wizard->isLoaded(); }, 10000))
            return {};
        wizard->setName(name);
        if (!id.isEmpty())
            wizard->findChild<QLineEdit *>(QStringLiteral("experimentId"))->setText(id);
        wizard->chooseInputSet(inputSet);
        for (const QString &target : targets)
            wizard->chooseTarget(target);
        wizard->next();
        return wizard;
    }

    QJsonObject waitForServer(const QString &id, const QString &status)
    {
        QJsonObject experiment;
        // The caller compares the status, so a time-out shows as a readable mismatch.
        (void)QTest::qWaitFor(
            [&] {
                experiment = m_http->get(batches + QLatin1Char('/') + id).object();
                return experiment.value(QStringLiteral("status")).toString() == status;
            },
            60000);
        return experiment;
    }

private Q_SLOTS:
    void init() { failOnStrictRefusals(); }

    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(pushKnapsack(m_server, app, {QStringLiteral("greedy"), QStringLiteral("dp")}));
        // A slow app to cancel while it runs.
        QVERIFY(m_server.push({QStringLiteral("--app"), app, QStringLiteral("--version-id"),
                               QStringLiteral("slow"), QStringLiteral("--instance-id"),
                               QStringLiteral("slow"), testAppExecutable()}));
        QVERIFY(m_server.start({strictMode}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        const QStringList files = sampleInputFiles();
        QVERIFY(files.size() >= 6);
        QJsonArray six;
        for (int i = 0; i < 6; ++i) {
            QFile file(files.at(i));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString id = QStringLiteral("in-%1").arg(i);
            putInput(id, QJsonDocument::fromJson(file.readAll()).object());
            six.append(QJsonObject{{QStringLiteral("id"), id}});
        }
        QJsonArray slow;
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("slow-%1").arg(i);
            putInput(id, {{QStringLiteral("sleep_ms"), 30000}});
            slow.append(QJsonObject{{QStringLiteral("id"), id}});
        }
        const QString sets = QStringLiteral("/v1/applications/knapsack/experiments/inputsets");
        QCOMPARE(m_http
                     ->post(sets,
                            {{QStringLiteral("id"), QStringLiteral("six")},
                             {QStringLiteral("name"), QStringLiteral("six")},
                             {QStringLiteral("inputs"), six}})
                     .status,
                 200);
        QCOMPARE(m_http
                     ->post(sets,
                            {{QStringLiteral("id"), QStringLiteral("slow")},
                             {QStringLiteral("name"), QStringLiteral("slow")},
                             {QStringLiteral("inputs"), slow}})
                     .status,
                 200);

        m_console = std::make_unique<ConsoleFixture>();
        m_console->window.goToTab(Ui::MainWindow::Tab::Experiments); // built when first shown
        tab()->setPollInterval(200);
        QVERIFY(m_console->open(m_server.baseUrl(), m_server.apiKey(), app, tab()));
    }

    void createFromTheWizardAndCompareWithTheServer()
    {
        QPointer<Ui::NewExperimentWizard> wizard =
            runWizard(QStringLiteral("greedy vs dp"), QStringLiteral("six"),
                      {QStringLiteral("instance:greedy"), QStringLiteral("instance:dp")});
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), 1);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("runCount"))
                    ->text()
                    .endsWith(QStringLiteral("= 12 runs")));
        QSignalSpy created(wizard.data(), &Ui::NewExperimentWizard::experimentCreated);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        m_firstExperiment = created.first().first().toString();

        // The list and the results view follow it live until it is done.
        QTRY_COMPARE_WITH_TIMEOUT(results()->experiment().id, m_firstExperiment, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(results()->experiment().status),
                                  QStringLiteral("completed"), 60000);
        const QModelIndex row =
            tab()->model()->indexOf(Models::ExperimentListModel::Kind::Batch, m_firstExperiment);
        QTRY_COMPARE(row.data(Models::ExperimentListModel::ProgressRole).toDouble(), 1.0);
        const QJsonObject server =
            m_http->get(batches + QLatin1Char('/') + m_firstExperiment).object();
        results()->setStatistic(QStringLiteral("result.value"));
        results()->setBaseline(QStringLiteral("greedy"));
        results()->setCandidate(QStringLiteral("dp"));

        // Box plots: one box per instance with the server's min, quartiles, median and max.
        const auto boxes = seriesOf<QBoxPlotSeries>(results()->boxPlotPanel());
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first()->count(), 2);
        for (QBoxSet *box : boxes.first()->boxSets()) {
            const QString instance = box->label().section(QLatin1Char(' '), 0, 0);
            const QJsonObject d = serverDistribution(server, {instance, instance});
            QVERIFY2(!d.isEmpty(), qPrintable(instance));
            const QJsonObject p = d[QStringLiteral("percentiles")].toObject();
            QCOMPARE(box->at(QBoxSet::LowerExtreme), d[QStringLiteral("min")].toDouble());
            QCOMPARE(box->at(QBoxSet::LowerQuartile), p[QStringLiteral("p25")].toDouble());
            QCOMPARE(box->at(QBoxSet::Median), p[QStringLiteral("p50")].toDouble());
            QCOMPARE(box->at(QBoxSet::UpperQuartile), p[QStringLiteral("p75")].toDouble());
            QCOMPARE(box->at(QBoxSet::UpperExtreme), d[QStringLiteral("max")].toDouble());
        }

        // Percentile ladder: p01 … p99 per instance.
        const auto lines = seriesOf<QLineSeries>(results()->percentilePanel());
        QCOMPARE(lines.size(), 2);
        for (QLineSeries *line : lines) {
            const QString instance = line->name().section(QLatin1Char(' '), 0, 0);
            const QJsonObject p = serverDistribution(server, {instance, instance})
                                      .value(QStringLiteral("percentiles"))
                                      .toObject();
            QCOMPARE(line->count(), 9);
            for (const QPointF &point : line->points()) {
                const QString key =
                    QStringLiteral("p%1").arg(int(point.x()), 2, 10, QLatin1Char('0'));
                QCOMPARE(point.y(), p.value(key).toDouble());
            }
        }

        // Per input: one point per input, x the baseline's value and y the candidate's.
        int points = 0;
        for (QXYSeries *scatter :
             Ui::ExperimentCharts::inputSeries(results()->perInputPanel()->chart())) {
            for (const QPointF &point : scatter->points()) {
                ++points;
                bool matched = false;
                for (int i = 0; i < 6; ++i) {
                    const QString input = QStringLiteral("in-%1").arg(i);
                    const double greedy =
                        serverDistribution(
                            server, {input, QStringLiteral("greedy"), QStringLiteral("greedy")})
                            .value(QStringLiteral("mean"))
                            .toDouble();
                    const double dp =
                        serverDistribution(server,
                                           {input, QStringLiteral("dp"), QStringLiteral("dp")})
                            .value(QStringLiteral("mean"))
                            .toDouble();
                    matched |= point == QPointF(greedy, dp);
                }
                QVERIFY(matched);
            }
        }
        QCOMPARE(points, 6);

        // The summary table: means and the delta against the baseline.
        Models::ExperimentSummaryModel *table = results()->summaryModel();
        QCOMPARE(table->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const QString instance =
                table->index(r, Models::ExperimentSummaryModel::Instance).data().toString();
            const double mean = serverDistribution(server, {instance, instance})
                                    .value(QStringLiteral("mean"))
                                    .toDouble();
            QCOMPARE(table->index(r, Models::ExperimentSummaryModel::Mean)
                         .data(Models::ExperimentSummaryModel::UnderlyingDataRole)
                         .toDouble(),
                     mean);
            const double baseline =
                serverDistribution(server, {QStringLiteral("greedy"), QStringLiteral("greedy")})
                    .value(QStringLiteral("mean"))
                    .toDouble();
            QCOMPARE(table->index(r, Models::ExperimentSummaryModel::DeltaMean)
                         .data(Models::ExperimentSummaryModel::UnderlyingDataRole)
                         .toDouble(),
                     mean - baseline);
        }
    }

    void clickingAPointOpensItsRun()
    {
        QXYSeries *clicked = nullptr;
        for (QXYSeries *s :
             Ui::ExperimentCharts::inputSeries(results()->perInputPanel()->chart())) {
            if (s->count() > 0)
                clicked = s;
        }
        QVERIFY(clicked);
        QSignalSpy opened(tab(), &Ui::ExperimentsTab::openRunRequested);
        // As the chart reports a click on a point: its menu's first entry is the candidate's
        // run; the run list is fetched if not there yet.
        Q_EMIT clicked->clicked(clicked->at(0));
        auto *menu = results()->findChild<QMenu *>();
        QVERIFY(menu);
        menu->actions().at(0)->trigger();
        menu->close();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const QString runId = opened.first().first().toString();
        const QJsonObject run =
            m_http->get(QStringLiteral("/v1/applications/knapsack/runs/%1/metadata").arg(runId))
                .object();
        QCOMPARE(
            run[QStringLiteral("metadata")][QStringLiteral("application_instance_id")].toString(),
            QStringLiteral("dp"));
        auto *tabs = m_console->window.findChild<QTabWidget *>();
        QCOMPARE(tabs->currentWidget(), m_console->window.runsTab());
        QTRY_COMPARE(m_console->window.runsTab()->detail()->runId(), runId);
        tabs->setCurrentWidget(tab());
    }

    // The runs of one input, compared from its point of the per-input chart.
    void comparingTheRunsOfAnInput()
    {
        QXYSeries *series = nullptr;
        for (QXYSeries *s :
             Ui::ExperimentCharts::inputSeries(results()->perInputPanel()->chart())) {
            if (s->count() > 0)
                series = s;
        }
        QVERIFY(series);
        const QString inputId = Ui::ExperimentCharts::inputIdAt(series, series->at(0));
        QMenu *menu = results()->showInputMenu(inputId, {});
        QVERIFY(menu);
        menu->actions().at(2)->trigger();
        menu->close();
        auto *comparison = waitForDialog<Ui::CompareRunsWindow>();
        QVERIFY(comparison);
        QTRY_VERIFY_WITH_TIMEOUT(comparison->isLoaded(), 20000);
        QStringList instances;
        for (const Api::RunInformation &run : comparison->runs().runs()) {
            QCOMPARE(run.metadata.inputId, inputId);
            instances.append(run.metadata.instanceId);
        }
        instances.sort();
        QCOMPARE(instances, (QStringList{"dp", "greedy"}));
        comparison->close();
    }

    void exportsAndPalettes()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("summary.csv"));
        QVERIFY(results()->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("greedy")));
        QVERIFY(text.contains(QStringLiteral("dp")));
        const QString png = dir.filePath(QStringLiteral("box.png"));
        QVERIFY(results()->boxPlotPanel()->exportPng(png));
        QVERIFY(!QImage(png).isNull());

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        results()->boxPlotPanel()->setPalette(dark);
        QCOMPARE(results()->boxPlotPanel()->chart()->theme(), QChart::ChartThemeDark);
        results()->boxPlotPanel()->setPalette(QPalette());
        QCOMPARE(results()->boxPlotPanel()->chart()->theme(), QChart::ChartThemeLight);
    }

    void optionSetsRepetitionsAndAVersion()
    {
        QPointer<Ui::NewExperimentWizard> wizard =
            runWizard(QStringLiteral("dp options"), QStringLiteral("six"),
                      {QStringLiteral("version:greedy")});
        QVERIFY(wizard);
        wizard->addOptionSet(QStringLiteral("dp"), QStringLiteral("solve.algorithm=dp"));
        wizard->addOptionSet(QStringLiteral("bad"), QStringLiteral("no equals sign"));
        wizard->addOptionSet(QStringLiteral("greedy"), QStringLiteral("solve.algorithm=greedy"));
        wizard->setRepetitions(2);
        QCOMPARE(wizard->plannedRuns(), qint64(36));
        QVERIFY(!wizard->request()); // the malformed option set is named
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("wizardError"))
                    ->text()
                    .contains(QStringLiteral("no equals sign")));
        auto *sets = wizard->findChild<QTableWidget *>(QStringLiteral("optionSets"));
        sets->removeRow(1);
        const auto request = wizard->request();
        QVERIFY(request);
        QCOMPARE(request.value().runs.size(), 24);
        QSignalSpy created(wizard.data(), &Ui::NewExperimentWizard::experimentCreated);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QString id = created.first().first().toString();
        // The view shows the new experiment (not the one before) first, then it completes.
        QTRY_COMPARE_WITH_TIMEOUT(results()->experiment().id, id, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(results()->experiment().status),
                                  QStringLiteral("completed"), 60000);
        // Option sets are compared side by side, each with its 6 inputs × 2 repetitions.
        Models::ExperimentSummaryModel *table = results()->summaryModel();
        QCOMPARE(table->rowCount(), 2);
        QStringList targets;
        for (int row = 0; row < 2; ++row) {
            targets.append(
                table->index(row, Models::ExperimentSummaryModel::Instance).data().toString());
            QCOMPARE(table->index(row, Models::ExperimentSummaryModel::Count).data().toInt(), 12);
        }
        QVERIFY(targets.contains(QStringLiteral("version:greedy · dp")));
        QVERIFY(targets.contains(QStringLiteral("version:greedy · greedy")));
        QVERIFY(targets.contains(results()->baseline()));
    }

    void aRefusedRequestKeepsTheWizardOpen()
    {
        QPointer<Ui::NewExperimentWizard> wizard =
            runWizard(QStringLiteral("again"), QStringLiteral("six"),
                      {QStringLiteral("instance:dp")}, m_firstExperiment);
        QVERIFY(wizard);
        wizard->button(QWizard::FinishButton)->click();
        auto *error = wizard->findChild<QLabel *>(QStringLiteral("wizardError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("experimentName"))->text() ==
                QStringLiteral("again"));
        wizard->reject();
    }

    void acceptanceTestVerdicts()
    {
        tab()->showBatchExperiment(m_firstExperiment);
        QTRY_COMPARE(results()->experiment().id, m_firstExperiment);
        auto *newTest = tab()->findChild<QAbstractButton *>(QStringLiteral("newAcceptanceTest"));
        QTRY_VERIFY(newTest->isEnabled());
        newTest->click();
        auto *dialog = tab()->findChild<Ui::NewAcceptanceTestDialog *>();
        QVERIFY(dialog);
        dialog->setInstances(QStringLiteral("greedy"), QStringLiteral("dp"));
        Api::AcceptanceMetric strict; // dp's mean must not be below greedy's
        Api::AcceptanceMetric impossible;
        impossible.statistic = QStringLiteral("max");
        impossible.op = QStringLiteral("lt");
        impossible.toleranceType = QStringLiteral("relative");
        impossible.toleranceValue = 0.5;
        dialog->addMetric(impossible);
        QSignalSpy created(dialog, &Ui::NewAcceptanceTestDialog::acceptanceTestCreated);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QString id = created.first().first().toString();

        Ui::AcceptanceResultsView *view = tab()->acceptanceView();
        QTRY_COMPARE_WITH_TIMEOUT(view->test().id, id, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->test().hasResults, 20000);
        const QJsonObject server =
            m_http->get(QStringLiteral("/v1/applications/knapsack/experiments/acceptance/") + id)
                .object();
        const QJsonArray metrics =
            server[QStringLiteral("results")][QStringLiteral("metric_results")].toArray();
        QCOMPARE(view->table()->model()->rowCount(), metrics.size());
        int failed = 0;
        for (int r = 0; r < metrics.size(); ++r) {
            const bool passed = metrics.at(r)[QStringLiteral("passed")].toBool();
            failed += passed ? 0 : 1;
            QCOMPARE(view->table()->model()->index(r, 0).data().toString(),
                     passed ? QStringLiteral("Passed") : QStringLiteral("Failed"));
        }
        const bool overall = server[QStringLiteral("results")][QStringLiteral("passed")].toBool();
        QCOMPARE(view->verdictText().startsWith(QStringLiteral("Passed")), overall);
        view->setOutcomeFilter(Ui::AcceptanceResultsView::OutcomeFilter::Failed);
        QCOMPARE(view->table()->model()->rowCount(), failed);
        view->setOutcomeFilter(Ui::AcceptanceResultsView::OutcomeFilter::All);
        // The list follows what is shown.
        auto *list = tab()->findChild<QTableView *>(QStringLiteral("experimentList"));
        QTRY_COMPARE(list->currentIndex().data(Models::ExperimentListModel::IdRole).toString(), id);
        QCOMPARE(list->currentIndex().data(Models::ExperimentListModel::KindRole).toInt(),
                 int(Models::ExperimentListModel::Kind::Acceptance));
        QTRY_VERIFY(
            tab()->model()->indexOf(Models::ExperimentListModel::Kind::Acceptance, id).isValid());
    }

    void cancelARunningExperiment()
    {
        QPointer<Ui::NewExperimentWizard> wizard = runWizard(
            QStringLiteral("slow"), QStringLiteral("slow"), {QStringLiteral("instance:slow")});
        QVERIFY(wizard);
        QSignalSpy created(wizard.data(), &Ui::NewExperimentWizard::experimentCreated);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QString id = created.first().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(results()->experiment().id, id, 10000);
        // Nothing to draw before the first run ends, and the charts say so.
        QCOMPARE(results()->boxPlotPanel()->chart()->title(),
                 QStringLiteral("Waiting for the first runs to finish…"));
        auto *cancel = results()->findChild<QAbstractButton *>(QStringLiteral("cancelExperiment"));
        QVERIFY(cancel->isVisibleTo(results()));

        // Switching shows "loading" at once: nothing of the running one stays, Cancel included.
        tab()->showBatchExperiment(m_firstExperiment);
        auto *loading = tab()->findChild<QLabel *>(QStringLiteral("experimentLoading"));
        QVERIFY(loading->isVisibleTo(tab()));
        QVERIFY(loading->text().contains(QStringLiteral("greedy vs dp")));
        QVERIFY(results()->experiment().id.isEmpty());
        QVERIFY(!cancel->isVisibleTo(results()));
        QTRY_COMPARE_WITH_TIMEOUT(results()->experiment().id, m_firstExperiment, 10000);
        QVERIFY(!loading->isVisibleTo(tab()));
        tab()->showBatchExperiment(id);
        QTRY_COMPARE_WITH_TIMEOUT(results()->experiment().id, id, 10000);
        QVERIFY(cancel->isVisibleTo(results()));
        answerNextMessageBox(QMessageBox::Yes);
        cancel->click();
        QCOMPARE(waitForServer(id, QStringLiteral("canceled"))[QStringLiteral("status")].toString(),
                 QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(Api::toString(results()->experiment().status),
                                  QStringLiteral("canceled"), 10000);
        QTRY_VERIFY(!cancel->isVisibleTo(results()));
    }

    void renameKeepsTheResults()
    {
        tab()->showBatchExperiment(m_firstExperiment);
        QTRY_COMPARE(results()->experiment().id, m_firstExperiment);
        tab()->findChild<QAbstractButton *>(QStringLiteral("renameExperiment"))->click();
        auto *dialog = tab()->findChild<Ui::NameDescriptionDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("greedy against dp"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(batches + QLatin1Char('/') + m_firstExperiment)
                                      .object()[QStringLiteral("name")]
                                      .toString(),
                                  QStringLiteral("greedy against dp"), 10000);
        QTRY_COMPARE(tab()
                         ->model()
                         ->indexOf(Models::ExperimentListModel::Kind::Batch, m_firstExperiment)
                         .data()
                         .toString(),
                     QStringLiteral("greedy against dp"));
        QTRY_COMPARE(results()->experiment().name, QStringLiteral("greedy against dp"));
        QCOMPARE(results()->summaryModel()->rowCount(), 2);
    }

    void deleteAsksFirst()
    {
        tab()->showBatchExperiment(m_firstExperiment);
        QTRY_COMPARE(results()->experiment().id, m_firstExperiment);
        // The question is opened, not exec()ed: the call returns while it waits.
        tab()->deleteCurrent();
        QVERIFY(answerOpenMessageBox(QMessageBox::No));
        QTest::qWait(300);
        QCOMPARE(m_http->get(batches + QLatin1Char('/') + m_firstExperiment).status, 200);
        tab()->deleteCurrent();
        QVERIFY(answerOpenMessageBox(QMessageBox::Yes));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(batches + QLatin1Char('/') + m_firstExperiment).status, 404, 10000);
        QTRY_VERIFY(!tab()
                         ->model()
                         ->indexOf(Models::ExperimentListModel::Kind::Batch, m_firstExperiment)
                         .isValid());
    }
};

QTEST_MAIN(TestExperimentsTab)
#include "tst_experimentstab.moc"
