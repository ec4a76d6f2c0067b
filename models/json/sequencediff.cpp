// Patience anchors split the input; Myers' greedy search (Myers 1986, "An O(ND) Difference
// Algorithm and Its Variations") aligns each stretch between them.
#include "models/json/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace Models::SequenceDiff {

namespace {

struct Stretch
{
    qsizetype left0, left1, right0, right1; // half-open on each side
};

class Solver
{
public:
    Solver(std::span<const Item> left, std::span<const Item> right, const std::atomic_bool *cancel,
           qint64 workBudget)
        : m_left(left)
        , m_right(right)
        , m_cancel(cancel)
        , m_budget(workBudget)
    {
    }

    Result run()
    {
        // Stretches are disjoint and ordered, so sorting the matches at the end puts them in
        // order on both sides; an explicit stack keeps deep inputs off the call stack.
        std::vector<Stretch> pending{{0, qsizetype(m_left.size()), 0, qsizetype(m_right.size())}};
        while (!pending.empty()) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                m_result.canceled = true;
                break;
            }
            Stretch s = pending.back();
            pending.pop_back();
            while (s.left0 < s.left1 && s.right0 < s.right1 && m_left[s.left0] == m_right[s.right0])
                match(s.left0++, s.right0++);
            while (s.left0 < s.left1 && s.right0 < s.right1 &&
                   m_left[s.left1 - 1] == m_right[s.right1 - 1])
                match(--s.left1, --s.right1);
            if (s.left0 == s.left1 || s.right0 == s.right1)
                continue;
            const std::vector<Match> anchors = uniqueAnchors(s);
            if (anchors.empty()) {
                align(s);
                continue;
            }
            qsizetype left = s.left0;
            qsizetype right = s.right0;
            for (const Match &anchor : anchors) {
                pending.push_back({left, anchor.left, right, anchor.right});
                match(anchor.left, anchor.right);
                left = anchor.left + 1;
                right = anchor.right + 1;
            }
            pending.push_back({left, s.left1, right, s.right1});
        }
        std::sort(m_result.matches.begin(), m_result.matches.end(),
                  [](const Match &a, const Match &b) { return a.left < b.left; });
        return std::move(m_result);
    }

private:
    void match(qsizetype left, qsizetype right) { m_result.matches.append({left, right}); }

    // Items that occur exactly once on each side of the stretch, kept in the longest run that
    // rises on both sides (patience sorting).
    std::vector<Match> uniqueAnchors(const Stretch &s) const
    {
        struct Seen
        {
            int leftCount = 0;
            int rightCount = 0;
            qsizetype right = -1;
        };
        QHash<Item, Seen> seen;
        seen.reserve(s.right1 - s.right0);
        for (qsizetype j = s.right0; j < s.right1; ++j) {
            Seen &item = seen[m_right[j]];
            ++item.rightCount;
            item.right = j;
        }
        for (qsizetype i = s.left0; i < s.left1; ++i) {
            const auto it = seen.find(m_left[i]);
            if (it != seen.end())
                ++it->leftCount;
        }
        std::vector<Match> candidates;
        for (qsizetype i = s.left0; i < s.left1; ++i) {
            const auto it = seen.constFind(m_left[i]);
            if (it != seen.cend() && it->leftCount == 1 && it->rightCount == 1)
                candidates.push_back({i, it->right});
        }
        // Longest increasing subsequence on the right positions: tails[k] is the candidate
        // ending the best run of length k + 1 found so far.
        std::vector<qsizetype> tails;
        std::vector<qsizetype> previous(candidates.size(), -1);
        for (qsizetype c = 0; c < qsizetype(candidates.size()); ++c) {
            const auto at = std::lower_bound(
                tails.begin(), tails.end(), candidates[c].right,
                [&](qsizetype tail, qsizetype right) { return candidates[tail].right < right; });
            if (at != tails.begin())
                previous[c] = *(at - 1);
            if (at == tails.end())
                tails.push_back(c);
            else
                *at = c;
        }
        std::vector<Match> anchors(tails.size());
        for (qsizetype c = tails.empty() ? -1 : tails.back(), k = qsizetype(tails.size()) - 1;
             c >= 0; c = previous[c], --k)
            anchors[k] = candidates[c];
        return anchors;
    }

    // Myers' greedy forward search, keeping each round's furthest points to walk back from
    // the end. Gives up (the stretch counts as replaced) once the work budget is spent; the
    // rounds kept hold (d + 1)^2 numbers, never more than the work done.
    void align(const Stretch &s)
    {
        const qsizetype n = s.left1 - s.left0;
        const qsizetype m = s.right1 - s.right0;
        if (n >= INT_MAX / 2 || m >= INT_MAX / 2) {
            m_result.approximate = true;
            return;
        }
        const auto same = [&](qsizetype x, qsizetype y) {
            return m_left[s.left0 + x] == m_right[s.right0 + y];
        };
        // trace[d][k + d] is the furthest x reached on diagonal k (x - y) with d edits.
        std::vector<std::vector<int>> trace;
        qint64 work = 0;
        for (int d = 0; d <= n + m; ++d) {
            std::vector<int> furthest(2 * size_t(d) + 1);
            const std::vector<int> *before = d > 0 ? &trace.back() : nullptr;
            for (int k = -d; k <= d; k += 2) {
                int x = 0;
                if (before) {
                    const auto at = [&](int diagonal) {
                        return (*before)[diagonal + d - 1];
                    };
                    x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
                }
                int y = x - k;
                const int snakeStart = x;
                while (x < n && y < m && same(x, y)) {
                    ++x;
                    ++y;
                }
                work += 1 + (x - snakeStart);
                furthest[size_t(k + d)] = x;
                if (x >= n && y >= m) {
                    trace.push_back(std::move(furthest));
                    walkBack(s, trace, int(n), int(m));
                    return;
                }
            }
            trace.push_back(std::move(furthest));
            if (work > m_budget || (m_cancel && m_cancel->load(std::memory_order_relaxed))) {
                m_result.approximate = true;
                return;
            }
        }
    }

    void walkBack(const Stretch &s, const std::vector<std::vector<int>> &trace, int x, int y)
    {
        for (int d = int(trace.size()) - 1; d >= 0; --d) {
            const int k = x - y;
            int startX = 0;
            int previousX = 0;
            int previousY = 0;
            if (d > 0) {
                const std::vector<int> &before = trace[size_t(d - 1)];
                const auto at = [&](int diagonal) {
                    return before[size_t(diagonal + d - 1)];
                };
                const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
                const int previousK = down ? k + 1 : k - 1;
                previousX = at(previousK);
                previousY = previousX - previousK;
                startX = down ? previousX : previousX + 1; // where this round's snake began
            }
            while (x > startX) { // the snake: matched items
                --x;
                --y;
                match(s.left0 + x, s.right0 + y);
            }
            x = previousX;
            y = previousY;
        }
    }

    const std::span<const Item> m_left;
    const std::span<const Item> m_right;
    const std::atomic_bool *const m_cancel;
    const qint64 m_budget;
    Result m_result;
};

} // namespace

Result longestCommon(std::span<const Item> left, std::span<const Item> right,
                     const std::atomic_bool *cancel, qint64 workBudget)
{
    return Solver(left, right, cancel, workBudget).run();
}

} // namespace Models::SequenceDiff
