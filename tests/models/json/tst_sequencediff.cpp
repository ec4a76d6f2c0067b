// The common-subsequence search under the line diff and the array matching: its matches are
// always a common subsequence, the longest one where Myers' search decides, and it gives up
// (or stops) as told rather than run away on a huge, much-changed input.
#include "models/json/sequencediff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using Models::SequenceDiff::Item;
using Models::SequenceDiff::longestCommon;
using Models::SequenceDiff::Match;

namespace {

std::vector<Item> items(const char *text)
{
    std::vector<Item> out;
    for (const char *c = text; *c; ++c)
        out.push_back(Item(*c));
    return out;
}

// The textbook dynamic programme, for small inputs.
qsizetype longestLength(const std::vector<Item> &a, const std::vector<Item> &b)
{
    std::vector<std::vector<qsizetype>> table(a.size() + 1, std::vector<qsizetype>(b.size() + 1));
    for (size_t i = a.size(); i-- > 0;) {
        for (size_t j = b.size(); j-- > 0;) {
            table[i][j] =
                a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
        }
    }
    return table[0][0];
}

bool isCommonSubsequence(const QList<Match> &matches, const std::vector<Item> &a,
                         const std::vector<Item> &b)
{
    for (qsizetype k = 0; k < matches.size(); ++k) {
        const Match &m = matches[k];
        if (m.left < 0 || m.left >= qsizetype(a.size()) || m.right < 0 ||
            m.right >= qsizetype(b.size()) || a[size_t(m.left)] != b[size_t(m.right)])
            return false;
        if (k > 0 && (m.left <= matches[k - 1].left || m.right <= matches[k - 1].right))
            return false;
    }
    return true;
}

} // namespace

class TestSequenceDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAndEqualInputs()
    {
        QVERIFY(longestCommon({}, {}).matches.isEmpty());
        const std::vector<Item> abc = items("abc");
        QVERIFY(longestCommon(abc, {}).matches.isEmpty());
        QVERIFY(longestCommon({}, abc).matches.isEmpty());
        const auto same = longestCommon(abc, abc);
        QCOMPARE(same.matches, (QList<Match>{{0, 0}, {1, 1}, {2, 2}}));
        QVERIFY(!same.approximate);
    }

    // Myers' own example: ABCABBA against CBABAC has a longest common subsequence of 4.
    void myersExample()
    {
        const std::vector<Item> a = items("abcabba");
        const std::vector<Item> b = items("cbabac");
        const auto result = longestCommon(a, b);
        QVERIFY(isCommonSubsequence(result.matches, a, b));
        QCOMPARE(result.matches.size(), 4);
    }

    // Items unique on each side anchor the stretch between the common ends (patience diff):
    // here x, y, z keep their place and U, moved to the front, is left out.
    void uniqueItemsAnchor()
    {
        const std::vector<Item> a = items("xyzUxyz");
        const std::vector<Item> b = items("Uxyzxyz");
        const auto result = longestCommon(a, b);
        QVERIFY(isCommonSubsequence(result.matches, a, b));
        QCOMPARE(result.matches, (QList<Match>{{0, 1}, {1, 2}, {2, 3}, {4, 4}, {5, 5}, {6, 6}}));
    }

    // With no item unique on both sides, Myers' search decides, and it finds the longest.
    void randomInputsWithoutAnchorsGetTheLongest()
    {
        QRandomGenerator random(12345);
        for (int round = 0; round < 300; ++round) {
            std::vector<Item> a, b;
            for (int i = int(random.bounded(2, 40)); i > 0; --i)
                a.push_back(random.bounded(3));
            for (int i = int(random.bounded(2, 40)); i > 0; --i)
                b.push_back(random.bounded(3));
            // Every symbol twice on each side: no anchors.
            for (Item symbol = 0; symbol < 3; ++symbol) {
                a.insert(a.end(), {symbol, symbol});
                b.insert(b.begin(), {symbol, symbol});
            }
            const auto result = longestCommon(a, b);
            QVERIFY(isCommonSubsequence(result.matches, a, b));
            QCOMPARE(result.matches.size(), longestLength(a, b));
        }
    }

    void randomInputsAreAlwaysACommonSubsequence()
    {
        QRandomGenerator random(678);
        for (int round = 0; round < 300; ++round) {
            std::vector<Item> a, b;
            for (int i = int(random.bounded(0, 60)); i > 0; --i)
                a.push_back(random.bounded(20));
            for (int i = int(random.bounded(0, 60)); i > 0; --i)
                b.push_back(random.bounded(20));
            const auto result = longestCommon(a, b);
            QVERIFY(isCommonSubsequence(result.matches, a, b));
            QVERIFY(!result.approximate);
        }
    }

    // Two long sequences with nothing in common in the middle and no anchors: the search
    // stops at its budget and the middle counts as replaced.
    void aHugeChangeStopsAtTheBudget()
    {
        std::vector<Item> a(20000), b(20000);
        for (size_t i = 0; i < a.size(); ++i) {
            a[i] = Item(i % 2);
            b[i] = Item(2 + i % 2);
        }
        a.insert(a.begin(), {7, 8});
        b.insert(b.begin(), {7, 8});
        const auto result = longestCommon(a, b, nullptr, 100000);
        QVERIFY(result.approximate);
        QCOMPARE(result.matches, (QList<Match>{{0, 0}, {1, 1}}));
    }

    void cancelStops()
    {
        std::vector<Item> a(1000, 1), b(1000, 2);
        std::atomic_bool cancel = true;
        const auto result = longestCommon(a, b, &cancel);
        QVERIFY(result.canceled);
    }
};

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
