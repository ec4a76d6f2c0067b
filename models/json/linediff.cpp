// Line diff: lines interned to class numbers, aligned by SequenceDiff, cut into hunks.
#include "models/json/linediff.h"

#include "models/json/sequencediff.h"

#include <QByteArrayView>
#include <QHash>

#include <vector>

namespace Models {

namespace {

// Views of the lines of `text`, without their line ends ("\n" or "\r\n"); the text must
// outlive them.
std::vector<QByteArrayView> splitLines(const QByteArray &text)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        qsizetype stop = end;
        if (stop > start && text[stop - 1] == '\r')
            --stop;
        lines.push_back(QByteArrayView(text).sliced(start, stop - start));
        start = end + 1;
    }
    return lines;
}

class HunkWriter
{
public:
    HunkWriter(const std::vector<QByteArrayView> &left, const std::vector<QByteArrayView> &right,
               const LineDiffOptions &options, LineDiffResult &result)
        : m_left(left)
        , m_right(right)
        , m_options(options)
        , m_result(result)
    {
    }

    // Lines [left, left + count) and [right, right + count) are the same.
    void same(qsizetype left, qsizetype right, qsizetype count, bool atStart, bool atEnd)
    {
        const qsizetype context = m_options.context;
        const qsizetype before = atStart ? 0 : std::min(context, count); // after a change
        const qsizetype after = atEnd ? 0 : std::min(context, count - before); // before one
        for (qsizetype i = 0; i < before; ++i)
            add(LineDiffRow::Kind::Same, left + i, right + i);
        if (count - before - after > 0) {
            LineDiffRow skipped;
            skipped.kind = LineDiffRow::Kind::Skipped;
            skipped.skipped = count - before - after;
            append(std::move(skipped));
        }
        for (qsizetype i = count - after; i < count; ++i)
            add(LineDiffRow::Kind::Same, left + i, right + i);
    }
    void removed(qsizetype left)
    {
        ++m_result.removed;
        add(LineDiffRow::Kind::Removed, left, -1);
    }
    void added(qsizetype right)
    {
        ++m_result.added;
        add(LineDiffRow::Kind::Added, -1, right);
    }

private:
    void add(LineDiffRow::Kind kind, qsizetype left, qsizetype right)
    {
        LineDiffRow row;
        row.kind = kind;
        row.leftLine = left >= 0 ? left + 1 : -1;
        row.rightLine = right >= 0 ? right + 1 : -1;
        const QByteArrayView line = left >= 0 ? m_left[size_t(left)] : m_right[size_t(right)];
        row.text = QString::fromUtf8(line.first(std::min(line.size(), m_options.maxLineLength)));
        append(std::move(row));
    }
    void append(LineDiffRow row)
    {
        if (m_result.rows.size() >= m_options.maxRows) {
            m_result.truncated = true;
            return;
        }
        m_result.rows.append(std::move(row));
    }

    const std::vector<QByteArrayView> &m_left;
    const std::vector<QByteArrayView> &m_right;
    const LineDiffOptions &m_options;
    LineDiffResult &m_result;
};

} // namespace

LineDiffResult diffLines(const QByteArray &left, const QByteArray &right,
                         const LineDiffOptions &options)
{
    const std::vector<QByteArrayView> leftLines = splitLines(left);
    const std::vector<QByteArrayView> rightLines = splitLines(right);
    QHash<QByteArrayView, SequenceDiff::Item> classes;
    const auto intern = [&classes](const std::vector<QByteArrayView> &lines) {
        std::vector<SequenceDiff::Item> items;
        items.reserve(lines.size());
        for (const QByteArrayView line : lines) {
            auto it = classes.find(line);
            if (it == classes.end())
                it = classes.insert(line, classes.size());
            items.push_back(it.value());
        }
        return items;
    };
    const std::vector<SequenceDiff::Item> leftItems = intern(leftLines);
    const std::vector<SequenceDiff::Item> rightItems = intern(rightLines);

    LineDiffResult result;
    const SequenceDiff::Result common =
        SequenceDiff::longestCommon(leftItems, rightItems, options.cancel);
    result.approximate = common.approximate;
    if (common.canceled) {
        result.canceled = true;
        return result;
    }

    HunkWriter writer(leftLines, rightLines, options, result);
    qsizetype left0 = 0;
    qsizetype right0 = 0;
    qsizetype k = 0;
    const qsizetype matches = common.matches.size();
    while (k < matches || left0 < qsizetype(leftLines.size()) ||
           right0 < qsizetype(rightLines.size())) {
        const qsizetype nextLeft = k < matches ? common.matches[k].left : leftLines.size();
        const qsizetype nextRight = k < matches ? common.matches[k].right : rightLines.size();
        for (qsizetype i = left0; i < nextLeft; ++i)
            writer.removed(i);
        for (qsizetype j = right0; j < nextRight; ++j)
            writer.added(j);
        if (k == matches)
            break;
        // A run of matches that follow each other is one stretch of unchanged lines.
        qsizetype run = 1;
        while (k + run < matches && common.matches[k + run].left == nextLeft + run &&
               common.matches[k + run].right == nextRight + run)
            ++run;
        const bool atStart = nextLeft == 0 && nextRight == 0;
        const bool atEnd = nextLeft + run == qsizetype(leftLines.size()) &&
            nextRight + run == qsizetype(rightLines.size());
        writer.same(nextLeft, nextRight, run, atStart, atEnd);
        left0 = nextLeft + run;
        right0 = nextRight + run;
        k += run;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.canceled = true;
            return result;
        }
    }
    return result;
}

} // namespace Models
