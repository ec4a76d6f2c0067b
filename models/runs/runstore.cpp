// Compact storage of the Runs table's runs.
#include "runstore.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <thread>

namespace Models {

namespace {

constexpr quint64 missingKey = std::numeric_limits<quint64>::max();
constexpr quint64 signBit = quint64(1) << 63;

quint64 doubleKey(double value)
{
    const auto bits = std::bit_cast<quint64>(value);
    return (bits & signBit) ? ~bits : bits | signBit;
}

// The first eight bytes, big-endian, zero-padded: shorter strings before longer ones.
quint64 prefixKey(QByteArrayView text, qsizetype from)
{
    uchar bytes[8] = {};
    if (from < text.size())
        std::memcpy(bytes, text.data() + from, size_t(std::min<qsizetype>(8, text.size() - from)));
    return qFromBigEndian<quint64>(bytes);
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    if (const int c = common ? std::memcmp(a.data(), b.data(), size_t(common)) : 0)
        return c < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

struct Item
{
    quint64 key;
    quint32 index;
};

// Stable LSD radix sort by key, a byte at a time; bytes equal in all keys are skipped.
void radixSort(Item *begin, Item *end, std::vector<Item> &scratch)
{
    const size_t n = size_t(end - begin);
    if (n < 2)
        return;
    if (n < 64) {
        std::stable_sort(begin, end, [](const Item &a, const Item &b) { return a.key < b.key; });
        return;
    }
    std::array<std::array<quint32, 256>, 8> counts{};
    for (const Item *item = begin; item != end; ++item) {
        for (int b = 0; b < 8; ++b)
            ++counts[b][(item->key >> (8 * b)) & 0xff];
    }
    scratch.resize(std::max(scratch.size(), n));
    Item *from = begin;
    Item *to = scratch.data();
    for (int b = 0; b < 8; ++b) {
        auto &count = counts[b];
        if (std::find(count.begin(), count.end(), quint32(n)) != count.end())
            continue; // every key has the same byte here
        quint32 offset = 0;
        for (quint32 &c : count)
            offset += std::exchange(c, offset);
        for (const Item *item = from; item != from + n; ++item)
            to[count[(item->key >> (8 * b)) & 0xff]++] = *item;
        std::swap(from, to);
    }
    if (from != begin)
        std::copy(from, from + n, begin);
}

} // namespace

void RunStore::clear()
{
    const quint64 generation = m_generation;
    *this = RunStore();
    m_generation = generation + 1; // rankings made before are never taken
}

std::optional<double> RunStore::durationMs(int row) const
{
    const double ms = slotAt(row).durationMs;
    return std::isnan(ms) ? std::nullopt : std::optional<double>(ms);
}

std::optional<qint64> RunStore::inputSize(int row) const
{
    const qint64 bytes = slotAt(row).inputSize;
    return bytes < 0 ? std::nullopt : std::optional<qint64>(bytes);
}

std::optional<double> RunStore::statistic(int row, int key) const
{
    const Slot &slot = slotAt(row);
    for (quint32 i = slot.statistics; i < slot.statistics + slot.statisticCount; ++i) {
        if (m_statistics[i].key == quint32(key))
            return m_statistics[i].value;
    }
    return std::nullopt;
}

QByteArrayView RunStore::utf8(const Slot &slot, Text which) const
{
    quint32 offset = slot.text;
    const quint32 lengths[] = {slot.idLength, slot.nameLength, slot.descriptionLength,
                               slot.errorLength};
    for (int i = 0; i < int(which); ++i)
        offset += lengths[i];
    return {m_text->data() + offset, qsizetype(lengths[int(which)])};
}

QString RunStore::text(const Slot &slot, Text which) const
{
    const QByteArrayView bytes = utf8(slot, which);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

quint16 RunStore::intern(const QString &name)
{
    if (m_names.isEmpty()) {
        m_names.append(QString());
        m_nameKeys.insert(QString(), 0);
    }
    if (const auto found = m_nameKeys.constFind(name); found != m_nameKeys.cend())
        return *found;
    if (m_names.size() > std::numeric_limits<quint16>::max())
        return 0; // beyond 65,535 distinct instances and versions: shown without a name
    const auto key = quint16(m_names.size());
    m_names.append(name);
    m_nameKeys.insert(name, key);
    m_nameRanks.clear();
    return key;
}

const std::vector<quint32> &RunStore::nameRanks() const
{
    if (m_nameRanks.size() != size_t(m_names.size())) {
        std::vector<quint32> keys(size_t(m_names.size()));
        for (quint32 i = 0; i < keys.size(); ++i)
            keys[i] = i;
        std::stable_sort(keys.begin(), keys.end(),
                         [this](quint32 a, quint32 b) { return m_names.at(a) < m_names.at(b); });
        m_nameRanks.assign(keys.size(), 0);
        for (quint32 rank = 0; rank < keys.size(); ++rank)
            m_nameRanks[keys[rank]] = rank;
    }
    return m_nameRanks;
}

void RunStore::fill(Slot &slot, quint32 slotIndex, const Api::RunSummary &run)
{
    slot.createdMs = run.createdAt.isValid() ? run.createdAt.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
    slot.durationMs = run.durationMs ? *run.durationMs : std::numeric_limits<double>::quiet_NaN();
    slot.inputSize = run.inputSize ? std::max<qint64>(0, *run.inputSize) : -1;
    slot.status = quint8(run.status);
    slot.instance = intern(run.instanceId);
    slot.version = intern(run.versionId);

    const QByteArray texts[] = {run.id.toUtf8(), run.name.toUtf8(), run.description.toUtf8(),
                                run.error.toUtf8()};
    qsizetype total = 0;
    for (const QByteArray &text : texts)
        total += text.size();
    if (m_text->size() + size_t(total) > m_text->capacity() && m_text.use_count() > 1) {
        auto grown = std::make_shared<std::vector<char>>();
        grown->reserve(std::max(m_text->size() + size_t(total), m_text->capacity() * 2));
        grown->assign(m_text->begin(), m_text->end());
        m_text = std::move(grown);
    }
    slot.text = quint32(m_text->size());
    slot.idLength = quint32(texts[0].size());
    slot.nameLength = quint32(texts[1].size());
    slot.descriptionLength = quint32(texts[2].size());
    slot.errorLength = quint32(texts[3].size());
    for (const QByteArray &text : texts)
        m_text->insert(m_text->end(), text.begin(), text.end());
    slot.idHash = quint32(qHash(QByteArrayView(texts[0])));

    QByteArray folded =
        (run.name + QLatin1Char('\n') + run.id + QLatin1Char('\n') + run.description)
            .toCaseFolded()
            .toUtf8();
    folded.replace('\0', ' ');
    slot.haystackEntry = quint32(m_haystackStarts.size());
    m_haystackStarts.push_back(quint32(m_haystack.size()));
    m_haystackSlots.push_back(slotIndex);
    m_haystack.insert(m_haystack.end(), folded.begin(), folded.end());
    m_haystack.push_back('\0');

    slot.statistics = quint32(m_statistics.size());
    slot.statisticCount = 0;
    for (const Api::Indicator &indicator : run.statistics) {
        auto key = m_statisticKeys.constFind(indicator.name);
        if (key == m_statisticKeys.cend()) {
            key = m_statisticKeys.insert(indicator.name, int(m_statisticNames.size()));
            m_statisticNames.append(indicator.name);
        }
        m_statistics.push_back({quint32(*key), indicator.value});
        ++slot.statisticCount;
    }
}

quint32 RunStore::store(const Api::RunSummary &run)
{
    ++m_generation;
    const auto index = quint32(m_slots.size());
    m_slots.emplace_back();
    fill(m_slots.back(), index, run);
    m_rowOfSlot.push_back(-1);
    indexInsert(index);
    return index;
}

void RunStore::append(const QList<Api::RunSummary> &runs)
{
    for (const Api::RunSummary &run : runs) {
        const quint32 slot = store(run);
        m_rowOfSlot[slot] = qint32(m_order.size());
        m_order.push_back(slot);
    }
}

void RunStore::prepend(const QList<Api::RunSummary> &runs)
{
    std::vector<quint32> added;
    added.reserve(size_t(runs.size()));
    for (const Api::RunSummary &run : runs)
        added.push_back(store(run));
    m_order.insert(m_order.begin(), added.begin(), added.end());
    rebuildRowsOfSlots();
}

void RunStore::replace(int row, const Api::RunSummary &run)
{
    const quint32 index = m_order[size_t(row)];
    ++m_generation;
    indexErase(index);
    fill(m_slots[index], index, run); // the old texts stay behind, unused
    indexInsert(index);
}

void RunStore::remove(int row)
{
    const quint32 index = m_order[size_t(row)];
    indexErase(index);
    m_order.erase(m_order.begin() + row);
    rebuildRowsOfSlots();
}

void RunStore::rebuildRowsOfSlots()
{
    std::fill(m_rowOfSlot.begin(), m_rowOfSlot.end(), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOfSlot[m_order[row]] = qint32(row);
}

int RunStore::rowOf(const QString &id) const
{
    const QByteArray bytes = id.toUtf8();
    const int slot = findSlot(bytes, quint32(qHash(QByteArrayView(bytes))));
    return slot < 0 ? -1 : m_rowOfSlot[size_t(slot)];
}

int RunStore::findSlot(QByteArrayView id, quint32 hash) const
{
    if (m_index.empty())
        return -1;
    const size_t mask = m_index.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const qint32 slot = m_index[i];
        if (slot < 0)
            return -1;
        if (m_slots[size_t(slot)].idHash == hash && utf8(m_slots[size_t(slot)], Text::Id) == id)
            return slot;
    }
}

void RunStore::indexGrow()
{
    std::vector<qint32> old = std::move(m_index);
    m_index.assign(std::max<size_t>(64, old.size() * 2), -1);
    const size_t mask = m_index.size() - 1;
    for (const qint32 slot : old) {
        if (slot < 0)
            continue;
        size_t i = m_slots[size_t(slot)].idHash & mask;
        while (m_index[i] >= 0)
            i = (i + 1) & mask;
        m_index[i] = slot;
    }
}

void RunStore::indexInsert(quint32 slot)
{
    // At most half full, so that probes stay short.
    if ((m_indexCount + 1) * 2 > m_index.size())
        indexGrow();
    const size_t mask = m_index.size() - 1;
    size_t i = m_slots[slot].idHash & mask;
    while (m_index[i] >= 0)
        i = (i + 1) & mask;
    m_index[i] = qint32(slot);
    ++m_indexCount;
}

void RunStore::indexErase(quint32 slot)
{
    const size_t mask = m_index.size() - 1;
    size_t i = m_slots[slot].idHash & mask;
    while (m_index[i] != qint32(slot)) {
        if (m_index[i] < 0)
            return;
        i = (i + 1) & mask;
    }
    // Backward-shift deletion: later entries of the same probe run move up into the hole.
    for (size_t j = (i + 1) & mask; m_index[j] >= 0; j = (j + 1) & mask) {
        const size_t home = m_slots[size_t(m_index[j])].idHash & mask;
        const bool staysPut = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!staysPut) {
            m_index[i] = m_index[j];
            i = j;
        }
    }
    m_index[i] = -1;
    --m_indexCount;
}

Api::RunSummary RunStore::summary(int row) const
{
    const Slot &slot = slotAt(row);
    Api::RunSummary run;
    run.id = text(slot, Text::Id);
    run.name = text(slot, Text::Name);
    run.description = text(slot, Text::Description);
    run.error = text(slot, Text::Error);
    if (slot.createdMs != std::numeric_limits<qint64>::min())
        run.createdAt = QDateTime::fromMSecsSinceEpoch(slot.createdMs, Qt::UTC);
    run.instanceId = m_names.at(slot.instance);
    run.versionId = m_names.at(slot.version);
    run.status = Api::RunStatus(slot.status);
    run.durationMs = durationMs(row);
    run.inputSize = inputSize(row);
    for (quint32 i = slot.statistics; i < slot.statistics + slot.statisticCount; ++i)
        run.statistics.append({m_statisticNames.at(m_statistics[i].key), m_statistics[i].value});
    return run;
}

QByteArray RunStore::foldedNeedle(const QString &text)
{
    QByteArray needle = text.toCaseFolded().toUtf8();
    needle.replace('\0', ' ');
    return needle;
}

bool RunStore::containsText(int row, const QByteArray &needle) const
{
    const quint32 entry = slotAt(row).haystackEntry;
    const quint32 start = m_haystackStarts[entry];
    const quint32 end = entry + 1 < m_haystackStarts.size() ? m_haystackStarts[entry + 1]
                                                            : quint32(m_haystack.size());
    return QByteArrayView(m_haystack.data() + start, end - start - 1).contains(needle);
}

std::vector<quint8> RunStore::rowsContaining(const QByteArray &needle) const
{
    std::vector<quint8> rows(m_order.size(), 0);
    if (needle.isEmpty()) {
        std::fill(rows.begin(), rows.end(), 1);
        return rows;
    }
    // One search through all texts; a hit marks its entry's row and the search goes on after
    // that entry. Entries lie in the haystack in order, so finding a hit's entry is a walk.
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    const char *const base = m_haystack.data();
    const char *const end = base + m_haystack.size();
    const char *from = base;
    size_t entry = 0;
    while (from < end) {
        const char *hit = std::search(from, end, searcher);
        if (hit == end)
            break;
        const auto at = quint32(hit - base);
        while (entry + 1 < m_haystackStarts.size() && m_haystackStarts[entry + 1] <= at)
            ++entry;
        const quint32 slot = m_haystackSlots[entry];
        if (m_slots[slot].haystackEntry == entry && m_rowOfSlot[slot] >= 0)
            rows[size_t(m_rowOfSlot[slot])] = 1;
        from = entry + 1 < m_haystackStarts.size() ? base + m_haystackStarts[entry + 1] : end;
    }
    return rows;
}

quint64 RunStore::key(int row, Field field, int statistic) const
{
    const Slot &slot = slotAt(row);
    switch (field) {
    case Field::Name:
        return hasTextRanks(field) ? m_textRanks[0][m_order[size_t(row)]]
                                   : prefixKey(utf8(slot, Text::Name), 0);
    case Field::Id:
        return hasTextRanks(field) ? m_textRanks[1][m_order[size_t(row)]]
                                   : prefixKey(utf8(slot, Text::Id), 0);
    case Field::Status:
        return slot.status;
    case Field::Instance:
        return nameRanks()[slot.instance];
    case Field::Version:
        return nameRanks()[slot.version];
    case Field::Created:
        return quint64(slot.createdMs) ^ signBit;
    case Field::Duration:
        return std::isnan(slot.durationMs) ? missingKey : doubleKey(slot.durationMs);
    case Field::InputSize:
        return slot.inputSize < 0 ? missingKey : quint64(slot.inputSize);
    case Field::Statistic: {
        const auto value = this->statistic(row, statistic);
        return value ? doubleKey(*value) : missingKey;
    }
    }
    return missingKey;
}

int RunStore::compare(int a, int b, Field field, int statistic) const
{
    const quint64 ka = key(a, field, statistic);
    const quint64 kb = key(b, field, statistic);
    if (ka != kb)
        return ka < kb ? -1 : 1;
    if (field == Field::Name || field == Field::Id) {
        const Text which = field == Field::Name ? Text::Name : Text::Id;
        return compareBytes(utf8(slotAt(a), which), utf8(slotAt(b), which));
    }
    return 0;
}

void RunStore::sortByText(std::vector<int> &rows, Text which, Qt::SortOrder order) const
{
    // The first 24 bytes of each text are copied next to its index, in the rows' order (so
    // mostly in memory order): comparisons then rarely go back to the texts themselves.
    struct TextItem
    {
        quint64 key[3];
        quint32 length;
        quint32 index;
    };
    std::vector<TextItem> items(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const QByteArrayView text = utf8(slotAt(rows[i]), which);
        items[i] = {{prefixKey(text, 0), prefixKey(text, 8), prefixKey(text, 16)},
                    quint32(text.size()),
                    quint32(i)};
    }
    const bool descending = order == Qt::DescendingOrder;
    constexpr qsizetype keyed = 24;
    // Equal texts keep the rows' order, ascending or descending (as a stable sort would).
    const auto before = [&](const TextItem &a, const TextItem &b) {
        int c = 0;
        for (int k = 0; k < 3 && c == 0; ++k) {
            if (a.key[k] != b.key[k])
                c = a.key[k] < b.key[k] ? -1 : 1;
        }
        if (c == 0 && (a.length > keyed || b.length > keyed))
            c = compareBytes(utf8(slotAt(rows[a.index]), which).sliced(keyed),
                             utf8(slotAt(rows[b.index]), which).sliced(keyed));
        if (c == 0)
            return a.index < b.index;
        return descending ? c > 0 : c < 0;
    };
    // Two halves at once where there is much to sort, then one merge.
    const auto middle = items.begin() + qsizetype(items.size() / 2);
    if (items.size() >= 100000) {
        std::thread other([&] { std::sort(items.begin(), middle, before); });
        std::sort(middle, items.end(), before);
        other.join();
        std::inplace_merge(items.begin(), middle, items.end(), before);
    } else {
        std::sort(items.begin(), items.end(), before);
    }
    std::vector<int> sorted(rows.size());
    for (size_t i = 0; i < items.size(); ++i)
        sorted[i] = rows[items[i].index];
    rows = std::move(sorted);
}

void RunStore::sort(std::vector<int> &rows, Field field, int statistic, Qt::SortOrder order) const
{
    if ((field == Field::Name || field == Field::Id) && !hasTextRanks(field)) {
        sortByText(rows, field == Field::Name ? Text::Name : Text::Id, order);
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    std::vector<Item> items(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const quint64 k = key(rows[i], field, statistic);
        items[i] = {descending ? ~k : k, quint32(i)};
    }
    std::vector<Item> scratch;
    radixSort(items.data(), items.data() + items.size(), scratch);
    std::vector<int> sorted(rows.size());
    for (size_t i = 0; i < items.size(); ++i)
        sorted[i] = rows[items[i].index];
    rows = std::move(sorted);
}

bool RunStore::hasTextRanks(Field field) const
{
    const int i = field == Field::Name ? 0 : 1;
    return (field == Field::Name || field == Field::Id) &&
        m_textRanksGeneration[i] == m_generation && m_textRanks[i].size() == m_slots.size();
}

RunStore::TextSnapshot RunStore::textSnapshot(Field field) const
{
    const Text which = field == Field::Name ? Text::Name : Text::Id;
    TextSnapshot snapshot;
    snapshot.field = field;
    snapshot.generation = m_generation;
    snapshot.buffer = m_text;
    snapshot.texts.reserve(m_slots.size());
    for (const Slot &slot : m_slots) {
        const QByteArrayView text = utf8(slot, which);
        snapshot.texts.emplace_back(quint32(text.data() - m_text->data()), quint32(text.size()));
    }
    return snapshot;
}

std::vector<quint32> RunStore::rankTexts(const TextSnapshot &snapshot)
{
    const char *const base = snapshot.buffer->data();
    const auto textOf = [&](quint32 slot) {
        return QByteArrayView(base + snapshot.texts[slot].first, snapshot.texts[slot].second);
    };
    struct TextItem
    {
        quint64 key[2];
        quint32 slot;
    };
    std::vector<TextItem> items(snapshot.texts.size());
    for (quint32 slot = 0; slot < items.size(); ++slot) {
        const QByteArrayView text = textOf(slot);
        items[slot] = {{prefixKey(text, 0), prefixKey(text, 8)}, slot};
    }
    std::sort(items.begin(), items.end(), [&](const TextItem &a, const TextItem &b) {
        if (a.key[0] != b.key[0])
            return a.key[0] < b.key[0];
        if (a.key[1] != b.key[1])
            return a.key[1] < b.key[1];
        const int c = compareBytes(textOf(a.slot), textOf(b.slot));
        return c != 0 ? c < 0 : a.slot < b.slot;
    });
    std::vector<quint32> ranks(items.size());
    quint32 rank = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0 && textOf(items[i].slot) != textOf(items[i - 1].slot))
            ++rank;
        ranks[items[i].slot] = rank;
    }
    return ranks;
}

void RunStore::setTextRanks(Field field, quint64 generation, std::vector<quint32> ranks)
{
    if (generation != m_generation || ranks.size() != m_slots.size() ||
        (field != Field::Name && field != Field::Id))
        return;
    const int i = field == Field::Name ? 0 : 1;
    m_textRanks[i] = std::move(ranks);
    m_textRanksGeneration[i] = generation;
}

} // namespace Models
