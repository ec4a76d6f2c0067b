// What differs between two JSON documents, path by path: members and items added, removed,
// changed (including a change of type) or moved within an array. Array items are matched by
// an id-like member when every item has a distinct one, else by equal values, so a reordered
// array reads as moves, not as every position changed.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <atomic>

namespace Models {

struct JsonChange
{
    enum class Kind { Added, Removed, Changed, Moved };

    Kind kind = Kind::Changed;
    // Where the value sits in each document, such as "items[3].weight" or, for items matched
    // by id, `items[id="a7"].weight`; empty on the side that lacks it.
    QString leftPath;
    QString rightPath;
    QJsonValue left; // Undefined when added
    QJsonValue right; // Undefined when removed

    QString path() const { return rightPath.isEmpty() ? leftPath : rightPath; }
};

struct JsonDiffResult
{
    QList<JsonChange> changes;
    bool truncated = false; // stopped at the limit of changes
    bool approximate = false; // a huge, much-changed array was compared position by position
    bool canceled = false;
};

struct JsonDiffOptions
{
    qsizetype maxChanges = 100000;
    const std::atomic_bool *cancel = nullptr; // polled; set it from another thread to stop
};

// The member names taken, in this order, as an item's identity in an array of objects.
QStringList jsonIdKeys();

JsonDiffResult diffJson(const QJsonValue &left, const QJsonValue &right,
                        const JsonDiffOptions &options = {});

} // namespace Models
