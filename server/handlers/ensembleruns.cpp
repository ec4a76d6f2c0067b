// Ensemble runs: a parent run decided by the selection rule over its children.
#include "ensembleruns.h"

#include "server/execution/runexecutor.h"

#include <QJsonDocument>

namespace Server {

namespace {

const QString runGroupKey = QStringLiteral("run_group_id");
const QString repetitionKey = QStringLiteral("repetition");

QString errorMessage(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QStringLiteral("error"))
        .toString();
}

QString childrenKey(const QString &parentId)
{
    return ensembleRunDocuments().key(parentId);
}

// What the children of the parent ran with: the request's options over the instance's, the
// group's over both.
Api::RunRequest childRequest(const Api::RunRequest &parent, const QString &parentId,
                             const Api::EnsembleRunGroup &group)
{
    Api::RunRequest child = parent;
    child.input.reset();
    child.uploadId.clear();
    child.inputId = parentId; // the parent's stored input, not a copy per child
    child.ensembleDefinitionId.clear();
    child.batchExperimentId.clear();
    child.queuingDisabled = false; // capacity was checked for all of them at once
    for (auto it = group.options.constBegin(); it != group.options.constEnd(); ++it)
        child.options.insert(it.key(), it.value());
    return child;
}

void finishEnsembleRun(ServerContext &ctx, RunRecord parent)
{
    Api::EnsembleRunResult result = ensembleRunResult(ctx, parent);
    Api::RunMetadata &m = parent.info.metadata;
    const auto winner = result.winnerRunId.isEmpty()
        ? std::nullopt
        : ctx.store.run(m.applicationId, result.winnerRunId);
    if (winner) {
        const Api::RunMetadata &w = winner->info.metadata;
        parent.outputRef = winner->outputRef;
        m.outputSize = w.outputSize;
        m.statistics = w.statistics;
        m.metrics = w.metrics;
        m.format.output = w.format.output;
        m.status = Api::RunStatus::Succeeded;
        m.error.clear();
    } else {
        m.status = Api::RunStatus::Failed;
        m.error = QStringLiteral("no child run could be chosen: %1").arg(result.decision);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m.durationMs = double(m.createdAt.msecsTo(now));
    m.executionDurationMs = m.initiatedAt.isValid() ? double(m.initiatedAt.msecsTo(now)) : 0;
    result.status = m.status;
    if (auto doc = ensembleRunDocuments().find(ctx.store, m.applicationId, parent.info.id)) {
        doc->insert(QStringLiteral("result"), result.toJson());
        if (auto stored = ensembleRunDocuments().update(ctx.store, m.applicationId, *doc); !stored)
            qWarning("nextdesk-server: %s", qPrintable(stored.error().message));
    }
    if (auto stored = ctx.store.updateRun(parent); !stored)
        qWarning("nextdesk-server: %s", qPrintable(stored.error().message));
}

} // namespace

const KindDocuments &ensembleDefinitions()
{
    static const KindDocuments docs(QStringLiteral("ensemble"),
                                    QStringLiteral("ensemble definition"));
    return docs;
}

const KindDocuments &ensembleRunDocuments()
{
    static const KindDocuments docs(QStringLiteral("ensemble-run"), QStringLiteral("ensemble run"));
    return docs;
}

bool isEnsembleRun(const RunRecord &run)
{
    return run.info.metadata.runType == QLatin1String("ensemble");
}

std::variant<QString, HttpResponse>
startEnsembleRun(ServerContext &ctx, const Api::Application &app, Api::RunRequest request)
{
    const auto doc = ensembleDefinitions().find(ctx.store, app.id, request.ensembleDefinitionId);
    if (!doc)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'configuration.run_type.definition_id': "
                                                  "ensemble definition '%1' does not exist")
                                       .arg(request.ensembleDefinitionId));
    const auto definition = Api::EnsembleDefinition::fromJson(*doc);
    if (!definition)
        return HttpResponse::error(500, definition.error().message);
    // Every child must be able to start before anything is made.
    int children = 0;
    for (const Api::EnsembleRunGroup &group : definition->runGroups) {
        if (auto refusal = checkRunnable(ctx, app, group.instanceId))
            return HttpResponse::error(400,
                                       QStringLiteral("ensemble definition '%1', run group '%2': "
                                                      "%3")
                                           .arg(definition->id, group.id, errorMessage(*refusal)));
        children += group.repetitions;
    }
    if (request.queuingDisabled &&
        ctx.executor.runningCount() + children > ctx.executor.maxConcurrentRuns())
        return HttpResponse::error(429,
                                   QStringLiteral("no capacity is free for the %1 child runs and "
                                                  "queuing is disabled for this run")
                                       .arg(children));

    RunRecord parent;
    parent.info.id = generateId(definition->id);
    if (auto refusal = attachInput(ctx, app, request, parent))
        return *refusal;
    Api::RunMetadata &m = parent.info.metadata;
    m.applicationId = app.id;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.initiatedAt = m.createdAt;
    m.status = Api::RunStatus::Running; // it has nothing to wait for but its children
    m.format = request.format;
    m.executionClass =
        request.executionClass.isEmpty() ? QStringLiteral("local") : request.executionClass;
    m.runtime = QStringLiteral("local");
    m.queuingPriority = request.queuingPriority.value_or(6);
    m.queuingDisabled = request.queuingDisabled;
    m.runType = QStringLiteral("ensemble");
    m.runDefinitionId = definition->id;
    m.requestOptions = request.options;
    parent.info.name = request.name;
    parent.info.description = request.description;
    parent.info.userEmail = ctx.userEmail;
    if (auto stored = ctx.store.insertRun(parent); !stored)
        return HttpResponse::error(500, stored.error().message);
    const QJsonObject runDoc{{QStringLiteral("id"), parent.info.id},
                             {QStringLiteral("definition"), definition->toJson()}};
    if (auto stored = ensembleRunDocuments().insert(ctx.store, app.id, runDoc); !stored) {
        (void)ctx.store.deleteRun(parent.info.id);
        return HttpResponse::error(500, stored.error().message);
    }

    RunLinks links;
    links.experimentKey = childrenKey(parent.info.id);
    links.experimentRole = QStringLiteral("child");
    links.referenceId = parent.info.id;
    for (const Api::EnsembleRunGroup &group : definition->runGroups) {
        for (int repetition = 0; repetition < group.repetitions; ++repetition) {
            links.extraMetadata = {{runGroupKey, group.id}, {repetitionKey, repetition}};
            auto started = startRun(ctx, app, group.instanceId,
                                    childRequest(request, parent.info.id, group), links);
            if (auto *error = std::get_if<HttpResponse>(&started)) {
                // Undo: no ensemble run with some of its children missing.
                m.status = Api::RunStatus::Canceled;
                (void)ctx.store.updateRun(parent);
                (void)deleteEnsembleChildren(ctx, parent);
                (void)ctx.store.deleteRun(parent.info.id);
                return *error;
            }
        }
    }
    return parent.info.id;
}

void onEnsembleChildFinished(ServerContext &ctx, const RunRecord &run)
{
    const Api::RunMetadata &m = run.info.metadata;
    if (m.runReferenceId.isEmpty())
        return;
    const auto parent = ctx.store.run(m.applicationId, m.runReferenceId);
    if (!parent || !isEnsembleRun(*parent) || Api::isTerminal(parent->info.metadata.status))
        return;
    const ExperimentRunCounts counts =
        ctx.store.experimentRunCounts(m.applicationId, childrenKey(parent->info.id));
    if (counts.unfinished() == 0)
        finishEnsembleRun(ctx, *parent);
}

void cancelEnsembleRun(ServerContext &ctx, const RunRecord &parent)
{
    // The parent first, so that the children's ends find nothing left to decide.
    RunRecord canceled = parent;
    Api::RunMetadata &m = canceled.info.metadata;
    if (!Api::isTerminal(m.status)) {
        m.status = Api::RunStatus::Canceled;
        m.error = QStringLiteral("the run was canceled");
        m.durationMs = double(m.createdAt.msecsTo(QDateTime::currentDateTimeUtc()));
        if (auto stored = ctx.store.updateRun(canceled); !stored)
            qWarning("nextdesk-server: %s", qPrintable(stored.error().message));
    }
    for (const RunRecord &child :
         ctx.store.experimentRuns(m.applicationId, childrenKey(parent.info.id))) {
        if (!Api::isTerminal(child.info.metadata.status))
            ctx.executor.cancel(child.info.id);
    }
}

Api::Result<void> deleteEnsembleChildren(ServerContext &ctx, const RunRecord &parent)
{
    cancelEnsembleRun(ctx, parent);
    return ensembleRunDocuments().remove(ctx.store, parent.info.metadata.applicationId,
                                         parent.info.id);
}

Api::EnsembleRunResult ensembleRunResult(ServerContext &ctx, const RunRecord &parent)
{
    const Api::RunMetadata &m = parent.info.metadata;
    const auto doc = ensembleRunDocuments().find(ctx.store, m.applicationId, parent.info.id);
    // Decided: the result as it was decided, even if children were deleted since.
    if (doc && doc->contains(QStringLiteral("result"))) {
        auto stored =
            Api::EnsembleRunResult::fromJson(doc->value(QStringLiteral("result")).toObject());
        if (stored) {
            stored->status = m.status;
            return stored.value();
        }
    }
    Api::EnsembleRunResult result;
    result.runId = parent.info.id;
    result.definitionId = m.runDefinitionId;
    result.status = m.status;
    if (doc) {
        if (auto definition = Api::EnsembleDefinition::fromJson(
                doc->value(QStringLiteral("definition")).toObject())) {
            result.runGroups = definition->runGroups;
            result.rules = definition->rules;
        }
    }
    QList<Api::EnsembleCandidate> candidates;
    int unfinished = 0;
    for (const RunRecord &run :
         ctx.store.experimentRuns(m.applicationId, childrenKey(parent.info.id))) {
        const Api::RunMetadata &c = run.info.metadata;
        Api::EnsembleChild child;
        child.runId = run.info.id;
        child.runGroupId = c.unknownFields.value(runGroupKey).toString();
        child.instanceId = c.instanceId;
        child.repetition = c.unknownFields.value(repetitionKey).toInt();
        child.status = c.status;
        child.error = c.error;
        if (c.status == Api::RunStatus::Succeeded) {
            for (const Api::EnsembleRule &rule : std::as_const(result.rules)) {
                if (const auto value = Api::statisticAt(c.statistics, rule.statisticsPath))
                    child.values.insert(rule.id, *value);
            }
        }
        unfinished += Api::isTerminal(c.status) ? 0 : 1;
        candidates.append({child.runId, c.status == Api::RunStatus::Succeeded, child.values});
        result.children.append(child);
    }
    if (m.status == Api::RunStatus::Canceled) {
        result.decision = QStringLiteral("the ensemble run was canceled");
    } else if (Api::isTerminal(m.status)) {
        // Ended without a decision (e.g. the server stopped while it ran).
        result.decision = QStringLiteral("the ensemble run ended undecided: %1").arg(m.error);
    } else if (unfinished > 0) {
        result.decision = QStringLiteral("waiting for %1 of %2 child runs")
                              .arg(unfinished)
                              .arg(result.children.size());
    } else {
        const Api::EnsembleDecision decision = Api::selectEnsembleWinner(candidates, result.rules);
        result.rounds = decision.rounds;
        result.winnerRunId = decision.winnerRunId;
        result.decidingRuleId = decision.decidingRuleId;
        result.decision = decision.reason;
    }
    return result;
}

} // namespace Server
