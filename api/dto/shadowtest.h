// Shadow test DTOs: a started test repeats every run of a baseline instance on candidate
// instances; the test object with its results, and the body that creates one.
#pragma once

#include "api/wire/result.h"
#include "experiment.h"
#include "experimentstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Api {

struct ShadowComparison
{
    QString baselineInstanceId;
    QStringList candidateInstanceIds;

    // Accepts the map the SDK sends ({baseline: [candidates]}) and the list it parses
    // ([{baseline_instance_id, candidate_instance_ids}]); errors name the field.
    static Result<QList<ShadowComparison>> listFromJson(const QJsonValue &json);
    // The list form, which every answer uses.
    static QJsonArray listToJson(const QList<ShadowComparison> &comparisons);
    // The map form, which requests use (as the SDK does).
    static QJsonObject mapToJson(const QList<ShadowComparison> &comparisons);
};

struct ShadowTest
{
    QString id;
    QString name;
    QString description;
    QString appId;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> startedAt;
    QDateTime completedAt; // invalid until the test has ended
    ExperimentStatus status = ExperimentStatus::Unknown;
    QList<ShadowComparison> comparisons;
    std::optional<QDateTime> startTime; // start_events.time: no shadow runs before it
    int maximumRuns = 0; // termination_events.maximum_runs: baseline runs, 1..300
    std::optional<QDateTime> endTime; // termination_events.time
    QList<SummaryGroup> groups; // grouped_distributional_summaries (GET of one test only)
    // Progress, NextDesk extensions: number_of_baseline_runs, number_of_shadow_runs,
    // number_of_completed_runs (ended runs of either kind); number_of_runs is their sum.
    int baselineRuns = 0;
    int shadowRuns = 0;
    int completedRuns = 0;
    QJsonObject unknownFields;

    int totalRuns() const { return baselineRuns + shadowRuns; }
    static Result<ShadowTest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// POST .../experiments/shadow.
struct ShadowTestRequest
{
    QString id; // empty: the server makes one
    QString name;
    QString description;
    QList<ShadowComparison> comparisons;
    std::optional<QDateTime> startTime;
    int maximumRuns = 0;
    std::optional<QDateTime> endTime;

    QJsonObject toJson() const;
};

} // namespace Api
