// Benchmark of the table view of a JSON array (issue 13): 100,000 items (default) shown as a
// table in its own window, then sorted by a number column, by a text column, filtered and
// exported as CSV, as a user would do it. Prints the time each step takes until the table
// shows its result, and the longest stall of the window's event loop throughout, with the
// check that it stays under 50 ms. Not a test: the machines are noisy.
// Usage: bench_jsontable [items=100000 | --quick]
#include "models/json/jsontablemodel.h"
#include "support/benchreport.h"
#include "ui/json/jsontableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream out(stdout);

// Items shaped like a decision app's output: ids, names, numbers, a nested object and a list.
QJsonArray items(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        QJsonObject item;
        item.insert(QStringLiteral("id"), QStringLiteral("item-%1").arg(i));
        item.insert(QStringLiteral("name"),
                    QStringLiteral("Item number %1").arg((i * 7919) % count));
        item.insert(QStringLiteral("weight"), (i * 31) % 997);
        item.insert(QStringLiteral("value"), double((i * 17) % 1009) / 7.0);
        item.insert(QStringLiteral("location"),
                    QJsonObject{{QStringLiteral("lat"), 52.0 + (i % 100) / 100.0},
                                {QStringLiteral("lon"), 13.0 + (i % 37) / 37.0}});
        item.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), i % 5});
        array.append(item);
    }
    return array;
}

struct Step
{
    double ms = 0;
    double stallMs = 0; // the window's longest stall during the step
};

// Runs `step` and waits until the model is idle again.
Step timed(Models::JsonTableModel &model, const std::function<void()> &step)
{
    Bench::StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    step();
    Bench::waitUntil([&] { return !model.isBusy(); }, 600000);
    QCoreApplication::processEvents(); // the view takes the result
    Step result{clock.nsecsElapsed() / 1e6, 0};
    probe.stop();
    result.stallMs = probe.longestMs();
    return result;
}

QString describe(const Step &step)
{
    return QStringLiteral("%1 ms (longest stall %2 ms)")
        .arg(QString::number(step.ms, 'f', 0), QString::number(step.stallMs, 'f', 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int count = Bench::quickScale(argc, argv) ? 20000 : 100000;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).toInt() > 0)
            count = QByteArray(argv[i]).toInt();
    }
    const QJsonArray array = items(count);
    out << "JSON table view of " << count << " items" << Qt::endl;

    // The console's window is up when a table is opened: fonts and style are loaded already.
    QTableView warmUp;
    warmUp.show();
    QCoreApplication::processEvents();

    Bench::StallProbe probe;
    probe.start();
    Ui::JsonTableView *view = nullptr;
    Models::JsonTableModel *table = nullptr;
    Bench::StallProbe openProbe;
    openProbe.start();
    QElapsedTimer clock;
    clock.start();
    view = new Ui::JsonTableView(array, QStringLiteral("items"));
    view->resize(1000, 700);
    view->show();
    table = view->model();
    Bench::waitUntil([&] { return !table->isBusy() && table->rowCount() == count; }, 600000);
    QCoreApplication::processEvents();
    openProbe.stop();
    const Step open{clock.nsecsElapsed() / 1e6, openProbe.longestMs()};
    Models::JsonTableModel &model = *table;

    QHeaderView *header = view->table()->horizontalHeader();
    const auto columnOf = [&](const QString &name) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == name)
                return c;
        }
        return -1;
    };
    const Step sortNumber = timed(model, [&] {
        header->setSortIndicator(columnOf(QStringLiteral("weight")), Qt::DescendingOrder);
    });
    const Step sortText = timed(model, [&] {
        header->setSortIndicator(columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    });
    const Step filter = timed(model, [&] {
        view->filter()->setText(QStringLiteral("number 99"));
        Bench::waitUntil([&] { return model.isBusy(); }, 2000); // after the typing pause
    });
    const int filtered = model.rowCount();
    QTemporaryDir dir;
    QSignalSpy exported(view, &Ui::JsonTableView::exported);
    QElapsedTimer exportClock;
    exportClock.start();
    view->exportCsv(dir.filePath(QStringLiteral("table.csv")));
    Bench::waitUntil([&] { return !exported.isEmpty(); }, 600000);
    const double exportMs = exportClock.nsecsElapsed() / 1e6;
    probe.stop();

    out << "  open until shown: " << describe(open) << Qt::endl;
    out << "  sort by a number column: " << describe(sortNumber) << Qt::endl;
    out << "  sort by a text column: " << describe(sortText) << Qt::endl;
    out << "  filter (" << filtered
        << " rows left, after a 200 ms typing pause): " << describe(filter) << Qt::endl;
    out << "  export CSV of the rows shown: " << QString::number(exportMs, 'f', 0) << " ms"
        << Qt::endl;
    const double stall = probe.longestMs();
    out << "  longest GUI stall: " << QString::number(stall, 'f', 1)
        << " ms (≤ 50: " << (stall <= 50 ? "pass" : "FAIL") << ")" << Qt::endl;
    delete view;
    return 0;
}
