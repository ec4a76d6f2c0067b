// The random plan of a switchback test.
#include "switchbackplan.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Server {

Api::SwitchbackPlan randomSwitchbackPlan(const QString &baselineInstanceId,
                                         const QString &candidateInstanceId, int units,
                                         int unitDurationMinutes, const QDateTime &start)
{
    QRandomGenerator *random = QRandomGenerator::global();
    QStringList assignment;
    for (int i = 0; i < units / 2; ++i)
        assignment << baselineInstanceId << candidateInstanceId;
    if (units % 2 == 1)
        assignment << (random->bounded(2) == 0 ? baselineInstanceId : candidateInstanceId);
    std::shuffle(assignment.begin(), assignment.end(), *random);

    Api::SwitchbackPlan plan;
    plan.start = start;
    for (int i = 0; i < assignment.size(); ++i)
        plan.units.append({i, assignment.at(i), double(unitDurationMinutes)});
    return plan;
}

} // namespace Server
