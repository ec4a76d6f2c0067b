// The command palette's fuzzy matcher: what matches, which of two candidates ranks first, and
// which characters are reported as matched (the ones the palette shows in bold).
#include "models/palette/fuzzymatcher.h"

#include <QTest>

using Models::FuzzyMatcher;

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private:
    static int scoreOf(const QString &query, const QString &candidate)
    {
        const auto match = FuzzyMatcher::score(query, candidate);
        return match ? match->score : std::numeric_limits<int>::min();
    }

    static void verifyRanksAbove(const QString &query, const QString &better, const QString &worse)
    {
        const auto first = FuzzyMatcher::score(query, better);
        const auto second = FuzzyMatcher::score(query, worse);
        QVERIFY2(first && second, qPrintable(query));
        QVERIFY2(first->score > second->score,
                 qPrintable(QStringLiteral("'%1': '%2' scores %3, '%4' scores %5")
                                .arg(query, better)
                                .arg(first->score)
                                .arg(worse)
                                .arg(second->score)));
    }

private Q_SLOTS:
    void anEmptyQueryMatchesEverythingWithScoreZero()
    {
        const auto match = FuzzyMatcher::score({}, QStringLiteral("New Run…"));
        QVERIFY(match);
        QCOMPARE(match->score, 0);
        QVERIFY(match->positions.isEmpty());
        QVERIFY(FuzzyMatcher::score({}, {}));
    }

    void noMatchIsNullopt()
    {
        QVERIFY(!FuzzyMatcher::score(QStringLiteral("xyz"), QStringLiteral("New Run…")));
        // All the characters are there, but not in this order.
        QVERIFY(!FuzzyMatcher::score(QStringLiteral("nr"), QStringLiteral("Run")));
        QVERIFY(!FuzzyMatcher::score(QStringLiteral("runs"), QStringLiteral("Run")));
        QVERIFY(!FuzzyMatcher::score(QStringLiteral("a"), {}));
        QVERIFY(!FuzzyMatcher(QStringLiteral("nr")).scoreOf(QStringLiteral("Run")));
        QVERIFY(FuzzyMatcher(QStringLiteral("rn")).scoreOf(QStringLiteral("Run")));
    }

    void matchingIgnoresCase()
    {
        const auto match = FuzzyMatcher::score(QStringLiteral("NEW"), QStringLiteral("new run"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{0, 1, 2}));
        QVERIFY(FuzzyMatcher::score(QStringLiteral("über"), QStringLiteral("Über-Lauf")));
    }

    void aSubstringOfARunNameMatchesThere()
    {
        const auto match =
            FuzzyMatcher::score(QStringLiteral("knap"), QStringLiteral("nightly knapsack 42"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{8, 9, 10, 11}));
    }

    void anIdMatchesByAPartOfIt()
    {
        const auto match = FuzzyMatcher::score(QStringLiteral("3f2"), QStringLiteral("run-3f2a"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{4, 5, 6}));
    }

    void initialsRankAboveScatteredLetters()
    {
        verifyRanksAbove(QStringLiteral("nr"), QStringLiteral("New Run…"),
                         QStringLiteral("Name of a runner"));
        verifyRanksAbove(QStringLiteral("nr"), QStringLiteral("New Run…"),
                         QStringLiteral("Generate report"));
    }

    void theBestAlignmentIsChosen()
    {
        // The r of "Run" (a word start), not the first r.
        const auto match = FuzzyMatcher::score(QStringLiteral("nr"), QStringLiteral("New Run…"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{0, 4}));
        // The whole word rather than letters picked from the front.
        const auto word =
            FuzzyMatcher::score(QStringLiteral("queue"), QStringLiteral("quick user queue"));
        QVERIFY(word);
        QCOMPARE(word->positions, (QList<int>{11, 12, 13, 14, 15}));
    }

    void camelCaseBoundariesCountAsWordStarts()
    {
        verifyRanksAbove(QStringLiteral("ia"), QStringLiteral("inputAlias"),
                         QStringLiteral("initial"));
        const auto match = FuzzyMatcher::score(QStringLiteral("rd"), QStringLiteral("RunDetail"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{0, 3}));
    }

    void consecutiveCharactersRankAboveGaps()
    {
        verifyRanksAbove(QStringLiteral("pref"), QStringLiteral("Preferences…"),
                         QStringLiteral("Print every file"));
    }

    void aPrefixRanksAboveTheSameWordLater()
    {
        verifyRanksAbove(QStringLiteral("run"), QStringLiteral("runner"),
                         QStringLiteral("the runner"));
    }

    void anExactSubstringRanksAboveScatteredWordStarts()
    {
        verifyRanksAbove(QStringLiteral("new app"), QStringLiteral("New Application…"),
                         QStringLiteral("New window: all apps"));
        QVERIFY(scoreOf(QStringLiteral("run"), QStringLiteral("Run")) >
                scoreOf(QStringLiteral("run"), QStringLiteral("Runs")));
    }

    void theScoreAloneIsTheMatchsScore()
    {
        const FuzzyMatcher matcher(QStringLiteral("nr"));
        for (const QString &candidate :
             {QStringLiteral("New Run…"), QStringLiteral("Name of a runner"), QStringLiteral("nr"),
              QStringLiteral("inner ring")}) {
            QVERIFY(matcher.scoreOf(candidate));
            QCOMPARE(*matcher.scoreOf(candidate), matcher.match(candidate)->score);
        }
        QCOMPARE(FuzzyMatcher().scoreOf(QStringLiteral("x")), std::optional<int>(0));
    }

    void longCandidatesStillMatch()
    {
        const QString candidate = QString(600, QLatin1Char('x')) + QStringLiteral("needle");
        const auto match = FuzzyMatcher::score(QStringLiteral("needle"), candidate);
        QVERIFY(match);
        QCOMPARE(match->positions.first(), 600);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
