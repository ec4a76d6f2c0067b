// Ensemble runs: POST .../runs with configuration.run_type {"type": "ensemble",
// "definition_id": …} makes a parent run with no process of its own and one child run per run
// group × repetition (options: the instance's, under the request's, under the group's). When
// every child has ended, Api::selectEnsembleWinner picks one and the parent takes its output
// and statistics, or fails with the reason when none can be picked. Children point at the
// parent with run_type.reference_id and are filed under "ensemble-run:<parent ID>", beside a
// document holding the definition as it was at the start and, once decided, the result.
#pragma once

#include "documentroutes.h"

#include "api/dto/ensemble.h"

namespace Server {

const KindDocuments &ensembleDefinitions(); // "ensemble:<id>"
const KindDocuments &ensembleRunDocuments(); // "ensemble-run:<parent run ID>"

bool isEnsembleRun(const RunRecord &run);
// The parent's ID, or the answer refusing it (nothing is left behind on a refusal).
std::variant<QString, HttpResponse>
startEnsembleRun(ServerContext &ctx, const Api::Application &app, Api::RunRequest request);
// Any run ended: if it was the last child of a running ensemble run, that run is decided.
void onEnsembleChildFinished(ServerContext &ctx, const RunRecord &run);
// Cancels the parent at once and its unfinished children.
void cancelEnsembleRun(ServerContext &ctx, const RunRecord &parent);
// Before the parent is deleted: its children and document go too.
Api::Result<void> deleteEnsembleChildren(ServerContext &ctx, const RunRecord &parent);
// The children, their values per rule, and the decision (or what it waits for).
Api::EnsembleRunResult ensembleRunResult(ServerContext &ctx, const RunRecord &parent);

} // namespace Server
