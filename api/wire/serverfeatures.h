// What a server can do beyond the calls every Nextmv-compatible server has. nextdesk-server
// lists its features at GET /nextdesk/v1/server; a server without that route (Nextmv Cloud)
// has the baseline below. One list for both sides, so a feature is named the same on each.
#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace Api {

enum class ServerFeature {
    InputContent, // GET {app}/inputs/{id}/content: a managed input's bytes
    RunRename, // PUT {app}/runs/{id} with name and description
    RunDelete, // DELETE {app}/runs/{id}
    EnsembleResults, // GET /nextdesk/v1/applications/{app}/runs/{id}/ensemble
};

inline const QString serverInfoPath = QStringLiteral("/nextdesk/v1/server");

QString wireName(ServerFeature feature);
std::optional<ServerFeature> serverFeatureFromWireName(const QString &name);
QSet<ServerFeature> allServerFeatures();
// What a server that does not describe itself (Nextmv Cloud) is taken to have: the calls its
// API reference documents. Delete is tried too; a server that refuses it loses the action.
QSet<ServerFeature> baselineServerFeatures();

} // namespace Api
