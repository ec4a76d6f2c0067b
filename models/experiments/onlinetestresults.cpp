// Online tests as chartable results.
#include "onlinetestresults.h"

namespace Models::OnlineTestResults {

namespace {

template<typename Test>
Api::BatchExperiment common(const Test &test)
{
    Api::BatchExperiment results;
    results.id = test.id;
    results.name = test.name;
    results.description = test.description;
    results.status = test.status;
    results.appId = test.appId;
    results.createdAt = test.createdAt;
    results.updatedAt = test.updatedAt;
    results.groups = test.groups;
    return results;
}

} // namespace

Api::BatchExperiment of(const Api::ShadowTest &test)
{
    Api::BatchExperiment results = common(test);
    results.type = QStringLiteral("shadow");
    for (const Api::ShadowComparison &comparison : test.comparisons) {
        for (const QString &id :
             QStringList{comparison.baselineInstanceId} + comparison.candidateInstanceIds) {
            if (!results.instanceIds.contains(id))
                results.instanceIds.append(id);
        }
    }
    results.requestedRuns = test.totalRuns();
    results.runs = test.totalRuns();
    results.completedRuns = test.completedRuns;
    return results;
}

Api::BatchExperiment of(const Api::SwitchbackTest &test)
{
    Api::BatchExperiment results = common(test);
    results.type = QStringLiteral("switchback");
    results.instanceIds = {test.baselineInstanceId, test.candidateInstanceId};
    results.requestedRuns = test.runs;
    results.runs = test.runs;
    results.completedRuns = test.completedRuns;
    return results;
}

} // namespace Models::OnlineTestResults
