// Ensemble DTOs: a definition (run groups × repetitions, and the rules that pick the best
// child run), the pure selection rule itself (shared by the server and the console), and the
// per-child result of one ensemble run (NextDesk's GET /nextdesk/v1/.../runs/{id}/ensemble).
#pragma once

#include "api/wire/result.h"
#include "run.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Api {

struct EnsembleRunGroup
{
    QString id;
    QString instanceId;
    QJsonObject options; // option name → string value, over the instance's own options
    int repetitions = 1;
    QJsonObject unknownFields;

    static Result<EnsembleRunGroup> fromJson(const QJsonObject &json, const QString &context = {});
    QJsonObject toJson() const;
};

struct EnsembleRule
{
    enum class Objective { Maximize, Minimize };
    enum class ToleranceType { Absolute, Relative };

    QString id;
    QString statisticsPath; // e.g. "result.value", into the run's statistics
    Objective objective = Objective::Maximize;
    ToleranceType toleranceType = ToleranceType::Absolute;
    double tolerance = 0; // relative: 1 = 100 %
    int index = 0; // lower first
    QJsonObject unknownFields;

    // Whether value is close enough to best to stay in the running: absolute |v − best| ≤ t,
    // relative |v − best| ≤ t·|best| (both up to rounding).
    bool withinTolerance(double value, double best) const;
    // Whether a is better than b under the objective.
    bool prefers(double a, double b) const;

    static Result<EnsembleRule> fromJson(const QJsonObject &json, const QString &context = {});
    QJsonObject toJson() const;
};

QString toString(EnsembleRule::Objective objective); // "maximize", "minimize"
QString toString(EnsembleRule::ToleranceType type); // "absolute", "relative"

struct EnsembleDefinition
{
    QString id;
    QString applicationId;
    QString name;
    QString description;
    QList<EnsembleRunGroup> runGroups;
    QList<EnsembleRule> rules;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject unknownFields;

    // The rules in evaluation order: by index, then as listed.
    QList<EnsembleRule> orderedRules() const;
    static Result<EnsembleDefinition> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The create body: id, name, description, run_groups, rules (as the SDK sends them).
    QJsonObject toRequestJson() const;
};

// The number at a dotted path of a run's statistics ("result.value", "run.duration"); a leading
// "$." or "statistics." is allowed. Booleans count as 1 and 0; anything else has no value.
std::optional<double> statisticAt(const QJsonObject &statistics, const QString &path);

// ---- Selection ------------------------------------------------------------------------------

// One child run as the selection rule sees it.
struct EnsembleCandidate
{
    QString runId;
    bool succeeded = false;
    QMap<QString, double> values; // by rule ID; a missing entry: no value at the rule's path
};

// What one rule did: which children it looked at, the best value among them, and which it kept.
struct EnsembleRound
{
    QString ruleId;
    std::optional<double> best;
    QStringList candidates; // run IDs entering the round
    QStringList kept; // within tolerance of the best
    QStringList outsideTolerance;
    QStringList withoutValue; // dropped: no number at the rule's statistics path

    static EnsembleRound fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct EnsembleDecision
{
    QString winnerRunId; // empty: no child could be chosen
    QString decidingRuleId; // the rule that left one child; empty for a tie-break or no choice
    QList<EnsembleRound> rounds;
    QString reason; // one sentence for people
};

// The rule: only succeeded children take part. Rules go in index order; each keeps the
// children whose value is within tolerance of the best one and drops those without a value;
// the next rule decides among the kept ones. Once one child is left it wins; if several are
// left after the last rule, the earliest (first in `children`, which are in creation order)
// wins. No succeeded child, or a rule that no child has a value for, means no winner.
EnsembleDecision selectEnsembleWinner(const QList<EnsembleCandidate> &children,
                                      const QList<EnsembleRule> &rules);

// ---- Result of one ensemble run -------------------------------------------------------------

struct EnsembleChild
{
    QString runId;
    QString runGroupId;
    QString instanceId;
    int repetition = 0; // 0-based within its run group
    RunStatus status = RunStatus::Queued;
    QString error;
    QMap<QString, double> values; // by rule ID, for the children that have one

    static EnsembleChild fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct EnsembleRunResult
{
    QString runId; // the parent (ensemble) run
    QString definitionId;
    RunStatus status = RunStatus::Queued; // the parent's status
    QList<EnsembleRunGroup> runGroups; // as the definition was when the run started
    QList<EnsembleRule> rules;
    QList<EnsembleChild> children; // in creation order
    QList<EnsembleRound> rounds;
    QString winnerRunId; // empty until decided, or when nothing could be chosen
    QString decidingRuleId;
    QString decision; // why the winner won, or why there is none (yet)
    QJsonObject unknownFields;

    static Result<EnsembleRunResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace Api
