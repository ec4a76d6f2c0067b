// knapsack: a 0/1 knapsack decision app (greedy or exact DP) following the Nextmv app contract.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Largest integer a JSON number (an IEEE double) carries exactly; beyond it weights would be
// silently rounded by every JSON reader, so we refuse them instead.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// The DP keeps one decision bit per cell (2e8 bits = 25 MB) plus one row of doubles; both limits
// keep the worst case well under a gigabyte.
constexpr std::int64_t kMaxDpCells = 200'000'000;
constexpr std::int64_t kMaxDpRow = 1 << 25;

// Checking the clock every cell would dominate the inner loop; every 64k cells is still
// sub-millisecond granularity.
constexpr std::int64_t kDpChunk = 1 << 16;

constexpr const char *kDefaultAlgorithm = "greedy";
constexpr const char *kDefaultDuration = "30s";

struct Item
{
    QString id;
    std::int64_t weight = 0;
    double value = 0.0;
};

struct Problem
{
    std::vector<Item> items;
    std::int64_t capacity = 0;
};

struct Solution
{
    std::vector<std::size_t> picked; // indices into Problem::items, ascending
    double value = 0.0;
    std::int64_t weight = 0;
    std::int64_t iterations = 0;
};

enum class DpStatus { Solved, TooLarge, TimedOut };

struct DpResult
{
    DpStatus status = DpStatus::Solved;
    Solution solution;
};

void logLine(const QString &message)
{
    std::fprintf(stderr, "knapsack: %s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

// Recomputes totals from the picked indices so value/weight always match the reported items,
// whatever order the solver accumulated them in.
Solution finalize(const Problem &problem, std::vector<std::size_t> picked, std::int64_t iterations)
{
    std::sort(picked.begin(), picked.end());
    Solution solution;
    solution.iterations = iterations;
    for (std::size_t index : picked) {
        solution.value += problem.items[index].value;
        solution.weight += problem.items[index].weight;
    }
    solution.picked = std::move(picked);
    return solution;
}

// Greedy by value density. On its own it can be arbitrarily bad (one small dense item blocking a
// huge valuable one), so we also try the single most valuable item that fits: the better of the
// two is guaranteed to reach at least half the optimum.
Solution solveGreedy(const Problem &problem)
{
    const std::int64_t capacity = problem.capacity;
    std::vector<std::size_t> free;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        const Item &item = problem.items[i];
        if (item.weight == 0)
            free.push_back(i); // costs nothing, and values are non-negative
        else if (item.weight <= capacity)
            candidates.push_back(i);
    }

    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
        const Item &x = problem.items[a];
        const Item &y = problem.items[b];
        return x.value / double(x.weight) > y.value / double(y.weight);
    });

    std::vector<std::size_t> packed = free;
    double packedValue = 0.0;
    std::int64_t remaining = capacity;
    std::optional<std::size_t> bestSingle;
    for (std::size_t index : candidates) {
        const Item &item = problem.items[index];
        // Keep scanning past items that do not fit: a later, lighter one may still fit.
        if (item.weight <= remaining) {
            packed.push_back(index);
            packedValue += item.value;
            remaining -= item.weight;
        }
        if (!bestSingle || item.value > problem.items[*bestSingle].value)
            bestSingle = index;
    }

    const auto iterations = std::int64_t(problem.items.size());
    if (bestSingle && problem.items[*bestSingle].value > packedValue) {
        std::vector<std::size_t> single = free;
        single.push_back(*bestSingle);
        return finalize(problem, std::move(single), iterations);
    }
    return finalize(problem, std::move(packed), iterations);
}

// Exact DP over capacity. shouldStop is polled between chunks so callers decide what "too long"
// means (a deadline in the app, a counter in tests) and the solver stays free of global state.
DpResult solveDp(const Problem &problem, const std::function<bool()> &shouldStop)
{
    std::vector<std::size_t> free;
    std::vector<std::size_t> candidates;
    std::int64_t totalWeight = 0;
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        const std::int64_t weight = problem.items[i].weight;
        if (weight == 0) {
            free.push_back(i);
        } else if (weight <= problem.capacity) {
            candidates.push_back(i);
            totalWeight += weight; // each <= capacity <= 2^53, so the sum cannot overflow int64
        }
    }

    // Everything that fits individually also fits together: with non-negative values that is
    // optimal, and it spares a table for the common "large capacity" case.
    if (totalWeight <= problem.capacity) {
        std::vector<std::size_t> all = free;
        all.insert(all.end(), candidates.begin(), candidates.end());
        return {DpStatus::Solved, finalize(problem, std::move(all), 0)};
    }

    // Dividing weights and capacity by the weights' common divisor gives the same optimum with
    // a table that is smaller by that factor (inputs in units of 10 or 100 are common).
    std::int64_t divisor = 0;
    for (std::size_t index : candidates)
        divisor = std::gcd(divisor, problem.items[index].weight);
    const std::int64_t capacity = problem.capacity / divisor;
    const std::int64_t rowSize = capacity + 1;
    const auto itemCount = std::int64_t(candidates.size());
    if (rowSize > kMaxDpRow || itemCount > kMaxDpCells / rowSize)
        return {DpStatus::TooLarge, {}};

    std::vector<double> best(std::size_t(rowSize), 0.0);
    std::vector<bool> taken(std::size_t(itemCount * rowSize), false);
    std::int64_t iterations = 0;
    for (std::int64_t row = 0; row < itemCount; ++row) {
        const Item &item = problem.items[candidates[std::size_t(row)]];
        const std::int64_t weight = item.weight / divisor;
        const std::size_t rowBase = std::size_t(row * rowSize);
        // Descending so best[c - weight] still holds the previous row's value (0/1, not
        // unbounded, knapsack).
        for (std::int64_t high = capacity; high >= weight; high -= kDpChunk) {
            const std::int64_t low = std::max(weight, high - kDpChunk + 1);
            for (std::int64_t c = high; c >= low; --c) {
                const double withItem = best[std::size_t(c - weight)] + item.value;
                if (withItem > best[std::size_t(c)]) {
                    best[std::size_t(c)] = withItem;
                    taken[rowBase + std::size_t(c)] = true;
                }
            }
            iterations += high - low + 1;
            if (shouldStop())
                return {DpStatus::TimedOut, {{}, 0.0, 0, iterations}};
        }
    }

    std::vector<std::size_t> picked = free;
    std::int64_t c = capacity;
    for (std::int64_t row = itemCount - 1; row >= 0; --row) {
        if (taken[std::size_t(row * rowSize + c)]) {
            const std::size_t index = candidates[std::size_t(row)];
            picked.push_back(index);
            c -= problem.items[index].weight / divisor;
        }
    }
    return {DpStatus::Solved, finalize(problem, std::move(picked), iterations)};
}

// Parses Go-style durations as used by Nextmv options: "500ms", "10s", "1m", "1h30m", "1.5s".
std::optional<std::chrono::nanoseconds> parseDuration(const std::string &text)
{
    if (text == "0")
        return std::chrono::nanoseconds(0);
    // Longest units first so "ms" is not read as "m" followed by garbage.
    static const std::pair<std::string_view, double> units[] = {
        {"ns", 1.0}, {"us", 1e3}, {"\xC2\xB5s", 1e3}, {"ms", 1e6},
        {"s", 1e9},  {"m", 60e9}, {"h", 3600e9}};
    double total = 0.0;
    std::size_t pos = 0;
    if (text.empty())
        return std::nullopt;
    while (pos < text.size()) {
        const std::size_t start = pos;
        while (pos < text.size() &&
               (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '.'))
            ++pos;
        if (pos == start)
            return std::nullopt;
        const std::string number = text.substr(start, pos - start);
        if (std::count(number.begin(), number.end(), '.') > 1 || number == ".")
            return std::nullopt;
        const double amount = std::stod(number);
        double scale = 0.0;
        std::size_t unitLength = 0;
        for (const auto &[unit, factor] : units) {
            if (unit.size() > unitLength && text.compare(pos, unit.size(), unit) == 0) {
                scale = factor;
                unitLength = unit.size();
            }
        }
        if (unitLength == 0)
            return std::nullopt;
        pos += unitLength;
        total += amount * scale;
    }
    // Anything beyond ~292 years does not fit in nanoseconds; treat it as "no limit".
    constexpr double maxNs = double(std::numeric_limits<std::int64_t>::max() / 2);
    return std::chrono::nanoseconds(std::int64_t(std::min(total, maxNs)));
}

struct Options
{
    std::map<QString, QString> values{{"solve.algorithm", kDefaultAlgorithm},
                                      {"solve.duration", kDefaultDuration}};
    bool help = false;
};

// Accepts "-name value", "--name value", "-name=value" and "--name=value". Unknown names only
// warn so that platform-injected options do not break the app.
std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-help") {
            options.help = true;
            continue;
        }
        if (!arg.startsWith('-') || arg == "-" || arg == "--") {
            logLine(QStringLiteral("warning: ignoring stray argument \"%1\"").arg(arg));
            continue;
        }
        arg.remove(0, arg.startsWith("--") ? 2 : 1);
        QString name;
        QString value;
        const qsizetype equals = arg.indexOf('=');
        if (equals >= 0) {
            name = arg.left(equals);
            value = arg.mid(equals + 1);
        } else {
            name = arg;
            if (i + 1 >= argc) {
                logLine(QStringLiteral("error: option \"%1\" needs a value").arg(name));
                return std::nullopt;
            }
            value = QString::fromLocal8Bit(argv[++i]);
        }
        if (!options.values.contains(name)) {
            logLine(QStringLiteral("warning: ignoring unknown option \"%1\"").arg(name));
            continue;
        }
        options.values[name] = value;
    }
    return options;
}

// Returns the integer in value, or an error message naming what is wrong with it.
std::optional<std::int64_t> readNonNegativeInteger(const QJsonValue &value, const QString &what,
                                                   QString *error)
{
    if (!value.isDouble()) {
        *error = QStringLiteral("%1 must be a number").arg(what);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        *error = QStringLiteral("%1 must be an integer").arg(what);
        return std::nullopt;
    }
    if (number < 0) {
        *error = QStringLiteral("%1 must not be negative").arg(what);
        return std::nullopt;
    }
    if (number > kMaxExactInteger) {
        *error = QStringLiteral("%1 is too large (max 2^53)").arg(what);
        return std::nullopt;
    }
    return std::int64_t(number);
}

std::optional<Problem> parseProblem(const QByteArray &input, QString *error)
{
    if (input.trimmed().isEmpty()) {
        *error = QStringLiteral("input is empty; expected a JSON object on stdin");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("input is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("input must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    Problem problem;
    if (!root.contains("capacity")) {
        *error = QStringLiteral("input is missing \"capacity\"");
        return std::nullopt;
    }
    const auto capacity = readNonNegativeInteger(root.value("capacity"), "capacity", error);
    if (!capacity)
        return std::nullopt;
    problem.capacity = *capacity;

    if (!root.contains("items")) {
        *error = QStringLiteral("input is missing \"items\"");
        return std::nullopt;
    }
    if (!root.value("items").isArray()) {
        *error = QStringLiteral("\"items\" must be an array");
        return std::nullopt;
    }
    const QJsonArray items = root.value("items").toArray();
    problem.items.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            *error = QStringLiteral("%1 must be an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject object = items.at(i).toObject();
        Item item;
        if (!object.contains("id")) {
            item.id = QStringLiteral("item-%1").arg(i);
        } else if (object.value("id").isString()) {
            item.id = object.value("id").toString();
        } else {
            *error = QStringLiteral("%1.id must be a string").arg(where);
            return std::nullopt;
        }
        if (!object.contains("weight") || !object.contains("value")) {
            *error = QStringLiteral("%1 needs both \"weight\" and \"value\"").arg(where);
            return std::nullopt;
        }
        const auto weight =
            readNonNegativeInteger(object.value("weight"), where + ".weight", error);
        if (!weight)
            return std::nullopt;
        item.weight = *weight;
        const QJsonValue value = object.value("value");
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            *error = QStringLiteral("%1.value must be a number").arg(where);
            return std::nullopt;
        }
        if (value.toDouble() < 0) {
            *error = QStringLiteral("%1.value must not be negative").arg(where);
            return std::nullopt;
        }
        item.value = value.toDouble();
        problem.items.push_back(std::move(item));
    }
    return problem;
}

QByteArray readAll(std::FILE *stream)
{
    QByteArray data;
    char buffer[65536];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, stream)) > 0)
        data.append(buffer, qsizetype(count));
    return data;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void printUsage()
{
    std::printf("usage: knapsack [-solve.algorithm greedy|dp] [-solve.duration 30s] < input.json\n"
                "Reads {\"items\":[{\"id\",\"weight\",\"value\"}...],\"capacity\":N} on stdin "
                "and writes the chosen items as JSON on stdout.\n");
}

} // namespace

int main(int argc, char **argv)
{
    const Clock::time_point start = Clock::now();

    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options)
        return 1;
    if (options->help) {
        printUsage();
        return 0;
    }
    const QString algorithm = options->values.at("solve.algorithm");
    if (algorithm != "greedy" && algorithm != "dp") {
        logLine(QStringLiteral("error: solve.algorithm must be \"greedy\" or \"dp\", not \"%1\"")
                    .arg(algorithm));
        return 1;
    }
    const QString durationText = options->values.at("solve.duration");
    const auto duration = parseDuration(durationText.toStdString());
    if (!duration) {
        logLine(QStringLiteral("error: solve.duration \"%1\" is not a duration such as 500ms, 10s "
                               "or 1m")
                    .arg(durationText));
        return 1;
    }
    // The limit covers the whole run, as the platform measures it, not just the solve.
    const Clock::time_point deadline = start + *duration;

    QString error;
    const std::optional<Problem> problem = parseProblem(readAll(stdin), &error);
    if (!problem) {
        logLine(QStringLiteral("error: %1").arg(error));
        return 1;
    }
    logLine(QStringLiteral("%1 items, capacity %2, algorithm %3, time limit %4")
                .arg(problem->items.size())
                .arg(problem->capacity)
                .arg(algorithm, durationText));

    Solution solution;
    QString usedAlgorithm = algorithm;
    if (algorithm == "dp") {
        const DpResult result = solveDp(*problem, [&] { return Clock::now() >= deadline; });
        switch (result.status) {
        case DpStatus::Solved:
            solution = result.solution;
            break;
        case DpStatus::TooLarge:
            logLine(QStringLiteral("dp table would be too large (limit %1 cells); falling back "
                                   "to greedy")
                        .arg(kMaxDpCells));
            solution = solveGreedy(*problem);
            usedAlgorithm = "greedy";
            break;
        case DpStatus::TimedOut:
            logLine(QStringLiteral("dp hit the %1 time limit after %2 cells; returning the "
                                   "greedy solution")
                        .arg(durationText)
                        .arg(result.solution.iterations));
            solution = solveGreedy(*problem);
            solution.iterations += result.solution.iterations;
            usedAlgorithm = "greedy";
            break;
        }
    } else {
        solution = solveGreedy(*problem);
    }
    const double resultDuration = secondsSince(start);
    logLine(QStringLiteral("packed %1 items, value %2, weight %3/%4 (%5)")
                .arg(solution.picked.size())
                .arg(solution.value)
                .arg(solution.weight)
                .arg(problem->capacity)
                .arg(usedAlgorithm));

    QJsonObject optionsJson;
    for (const auto &[name, value] : options->values)
        optionsJson.insert(name, value);

    QJsonArray pickedIds;
    for (std::size_t index : solution.picked)
        pickedIds.append(problem->items[index].id);

    // A zero capacity would make utilization NaN, which JSON cannot represent.
    const double utilization =
        problem->capacity > 0 ? double(solution.weight) / double(problem->capacity) : 0.0;
    const QJsonObject custom{{"items_packed", qint64(solution.picked.size())},
                             {"weight", qint64(solution.weight)},
                             {"capacity", qint64(problem->capacity)},
                             {"algorithm", usedAlgorithm},
                             {"utilization", utilization}};
    const QJsonObject statistics{
        {"schema", "v1"},
        {"run",
         QJsonObject{{"duration", secondsSince(start)},
                     {"iterations", qint64(solution.iterations)}}},
        {"result",
         QJsonObject{{"duration", resultDuration}, {"value", solution.value}, {"custom", custom}}}};
    const QJsonObject output{{"options", optionsJson},
                             {"solutions",
                              QJsonArray{QJsonObject{{"items", pickedIds},
                                                     {"value", solution.value},
                                                     {"weight", qint64(solution.weight)}}}},
                             {"statistics", statistics},
                             {"version", QJsonObject{{"sdk", "nextdesk-sample-1"}}}};

    const QByteArray json = QJsonDocument(output).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
