// The batch results view without a server: charts are made when first seen (and only the one
// on screen is remade when the metric changes), and the per-input chart draws its points as
// light markers, with no line between them, whose clicks still open the input's run.
#include "ui/experiments/batchresultsview.h"
#include "ui/experiments/experimentcharts.h"
#include "ui/widgets/chartpanel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>

namespace {

QJsonObject distribution(double value)
{
    QJsonObject percentiles;
    for (const char *p : {"p01", "p05", "p10", "p25", "p50", "p75", "p90", "p95", "p99"})
        percentiles.insert(QLatin1String(p), value);
    return {{QStringLiteral("count"), 1},   {QStringLiteral("mean"), value},
            {QStringLiteral("min"), value}, {QStringLiteral("max"), value},
            {QStringLiteral("std"), 0},     {QStringLiteral("percentiles"), percentiles}};
}

QJsonObject group(const QStringList &keys, const QStringList &values, double value)
{
    const QJsonObject indicators{{QStringLiteral("result.value"), distribution(value)},
                                 {QStringLiteral("run.duration.ms"), distribution(value * 2)}};
    return {{QStringLiteral("group_keys"), QJsonArray::fromStringList(keys)},
            {QStringLiteral("group_values"), QJsonArray::fromStringList(values)},
            {QStringLiteral("indicator_keys"), QJsonArray::fromStringList(indicators.keys())},
            {QStringLiteral("indicator_distributions"), indicators}};
}

// Two instances over three inputs; "b" is higher than "a" on every input.
Api::BatchExperiment experiment()
{
    QJsonArray groups;
    for (const QString &instance : {QStringLiteral("a"), QStringLiteral("b")}) {
        const double offset = instance == QLatin1String("a") ? 0 : 5;
        for (int input = 0; input < 3; ++input)
            groups.append(group({QStringLiteral("inputID"), QStringLiteral("instanceID")},
                                {QStringLiteral("in-%1").arg(input), instance},
                                10 + input + offset));
        groups.append(group({QStringLiteral("instanceID")}, {instance}, 11 + offset));
    }
    return Api::BatchExperiment::fromJson(
               {{QStringLiteral("id"), QStringLiteral("e")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("number_of_requested_runs"), 6},
                {QStringLiteral("number_of_runs"), 6},
                {QStringLiteral("number_of_completed_runs"), 6},
                {QStringLiteral("grouped_distributional_summaries"), groups}})
        .value();
}

} // namespace

class TestBatchResultsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChartPanelMakesItsChartWhenFirstSeen()
    {
        QWidget window;
        Ui::ChartPanel panel(QStringLiteral("chart"), &window);
        int made = 0;
        panel.setChart([&made] {
            ++made;
            return new QChart;
        });
        QVERIFY(!panel.findChild<QChartView *>());
        QCOMPARE(made, 0);
        QVERIFY(panel.hasPendingChart());
        window.show();
        QCOMPARE(made, 1);
        QVERIFY(panel.findChild<QChartView *>());
        // Visible: a new recipe is made at once, and only once.
        panel.setChart([&made] {
            ++made;
            return new QChart;
        });
        QCOMPARE(made, 2);
        QVERIFY(panel.chart());
        QCOMPARE(made, 2);
    }

    void onlyTheChartOnScreenIsMadeAndRemade()
    {
        Ui::BatchResultsView view;
        view.resize(900, 700);
        view.show();
        auto *charts = view.findChild<QTabWidget *>();
        QCOMPARE(charts->currentWidget(), static_cast<QWidget *>(view.boxPlotPanel()));
        view.setExperiment(experiment());
        QVERIFY(!view.boxPlotPanel()->hasPendingChart());
        QVERIFY(view.percentilePanel()->hasPendingChart());
        QVERIFY(view.perInputPanel()->hasPendingChart());

        charts->setCurrentWidget(view.perInputPanel());
        QVERIFY(!view.perInputPanel()->hasPendingChart());
        view.setStatistic(QStringLiteral("run.duration.ms"));
        QVERIFY(!view.perInputPanel()->hasPendingChart());
        QVERIFY(view.boxPlotPanel()->hasPendingChart());
        // Asked for (a test, an export), a chart is made even while unseen, for what is chosen.
        QVERIFY(view.boxPlotPanel()->chart()->title().contains(QStringLiteral("run.duration.ms")));
    }

    void perInputPointsAreLightMarkersThatStillOpenTheirRun()
    {
        Ui::BatchResultsView view;
        view.resize(900, 700);
        view.show();
        view.setExperiment(experiment());
        view.setBaseline(QStringLiteral("a"));
        view.setCandidate(QStringLiteral("b"));
        QXYSeries *higher = nullptr;
        for (QXYSeries *series : Ui::ExperimentCharts::inputSeries(view.perInputPanel()->chart())) {
            if (series->count() > 0)
                higher = series;
        }
        QVERIFY(higher);
        QCOMPARE(higher->count(), 3);
        QVERIFY(!higher->lightMarker().isNull());
        QCOMPARE(higher->pen().style(), Qt::NoPen);
        QCOMPARE(higher->pen().color(), higher->property("nextdeskFixedColor").value<QColor>());
        // A theme change keeps them markers only.
        view.perInputPanel()->setPalette(QPalette(Qt::black));
        QCOMPARE(higher->pen().style(), Qt::NoPen);
        QVERIFY(!higher->lightMarker().isNull());
        QCOMPARE(higher->at(1), QPointF(11, 16));

        Api::RunSummary run;
        run.id = QStringLiteral("run-b-1");
        run.instanceId = QStringLiteral("b");
        run.inputId = QStringLiteral("in-1");
        view.setRuns({run});
        QSignalSpy opened(&view, &Ui::BatchResultsView::openRunRequested);
        QSignalSpy compare(&view, &Ui::BatchResultsView::compareRunsRequested);
        QSignalSpy error(&view, &Ui::BatchResultsView::errorOccurred);
        // A click offers the candidate's run first, the baseline's, and a comparison.
        Q_EMIT higher->clicked(higher->at(1));
        auto *menu = view.findChild<QMenu *>();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        menu->actions().at(0)->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), run.id);
        menu->actions().at(2)->trigger(); // only one run on the input so far
        QCOMPARE(compare.size(), 0);
        QCOMPARE(error.size(), 1);
        menu->close();

        Api::RunSummary baselineRun = run;
        baselineRun.id = QStringLiteral("run-a-1");
        baselineRun.instanceId = view.baseline();
        view.setRuns({run, baselineRun});
        QMenu *again = view.showInputMenu(QStringLiteral("in-1"), {});
        QVERIFY(again);
        again->actions().at(2)->trigger();
        QCOMPARE(compare.size(), 1);
        const QStringList compared = compare.first().first().toStringList();
        QCOMPARE(QSet<QString>(compared.cbegin(), compared.cend()),
                 (QSet<QString>{run.id, baselineRun.id}));
        again->close();
    }
};

QTEST_MAIN(TestBatchResultsView)
#include "tst_batchresultsview.moc"
