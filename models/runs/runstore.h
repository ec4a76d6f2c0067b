// Compact storage of the runs the Runs table holds (up to millions): one small fixed-size record
// per run, the texts of all runs in one buffer, instance and version names interned, numbers as
// numbers, an open-addressing index from run ID to row, and a case-folded haystack of the
// searchable texts. Sorting and text search work on this storage directly (precomputed keys,
// radix sort for numbers, key-prefixed items for texts, one scan over the haystack), never on
// QVariants.
#pragma once

#include "api/dto/run.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Models {

class RunStore
{
public:
    // What a row can be sorted by.
    enum class Field {
        Name,
        Id,
        Status,
        Instance,
        Version,
        Created,
        Duration,
        InputSize,
        Statistic
    };

    int size() const { return int(m_order.size()); }
    void clear();

    // New runs after the last row, or before the first (in the given order).
    void append(const QList<Api::RunSummary> &runs);
    void prepend(const QList<Api::RunSummary> &runs);
    void replace(int row, const Api::RunSummary &run);
    void remove(int row);
    int rowOf(const QString &id) const;

    // The run as a list item again (without what the table does not keep, such as options).
    Api::RunSummary summary(int row) const;

    QString id(int row) const { return text(slotAt(row), Text::Id); }
    QString name(int row) const { return text(slotAt(row), Text::Name); }
    QString description(int row) const { return text(slotAt(row), Text::Description); }
    QString error(int row) const { return text(slotAt(row), Text::Error); }
    Api::RunStatus status(int row) const { return Api::RunStatus(slotAt(row).status); }
    QString instance(int row) const { return m_names.at(slotAt(row).instance); }
    QString version(int row) const { return m_names.at(slotAt(row).version); }
    // Interned names: equal keys, equal names. -1: no run has that name.
    int instanceKey(int row) const { return slotAt(row).instance; }
    int versionKey(int row) const { return slotAt(row).version; }
    int nameKey(const QString &name) const { return m_nameKeys.value(name, -1); }
    qint64 createdMs(int row) const { return slotAt(row).createdMs; }
    std::optional<double> durationMs(int row) const;
    std::optional<qint64> inputSize(int row) const;
    // By the statistic's key (statisticKey()).
    std::optional<double> statistic(int row, int key) const;
    int statisticKey(const QString &name) const { return m_statisticKeys.value(name, -1); }

    // Case-insensitive search of name, ID and description. `needle` from foldedNeedle().
    static QByteArray foldedNeedle(const QString &text);
    bool containsText(int row, const QByteArray &needle) const;
    // One byte per row: 1 where the row contains the needle. One pass over all texts.
    std::vector<quint8> rowsContaining(const QByteArray &needle) const;

    // Sorts `rows` by the field (a statistic: by the statistic key), stably; runs without a
    // value come last in ascending order and first in descending order.
    void sort(std::vector<int> &rows, Field field, int statistic, Qt::SortOrder order) const;
    // -1, 0 or 1 as row a sorts before, with or after row b in ascending order.
    int compare(int a, int b, Field field, int statistic) const;

    // Sorting by name or ID compares texts, which is slow for a million rows; a ranking of all
    // texts, made off the GUI thread once the runs stop changing, turns that into a radix sort
    // of numbers. The snapshot is a copy: the ranking never touches the store.
    struct TextSnapshot
    {
        Field field = Field::Name;
        quint64 generation = 0;
        std::shared_ptr<const std::vector<char>> buffer; // kept alive for the reader
        std::vector<std::pair<quint32, quint32>> texts; // per slot: offset and length
    };
    TextSnapshot textSnapshot(Field field) const;
    // Per slot, the rank of its text; equal texts, equal ranks. Thread-safe.
    static std::vector<quint32> rankTexts(const TextSnapshot &snapshot);
    // Ignored when the texts changed since the snapshot.
    void setTextRanks(Field field, quint64 generation, std::vector<quint32> ranks);
    bool hasTextRanks(Field field) const;

private:
    enum class Text { Id, Name, Description, Error };
    struct Slot
    {
        qint64 createdMs = 0;
        double durationMs = 0; // NaN: none
        qint64 inputSize = -1; // -1: none
        quint32 text = 0; // offset in m_text of ID, name, description and error (UTF-8)
        quint32 idLength = 0;
        quint32 nameLength = 0;
        quint32 descriptionLength = 0;
        quint32 errorLength = 0;
        quint32 haystackEntry = 0;
        quint32 statistics = 0; // offset in m_statistics
        quint32 idHash = 0;
        quint16 statisticCount = 0;
        quint16 instance = 0;
        quint16 version = 0;
        quint8 status = 0;
    };
    struct Statistic
    {
        quint32 key;
        double value;
    };

    const Slot &slotAt(int row) const { return m_slots[m_order[row]]; }
    QString text(const Slot &slot, Text which) const;
    QByteArrayView utf8(const Slot &slot, Text which) const;
    quint32 store(const Api::RunSummary &run);
    void fill(Slot &slot, quint32 slotIndex, const Api::RunSummary &run);
    quint16 intern(const QString &name);
    void rebuildRowsOfSlots();
    void sortByText(std::vector<int> &rows, Text which, Qt::SortOrder order) const;
    // The sort key of a row: order-preserving, missing values as the largest key.
    quint64 key(int row, Field field, int statistic) const;
    const std::vector<quint32> &nameRanks() const;

    // The ID index: open addressing with linear probing, slots by hash of the ID.
    int findSlot(QByteArrayView id, quint32 hash) const;
    void indexInsert(quint32 slot);
    void indexErase(quint32 slot);
    void indexGrow();

    std::vector<Slot> m_slots; // never shrinks: removed runs leave dead slots
    std::vector<quint32> m_order; // row -> slot
    std::vector<qint32> m_rowOfSlot; // slot -> row, -1 for dead slots
    // Only ever appended to. While a ranking reads it on another thread, growing copies it
    // rather than reallocating it under the reader.
    std::shared_ptr<std::vector<char>> m_text = std::make_shared<std::vector<char>>();
    std::vector<char> m_haystack; // per entry: folded "name\nid\ndescription", then '\0'
    std::vector<quint32> m_haystackStarts;
    std::vector<quint32> m_haystackSlots;
    std::vector<Statistic> m_statistics;
    QStringList m_names;
    QHash<QString, quint16> m_nameKeys;
    mutable std::vector<quint32> m_nameRanks; // by key; empty when stale
    QStringList m_statisticNames;
    QHash<QString, int> m_statisticKeys;
    std::vector<qint32> m_index; // slot or -1
    quint64 m_generation = 0; // counts changes of texts and slots
    std::vector<quint32> m_textRanks[2]; // by slot: names, IDs
    quint64 m_textRanksGeneration[2] = {};
    size_t m_indexCount = 0;
};

} // namespace Models
