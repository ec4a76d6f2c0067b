// The longest common subsequence of two sequences, found the way `git diff --patience` does:
// the basis of the line diff and of matching array items that have no id.
#pragma once

#include <QList>

#include <atomic>
#include <span>

namespace Models::SequenceDiff {

// Items are given as class numbers: equal items have equal numbers, so nothing here compares
// text or JSON (the caller interns them once).
using Item = qsizetype;

struct Match
{
    qsizetype left;
    qsizetype right;

    friend bool operator==(const Match &, const Match &) = default;
};

struct Result
{
    QList<Match> matches; // ascending on both sides
    // Some stretch differed too much to align within the work budget and counts as replaced
    // whole: the matches are common items, if not the most there are.
    bool approximate = false;
    bool canceled = false;
};

// Common prefix and suffix are matched first, then items that occur once on each side anchor
// the rest (their longest increasing run), and Myers' O(ND) search aligns what lies between.
// `workBudget` caps that search per stretch; `cancel` is polled.
Result longestCommon(std::span<const Item> left, std::span<const Item> right,
                     const std::atomic_bool *cancel = nullptr, qint64 workBudget = 5'000'000);

} // namespace Models::SequenceDiff
