// Gathers the figures the benches appended (one JSON line each) into results.json, one entry per
// target of issue 12 in the order, and prints them as a table. A target no bench
// reported is listed as failing, so a bench that crashed cannot pass unnoticed.
// Usage: bench_report <figures.jsonl> <results.json>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace {

const QStringList targetIds{QStringLiteral("P1"), QStringLiteral("P2"),       QStringLiteral("P2b"),
                            QStringLiteral("P3"), QStringLiteral("P3-stall"), QStringLiteral("P4"),
                            QStringLiteral("P5"), QStringLiteral("P6"),       QStringLiteral("P7")};

QString cell(const QJsonValue &value)
{
    if (!value.isDouble())
        return QStringLiteral("–");
    const double number = value.toDouble();
    return QString::number(number, 'f', std::abs(number) >= 100 ? 0 : 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 3) {
        QTextStream(stderr) << "usage: bench_report <figures.jsonl> <results.json>\n";
        return 2;
    }
    QMap<QString, QJsonObject> byId; // the last figure of an id wins (a rerun of one bench)
    QFile figures(QString::fromLocal8Bit(argv[1]));
    if (figures.open(QIODevice::ReadOnly)) {
        while (!figures.atEnd()) {
            const QByteArray line = figures.readLine().trimmed();
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (!entry.value(QStringLiteral("id")).toString().isEmpty())
                byId.insert(entry.value(QStringLiteral("id")).toString(), entry);
        }
    }
    QJsonArray results;
    int passed = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("id"), -9)
               .arg(QStringLiteral("value"), 10)
               .arg(QStringLiteral("floor"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"), -22)
               .arg(QStringLiteral("result"));
    for (const QString &id : targetIds) {
        QJsonObject entry = byId.value(id);
        if (entry.isEmpty())
            entry = {{QStringLiteral("id"), id},
                     {QStringLiteral("value"), QJsonValue()},
                     {QStringLiteral("floor"), QJsonValue()},
                     {QStringLiteral("ratio"), QJsonValue()},
                     {QStringLiteral("error"), QStringLiteral("no bench reported it")},
                     {QStringLiteral("pass"), false}};
        const bool pass = entry.value(QStringLiteral("pass")).toBool();
        passed += pass;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(id, -9)
                   .arg(cell(entry.value(QStringLiteral("value"))) + QLatin1Char(' ') +
                            entry.value(QStringLiteral("unit")).toString(),
                        10)
                   .arg(cell(entry.value(QStringLiteral("floor"))), 10)
                   .arg(cell(entry.value(QStringLiteral("ratio"))), 7)
                   .arg(entry.value(QStringLiteral("target")).toString(), -22)
                   .arg(pass ? QStringLiteral("pass")
                             : QStringLiteral("FAIL ") +
                                entry.value(QStringLiteral("error")).toString());
        for (const QJsonValue &check : entry.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = check.toObject();
            out << QStringLiteral("    %1: %2 %3 (limit %4) %5\n")
                       .arg(c.value(QStringLiteral("name")).toString(),
                            cell(c.value(QStringLiteral("value"))),
                            c.value(QStringLiteral("unit")).toString(),
                            cell(c.value(QStringLiteral("limit"))),
                            c.value(QStringLiteral("pass")).toBool() ? QStringLiteral("pass")
                                                                     : QStringLiteral("FAIL"));
        }
        results.append(entry);
    }
    out << passed << " of " << targetIds.size() << " targets met" << Qt::endl;

    QSaveFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "cannot write " << file.fileName() << ": " << file.errorString()
                            << '\n';
        return 1;
    }
    file.write(QJsonDocument(results).toJson());
    return file.commit() ? 0 : 1;
}
