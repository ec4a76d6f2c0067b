// Benchmark of the command palette's list. Prints figures (not a test): with N runs loaded
// (default 100,000, names and IDs shaped like the server's), the time to take the entries when
// the palette opens, for each key while typing a query, for each Backspace, and for a query
// typed afresh; the slowest key is what a person would feel.
// Usage: bench_palette [runs=100000 | --quick]
#include "models/palette/commandpalettemodel.h"
#include "support/benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

QList<Models::PaletteEntry> entries(int runs)
{
    using Kind = Models::PaletteEntry::Kind;
    static const QStringList words{QStringLiteral("nightly"),  QStringLiteral("knapsack"),
                                   QStringLiteral("routing"),  QStringLiteral("depot"),
                                   QStringLiteral("north"),    QStringLiteral("weekly"),
                                   QStringLiteral("baseline"), QStringLiteral("candidate"),
                                   QStringLiteral("shift"),    QStringLiteral("scheduling")};
    QRandomGenerator random(42);
    QList<Models::PaletteEntry> list;
    list.reserve(runs + 20);
    for (int i = 0; i < runs; ++i) {
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(words.at(random.bounded(words.size())), words.at(random.bounded(words.size())))
                .arg(i);
        const QString id =
            QStringLiteral("main-%1").arg(random.generate64(), 16, 16, QLatin1Char('0'));
        list.append({Kind::Run, name, id, [] {}, true});
    }
    for (const QString &action :
         {QStringLiteral("New Run…"), QStringLiteral("New Application…"), QStringLiteral("Refresh"),
          QStringLiteral("Find Runs"), QStringLiteral("Account Queue"),
          QStringLiteral("Command Palette…"), QStringLiteral("About NextDesk")})
        list.append({Kind::Action, action, QStringLiteral("File"), [] {}, true});
    return list;
}

struct Timing
{
    qint64 slowestUs = 0;
    qint64 totalUs = 0;
    int keys = 0;

    void add(qint64 us)
    {
        slowestUs = std::max(slowestUs, us);
        totalUs += us;
        ++keys;
    }
    QString text() const
    {
        return QStringLiteral("slowest %1 ms, mean %2 ms over %3 keys")
            .arg(slowestUs / 1000.0, 0, 'f', 1)
            .arg(totalUs / 1000.0 / std::max(1, keys), 0, 'f', 1)
            .arg(keys);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const int runs = argc > 1 && !quick ? QString::fromLocal8Bit(argv[1]).toInt()
        : quick                         ? 10000
                                        : 100000;
    Models::CommandPaletteModel model;
    QElapsedTimer timer;

    QList<Models::PaletteEntry> list = entries(runs);
    timer.start();
    model.setEntries(std::move(list));
    out << "runs: " << runs
        << "\nopen (take and sort the entries): " << timer.nsecsElapsed() / 1000000.0 << " ms\n";

    for (const QString &query : {QStringLiteral("knap depot 7"), QStringLiteral("main-3f")}) {
        Timing typing;
        QString typed;
        for (const QChar c : query) {
            typed.append(c);
            timer.restart();
            model.setQuery(typed);
            typing.add(timer.nsecsElapsed() / 1000);
        }
        out << "typing '" << query << "': " << typing.text() << ", " << model.matchCount()
            << " matches at the end\n";
        Timing erasing;
        while (!typed.isEmpty()) {
            typed.chop(1);
            timer.restart();
            model.setQuery(typed);
            erasing.add(timer.nsecsElapsed() / 1000);
        }
        out << "Backspace to empty: " << erasing.text() << '\n';
    }
    model.setQuery(QStringLiteral("x"));
    timer.restart();
    model.setQuery(QStringLiteral("acq"));
    out << "query typed afresh ('acq'): " << timer.nsecsElapsed() / 1000000.0
        << " ms, top: " << model.index(0).data().toString() << '\n';
    out.flush();
    return 0;
}
