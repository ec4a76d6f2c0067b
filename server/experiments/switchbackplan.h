// The random plan of a switchback test: a balanced split of the units between baseline and
// candidate (an odd unit out goes to either by chance), in shuffled order, each unit as long as
// asked, back to back from the start.
#pragma once

#include "api/dto/switchbacktest.h"

namespace Server {

Api::SwitchbackPlan randomSwitchbackPlan(const QString &baselineInstanceId,
                                         const QString &candidateInstanceId, int units,
                                         int unitDurationMinutes, const QDateTime &start);

} // namespace Server
