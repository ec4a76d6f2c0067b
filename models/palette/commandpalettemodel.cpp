// The command palette's list of matching entries.
#include "commandpalettemodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Models {

namespace {

// A detail (an ID, a menu path) that matches is worth a little less than a title that does.
constexpr int detailPenalty = 4;

bool better(int scoreA, int entryA, int scoreB, int entryB)
{
    return scoreA != scoreB ? scoreA > scoreB : entryA < entryB;
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

CommandPaletteModel::~CommandPaletteModel() = default;

void CommandPaletteModel::setEntries(QList<PaletteEntry> entries)
{
    // Sorted once here, so that ranking breaks ties by comparing indices only.
    std::vector<QString> foldedTitles;
    foldedTitles.reserve(entries.size());
    for (const PaletteEntry &entry : entries)
        foldedTitles.push_back(entry.title.toCaseFolded());
    std::vector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (entries.at(a).kind != entries.at(b).kind)
            return entries.at(a).kind < entries.at(b).kind;
        return foldedTitles[a] < foldedTitles[b];
    });
    m_entries.clear();
    m_entries.reserve(entries.size());
    for (const int index : order)
        m_entries.append(std::move(entries[index]));
    m_narrowed.clear();
    rank(allEntries());
}

std::vector<int> CommandPaletteModel::allEntries() const
{
    std::vector<int> all(m_entries.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

void CommandPaletteModel::setQuery(const QString &query)
{
    const QString previous = m_matcher.query();
    if (query == previous)
        return;
    std::vector<int> candidates;
    if (query.startsWith(previous, Qt::CaseInsensitive)) {
        // Typing on: whatever matches the longer query matched the one it starts with.
        candidates = m_matching;
        m_narrowed.push_back({previous, std::move(m_matching)});
    } else {
        // Backspace: the matches of a shorter query typed before are known.
        while (!m_narrowed.empty() && m_narrowed.back().query.size() > query.size())
            m_narrowed.pop_back();
        if (!m_narrowed.empty() &&
            m_narrowed.back().query.compare(query, Qt::CaseInsensitive) == 0) {
            candidates = std::move(m_narrowed.back().matching);
            m_narrowed.pop_back();
        } else {
            m_narrowed.clear();
            candidates = allEntries();
        }
    }
    m_matcher = FuzzyMatcher(query);
    rank(candidates);
}

void CommandPaletteModel::setResultLimit(int limit)
{
    m_resultLimit = limit;
    rank(std::vector<int>(m_matching));
}

std::optional<CommandPaletteModel::Result> CommandPaletteModel::score(int index) const
{
    const PaletteEntry &entry = m_entries.at(index);
    if (m_matcher.isEmpty())
        return Result{index, 0, {}, {}};
    auto title = m_matcher.match(entry.title);
    auto detail = m_matcher.match(entry.detail);
    if (detail)
        detail->score -= detailPenalty;
    if (title && (!detail || title->score >= detail->score))
        return Result{index, title->score, std::move(title->positions), {}};
    if (detail)
        return Result{index, detail->score, {}, std::move(detail->positions)};
    return std::nullopt;
}

std::optional<int> CommandPaletteModel::rankScore(int index) const
{
    // As score() reckons it, without the positions.
    const PaletteEntry &entry = m_entries.at(index);
    const std::optional<int> title = m_matcher.scoreOf(entry.title);
    std::optional<int> detail = m_matcher.scoreOf(entry.detail);
    if (detail)
        *detail -= detailPenalty;
    return title && detail ? std::max(*title, *detail) : title ? title : detail;
}

void CommandPaletteModel::rank(const std::vector<int> &candidates)
{
    // Scores first; the matched positions only for the rows that are listed.
    struct Scored
    {
        int entry;
        int score;
    };
    std::vector<Scored> scored;
    scored.reserve(candidates.size());
    m_matching.clear();
    for (const int index : candidates) {
        const std::optional<int> score = m_matcher.isEmpty() ? 0 : rankScore(index);
        if (!score)
            continue;
        scored.push_back({index, *score});
        m_matching.push_back(index);
    }
    const auto byRank = [](const Scored &a, const Scored &b) {
        return better(a.score, a.entry, b.score, b.entry);
    };
    if (m_resultLimit > 0 && int(scored.size()) > m_resultLimit) {
        std::partial_sort(scored.begin(), scored.begin() + m_resultLimit, scored.end(), byRank);
        scored.resize(m_resultLimit);
    } else {
        std::sort(scored.begin(), scored.end(), byRank);
    }
    std::vector<Result> results;
    results.reserve(scored.size());
    for (const Scored &s : scored)
        results.push_back(*score(s.entry));

    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

const PaletteEntry &CommandPaletteModel::entry(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    return m_entries.at(m_results.at(index.row()).entry);
}

bool CommandPaletteModel::activate(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    const PaletteEntry &chosen = entry(index);
    if (!chosen.enabled || !chosen.activate)
        return false;
    chosen.activate();
    return true;
}

QString CommandPaletteModel::kindText(PaletteEntry::Kind kind)
{
    using Kind = PaletteEntry::Kind;
    switch (kind) {
    case Kind::Action:
        return tr("Action");
    case Kind::Run:
        return tr("Run");
    case Kind::Experiment:
        return tr("Experiment");
    case Kind::Version:
        return tr("Version");
    case Kind::Instance:
        return tr("Instance");
    case Kind::Input:
        return tr("Input");
    case Kind::InputSet:
        return tr("Input Set");
    case Kind::Ensemble:
        return tr("Ensemble");
    }
    return {};
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Result &result = m_results.at(index.row());
    const PaletteEntry &shown = m_entries.at(result.entry);
    switch (role) {
    case Qt::DisplayRole:
        return shown.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return shown.detail;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(shown.title, kindText(shown.kind), shown.detail);
    case KindRole:
        return int(shown.kind);
    case KindTextRole:
        return kindText(shown.kind);
    case TitlePositionsRole:
        return QVariant::fromValue(result.titlePositions);
    case DetailPositionsRole:
        return QVariant::fromValue(result.detailPositions);
    case ScoreRole:
        return result.score;
    default:
        return {};
    }
}

Qt::ItemFlags CommandPaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return entry(index).enabled ? base | Qt::ItemIsEnabled : base;
}

} // namespace Models
