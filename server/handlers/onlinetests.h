// Shadow and switchback tests act on the runs users make while the tests are started. This is
// what they share: the lifecycle (draft → started → stopping → completed, or canceled), how a
// new run of a baseline instance is taken into a test, when a test ends, and the routes beyond
// create/list/get/rename/delete (metadata, start, stop, runs). Each kind fills an
// OnlineTestKind with what differs (shadowroutes.cpp, switchbackroutes.cpp).
//
// The status is kept in the test's document and brought up to date ("refreshed") whenever the
// test is read, a run is routed, or one of its runs ends; so a test whose time is up ends on
// the next look at it, with no timer, and a --test-clock jump takes effect at once.
#pragma once

#include "documentroutes.h"
#include "server/experiments/summaries.h"

namespace Server {

struct RoutedRun;

struct OnlineTestKind
{
    KindDocuments docs;
    QString runsPath; // "/v1/applications/{app}/experiments/shadow"
    // The instances whose new runs the test takes in.
    std::function<QStringList(const QJsonObject &doc)> baselines{};
    // Every instance the test runs on (checked again when it starts).
    std::function<QStringList(const QJsonObject &doc)> instances{};
    // A started test that should end now (run limit reached, time up).
    std::function<bool(const QJsonObject &doc, const ExperimentRunCounts &counts,
                       const QDateTime &now)>
        isDue{};
    // Changes on start (e.g. the plan anchored at now), or the 409 that refuses it.
    std::function<std::optional<HttpResponse>(QJsonObject &doc, const QDateTime &now)>
        prepareStart{};
    // Whether a new run on instance, now, belongs to the started test; fills routed if so.
    std::function<bool(const QJsonObject &doc, const QString &instanceId, const QDateTime &now,
                       RoutedRun &routed)>
        route{};
    // After a routed run was made (shadow: its copies on the candidates).
    std::function<void(ServerContext &ctx, const Api::Application &app, const RoutedRun &routed,
                       const QString &runId, const Api::RunRequest &request)>
        afterRouted{};
    // The role of the runs a "cancel" stop cancels (shadow runs); empty: none, they are users'.
    QString cancelRole{};
    // Progress fields of the answers.
    std::function<void(QJsonObject &view, const ExperimentRunCounts &counts)> putCounts{};
    // Per-input groups of the results; empty: none.
    InputKeyOf inputKeyOf{};
    // Extra fields of an item of GET .../runs.
    std::function<void(QJsonObject &item, const RunRecord &run)> describeRun{};
};

const OnlineTestKind &shadowTestKind();
const OnlineTestKind &switchbackTestKind();

// Where a new user run goes and what it belongs to.
struct RoutedRun
{
    QString instanceId;
    RunLinks links;
    const OnlineTestKind *kind = nullptr;
    QJsonObject test;

    bool isRouted() const { return kind != nullptr; }
};

// Whether a started test takes in a new run of instanceId (already resolved to the app's
// default when the request named none). At most one started test has a given baseline.
RoutedRun routeNewRun(ServerContext &ctx, const Api::Application &app, const QString &instanceId);
void afterRoutedRun(ServerContext &ctx, const Api::Application &app, const RoutedRun &routed,
                    const QString &runId, const Api::RunRequest &request);
// A run ended: a stopping test whose runs have all ended completes.
void onOnlineTestRunFinished(ServerContext &ctx, const RunRecord &run);

// The test as clients see it, brought up to date first.
QJsonObject onlineTestView(ServerContext &ctx, const OnlineTestKind &kind, const QString &appId,
                           const QJsonObject &doc, bool detailed);

// Create, list, get, rename and delete (through registerDocumentRoutes, with build and
// beforeDelete from the kind's file), and metadata, start, stop and runs.
void registerOnlineTestRoutes(HttpRouter &router, ServerContext &ctx, const OnlineTestKind &kind,
                              DocumentRoutes routes);

// Leaves the runs in place as ordinary runs, no longer linked to any test.
Api::Result<void> detachRuns(ServerContext &ctx, QList<RunRecord> runs);

} // namespace Server
