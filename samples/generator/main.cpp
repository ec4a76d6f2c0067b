// knapsack-inputs: writes a reproducible, graded set of knapsack sample inputs into a folder.
#include <QByteArray>
#include <QDir>
#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <vector>

namespace {

// Sizes grow geometrically between these bounds across the generated files.
constexpr std::uint64_t kMinItems = 5;
constexpr std::uint64_t kMaxItems = 5000;
constexpr int kDefaultCount = 32;
constexpr std::uint32_t kDefaultSeed = 20261127;
// More files than this would only repeat sizes; the cap also keeps the root search below cheap.
constexpr int kMaxCount = 10000;

// Fixed-point with 32 fractional bits. Everything that decides file contents is integer
// arithmetic, because pow() and friends may round differently between C libraries and we promise
// byte-identical files on every platform.
constexpr int kFractionBits = 32;
constexpr std::uint64_t kOne = std::uint64_t(1) << kFractionBits;

// floor(a * b / 2^32) without a 128-bit type (MSVC has none). Exact as long as the result and the
// high-word product fit in 64 bits, which holds for the magnitudes used here (< 2^45).
std::uint64_t mulFixed(std::uint64_t a, std::uint64_t b)
{
    const std::uint64_t aHigh = a >> 32;
    const std::uint64_t aLow = a & 0xFFFFFFFFu;
    const std::uint64_t bHigh = b >> 32;
    const std::uint64_t bLow = b & 0xFFFFFFFFu;
    return ((aHigh * bHigh) << 32) + aHigh * bLow + aLow * bHigh + ((aLow * bLow) >> 32);
}

// Largest fixed-point r with r^steps <= target (all in fixed point), found by bisection so the
// result depends only on integer operations.
std::uint64_t fixedRoot(std::uint64_t target, int steps)
{
    const auto powerAtMost = [&](std::uint64_t base) {
        std::uint64_t power = kOne;
        for (int i = 0; i < steps; ++i) {
            power = mulFixed(power, base);
            if (power > target)
                return false; // base >= 1, so the power only grows from here
        }
        return true;
    };
    std::uint64_t low = kOne; // ratio 1 always satisfies the bound
    std::uint64_t high = target + 1;
    while (high - low > 1) {
        const std::uint64_t middle = low + (high - low) / 2;
        if (powerAtMost(middle))
            low = middle;
        else
            high = middle;
    }
    return low;
}

// Item counts from kMinItems to about kMaxItems, one per file, each about the same factor larger
// than the previous one.
std::vector<std::uint64_t> gradedSizes(int count)
{
    std::vector<std::uint64_t> sizes;
    if (count == 1) {
        sizes.push_back(kMinItems);
        return sizes;
    }
    const std::uint64_t ratio = fixedRoot((kMaxItems * kOne) / kMinItems, count - 1);
    std::uint64_t size = kMinItems * kOne;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            size = mulFixed(size, ratio);
        sizes.push_back((size + kOne / 2) >> kFractionBits); // round to nearest
    }
    return sizes;
}

// Uniform integer in [low, high] from raw mt19937 output. std::uniform_int_distribution is
// implementation-defined, so we reject the biased tail of the 32-bit range ourselves.
std::uint32_t uniformInt(std::mt19937 &engine, std::uint32_t low, std::uint32_t high)
{
    const std::uint64_t span = std::uint64_t(high) - low + 1;
    const std::uint64_t limit = (std::uint64_t(1) << 32) - ((std::uint64_t(1) << 32) % span);
    std::uint64_t draw = 0;
    do {
        draw = std::uint64_t(engine()) & 0xFFFFFFFFu; // mt19937 yields exactly 32 bits
    } while (draw >= limit);
    return low + std::uint32_t(draw % span);
}

// Each file gets its own stream, so file k does not change when the generator's per-file logic
// draws a different amount of numbers for an earlier file.
std::uint32_t fileSeed(std::uint32_t seed, int index)
{
    return seed ^ (std::uint32_t(index + 1) * 0x9E3779B9u);
}

struct Generated
{
    QByteArray json;
    std::uint64_t capacity = 0;
};

// Writes the JSON text by hand: every number is an integer or a fixed two-decimal value, so the
// bytes do not depend on any library's floating-point formatting.
Generated generateInput(std::uint64_t itemCount, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    QByteArray items;
    std::uint64_t totalWeight = 0;
    for (std::uint64_t k = 0; k < itemCount; ++k) {
        const std::uint32_t weight = uniformInt(engine, 1, 100);
        // Value roughly tracks weight (ratio 0.5 to 1.5) plus noise; the correlation is what
        // makes knapsack instances hard for greedy, so dp and greedy give different answers.
        const std::uint32_t ratioPercent = uniformInt(engine, 50, 150);
        const std::uint32_t noiseCents = uniformInt(engine, 0, 999);
        const std::uint64_t cents = std::uint64_t(weight) * ratioPercent + noiseCents;
        totalWeight += weight;
        // Ids count from 0 like the knapsack app's default "item-<index>" ids.
        items += QByteArray("    {\"id\": \"item-") + QByteArray::number(k) +
            "\", \"weight\": " + QByteArray::number(weight) +
            ", \"value\": " + QByteArray::number(cents / 100) + '.' +
            QByteArray::number(cents % 100).rightJustified(2, '0') + '}' +
            (k + 1 < itemCount ? ",\n" : "\n");
    }
    // Around 40% of the total weight (35-45%), so roughly half the items make the cut.
    const std::uint32_t capacityPercent = uniformInt(engine, 35, 45);
    const std::uint64_t capacity = std::max<std::uint64_t>(1, totalWeight * capacityPercent / 100);
    Generated generated;
    generated.capacity = capacity;
    generated.json = "{\n  \"capacity\": " + QByteArray::number(capacity) + ",\n  \"items\": [\n" +
        items + "  ]\n}\n";
    return generated;
}

std::optional<std::uint64_t> parseNumber(const char *text, std::uint64_t max)
{
    bool ok = false;
    const qulonglong value = QByteArray(text).toULongLong(&ok, 10);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: knapsack-inputs OUTDIR [--count N] [--seed S]\n"
                 "  --count N   number of files, 1..%d (default %d)\n"
                 "  --seed S    32-bit seed (default %u)\n",
                 kMaxCount, kDefaultCount, unsigned(kDefaultSeed));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QString outDir;
    int count = kDefaultCount;
    std::uint32_t seed = kDefaultSeed;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help")
            return usage();
        if (arg == "--count" || arg == "--seed") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "knapsack-inputs: %s needs a value\n", argv[i]);
                return usage();
            }
            const char *text = argv[++i];
            const auto value = parseNumber(text, arg == "--count" ? kMaxCount : 0xFFFFFFFFu);
            if (!value || (arg == "--count" && *value == 0)) {
                std::fprintf(stderr, "knapsack-inputs: invalid %s \"%s\"\n", arg.constData(), text);
                return usage();
            }
            if (arg == "--count")
                count = int(*value);
            else
                seed = std::uint32_t(*value);
        } else if (arg.startsWith('-')) {
            std::fprintf(stderr, "knapsack-inputs: unknown option \"%s\"\n", argv[i]);
            return usage();
        } else if (outDir.isEmpty()) {
            outDir = QString::fromLocal8Bit(arg);
        } else {
            std::fprintf(stderr, "knapsack-inputs: more than one OUTDIR given\n");
            return usage();
        }
    }
    if (outDir.isEmpty())
        return usage();

    QDir dir(outDir);
    if (!dir.mkpath(".")) {
        std::fprintf(stderr, "knapsack-inputs: cannot create directory \"%s\"\n",
                     qPrintable(outDir));
        return 1;
    }

    const std::vector<std::uint64_t> sizes = gradedSizes(count);
    // At least two digits so the default set sorts nicely; more when there are more files.
    const int width = std::max(2, int(QString::number(count).size()));
    for (int i = 0; i < count; ++i) {
        const std::uint64_t itemCount = sizes[std::size_t(i)];
        const Generated generated = generateInput(itemCount, fileSeed(seed, i));
        const QString name = QStringLiteral("knapsack-%1-%2items.json")
                                 .arg(i + 1, width, 10, QLatin1Char('0'))
                                 .arg(itemCount);
        const QString path = dir.filePath(name);
        // QSaveFile: an interrupted run never leaves a truncated input behind for the build.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(generated.json) != generated.json.size() || !file.commit()) {
            std::fprintf(stderr, "knapsack-inputs: cannot write \"%s\": %s\n", qPrintable(path),
                         qPrintable(file.errorString()));
            return 1;
        }
        std::printf("%s (%llu items, capacity %llu)\n", qPrintable(QDir::toNativeSeparators(path)),
                    static_cast<unsigned long long>(itemCount),
                    static_cast<unsigned long long>(generated.capacity));
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}
