// What every bench reports: one figure per target of issue 12 (P1…P7), measured against a floor
// taken in the same run. A figure prints as one line and, when NEXTDESK_BENCH_RESULTS names a
// file, is appended to it as one JSON line; bench_report gathers those into results.json.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Bench {

double median(QList<double> values);

// A further condition of a target (e.g. "console RSS ≤ 400 MB" beside a pages/s ratio).
struct Check
{
    QString name;
    double value = 0;
    double limit = 0;
    QString unit;
    bool atMost = true; // value ≤ limit passes; otherwise value ≥ limit passes

    bool pass() const { return atMost ? value <= limit : value >= limit; }
};

struct Figure
{
    QString id; // "P1", "P3-stall", …
    QString what; // one line for people
    double value = 0; // the measure; in ms when the target is a time
    double floor = 0; // 0: the target is an absolute time, no floor
    QString unit; // of value and floor
    QString target; // as the issue states it, e.g. "≤ 2× floor"
    double limit = 0; // of the ratio value/floor, or of value when there is no floor
    bool atMost = true;
    QList<Check> checks;

    bool hasFloor() const { return floor > 0; }
    double ratio() const { return hasFloor() ? value / floor : 0; }
    bool pass() const;
};

// Prints the figure and appends it to $NEXTDESK_BENCH_RESULTS (if set).
void report(const Figure &figure);

// A figure that could not be measured (the server did not start, …): reported as failing.
void reportFailure(const QString &id, const QString &reason);

// Resident set size of a process (0: this one) in MB, from /proc; 0 where not available.
double residentMb(qint64 pid = 0);
// Peak resident set size (VmHWM) in MB; 0 where not available.
double peakResidentMb(qint64 pid = 0);

// The longest time the event loop of this thread went without running a 1 ms timer: what a
// user feels as a freeze. Start it, do the work while the loop runs, read longestMs().
class StallProbe : public QObject
{
public:
    StallProbe();
    void start();
    void stop();
    double longestMs() const { return m_longestNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longestNs = 0;
};

// Runs the event loop until done() or the time-out; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 600000);

// The bench's scale: "--quick" among the arguments picks the small one.
bool quickScale(int argc, char *argv[]);

} // namespace Bench
