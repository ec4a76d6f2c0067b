// Experiment DTOs: batch experiments with their grouped distributional summaries, and
// acceptance tests with per-metric verdicts; plus the bodies that create them.
#pragma once

#include "api/wire/result.h"
#include "experimentstatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Api {

// count, min, max, mean, std, shifted geometric mean and percentiles of one statistic.
struct DistributionSummary
{
    int count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0;
    double shiftedGeometricMean = 0;
    double shift = 0;
    QMap<int, double> percentiles; // 1 → p01, 50 → p50, …

    // A statistic by its Nextmv name (min, max, mean, std, shifted_geometric_mean, p01 … p99).
    std::optional<double> statistic(const QString &name) const;
    static QStringList statisticNames();

    // The batch shape ({"shifted_geometric_mean": {"value", "shift"}, "percentiles": {…}}).
    static DistributionSummary fromBatchJson(const QJsonObject &json);
    QJsonObject toBatchJson() const;
    // The acceptance shape (summary statistics and percentiles side by side).
    static DistributionSummary fromAcceptanceJson(const QJsonObject &summary,
                                                  const QJsonObject &percentiles);
};

struct SummaryGroup
{
    QStringList keys; // e.g. instanceID, versionID (and inputID for per-input groups)
    QStringList values;
    QMap<QString, DistributionSummary> indicators; // by statistic path, e.g. result.value

    QString value(const QString &key) const;
    // What the runs of this group ran on (see experimentTarget).
    QString target() const;

    // One item of grouped_distributional_summaries (shared by batch, shadow and switchback).
    static SummaryGroup fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

QList<SummaryGroup> summaryGroupsFromJson(const QJsonArray &json);
QJsonArray summaryGroupsToJson(const QList<SummaryGroup> &groups);

// The one name of what an experiment run ran on, used to pair summaries, runs and charts: the
// instance, or "version:<id>" for runs of a version without an instance; with " · <set>" when
// the run used an option set.
QString experimentTarget(const QString &instanceId, const QString &versionId,
                         const QString &optionSet = {});

struct BatchExperiment
{
    QString id;
    QString name;
    QString description;
    ExperimentStatus status = ExperimentStatus::Unknown;
    QString type = QStringLiteral("batch");
    QString appId;
    QString inputSetId;
    QStringList instanceIds;
    QJsonObject optionSets;
    int requestedRuns = 0;
    int runs = 0;
    int completedRuns = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SummaryGroup> groups;
    QJsonObject unknownFields;

    bool isFinished() const { return !isRunning(status); }
    // What was asked for; older answers only count the runs made.
    int totalRuns() const { return requestedRuns > 0 ? requestedRuns : runs; }
    // The groups of one instance (keys instanceID, versionID), or per input when perInput.
    QList<SummaryGroup> groupsBy(bool perInput) const;
    static Result<BatchExperiment> fromJson(const QJsonObject &json);
};

// Option name → value, as runs take them.
using OptionValues = QMap<QString, QString>;

// One run a batch experiment asks for: an input on an instance, or directly on a version.
struct BatchRunSpec
{
    QString inputId; // a managed input or a run whose input is reused
    QString instanceId; // exactly one of instanceId and versionId
    QString versionId;
    QString inputSetId;
    QString optionSet; // a key of BatchExperimentRequest::optionSets, or empty
    int repetition = 0;

    QJsonObject toJson() const;
};

struct BatchExperimentRequest
{
    QString id;
    QString name;
    QString description;
    QString inputSetId;
    QStringList instanceIds;
    QMap<QString, OptionValues> optionSets; // by set name
    QList<BatchRunSpec> runs; // explicit runs; empty: every input × every instance

    QJsonObject toJson() const;
};

struct AcceptanceMetric
{
    QString field = QStringLiteral("result.value");
    QString statistic = QStringLiteral("mean");
    QString op = QStringLiteral("ge");
    QString toleranceType; // absolute, relative or empty
    double toleranceValue = 0;

    QJsonObject toJson() const;
    static AcceptanceMetric fromJson(const QJsonObject &json);
};

struct AcceptanceMetricResult
{
    AcceptanceMetric metric;
    bool passed = false;
    DistributionSummary control;
    DistributionSummary candidate;
};

struct AcceptanceTest
{
    QString id;
    QString name;
    QString description;
    QString appId;
    QString experimentId;
    QString controlInstance;
    QString controlVersion;
    QString candidateInstance;
    QString candidateVersion;
    QList<AcceptanceMetric> metrics;
    ExperimentStatus status = ExperimentStatus::Unknown;
    bool hasResults = false;
    bool passed = false;
    QList<AcceptanceMetricResult> results;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    static Result<AcceptanceTest> fromJson(const QJsonObject &json);
    // The create body (id, name, description, experiment_id, control, candidate, metrics).
    QJsonObject toRequestJson() const;
};

} // namespace Api
