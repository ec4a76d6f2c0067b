// P7: the experiment results view for a batch experiment of 10 instances × 1000 inputs
// (server-shaped JSON with two statistics): the GUI thread's time to decode the answer, fill
// the view (summary table, pickers, charts) and paint each of its three charts, next to the
// same for 2 instances × 5 inputs (the floor: the view's fixed costs); median of 5 (3 with
// --quick, same sizes). The console decodes answers of 256 KiB and more on a worker thread
// (Api::NextmvClient), so a large answer's decode is not GUI-thread time, a small one's is.
// Check: switching the metric, with the chart it changes painted, within 30 ms.
// Usage: bench_experiments [--quick] [instances=10 inputs=1000] [--screenshots DIR]
#include "server/experiments/distribution.h"
#include "support/benchreport.h"
#include "ui/experiments/batchresultsview.h"
#include "ui/widgets/chartpanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QTextStream out(stdout);

QJsonObject group(const QStringList &keys, const QStringList &values,
                  const QMap<QString, QList<double>> &indicators)
{
    QJsonObject distributions;
    for (auto it = indicators.constBegin(); it != indicators.constEnd(); ++it)
        distributions.insert(it.key(), Server::Distribution::of(it.value()).toJson());
    return {{QStringLiteral("group_keys"), QJsonArray::fromStringList(keys)},
            {QStringLiteral("group_values"), QJsonArray::fromStringList(values)},
            {QStringLiteral("indicator_keys"), QJsonArray::fromStringList(indicators.keys())},
            {QStringLiteral("indicator_distributions"), distributions}};
}

// What the server answers for an experiment of `instances` × `inputs` single runs.
QByteArray experimentJson(int instances, int inputs)
{
    QRandomGenerator random(42);
    QJsonArray groups;
    QStringList ids;
    for (int i = 0; i < instances; ++i) {
        const QString instance = QStringLiteral("instance-%1").arg(i);
        ids.append(instance);
        QMap<QString, QList<double>> all;
        for (int n = 0; n < inputs; ++n) {
            const QString input = QStringLiteral("input-%1").arg(n, 4, 10, QLatin1Char('0'));
            const double value = 1000 + 10 * i + random.bounded(200.0);
            const double duration = 50 + random.bounded(500.0);
            all[QStringLiteral("result.value")].append(value);
            all[QStringLiteral("run.duration.ms")].append(duration);
            groups.append(group({QStringLiteral("inputID"), QStringLiteral("instanceID"),
                                 QStringLiteral("versionID")},
                                {input, instance, QStringLiteral("v1")},
                                {{QStringLiteral("result.value"), {value}},
                                 {QStringLiteral("run.duration.ms"), {duration}}}));
        }
        groups.append(group({QStringLiteral("instanceID"), QStringLiteral("versionID")},
                            {instance, QStringLiteral("v1")}, all));
    }
    const int runs = instances * inputs;
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("bench")},
                           {QStringLiteral("name"), QStringLiteral("bench")},
                           {QStringLiteral("status"), QStringLiteral("completed")},
                           {QStringLiteral("input_set_id"), QStringLiteral("set")},
                           {QStringLiteral("instance_ids"), QJsonArray::fromStringList(ids)},
                           {QStringLiteral("number_of_requested_runs"), runs},
                           {QStringLiteral("number_of_runs"), runs},
                           {QStringLiteral("number_of_completed_runs"), runs},
                           {QStringLiteral("created_at"), QStringLiteral("2026-11-27T00:00:00Z")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-27T00:00:00Z")},
                           {QStringLiteral("grouped_distributional_summaries"), groups}})
        .toJson(QJsonDocument::Compact);
}

// Api::NextmvClient's threshold: smaller answers are decoded on the GUI thread.
constexpr qsizetype offThreadDecodeBytes = 256 * 1024;

struct Figures
{
    double decodeMs = 0;
    bool decodedOnGuiThread = true;
    double fillMs = 0;
    double paintMs = 0; // all three charts
    double switchMs = 0; // another metric, filled and the shown chart painted
    double guiThreadMs() const { return (decodedOnGuiThread ? decodeMs : 0) + fillMs + paintMs; }
};

double msSince(QElapsedTimer &clock)
{
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    return ms;
}

Api::BatchExperiment decode(const QByteArray &json)
{
    return Api::BatchExperiment::fromJson(QJsonDocument::fromJson(json).object()).value();
}

Figures measure(const QByteArray &json, const QString &screenshots, const QString &name)
{
    Ui::BatchResultsView view;
    view.resize(1280, 900);
    view.show();
    QCoreApplication::processEvents();
    auto *charts = view.findChild<QTabWidget *>();
    Figures f;
    QElapsedTimer clock;
    clock.start();
    f.decodedOnGuiThread = json.size() < offThreadDecodeBytes;
    Api::BatchExperiment experiment;
    if (f.decodedOnGuiThread) {
        experiment = decode(json);
    } else {
        // As the console does: on a worker thread while this one runs its event loop.
        QFuture<Api::BatchExperiment> decoded = QtConcurrent::run(decode, json);
        Bench::waitUntil([&decoded] { return decoded.isFinished(); });
        experiment = decoded.result();
    }
    f.decodeMs = msSince(clock);
    view.setExperiment(experiment);
    QCoreApplication::processEvents(); // the layout settles as it would in the running console
    f.fillMs = msSince(clock);
    QList<QPixmap> shots;
    for (int tab = 0; tab < charts->count(); ++tab) {
        charts->setCurrentIndex(tab);
        shots.append(view.grab());
    }
    f.paintMs = msSince(clock);
    for (qsizetype tab = 0; tab < shots.size() && !screenshots.isEmpty(); ++tab)
        shots.at(tab).save(
            QDir(screenshots).filePath(QStringLiteral("results-%1-tab%2.png").arg(name).arg(tab)));
    clock.restart();
    view.setStatistic(QStringLiteral("run.duration.ms"));
    (void)view.grab();
    f.switchMs = msSince(clock);
    if (!screenshots.isEmpty()) {
        // The same view in a dark palette, to check contrast by eye.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        view.setPalette(dark);
        charts->setCurrentIndex(2);
        view.grab().save(
            QDir(screenshots).filePath(QStringLiteral("results-%1-dark.png").arg(name)));
    }
    return f;
}

void print(const QString &label, const Figures &f)
{
    out << label << ": decode " << f.decodeMs
        << (f.decodedOnGuiThread ? " ms (GUI thread)" : " ms (worker thread)") << "; fill "
        << f.fillMs << " ms + paint 3 charts " << f.paintMs << " ms; GUI thread " << f.guiThreadMs()
        << " ms; metric switch " << f.switchMs << " ms\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    QStringList args = app.arguments().mid(1);
    args.removeAll(QStringLiteral("--quick"));
    QString screenshots;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshots")); at >= 0) {
        screenshots = args.value(at + 1);
        args.remove(at, 2);
        QDir().mkpath(screenshots);
    }
    const int instances = args.value(0, QStringLiteral("10")).toInt();
    const int inputs = args.value(1, QStringLiteral("1000")).toInt();
    const int repetitions = quick ? 3 : 5;
    out.setRealNumberPrecision(2);
    out.setRealNumberNotation(QTextStream::FixedNotation);

    const QByteArray small = experimentJson(2, 5);
    const QByteArray large = experimentJson(instances, inputs);
    const QString largeName = QStringLiteral("%1x%2").arg(instances).arg(inputs);
    (void)measure(small, {}, {}); // warm-up: fonts, styles, chart themes
    QList<double> floorMs, largeMs, switchMs;
    for (int i = 0; i < repetitions; ++i) {
        const bool last = i == repetitions - 1;
        const Figures floor = measure(small, last ? screenshots : QString(), QStringLiteral("2x5"));
        const Figures big = measure(large, last ? screenshots : QString(), largeName);
        print(QStringLiteral("floor 2 x 5"), floor);
        print(QStringLiteral("results %1 x %2").arg(instances).arg(inputs), big);
        floorMs.append(floor.guiThreadMs());
        largeMs.append(big.guiThreadMs());
        switchMs.append(big.switchMs);
    }

    Bench::Figure figure;
    figure.id = QStringLiteral("P7");
    figure.what = QStringLiteral("experiment results %1 instances x %2 inputs: GUI-thread time "
                                 "to decode, fill and paint the 3 charts, vs 2 x 5 (median of %3)")
                      .arg(instances)
                      .arg(inputs)
                      .arg(repetitions);
    figure.value = Bench::median(largeMs);
    figure.floor = Bench::median(floorMs);
    figure.unit = QStringLiteral("ms");
    figure.target = QStringLiteral("≤ 1.5× floor");
    figure.limit = 1.5;
    figure.checks.append(
        {QStringLiteral("metric switch"), Bench::median(switchMs), 30, QStringLiteral("ms"), true});
    Bench::report(figure);
    return 0;
}
