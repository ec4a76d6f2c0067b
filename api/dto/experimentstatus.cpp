// ExperimentStatus wire values.
#include "experimentstatus.h"

#include <iterator>

namespace Api {

namespace {

// In the enum's order.
const char *const statusNames[] = {"unknown", "draft",    "started",  "stopping",     "completed",
                                   "failed",  "canceled", "deleting", "delete-failed"};
static_assert(std::size(statusNames) == int(ExperimentStatus::DeleteFailed) + 1);

} // namespace

QString toString(ExperimentStatus status)
{
    return QString::fromLatin1(statusNames[int(status)]);
}

ExperimentStatus experimentStatusFromString(const QString &text)
{
    for (int i = 0; i < int(std::size(statusNames)); ++i) {
        if (text == QLatin1String(statusNames[i]))
            return ExperimentStatus(i);
    }
    return ExperimentStatus::Unknown;
}

bool isRunning(ExperimentStatus status)
{
    return status == ExperimentStatus::Started || status == ExperimentStatus::Stopping;
}

bool hasFinalResults(ExperimentStatus status)
{
    return status == ExperimentStatus::Completed || status == ExperimentStatus::Canceled;
}

} // namespace Api
