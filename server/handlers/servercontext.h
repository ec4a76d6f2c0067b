// What every route group needs: the stores, the executor, the URL signer and the clock.
#pragma once

#include "server/clock.h"

#include <QString>

namespace Server {

class DataStore;
class ExecutableStore;
class PayloadStore;
class RunExecutor;
class UrlSigner;

struct ServerContext
{
    DataStore &store;
    PayloadStore &payloads;
    ExecutableStore &executables;
    RunExecutor &executor;
    const UrlSigner &signer;
    QString userEmail = QStringLiteral("local@nextdesk");
    qint64 defaultTimeLimitMs = 60LL * 60 * 1000;
    qint64 inlinePayloadLimit = 5LL * 1024 * 1024; // the cloud's 5 MB inline input/output limit
    qint64 uploadLimit = 500LL * 1024 * 1024; // the cloud's 500 MB upload limit
    int presignedUrlLifetimeSeconds = 3600;
    Clock clock{}; // schedules shadow and switchback tests; settable only with --test-clock
};

} // namespace Server
