// The command palette's list: of all the entries gathered when it opens, those that match the
// query, best first (ties: by kind, then title), with the matched characters' positions for the
// delegate to stress. Typing on from a query narrows its matches instead of matching every entry
// again, Backspace returns to the matches it had, and only the best `resultLimit` are listed
// (positions are worked out for those only), so that typing stays quick with a hundred thousand
// runs loaded.
#pragma once

#include "fuzzymatcher.h"
#include "paletteentry.h"

#include <QAbstractListModel>

#include <vector>

namespace Models {

class CommandPaletteModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPaletteModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(PaletteEntry::Kind)
        KindTextRole,
        DetailRole,
        TitlePositionsRole, // QList<int>: matched characters of the title
        DetailPositionsRole, // QList<int>: matched characters of the detail
        ScoreRole,
    };

    explicit CommandPaletteModel(QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    // Replaces everything the palette can find; the query is kept and applied to them.
    void setEntries(QList<PaletteEntry> entries);
    int entryCount() const { return int(m_entries.size()); }
    void setQuery(const QString &query);
    QString query() const { return m_matcher.query(); }
    // At most this many rows are listed (the best ones); 0: no limit.
    void setResultLimit(int limit);
    // How many entries match the query, listed or not.
    int matchCount() const { return int(m_matching.size()); }

    const PaletteEntry &entry(const QModelIndex &index) const;
    // Runs the entry's action; false when it is disabled or has none.
    bool activate(const QModelIndex &index) const;

    static QString kindText(PaletteEntry::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Result
    {
        int entry; // index into m_entries
        int score;
        QList<int> titlePositions;
        QList<int> detailPositions;
    };

    std::vector<int> allEntries() const;
    // Lists those of `candidates` (entry indices, ascending) that match the query.
    void rank(const std::vector<int> &candidates);
    std::optional<Result> score(int entry) const;
    std::optional<int> rankScore(int entry) const;

    QList<PaletteEntry> m_entries; // sorted by kind, then title: the order of equal scores
    FuzzyMatcher m_matcher;
    std::vector<int> m_matching; // entries that match the query, in entry order
    // The shorter queries typed on from, with their matches: Backspace goes back to them.
    struct Narrowed
    {
        QString query;
        std::vector<int> matching;
    };
    std::vector<Narrowed> m_narrowed;
    std::vector<Result> m_results; // the listed rows, best first
    int m_resultLimit = 1000;
};

} // namespace Models
