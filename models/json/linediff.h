// A line diff of two texts as a unified diff shows it: the changed lines with a few lines of
// context around them, and a row that stands for each run of unchanged lines in between.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace Models {

struct LineDiffRow
{
    enum class Kind { Same, Removed, Added, Skipped };

    Kind kind = Kind::Same;
    qsizetype leftLine = -1; // 1-based; -1 where the side has none (and for Skipped)
    qsizetype rightLine = -1;
    QString text; // for Skipped: empty; `skipped` says how many lines
    qsizetype skipped = 0;
};

struct LineDiffResult
{
    QList<LineDiffRow> rows;
    qsizetype removed = 0;
    qsizetype added = 0;
    bool approximate = false; // a stretch changed too much to align, shown as replaced
    bool truncated = false; // more rows than the limit; the rest are left out
    bool canceled = false;
};

struct LineDiffOptions
{
    int context = 3;
    qsizetype maxRows = 200000;
    qsizetype maxLineLength = 2000; // longer lines are cut in the rows (compared whole)
    const std::atomic_bool *cancel = nullptr;
};

LineDiffResult diffLines(const QByteArray &left, const QByteArray &right,
                         const LineDiffOptions &options = {});

} // namespace Models
