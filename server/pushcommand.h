// "nextdesk-server push": installs an app folder or a single executable as an app's dev binary
// straight into a data dir, optionally snapshotting it as a version and pointing an instance at
// it. Used by ./scripts/run to seed the sample app.
#pragma once

#include "api/wire/result.h"

#include <QJsonObject>
#include <QString>

namespace Server {

class DataStore;
class ExecutableStore;

struct PushRequest
{
    QString appId;
    QString appName;
    QString path; // folder (with app.yaml or main/main.py/main.jar) or one executable
    QString versionId; // optional: create this version from the pushed code
    QString instanceId; // optional: create or update this instance on that version
    QJsonObject instanceOptions;
    bool makeDefault = false; // make the instance the app's default
    // Do nothing when the version (or, without a version, the app) already exists, so seeding
    // scripts can run on every start.
    bool onlyIfMissing = false;
};

struct PushResult
{
    QString executableId;
    bool createdApp = false;
    bool skipped = false;
};

Api::Result<PushResult> push(DataStore &store, ExecutableStore &executables,
                             const PushRequest &request);

} // namespace Server
