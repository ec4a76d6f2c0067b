// nextdesk-testapp: a decision app whose timing, logs, output and exit status the input controls.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <thread>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kTickInterval = std::chrono::milliseconds(100);
// Short slices keep the total sleep close to the requested time and the ticks on schedule.
constexpr auto kSleepSlice = std::chrono::milliseconds(10);

QByteArray readAll(std::FILE *stream)
{
    QByteArray data;
    char buffer[65536];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, stream)) > 0)
        data.append(buffer, qsizetype(count));
    return data;
}

void writeAll(std::FILE *stream, const QByteArray &data)
{
    std::fwrite(data.constData(), 1, std::size_t(data.size()), stream);
    std::fflush(stream);
}

// Negative or non-numeric counts mean "none": the tests only ever ask for positive amounts.
qint64 readCount(const QJsonObject &input, const char *key)
{
    return std::max<qint64>(0, input.value(QLatin1String(key)).toInteger(0));
}

// Each line is flushed on its own so a server tailing the log sees it immediately.
void writeLogLines(qint64 count)
{
    for (qint64 i = 1; i <= count; ++i) {
        std::fprintf(stderr, "log line %lld\n", static_cast<long long>(i));
        std::fflush(stderr);
    }
}

// Exactly count 'x' characters, 100 to a line; the newlines come on top so a test can compare
// the number of x's it finds with what it asked for.
void writeLogBytes(qint64 count)
{
    constexpr qint64 lineLength = 100;
    const QByteArray fullLine = QByteArray(lineLength, 'x') + '\n';
    for (; count >= lineLength; count -= lineLength)
        writeAll(stderr, fullLine);
    if (count > 0)
        writeAll(stderr, QByteArray(count, 'x') + '\n');
}

void sleepWithTicks(qint64 milliseconds)
{
    const Clock::time_point start = Clock::now();
    const Clock::time_point end = start + std::chrono::milliseconds(milliseconds);
    Clock::time_point nextTick = start + kTickInterval;
    long long tick = 0;
    for (Clock::time_point now = start; now < end; now = Clock::now()) {
        std::this_thread::sleep_for(std::min<Clock::duration>(kSleepSlice, end - now));
        // Catch up rather than drift if the process was descheduled for a while.
        while (nextTick <= Clock::now() && nextTick <= end) {
            std::fprintf(stderr, "tick %lld\n", ++tick);
            std::fflush(stderr);
            nextTick += kTickInterval;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    const Clock::time_point start = Clock::now();
#ifdef _WIN32
    // Byte counts and raw_stdout must not be altered by CRLF translation.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif

    // "-name value" pairs become options, as the platform passes them; "--name=value" and
    // "-name=value" are accepted too so any option style round-trips.
    QJsonObject options;
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == "--version") {
            std::printf("nextdesk-testapp 1\n");
            return 0;
        }
        if (!arg.startsWith('-') || arg == "-" || arg == "--")
            continue;
        arg.remove(0, arg.startsWith("--") ? 2 : 1);
        const qsizetype equals = arg.indexOf('=');
        if (equals >= 0)
            options.insert(arg.left(equals), arg.mid(equals + 1));
        else
            options.insert(arg, i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString());
    }

    const QByteArray raw = readAll(stdin);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "nextdesk-testapp: input is not valid JSON: %s at offset %d\n",
                     qPrintable(parseError.errorString()), parseError.offset);
        return 2;
    }
    // Valid JSON that is not an object (e.g. an array) simply carries no behaviour fields.
    QJsonObject input = document.object();
    // Options stand in for behaviour fields, so that runs of one input can differ by their
    // options alone (ensemble run groups, shadow candidates): -value, -sleep_ms, -exit_code.
    for (const char *key : {"value", "sleep_ms", "exit_code"}) {
        if (options.contains(QLatin1String(key)))
            input.insert(QLatin1String(key),
                         options.value(QLatin1String(key)).toString().toDouble());
    }
    // "-custom.NAME number" adds statistics.result.custom.NAME.
    QJsonObject custom{{"echo", true}};
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("custom.")))
            custom.insert(it.key().mid(7), it.value().toString().toDouble());
    }

    writeLogLines(readCount(input, "stderr_lines"));
    writeLogBytes(readCount(input, "stderr_bytes"));
    sleepWithTicks(readCount(input, "sleep_ms"));
    if (input.value("crash").toBool(false)) {
        std::fprintf(stderr, "nextdesk-testapp: crashing on request\n");
        std::fflush(stderr);
        std::abort();
    }

    const int exitCode = int(input.value("exit_code").toInteger(0));
    if (input.value("raw_stdout").isString()) {
        writeAll(stdout, input.value("raw_stdout").toString().toUtf8());
        return exitCode;
    }

    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    QJsonObject output{{"options", options},
                       {"echo_size", qint64(raw.size())},
                       {"solutions", QJsonArray{QJsonObject{}}},
                       {"statistics",
                        QJsonObject{{"schema", "v1"},
                                    {"run", QJsonObject{{"duration", elapsed}}},
                                    {"result",
                                     QJsonObject{{"value", input.value("value").toDouble(0.0)},
                                                 {"custom", custom}}}}}};
    const qint64 padding = readCount(input, "output_padding_bytes");
    if (padding > 0)
        output.insert("padding", QString(qsizetype(padding), QLatin1Char('p')));

    writeAll(stdout, QJsonDocument(output).toJson(QJsonDocument::Compact) + '\n');
    return exitCode;
}
