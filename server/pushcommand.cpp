// "nextdesk-server push": installs app code into a data dir.
#include "pushcommand.h"

#include "api/wire/appmanifest.h"
#include "execution/executablestore.h"
#include "handlers/routehelpers.h"
#include "store/datastore.h"

#include <QFileInfo>

namespace Server {

Api::Result<PushResult> push(DataStore &store, ExecutableStore &executables,
                             const PushRequest &request)
{
    if (!isValidId(request.appId))
        return Api::Error::validation(
            QStringLiteral("invalid application ID '%1'").arg(request.appId));
    const QFileInfo source(request.path);
    if (!source.exists())
        return Api::Error::validation(QStringLiteral("%1 does not exist").arg(request.path));
    if (!request.versionId.isEmpty() && !isValidId(request.versionId))
        return Api::Error::validation(
            QStringLiteral("invalid version ID '%1'").arg(request.versionId));
    if (!request.instanceId.isEmpty() &&
        (!isValidId(request.instanceId) || request.instanceId == QLatin1String("latest")))
        return Api::Error::validation(
            QStringLiteral("invalid instance ID '%1'").arg(request.instanceId));
    if (!request.instanceId.isEmpty() && request.versionId.isEmpty())
        return Api::Error::validation(QStringLiteral("--instance-id needs --version-id"));
    if (request.onlyIfMissing) {
        const bool present = request.versionId.isEmpty()
            ? store.application(request.appId).has_value()
            : store.version(request.appId, request.versionId).has_value();
        if (present) {
            PushResult skipped;
            skipped.skipped = true;
            return skipped;
        }
    }
    if (!request.versionId.isEmpty() && store.version(request.appId, request.versionId))
        return Api::Error::validation(
            QStringLiteral("version '%1' already exists; versions never change")
                .arg(request.versionId));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    PushResult result;
    if (!store.application(request.appId)) {
        Api::Application app;
        app.id = request.appId;
        app.name = request.appName.isEmpty() ? request.appId : request.appName;
        app.defaultInstance = QStringLiteral("latest");
        app.createdAt = app.updatedAt = now;
        if (auto stored = store.insertApplication(app); !stored)
            return stored.error();
        result.createdApp = true;
    }

    Api::Executable exe;
    exe.id = generateId(QStringLiteral("exe"));
    exe.userEmail = QStringLiteral("local@nextdesk");
    exe.uploadedAt = now;
    Api::Result<QString> folder = QString();
    if (source.isDir()) {
        exe.requirements = Api::requirementsFromFolder(source.absoluteFilePath());
        folder = executables.importDirectory(exe.id, source.absoluteFilePath());
    } else {
        exe.requirements = {{QStringLiteral("executable_type"), QStringLiteral("binary")},
                            {QStringLiteral("runtime"), QStringLiteral("local")}};
        folder = executables.importExecutable(exe.id, source.absoluteFilePath());
    }
    if (!folder)
        return folder.error();
    if (auto stored = store.insertExecutable({exe, request.appId, folder.value()}); !stored)
        return stored.error();
    if (auto set = store.setDevExecutable(request.appId, exe.id); !set)
        return set.error();
    result.executableId = exe.id;

    if (!request.versionId.isEmpty()) {
        Api::Version version;
        version.id = version.name = request.versionId;
        version.applicationId = request.appId;
        version.executable = exe;
        version.createdAt = version.updatedAt = now;
        if (auto stored = store.insertVersion(version); !stored)
            return stored.error();
    }
    if (!request.instanceId.isEmpty()) {
        auto existing = store.instance(request.appId, request.instanceId);
        Api::Instance instance = existing.value_or(Api::Instance{});
        instance.id = request.instanceId;
        if (instance.name.isEmpty())
            instance.name = request.instanceId;
        instance.applicationId = request.appId;
        instance.versionId = request.versionId;
        instance.configuration.options = request.instanceOptions;
        instance.updatedAt = now;
        if (!existing)
            instance.createdAt = now;
        auto stored = existing ? store.updateInstance(instance) : store.insertInstance(instance);
        if (!stored)
            return stored.error();
        if (request.makeDefault) {
            auto app = store.application(request.appId);
            app->defaultInstance = request.instanceId;
            app->updatedAt = now;
            if (auto updated = store.updateApplication(*app); !updated)
                return updated.error();
        }
    }
    return result;
}

} // namespace Server
