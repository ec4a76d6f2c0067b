// Fills a server's data dir with N finished runs of one application, straight through the
// server's store (not HTTP): a million runs take about a minute instead of the hours that many
// real runs would. The runs look like a busy year of production: mostly succeeded, some failed
// or canceled, spread over three instances, with names, statistics, durations and sizes. They
// have no input or output payload. The application must exist already ("nextdesk-server push").
// Usage: bench_seed <data-dir> <app> <runs>
#include "server/handlers/routehelpers.h"
#include "server/store/datastore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

struct InstanceShape
{
    QString instanceId;
    QString versionId;
};

Server::RunRecord syntheticRun(const QString &appId, qint64 index, const QDateTime &createdAt,
                               QRandomGenerator &random)
{
    static const QList<InstanceShape> instances{
        {QStringLiteral("main"), QStringLiteral("v1")},
        {QStringLiteral("nightly"), QStringLiteral("v2")},
        {QStringLiteral("candidate"), QStringLiteral("v3")}};
    static const QStringList words{QStringLiteral("nightly"),  QStringLiteral("depot"),
                                   QStringLiteral("north"),    QStringLiteral("weekly"),
                                   QStringLiteral("baseline"), QStringLiteral("rush"),
                                   QStringLiteral("south"),    QStringLiteral("replan")};
    const InstanceShape &shape = instances.at(random.bounded(int(instances.size())));
    Server::RunRecord record;
    record.info.id = Server::generateId(shape.instanceId);
    if (index % 4 != 0)
        record.info.name = QStringLiteral("%1 %2 %3")
                               .arg(words.at(random.bounded(int(words.size()))),
                                    words.at(random.bounded(int(words.size()))))
                               .arg(index);
    Api::RunMetadata &m = record.info.metadata;
    m.applicationId = appId;
    m.instanceId = shape.instanceId;
    m.versionId = shape.versionId;
    m.createdAt = createdAt;
    m.initiatedAt = createdAt.addMSecs(random.bounded(200));
    const int roll = random.bounded(100);
    m.status = roll < 90 ? Api::RunStatus::Succeeded
        : roll < 98      ? Api::RunStatus::Failed
                         : Api::RunStatus::Canceled;
    if (m.status == Api::RunStatus::Failed)
        m.error = QStringLiteral("the app exited with code 1");
    m.executionDurationMs = 50 + random.bounded(60000);
    m.durationMs = m.executionDurationMs + random.bounded(300);
    m.executionClass = QStringLiteral("local");
    m.runtime = QStringLiteral("local");
    m.inputSize = 200 + random.bounded(2000000);
    m.outputSize = m.status == Api::RunStatus::Succeeded ? 100 + random.bounded(500000) : 0;
    if (m.status == Api::RunStatus::Succeeded)
        m.statistics = {{QStringLiteral("result"),
                         QJsonObject{{QStringLiteral("value"), random.bounded(100000)}}}};
    return record;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 4) {
        QTextStream(stderr) << "usage: bench_seed <data-dir> <app> <runs>\n";
        return 2;
    }
    const QString appId = QString::fromLocal8Bit(argv[2]);
    const qint64 runs = QByteArray(argv[3]).toLongLong();
    Server::DataStore store(QString::fromLocal8Bit(argv[1]));
    if (auto opened = store.open(); !opened) {
        QTextStream(stderr) << "cannot open the store: " << opened.error().message << '\n';
        return 1;
    }
    if (!store.application(appId)) {
        QTextStream(stderr) << "no application '" << appId << "' in that data dir\n";
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(42);
    // A year back from now, in order, so that the newest runs come first as in real use.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const qint64 stepMs = runs > 0 ? 365LL * 24 * 3600 * 1000 / runs : 0;
    constexpr qint64 perTransaction = 50000;
    for (qint64 i = 0; i < runs; ++i) {
        if (i % perTransaction == 0 && !store.database().transaction()) {
            QTextStream(stderr) << "cannot begin a transaction\n";
            return 1;
        }
        Server::RunRecord record = syntheticRun(appId, i, start.addMSecs(i * stepMs), random);
        if (auto stored = store.insertRun(record); !stored) {
            QTextStream(stderr) << "insert failed: " << stored.error().message << '\n';
            return 1;
        }
        if ((i + 1) % perTransaction == 0 || i + 1 == runs) {
            if (!store.database().commit()) {
                QTextStream(stderr) << "cannot commit\n";
                return 1;
            }
        }
        if ((i + 1) % 200000 == 0)
            out << (i + 1) << " runs…" << Qt::endl;
    }
    out << runs << " runs stored in " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s"
        << Qt::endl;
    return 0;
}
