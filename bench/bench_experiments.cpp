// Benchmark of the experiment results view. Prints figures (not a test): for a batch experiment
// of 10 instances × 1000 inputs (server-shaped JSON with two statistics), the time to decode it,
// to fill the view (summary model and the three charts), to paint each chart, and to switch the
// metric; next to the same steps for 2 instances × 5 inputs (the floor: fixed costs only).
// Usage: bench_experiments [instances=10] [inputs=1000] [--screenshots DIR]
#include "server/experiments/distribution.h"
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

struct Figures
{
    double decodeMs = 0;
    double fillMs = 0;
    double paintMs = 0; // all three charts
    double switchMs = 0; // another metric, filled and the shown chart painted
    // What the window spends: the console decodes large answers on a worker thread.
    double guiThreadMs() const { return fillMs + paintMs; }
};

double msSince(QElapsedTimer &clock)
{
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    return ms;
}

Figures measure(int instances, int inputs, const QString &screenshots)
{
    const QByteArray json = experimentJson(instances, inputs);
    Ui::BatchResultsView view;
    view.resize(1280, 900);
    view.show();
    QCoreApplication::processEvents();
    auto *charts = view.findChild<QTabWidget *>();
    Figures f;
    QElapsedTimer clock;
    clock.start();
    const auto experiment =
        Api::BatchExperiment::fromJson(QJsonDocument::fromJson(json).object()).value();
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
            QDir(screenshots)
                .filePath(
                    QStringLiteral("results-%1x%2-tab%3.png").arg(instances).arg(inputs).arg(tab)));
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
            QDir(screenshots)
                .filePath(QStringLiteral("results-%1x%2-dark.png").arg(instances).arg(inputs)));
    }
    return f;
}

void print(const char *label, const Figures &f)
{
    out << label << ": decode " << f.decodeMs << " ms (worker thread); fill " << f.fillMs
        << " ms + paint 3 charts " << f.paintMs << " ms = " << f.guiThreadMs()
        << " ms on the GUI thread; metric switch " << f.switchMs << " ms\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString screenshots;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshots")); at >= 0) {
        screenshots = args.value(at + 1);
        args.remove(at, 2);
        QDir().mkpath(screenshots);
    }
    const int instances = args.value(0, QStringLiteral("10")).toInt();
    const int inputs = args.value(1, QStringLiteral("1000")).toInt();
    out.setRealNumberPrecision(3);
    out.setRealNumberNotation(QTextStream::FixedNotation);

    (void)measure(2, 5, {}); // warm-up: fonts, styles, chart themes
    const Figures floor = measure(2, 5, screenshots);
    const Figures big = measure(instances, inputs, screenshots);
    print("floor 2 x 5", floor);
    print(qPrintable(QStringLiteral("results %1 x %2").arg(instances).arg(inputs)), big);
    out << "ratio GUI-thread time " << big.guiThreadMs() / floor.guiThreadMs() << ", metric switch "
        << big.switchMs / floor.switchMs << "\n";
    return 0;
}
