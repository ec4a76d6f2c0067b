// Fuzzy matching for the command palette, the way Qt Creator's locator and editors' "go to"
// boxes match: the query's characters in order anywhere in the candidate, ignoring case, ranked
// so that what a person means (word starts, runs of characters, a prefix) comes first.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Models {

struct FuzzyMatch
{
    int score = 0; // higher is better; only comparable between matches of one query
    QList<int> positions; // of the candidate's matched characters, ascending
};

class FuzzyMatcher
{
public:
    explicit FuzzyMatcher(const QString &query = {});

    QString query() const { return m_query; }
    bool isEmpty() const { return m_folded.isEmpty(); }
    // nullopt when the query's characters do not all occur in order; an empty query matches
    // everything with score 0 and no positions.
    std::optional<FuzzyMatch> match(const QString &candidate) const;
    // The score alone, quicker: what ranking needs for candidates that may not be shown.
    std::optional<int> scoreOf(const QString &candidate) const;

    static std::optional<FuzzyMatch> score(const QString &query, const QString &candidate)
    {
        return FuzzyMatcher(query).match(candidate);
    }

private:
    std::optional<int> align(const QString &candidate, QList<int> *positions) const;

    QString m_query;
    QString m_folded; // lower case, what candidates are compared with
};

} // namespace Models
