// Every JSON decoder of api/dto on arbitrary bytes. The first byte picks the decoder (its value
// modulo the number of decoders), the rest is the document; seed files corpus/dto/NN-<what>.json
// start with the character '2' + NN, which picks decoder NN of the list below.
// A decoder may refuse anything but must not crash, hang or trip ASan/UBSan; and what it
// accepts must encode to JSON that decodes again to the same encoding, since the console and
// the server keep and send back what they decoded.
#include "api/dto/application.h"
#include "api/dto/ensemble.h"
#include "api/dto/experiment.h"
#include "api/dto/experimentstatus.h"
#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/runformat.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"
#include "api/dto/version.h"
#include "api/wire/serverfeatures.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

using namespace Api;

[[noreturn]] void fail(const char *what, const QJsonObject &json)
{
    std::fprintf(stderr, "%s: %s\n", what,
                 QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

// decode → encode → decode → encode: both decodes succeed and both encodings are equal.
template<typename T, typename Encode>
void checkRoundTrip(const Result<T> &decoded, Encode encode, const char *name)
{
    if (!decoded)
        return;
    const QJsonObject encoded = encode(decoded.value());
    const Result<T> again = T::fromJson(encoded);
    if (!again)
        fail(name, encoded);
    if (encode(again.value()) != encoded)
        fail(name, encoded);
}

template<typename T>
void roundTrip(const QJsonObject &json, const char *name)
{
    checkRoundTrip(
        T::fromJson(json), [](const T &value) { return value.toJson(); }, name);
}

void ensembleResult(const QJsonObject &json)
{
    const Result<EnsembleRunResult> result = EnsembleRunResult::fromJson(json);
    if (!result)
        return;
    checkRoundTrip(
        result, [](const EnsembleRunResult &r) { return r.toJson(); }, "EnsembleRunResult");
    // The selection rule on whatever values and rules came in (NaN-free, JSON has none).
    QList<EnsembleCandidate> candidates;
    for (const EnsembleChild &child : result->children)
        candidates.append({child.runId, child.status == RunStatus::Succeeded, child.values});
    const EnsembleDecision decision = selectEnsembleWinner(candidates, result->rules);
    for (const EnsembleRound &round : decision.rounds)
        (void)round.toJson();
}

void ensembleDefinition(const QJsonObject &json)
{
    const Result<EnsembleDefinition> definition = EnsembleDefinition::fromJson(json);
    checkRoundTrip(
        definition, [](const EnsembleDefinition &d) { return d.toJson(); }, "EnsembleDefinition");
    if (definition)
        (void)definition->orderedRules(), (void)definition->toRequestJson();
}

void statistics(const QJsonObject &json)
{
    (void)indicatorsFromStatistics(json);
    for (auto it = json.begin(); it != json.end(); ++it)
        (void)statisticAt(json, it.key());
    (void)statisticAt(json, json.value(QStringLiteral("path")).toString());
}

void distribution(const QJsonObject &json)
{
    const DistributionSummary batch = DistributionSummary::fromBatchJson(json);
    const DistributionSummary acceptance = DistributionSummary::fromAcceptanceJson(
        json, json.value(QStringLiteral("percentiles")).toObject());
    for (const QString &name : DistributionSummary::statisticNames())
        (void)batch.statistic(name), (void)acceptance.statistic(name);
    (void)batch.toBatchJson();
}

void summaryGroups(const QJsonObject &json)
{
    const QList<SummaryGroup> groups =
        summaryGroupsFromJson(json.value(QStringLiteral("groups")).toArray());
    for (const SummaryGroup &group : groups)
        (void)group.target();
    (void)summaryGroupsToJson(groups);
}

void batchExperiment(const QJsonObject &json)
{
    const Result<BatchExperiment> batch = BatchExperiment::fromJson(json);
    if (batch)
        (void)batch->groupsBy(true), (void)batch->groupsBy(false), (void)batch->totalRuns();
}

void acceptanceTest(const QJsonObject &json)
{
    const Result<AcceptanceTest> test = AcceptanceTest::fromJson(json);
    if (test)
        (void)test->toRequestJson();
    (void)AcceptanceMetric::fromJson(json).toJson();
}

void instance(const QJsonObject &json)
{
    roundTrip<Instance>(json, "Instance");
    roundTrip<InstanceConfiguration>(json, "InstanceConfiguration");
    if (const Result<Instance> i = Instance::fromJson(json))
        (void)i->toCreateJson();
}

void managedInput(const QJsonObject &json)
{
    roundTrip<ManagedInput>(json, "ManagedInput");
    if (const Result<ManagedInput> input = ManagedInput::fromJson(json))
        (void)input->toCreateJson();
}

void runSummary(const QJsonObject &json)
{
    roundTrip<RunSummary>(json, "RunSummary");
    if (const Result<RunInformation> run = RunInformation::fromJson(json))
        (void)RunSummary::fromInformation(run.value()).toJson();
}

void shadowComparisons(const QJsonObject &json)
{
    const Result<QList<ShadowComparison>> list =
        ShadowComparison::listFromJson(json.value(QStringLiteral("comparisons")));
    if (list)
        (void)ShadowComparison::listToJson(list.value()),
            (void)ShadowComparison::mapToJson(list.value());
}

void switchbackPlan(const QJsonObject &json)
{
    const Result<SwitchbackPlan> plan = SwitchbackPlan::fromJson(json);
    checkRoundTrip(
        plan, [](const SwitchbackPlan &p) { return p.toJson(); }, "SwitchbackPlan");
    if (!plan)
        return;
    const QDateTime end = plan->end();
    (void)plan->unitAt(plan->start), (void)plan->unitAt(end);
    (void)plan->unitAt(end.addSecs(-1));
}

void version(const QJsonObject &json)
{
    roundTrip<Version>(json, "Version");
    if (const Result<Version> v = Version::fromJson(json)) {
        for (const OptionSpec &spec : v->executable.optionSpecs())
            (void)spec.checkValue(spec.defaultValue), (void)spec.checkValue(spec.description);
    }
}

// Names of statuses and features arrive as plain strings.
void wireNames(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        (void)experimentStatusFromString(it.key());
        (void)runStatusFromString(it.key());
        (void)serverFeatureFromWireName(it.key());
    }
}

using Decoder = void (*)(const QJsonObject &);
const Decoder decoders[] = {
    [](const QJsonObject &j) { roundTrip<Application>(j, "Application"); },
    ensembleDefinition,
    [](const QJsonObject &j) { roundTrip<EnsembleRunGroup>(j, "EnsembleRunGroup"); },
    [](const QJsonObject &j) { roundTrip<EnsembleRule>(j, "EnsembleRule"); },
    ensembleResult,
    statistics,
    distribution,
    summaryGroups,
    batchExperiment,
    acceptanceTest,
    [](const QJsonObject &j) { roundTrip<InputSet>(j, "InputSet"); },
    [](const QJsonObject &j) { roundTrip<InputSetRequest>(j, "InputSetRequest"); },
    instance,
    managedInput,
    [](const QJsonObject &j) { roundTrip<RunMetadata>(j, "RunMetadata"); },
    [](const QJsonObject &j) { roundTrip<RunInformation>(j, "RunInformation"); },
    runSummary,
    [](const QJsonObject &j) { roundTrip<RunRequest>(j, "RunRequest"); },
    [](const QJsonObject &j) { roundTrip<RunFormat>(j, "RunFormat"); },
    shadowComparisons,
    [](const QJsonObject &j) { roundTrip<ShadowTest>(j, "ShadowTest"); },
    switchbackPlan,
    [](const QJsonObject &j) { roundTrip<SwitchbackTest>(j, "SwitchbackTest"); },
    version,
    wireNames,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Decoder decoder = decoders[data[0] % std::size(decoders)];
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)));
    if (document.isObject())
        decoder(document.object());
    return 0;
}
