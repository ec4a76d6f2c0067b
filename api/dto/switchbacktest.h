// Switchback test DTOs: while started, runs of a baseline instance go to the baseline or the
// candidate by the time unit they arrive in; the plan of units, the test object with its
// results, and the body that creates one.
#pragma once

#include "api/wire/result.h"
#include "experiment.h"
#include "experimentstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Api {

struct SwitchbackUnit
{
    int index = 0;
    QString instanceId;
    double durationMinutes = 0;
};

// Units follow each other without gaps from start, in list order.
struct SwitchbackPlan
{
    QDateTime start;
    QList<SwitchbackUnit> units;

    QDateTime end() const; // invalid without a start
    // The position in units of the unit that contains t (start inclusive, end exclusive);
    // -1 before the start, from the end on, or without a start.
    int unitAt(const QDateTime &t) const;
    QDateTime unitStart(int position) const;

    static Result<SwitchbackPlan> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct SwitchbackTest
{
    QString id;
    QString name;
    QString description;
    QString appId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt; // invalid until started
    QDateTime completedAt; // invalid until ended
    ExperimentStatus status = ExperimentStatus::Unknown;
    QString baselineInstanceId;
    QString candidateInstanceId;
    SwitchbackPlan plan;
    QList<SummaryGroup> groups; // grouped_distributional_summaries (GET of one test only)
    // Progress, NextDesk extensions: number_of_runs, number_of_completed_runs.
    int runs = 0;
    int completedRuns = 0;
    QJsonObject unknownFields;

    static Result<SwitchbackTest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// POST .../experiments/switchback (generate_random_plan is the only plan the API makes).
struct SwitchbackTestRequest
{
    QString id; // empty: the server makes one
    QString name;
    QString description;
    QString baselineInstanceId;
    QString candidateInstanceId;
    int unitDurationMinutes = 60; // 1..10080
    int units = 24; // 1..1000
    std::optional<QDateTime> start; // absent: the plan starts when the test is started

    QJsonObject toJson() const;
};

} // namespace Api
