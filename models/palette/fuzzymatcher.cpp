// Fuzzy matching for the command palette.
//
// The score of an alignment of the query's characters to positions in the candidate adds, for
// each matched character, a base score and a bonus for where it sits (the candidate's start, a
// word start, a camelCase or letter/digit boundary) or for following the previous match
// directly; gaps between matches cost a start penalty plus a little per skipped character. A
// small dynamic programme finds the best alignment (so "nr" in "New Run" picks the R of "Run",
// not an earlier r), after a linear subsequence check has rejected most candidates cheaply.
#include "fuzzymatcher.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Models {

namespace {

constexpr int matchScore = 16;
constexpr int prefixBonus = 14;
constexpr int wordStartBonus = 10;
constexpr int boundaryBonus = 8; // camelCase, letter/digit
constexpr int consecutiveBonus = 8;
constexpr int gapStartPenalty = 4;
constexpr int gapExtensionPenalty = 1;
constexpr int maxLeadingPenalty = 6; // characters skipped before the first match
constexpr int substringBonus = 12; // the query occurs as it is typed
constexpr int wholeBonus = 20; // the query is the whole candidate
constexpr int impossible = std::numeric_limits<int>::min() / 4;

inline QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= 'A' && u <= 'Z') ? QChar(char16_t(u + ('a' - 'A'))) : c;
    return c.toLower();
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '-':
    case '_':
    case '/':
    case '.':
    case ':':
    case ',':
    case '(':
    case '[':
    case '\t':
        return true;
    default:
        return c.isSpace();
    }
}

// What being matched at `at` is worth beyond the base score.
int positionBonus(const QString &candidate, int at)
{
    if (at == 0)
        return prefixBonus;
    const QChar previous = candidate.at(at - 1);
    const QChar current = candidate.at(at);
    if (isSeparator(previous))
        return wordStartBonus;
    if (previous.isLower() && current.isUpper())
        return boundaryBonus;
    if (previous.isLetter() != current.isLetter() && current.isLetterOrNumber() &&
        previous.isLetterOrNumber())
        return boundaryBonus;
    return 0;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &query)
    : m_query(query)
{
    m_folded.reserve(query.size());
    for (const QChar c : query)
        m_folded.append(fold(c));
}

std::optional<FuzzyMatch> FuzzyMatcher::match(const QString &candidate) const
{
    if (m_folded.isEmpty())
        return FuzzyMatch{};
    FuzzyMatch result;
    const std::optional<int> score = align(candidate, &result.positions);
    if (!score)
        return std::nullopt;
    result.score = *score;
    return result;
}

std::optional<int> FuzzyMatcher::scoreOf(const QString &candidate) const
{
    return m_folded.isEmpty() ? std::optional<int>(0) : align(candidate, nullptr);
}

std::optional<int> FuzzyMatcher::align(const QString &candidate, QList<int> *positions) const
{
    const int m = int(m_folded.size());
    const int n = int(candidate.size());
    if (m > n)
        return std::nullopt;
    QVarLengthArray<QChar, 256> folded(n);
    for (int j = 0; j < n; ++j)
        folded[j] = fold(candidate.at(j));

    // Every alignment lies between the first occurrence of the query's first character and the
    // last of its last one; no alignment at all when a greedy scan finds none.
    int first = -1;
    for (int j = 0, i = 0; j < n && i < m; ++j) {
        if (folded[j] == m_folded.at(i)) {
            if (i == 0)
                first = j;
            if (++i == m)
                break;
        }
        if (j == n - 1)
            return std::nullopt;
    }
    int end = n;
    while (folded[end - 1] != m_folded.at(m - 1))
        --end;
    const int width = end - first;

    // previous[k], current[k]: the best score of the query up to character i - 1 (i) with that
    // character matched at first + k. from[i * width + k]: where character i - 1 was matched.
    QVarLengthArray<int, 256> previous(width);
    QVarLengthArray<int, 256> current(width);
    QVarLengthArray<int, 1024> from(positions ? qsizetype(m) * width : 0);
    for (int k = 0; k < width; ++k) {
        const int j = first + k;
        previous[k] = folded[j] == m_folded.at(0)
            ? matchScore + positionBonus(candidate, j) - std::min(j, maxLeadingPenalty)
            : impossible;
    }
    for (int i = 1; i < m; ++i) {
        const QChar wanted = m_folded.at(i);
        // The best alignment ending at or before k - 2, with the gap up to k - 1 charged.
        int gapBest = impossible;
        int gapFrom = -1;
        for (int k = 0; k < width; ++k) {
            if (gapBest > impossible)
                gapBest -= gapExtensionPenalty;
            if (k >= 2 && previous[k - 2] > impossible &&
                previous[k - 2] - gapStartPenalty > gapBest) {
                gapBest = previous[k - 2] - gapStartPenalty;
                gapFrom = k - 2;
            }
            current[k] = impossible;
            if (k < i || folded[first + k] != wanted)
                continue;
            const int adjacent =
                previous[k - 1] > impossible ? previous[k - 1] + consecutiveBonus : impossible;
            if (adjacent == impossible && gapBest == impossible)
                continue;
            const bool follows = adjacent >= gapBest;
            current[k] =
                (follows ? adjacent : gapBest) + matchScore + positionBonus(candidate, first + k);
            if (positions)
                from[i * width + k] = follows ? k - 1 : gapFrom;
        }
        std::copy(current.begin(), current.end(), previous.begin());
    }

    const auto last = std::max_element(previous.begin(), previous.end());
    if (*last <= impossible)
        return std::nullopt; // cannot happen after the greedy scan, kept for safety
    int score = *last;
    if (positions) {
        positions->resize(m);
        int k = int(last - previous.begin());
        for (int i = m - 1; i >= 0; --i) {
            (*positions)[i] = first + k;
            if (i > 0)
                k = from[i * width + k];
        }
    }
    if (QStringView(folded.constData(), n).contains(QStringView(m_folded)))
        score += m == n ? substringBonus + wholeBonus : substringBonus;
    return score;
}

} // namespace Models
