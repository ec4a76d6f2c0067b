// ExperimentStatus, shared by batch experiments, acceptance, shadow and switchback tests: the
// wire values and what they mean for watching an experiment.
#pragma once

#include <QString>

namespace Api {

enum class ExperimentStatus {
    Unknown, // "unknown", and any value this build does not know
    Draft,
    Started,
    Stopping,
    Completed,
    Failed,
    Canceled,
    Deleting,
    DeleteFailed,
};

QString toString(ExperimentStatus status); // the wire value
ExperimentStatus experimentStatusFromString(const QString &text);

// Started or stopping: still changing, worth watching. Every other status, Unknown included,
// does not change by itself.
bool isRunning(ExperimentStatus status);
// Ended with results to look at: completed, or canceled part-way.
bool hasFinalResults(ExperimentStatus status);

} // namespace Api
