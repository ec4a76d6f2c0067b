#include "benchreport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Bench {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', std::abs(value) >= 100 ? 0 : 2);
}

void appendToResults(const QJsonObject &entry)
{
    const QString path = qEnvironmentVariable("NEXTDESK_BENCH_RESULTS");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::Append)) {
        QTextStream(stderr) << "cannot append to " << path << ": " << file.errorString() << '\n';
        return;
    }
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

double procStatusMb(qint64 pid, const char *field)
{
#ifdef Q_OS_LINUX
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid)
                     : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024;
    }
#else
    Q_UNUSED(pid)
    Q_UNUSED(field)
#endif
    return 0;
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

bool Figure::pass() const
{
    const double measured = hasFloor() ? ratio() : value;
    const bool primary = atMost ? measured <= limit : measured >= limit;
    return primary && std::all_of(checks.cbegin(), checks.cend(), [](const Check &check) {
               return check.pass();
           });
}

void report(const Figure &figure)
{
    QTextStream out(stdout);
    out << figure.id << "  " << figure.what << ": " << number(figure.value) << ' ' << figure.unit;
    if (figure.hasFloor())
        out << " vs floor " << number(figure.floor) << ' ' << figure.unit << ", ratio "
            << number(figure.ratio());
    out << " (target " << figure.target << ") " << (figure.pass() ? "PASS" : "FAIL") << Qt::endl;
    QJsonArray checks;
    for (const Check &check : figure.checks) {
        out << "      " << check.name << ": " << number(check.value) << ' ' << check.unit
            << (check.atMost ? " (≤ " : " (≥ ") << number(check.limit) << ") "
            << (check.pass() ? "pass" : "FAIL") << Qt::endl;
        checks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                  {QStringLiteral("value"), check.value},
                                  {QStringLiteral("limit"), check.limit},
                                  {QStringLiteral("unit"), check.unit},
                                  {QStringLiteral("pass"), check.pass()}});
    }
    QJsonObject entry{
        {QStringLiteral("id"), figure.id},
        {QStringLiteral("what"), figure.what},
        {QStringLiteral("value"), figure.value},
        {QStringLiteral("floor"), figure.hasFloor() ? QJsonValue(figure.floor) : QJsonValue()},
        {QStringLiteral("ratio"), figure.hasFloor() ? QJsonValue(figure.ratio()) : QJsonValue()},
        {QStringLiteral("unit"), figure.unit},
        {QStringLiteral("target"), figure.target},
        {QStringLiteral("pass"), figure.pass()}};
    if (!checks.isEmpty())
        entry.insert(QStringLiteral("checks"), checks);
    appendToResults(entry);
}

void reportFailure(const QString &id, const QString &reason)
{
    QTextStream(stdout) << id << "  not measured: " << reason << " FAIL" << Qt::endl;
    appendToResults({{QStringLiteral("id"), id},
                     {QStringLiteral("value"), QJsonValue()},
                     {QStringLiteral("floor"), QJsonValue()},
                     {QStringLiteral("ratio"), QJsonValue()},
                     {QStringLiteral("error"), reason},
                     {QStringLiteral("pass"), false}});
}

double residentMb(qint64 pid)
{
    return procStatusMb(pid, "VmRSS:");
}

double peakResidentMb(qint64 pid)
{
    return procStatusMb(pid, "VmHWM:");
}

StallProbe::StallProbe()
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_longestNs = std::max(m_longestNs, m_sinceLast.nsecsElapsed());
        m_sinceLast.restart();
    });
}

void StallProbe::start()
{
    m_longestNs = 0;
    m_sinceLast.start();
    m_timer.start();
}

void StallProbe::stop()
{
    m_longestNs = std::max(m_longestNs, m_sinceLast.nsecsElapsed());
    m_timer.stop();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    // A loop that sleeps between checks: a busy wait would take a core from what is measured.
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

bool quickScale(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

} // namespace Bench
