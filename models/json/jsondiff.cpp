// Structural JSON diff: objects member by member, arrays by identity or by value.
#include "models/json/jsondiff.h"

#include "models/json/jsontext.h"
#include "models/json/sequencediff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <limits>
#include <optional>
#include <vector>

namespace Models {

QStringList jsonIdKeys()
{
    // What decision apps name an item's identity, most specific first.
    return {QStringLiteral("id"),  QStringLiteral("ID"),   QStringLiteral("Id"),
            QStringLiteral("_id"), QStringLiteral("uuid"), QStringLiteral("key"),
            QStringLiteral("name")};
}

namespace {

// Equal keys get the same class number, new keys the next one.
template<typename Key>
SequenceDiff::Item classOf(QHash<Key, SequenceDiff::Item> &classes, const Key &key)
{
    auto it = classes.find(key);
    if (it == classes.end())
        it = classes.insert(key, classes.size());
    return it.value();
}

// An id value as one string that also tells a number 7 from a string "7".
std::optional<QString> identity(const QJsonValue &id)
{
    if (id.isString())
        return QLatin1Char('s') + id.toString();
    if (id.isDouble())
        return QLatin1Char('n') + JsonText::scalarText(id);
    return std::nullopt;
}

// The id key every item of both arrays has, distinct within each array; empty if none.
QString idKeyOf(const QJsonArray &left, const QJsonArray &right)
{
    if (left.isEmpty() && right.isEmpty())
        return {};
    const auto distinctOn = [](const QJsonArray &array, const QString &key) {
        QSet<QString> seen;
        seen.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isObject())
                return false;
            const std::optional<QString> id = identity(item.toObject().value(key));
            if (!id || seen.contains(*id))
                return false;
            seen.insert(*id);
        }
        return true;
    };
    for (const QString &key : jsonIdKeys()) {
        if (distinctOn(left, key) && distinctOn(right, key))
            return key;
    }
    return {};
}

class Differ
{
public:
    explicit Differ(const JsonDiffOptions &options)
        : m_options(options)
    {
    }

    void compare(const QJsonValue &left, const QJsonValue &right, const QString &leftPath,
                 const QString &rightPath)
    {
        if (stopped())
            return;
        if (left.isObject() && right.isObject())
            compareObjects(left.toObject(), right.toObject(), leftPath, rightPath);
        else if (left.isArray() && right.isArray())
            compareArrays(left.toArray(), right.toArray(), leftPath, rightPath);
        else if (left != right)
            add(JsonChange::Kind::Changed, leftPath, rightPath, left, right);
    }

    JsonDiffResult take() { return std::move(m_result); }

private:
    bool stopped()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            m_result.canceled = true;
        return m_result.canceled || m_result.truncated;
    }

    void add(JsonChange::Kind kind, const QString &leftPath, const QString &rightPath,
             const QJsonValue &left, const QJsonValue &right)
    {
        if (m_result.changes.size() >= m_options.maxChanges) {
            m_result.truncated = true;
            return;
        }
        m_result.changes.append({kind, leftPath, rightPath, left, right});
    }
    void added(const QString &path, const QJsonValue &value)
    {
        add(JsonChange::Kind::Added, {}, path, QJsonValue::Undefined, value);
    }
    void removed(const QString &path, const QJsonValue &value)
    {
        add(JsonChange::Kind::Removed, path, {}, value, QJsonValue::Undefined);
    }

    static QString atMember(QString path, const QString &key)
    {
        JsonText::appendMember(path, key);
        return path;
    }
    static QString atIndex(QString path, qsizetype index)
    {
        JsonText::appendIndex(path, index);
        return path;
    }

    void compareObjects(const QJsonObject &left, const QJsonObject &right, const QString &leftPath,
                        const QString &rightPath)
    {
        for (auto it = left.constBegin(); it != left.constEnd() && !stopped(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.constEnd())
                removed(atMember(leftPath, it.key()), it.value());
            else
                compare(it.value(), other.value(), atMember(leftPath, it.key()),
                        atMember(rightPath, it.key()));
        }
        for (auto it = right.constBegin(); it != right.constEnd() && !stopped(); ++it) {
            if (!left.contains(it.key()))
                added(atMember(rightPath, it.key()), it.value());
        }
    }

    void compareArrays(const QJsonArray &left, const QJsonArray &right, const QString &leftPath,
                       const QString &rightPath)
    {
        const QString key = idKeyOf(left, right);
        if (key.isEmpty())
            compareByValue(left, right, leftPath, rightPath);
        else
            compareById(left, right, key, leftPath, rightPath);
    }

    // Items with the same id are the same item wherever they stand: a change of place is a
    // move, and their members are compared under a path that names the id.
    void compareById(const QJsonArray &left, const QJsonArray &right, const QString &key,
                     const QString &leftPath, const QString &rightPath)
    {
        const auto idOf = [&key](const QJsonValue &item) {
            return *identity(item.toObject().value(key));
        };
        const auto idPath = [&key](QString path, const QJsonValue &item) {
            const QJsonValue id = item.toObject().value(key);
            path += QLatin1Char('[');
            path += key;
            path += QLatin1Char('=');
            if (id.isString())
                JsonText::appendQuoted(path, id.toString(), std::numeric_limits<qsizetype>::max());
            else
                path += JsonText::scalarText(id);
            path += QLatin1Char(']');
            return path;
        };
        // Ids as class numbers, to find which common items kept their order.
        QHash<QString, SequenceDiff::Item> classes;
        QHash<QString, qsizetype> leftAt;
        std::vector<SequenceDiff::Item> leftSequence, rightSequence;
        for (qsizetype i = 0; i < left.size(); ++i) {
            const QString id = idOf(left.at(i));
            leftAt.insert(id, i);
            leftSequence.push_back(classOf(classes, id));
        }
        for (const QJsonValue &item : right)
            rightSequence.push_back(classOf(classes, idOf(item)));
        const SequenceDiff::Result order =
            SequenceDiff::longestCommon(leftSequence, rightSequence, m_options.cancel);
        m_result.approximate = m_result.approximate || order.approximate;
        std::vector<bool> inOrder(size_t(left.size()), false);
        for (const SequenceDiff::Match &match : order.matches)
            inOrder[size_t(match.left)] = true;

        std::vector<bool> matched(size_t(left.size()), false);
        for (qsizetype j = 0; j < right.size() && !stopped(); ++j) {
            const QJsonValue item = right.at(j);
            const auto at = leftAt.constFind(idOf(item));
            if (at == leftAt.cend()) {
                added(idPath(rightPath, item), item);
                continue;
            }
            const qsizetype i = at.value();
            matched[size_t(i)] = true;
            if (!inOrder[size_t(i)])
                add(JsonChange::Kind::Moved, atIndex(leftPath, i), atIndex(rightPath, j),
                    left.at(i), right.at(j));
            compare(left.at(i), item, idPath(leftPath, left.at(i)), idPath(rightPath, item));
        }
        for (qsizetype i = 0; i < left.size() && !stopped(); ++i) {
            if (!matched[size_t(i)])
                removed(idPath(leftPath, left.at(i)), left.at(i));
        }
    }

    // Items without ids: equal values keep their place in the longest common order; an equal
    // value elsewhere is a move; what is left between two kept items is compared in turn.
    void compareByValue(const QJsonArray &left, const QJsonArray &right, const QString &leftPath,
                        const QString &rightPath)
    {
        QHash<QJsonValue, SequenceDiff::Item> classes;
        std::vector<SequenceDiff::Item> leftSequence, rightSequence;
        leftSequence.reserve(size_t(left.size()));
        rightSequence.reserve(size_t(right.size()));
        for (const QJsonValue &item : left)
            leftSequence.push_back(classOf(classes, item));
        for (const QJsonValue &item : right)
            rightSequence.push_back(classOf(classes, item));
        SequenceDiff::Result common =
            SequenceDiff::longestCommon(leftSequence, rightSequence, m_options.cancel);
        m_result.approximate = m_result.approximate || common.approximate;
        common.matches.append({left.size(), right.size()}); // closes the last gap

        // Unmatched items, gap by gap; an unmatched value found on both sides has moved.
        struct Gap
        {
            std::vector<qsizetype> left, right;
        };
        std::vector<Gap> gaps;
        QHash<SequenceDiff::Item, std::vector<qsizetype>> unmatchedRight;
        qsizetype nextLeft = 0;
        qsizetype nextRight = 0;
        for (const SequenceDiff::Match &match : std::as_const(common.matches)) {
            Gap gap;
            for (qsizetype i = nextLeft; i < match.left; ++i)
                gap.left.push_back(i);
            for (qsizetype j = nextRight; j < match.right; ++j) {
                gap.right.push_back(j);
                unmatchedRight[rightSequence[size_t(j)]].push_back(j);
            }
            if (!gap.left.empty() || !gap.right.empty())
                gaps.push_back(std::move(gap));
            nextLeft = match.left + 1;
            nextRight = match.right + 1;
        }
        std::vector<bool> moved(size_t(right.size()), false);
        for (Gap &gap : gaps) {
            std::erase_if(gap.left, [&](qsizetype i) {
                auto candidates = unmatchedRight.find(leftSequence[size_t(i)]);
                if (candidates == unmatchedRight.end() || candidates->empty())
                    return false;
                const qsizetype j = candidates->front();
                candidates->erase(candidates->begin());
                moved[size_t(j)] = true;
                add(JsonChange::Kind::Moved, atIndex(leftPath, i), atIndex(rightPath, j),
                    left.at(i), right.at(j));
                return true;
            });
        }
        for (Gap &gap : gaps) {
            std::erase_if(gap.right, [&](qsizetype j) { return moved[size_t(j)]; });
            const size_t paired = std::min(gap.left.size(), gap.right.size());
            for (size_t p = 0; p < paired; ++p) {
                compare(left.at(gap.left[p]), right.at(gap.right[p]),
                        atIndex(leftPath, gap.left[p]), atIndex(rightPath, gap.right[p]));
            }
            for (size_t p = paired; p < gap.left.size(); ++p)
                removed(atIndex(leftPath, gap.left[p]), left.at(gap.left[p]));
            for (size_t p = paired; p < gap.right.size(); ++p)
                added(atIndex(rightPath, gap.right[p]), right.at(gap.right[p]));
            if (stopped())
                return;
        }
    }

    const JsonDiffOptions m_options;
    JsonDiffResult m_result;
};

} // namespace

JsonDiffResult diffJson(const QJsonValue &left, const QJsonValue &right,
                        const JsonDiffOptions &options)
{
    Differ differ(options);
    differ.compare(left, right, {}, {});
    return differ.take();
}

} // namespace Models
