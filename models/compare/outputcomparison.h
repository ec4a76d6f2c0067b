// The outputs of two runs compared, on a worker thread: read (from memory or from the file a
// large one was downloaded to), parsed, diffed structurally when both are JSON, and diffed
// line by line (pretty-printed JSON, or the text as it is).
#pragma once

#include "models/json/jsondiff.h"
#include "models/json/linediff.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace Models {

struct OutputSource
{
    QByteArray bytes; // the output, or
    QString filePath; // the file it is in
};

struct OutputComparison
{
    QString error; // an output could not be read; nothing else is set then
    // Why there is no structural diff (an output is not JSON); empty when there is one.
    QString notJson;
    JsonDiffResult structure;
    LineDiffResult lines;
    bool canceled = false;

    // Blocking: run it on a worker thread. `cancel` is polled throughout.
    static OutputComparison compare(const OutputSource &left, const OutputSource &right,
                                    const std::atomic_bool *cancel = nullptr);
};

} // namespace Models
