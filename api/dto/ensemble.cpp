// Ensemble DTOs, their JSON codecs, and the selection rule.
#include "ensemble.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Api {

namespace {

QString join(const QString &context, const QString &key)
{
    return context.isEmpty() ? key : context + QLatin1Char('.') + key;
}

// The objects of an array field, each decoded with its place in errors ("rules[2].objective").
template<typename T>
QList<T> readObjects(JsonObjectReader &r, const QString &field)
{
    QList<T> items;
    const QJsonArray array = r.array(field);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString context = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array.at(i).isObject()) {
            r.addError(QStringLiteral("field '%1' must be an object").arg(context));
            continue;
        }
        auto item = T::fromJson(array.at(i).toObject(), context);
        if (item)
            items.append(std::move(item).value());
        else
            r.addError(item.error().message);
    }
    return items;
}

QJsonObject valuesToJson(const QMap<QString, double> &values)
{
    QJsonObject o;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, double> valuesFromJson(const QJsonObject &json)
{
    QMap<QString, double> values;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isDouble())
            values.insert(it.key(), it.value().toDouble());
    }
    return values;
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QString describe(const EnsembleRule &rule)
{
    return QStringLiteral("rule '%1' (%2 %3, %4 tolerance %5)")
        .arg(rule.id, toString(rule.objective), rule.statisticsPath, toString(rule.toleranceType))
        .arg(rule.tolerance);
}

// Says which children a rule dropped for having no value at its path.
QString withDrops(QString reason, const QList<EnsembleRound> &rounds)
{
    QStringList notes;
    for (const EnsembleRound &round : rounds) {
        if (!round.withoutValue.isEmpty())
            notes.append(QStringLiteral("%1 at rule '%2'")
                             .arg(round.withoutValue.join(QStringLiteral(", ")), round.ruleId));
    }
    if (notes.isEmpty())
        return reason;
    return reason + QStringLiteral("; dropped without a value: ") +
        notes.join(QStringLiteral("; "));
}

} // namespace

// ---- Run groups and rules -------------------------------------------------------------------

Result<EnsembleRunGroup> EnsembleRunGroup::fromJson(const QJsonObject &json, const QString &context)
{
    JsonObjectReader r(json, context);
    EnsembleRunGroup g;
    g.id = r.requiredString(QStringLiteral("id"));
    g.instanceId = r.requiredString(QStringLiteral("instance_id"));
    g.options = r.stringMap(QStringLiteral("options"));
    g.repetitions = int(r.integer(QStringLiteral("repetitions"), 1));
    g.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return g;
}

QJsonObject EnsembleRunGroup::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("instance_id"), instanceId);
    o.insert(QStringLiteral("options"), options);
    o.insert(QStringLiteral("repetitions"), repetitions);
    return o;
}

bool EnsembleRule::withinTolerance(double value, double best) const
{
    const double allowed =
        toleranceType == ToleranceType::Absolute ? tolerance : tolerance * std::abs(best);
    // A little slack so that, e.g., 0.1 + 0.2 counts as within 0.3 of 0.
    const double slack = 1e-12 * std::max({1.0, std::abs(best), std::abs(value)});
    return std::abs(value - best) <= allowed + slack;
}

bool EnsembleRule::prefers(double a, double b) const
{
    return objective == Objective::Maximize ? a > b : a < b;
}

QString toString(EnsembleRule::Objective objective)
{
    return objective == EnsembleRule::Objective::Maximize ? QStringLiteral("maximize")
                                                          : QStringLiteral("minimize");
}

QString toString(EnsembleRule::ToleranceType type)
{
    return type == EnsembleRule::ToleranceType::Absolute ? QStringLiteral("absolute")
                                                         : QStringLiteral("relative");
}

Result<EnsembleRule> EnsembleRule::fromJson(const QJsonObject &json, const QString &context)
{
    JsonObjectReader r(json, context);
    EnsembleRule rule;
    rule.id = r.requiredString(QStringLiteral("id"));
    rule.statisticsPath = r.requiredString(QStringLiteral("statistics_path"));
    const QString objective = r.requiredString(QStringLiteral("objective"));
    if (objective == QLatin1String("maximize"))
        rule.objective = Objective::Maximize;
    else if (objective == QLatin1String("minimize"))
        rule.objective = Objective::Minimize;
    else if (!objective.isEmpty())
        r.addError(QStringLiteral("field '%1' must be maximize or minimize, not '%2'")
                       .arg(join(context, QStringLiteral("objective")), objective));
    JsonObjectReader tolerance(r.object(QStringLiteral("tolerance")),
                               join(context, QStringLiteral("tolerance")));
    rule.tolerance = tolerance.number(QStringLiteral("value"));
    const QString type = tolerance.string(QStringLiteral("type"), QStringLiteral("absolute"));
    if (type == QLatin1String("absolute"))
        rule.toleranceType = ToleranceType::Absolute;
    else if (type == QLatin1String("relative"))
        rule.toleranceType = ToleranceType::Relative;
    else
        tolerance.addError(QStringLiteral("field '%1' must be absolute or relative, not '%2'")
                               .arg(join(context, QStringLiteral("tolerance.type")), type));
    if (!tolerance.ok())
        r.addError(tolerance.errorMessage());
    rule.index = int(r.integer(QStringLiteral("index")));
    rule.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return rule;
}

QJsonObject EnsembleRule::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("statistics_path"), statisticsPath);
    o.insert(QStringLiteral("objective"), toString(objective));
    o.insert(QStringLiteral("tolerance"),
             QJsonObject{{QStringLiteral("value"), tolerance},
                         {QStringLiteral("type"), toString(toleranceType)}});
    o.insert(QStringLiteral("index"), index);
    return o;
}

// ---- Definitions ----------------------------------------------------------------------------

QList<EnsembleRule> EnsembleDefinition::orderedRules() const
{
    QList<EnsembleRule> ordered = rules;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const EnsembleRule &a, const EnsembleRule &b) { return a.index < b.index; });
    return ordered;
}

Result<EnsembleDefinition> EnsembleDefinition::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    EnsembleDefinition d;
    d.id = r.requiredString(QStringLiteral("id"));
    d.applicationId = r.string(QStringLiteral("application_id"));
    d.name = r.string(QStringLiteral("name"));
    d.description = r.string(QStringLiteral("description"));
    d.runGroups = readObjects<EnsembleRunGroup>(r, QStringLiteral("run_groups"));
    d.rules = readObjects<EnsembleRule>(r, QStringLiteral("rules"));
    d.createdAt = r.timestamp(QStringLiteral("created_at"));
    d.updatedAt = r.timestamp(QStringLiteral("updated_at"));
    d.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return d;
}

QJsonObject EnsembleDefinition::toJson() const
{
    QJsonObject o = unknownFields;
    const QJsonObject request = toRequestJson();
    for (auto it = request.constBegin(); it != request.constEnd(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("application_id"), applicationId);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), updatedAt);
    return o;
}

QJsonObject EnsembleDefinition::toRequestJson() const
{
    QJsonArray groups;
    for (const EnsembleRunGroup &g : runGroups)
        groups.append(g.toJson());
    QJsonArray ruleList;
    for (const EnsembleRule &rule : rules)
        ruleList.append(rule.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("run_groups"), groups},
            {QStringLiteral("rules"), ruleList}};
}

std::optional<double> statisticAt(const QJsonObject &statistics, const QString &path)
{
    QString trimmed = path.trimmed();
    for (const QLatin1String prefix : {QLatin1String("$."), QLatin1String("statistics.")}) {
        if (trimmed.startsWith(prefix))
            trimmed = trimmed.mid(prefix.size());
    }
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    QJsonValue current = statistics;
    for (const QString &part : parts) {
        if (part.isEmpty() || !current.isObject())
            return std::nullopt;
        current = current.toObject().value(part);
    }
    if (current.isDouble())
        return current.toDouble();
    if (current.isBool())
        return current.toBool() ? 1.0 : 0.0;
    return std::nullopt;
}

// ---- Selection ------------------------------------------------------------------------------

QJsonObject EnsembleRound::toJson() const
{
    QJsonObject o{
        {QStringLiteral("rule_id"), ruleId},
        {QStringLiteral("best"), best ? QJsonValue(*best) : QJsonValue()},
        {QStringLiteral("candidates"), QJsonArray::fromStringList(candidates)},
        {QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
        {QStringLiteral("outside_tolerance"), QJsonArray::fromStringList(outsideTolerance)},
        {QStringLiteral("without_value"), QJsonArray::fromStringList(withoutValue)}};
    return o;
}

EnsembleRound EnsembleRound::fromJson(const QJsonObject &json)
{
    EnsembleRound round;
    round.ruleId = json.value(QStringLiteral("rule_id")).toString();
    if (json.value(QStringLiteral("best")).isDouble())
        round.best = json.value(QStringLiteral("best")).toDouble();
    round.candidates = stringsFrom(json.value(QStringLiteral("candidates")));
    round.kept = stringsFrom(json.value(QStringLiteral("kept")));
    round.outsideTolerance = stringsFrom(json.value(QStringLiteral("outside_tolerance")));
    round.withoutValue = stringsFrom(json.value(QStringLiteral("without_value")));
    return round;
}

EnsembleDecision selectEnsembleWinner(const QList<EnsembleCandidate> &children,
                                      const QList<EnsembleRule> &rules)
{
    EnsembleDecision decision;
    QList<EnsembleCandidate> left;
    for (const EnsembleCandidate &child : children) {
        if (child.succeeded)
            left.append(child);
    }
    if (left.isEmpty()) {
        decision.reason = children.isEmpty()
            ? QStringLiteral("the ensemble has no child runs")
            : QStringLiteral("every child run failed or was canceled; there is nothing to "
                             "choose from");
        return decision;
    }
    if (left.size() == 1) {
        decision.winnerRunId = left.first().runId;
        decision.reason =
            QStringLiteral("%1 is the only child run that succeeded").arg(decision.winnerRunId);
        return decision;
    }
    QList<EnsembleRule> ordered = rules;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const EnsembleRule &a, const EnsembleRule &b) { return a.index < b.index; });
    for (const EnsembleRule &rule : std::as_const(ordered)) {
        EnsembleRound round;
        round.ruleId = rule.id;
        QList<EnsembleCandidate> withValue;
        for (const EnsembleCandidate &child : std::as_const(left)) {
            round.candidates.append(child.runId);
            if (child.values.contains(rule.id))
                withValue.append(child);
            else
                round.withoutValue.append(child.runId);
        }
        if (withValue.isEmpty()) {
            decision.rounds.append(round);
            decision.reason = withDrops(QStringLiteral("no remaining child run has a value at "
                                                       "'%1', so %2 cannot choose")
                                            .arg(rule.statisticsPath, describe(rule)),
                                        decision.rounds);
            return decision;
        }
        double best = withValue.first().values.value(rule.id);
        for (const EnsembleCandidate &child : std::as_const(withValue)) {
            if (rule.prefers(child.values.value(rule.id), best))
                best = child.values.value(rule.id);
        }
        round.best = best;
        left.clear();
        for (const EnsembleCandidate &child : std::as_const(withValue)) {
            if (rule.withinTolerance(child.values.value(rule.id), best)) {
                round.kept.append(child.runId);
                left.append(child);
            } else {
                round.outsideTolerance.append(child.runId);
            }
        }
        decision.rounds.append(round);
        if (left.size() == 1) {
            decision.winnerRunId = left.first().runId;
            decision.decidingRuleId = rule.id;
            decision.reason = withDrops(
                QStringLiteral("%1 left only %2").arg(describe(rule), decision.winnerRunId),
                decision.rounds);
            return decision;
        }
    }
    decision.winnerRunId = left.first().runId;
    decision.reason = withDrops(QStringLiteral("%1 child runs are still tied after every rule; "
                                               "the earliest, %2, wins")
                                    .arg(left.size())
                                    .arg(decision.winnerRunId),
                                decision.rounds);
    return decision;
}

// ---- Results --------------------------------------------------------------------------------

EnsembleChild EnsembleChild::fromJson(const QJsonObject &json)
{
    EnsembleChild child;
    child.runId = json.value(QStringLiteral("run_id")).toString();
    child.runGroupId = json.value(QStringLiteral("run_group_id")).toString();
    child.instanceId = json.value(QStringLiteral("instance_id")).toString();
    child.repetition = json.value(QStringLiteral("repetition")).toInt();
    child.status = runStatusFromString(json.value(QStringLiteral("status_v2")).toString())
                       .value_or(RunStatus::None);
    child.error = json.value(QStringLiteral("error")).toString();
    child.values = valuesFromJson(json.value(QStringLiteral("values")).toObject());
    return child;
}

QJsonObject EnsembleChild::toJson() const
{
    QJsonObject o{{QStringLiteral("run_id"), runId},
                  {QStringLiteral("run_group_id"), runGroupId},
                  {QStringLiteral("instance_id"), instanceId},
                  {QStringLiteral("repetition"), repetition},
                  {QStringLiteral("status_v2"), toString(status)},
                  {QStringLiteral("values"), valuesToJson(values)}};
    putIfNotEmpty(o, QStringLiteral("error"), error);
    return o;
}

Result<EnsembleRunResult> EnsembleRunResult::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    EnsembleRunResult result;
    result.runId = r.requiredString(QStringLiteral("run_id"));
    result.definitionId = r.string(QStringLiteral("definition_id"));
    result.status =
        runStatusFromString(r.string(QStringLiteral("status_v2"))).value_or(RunStatus::Unknown);
    result.runGroups = readObjects<EnsembleRunGroup>(r, QStringLiteral("run_groups"));
    result.rules = readObjects<EnsembleRule>(r, QStringLiteral("rules"));
    for (const QJsonValue &v : r.array(QStringLiteral("children")))
        result.children.append(EnsembleChild::fromJson(v.toObject()));
    for (const QJsonValue &v : r.array(QStringLiteral("rounds")))
        result.rounds.append(EnsembleRound::fromJson(v.toObject()));
    result.winnerRunId = r.string(QStringLiteral("winner_run_id"));
    result.decidingRuleId = r.string(QStringLiteral("deciding_rule_id"));
    result.decision = r.string(QStringLiteral("decision"));
    result.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return result;
}

QJsonObject EnsembleRunResult::toJson() const
{
    QJsonArray groups;
    for (const EnsembleRunGroup &g : runGroups)
        groups.append(g.toJson());
    QJsonArray ruleList;
    for (const EnsembleRule &rule : rules)
        ruleList.append(rule.toJson());
    QJsonArray childList;
    for (const EnsembleChild &child : children)
        childList.append(child.toJson());
    QJsonArray roundList;
    for (const EnsembleRound &round : rounds)
        roundList.append(round.toJson());
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("run_id"), runId);
    o.insert(QStringLiteral("definition_id"), definitionId);
    o.insert(QStringLiteral("status_v2"), toString(status));
    o.insert(QStringLiteral("run_groups"), groups);
    o.insert(QStringLiteral("rules"), ruleList);
    o.insert(QStringLiteral("children"), childList);
    o.insert(QStringLiteral("rounds"), roundList);
    putIfNotEmpty(o, QStringLiteral("winner_run_id"), winnerRunId);
    putIfNotEmpty(o, QStringLiteral("deciding_rule_id"), decidingRuleId);
    o.insert(QStringLiteral("decision"), decision);
    return o;
}

} // namespace Api
