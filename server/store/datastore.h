// The server's SQLite store (Qt SQL, WAL mode): applications, executables, versions, instances,
// runs and their logs, managed inputs and uploads. Entities are kept as their wire JSON
// (api/ codecs are the one source of truth) beside the few columns queries need.
// Used from one thread only: the server's main thread (or the push command).
#pragma once

#include "api/dto/application.h"
#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/version.h"
#include "api/wire/result.h"

#include <QMap>
#include <QSqlDatabase>

class QSqlQuery;

#include <memory>
#include <optional>
#include <unordered_map>

namespace Server {

struct ExecutableRecord
{
    Api::Executable executable;
    QString appId;
    QString directory; // relative to the data dir
};

struct RunRecord
{
    qint64 seq = 0;
    Api::RunInformation info;
    QString executableId; // what runs; empty when the run cannot execute
    QString inputRef; // PayloadStore reference
    QString outputRef;
    qint64 timeLimitMs = 0;
    // The experiments-table key the run is filed under (a batch ID, "shadow:<id>", "ensemble-run:
    // <run>", …; empty: metadata.experimentId) and its part there ("baseline", "shadow",
    // "candidate", "child"). Indexed, so an experiment finds and counts its runs without a scan.
    QString experimentKey;
    QString experimentRole;
};

// How many runs an experiment has, by part and by progress.
struct ExperimentRunCounts
{
    int total = 0;
    int finished = 0; // succeeded, failed or canceled
    QMap<QString, int> byRole;

    int unfinished() const { return total - finished; }
};

struct UploadRecord
{
    QString id;
    QString appId;
    QString kind; // "input" or "binary"
    QString payloadRef;
    qint64 size = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
};

struct LogLine
{
    qint64 seq = 0;
    QDateTime time;
    QString text;
};

class DataStore
{
    Q_DISABLE_COPY_MOVE(DataStore)

public:
    explicit DataStore(QString dataDir);
    ~DataStore();

    Api::Result<void> open();
    // Whether a commit that fills the write-ahead log copies it back into the database itself
    // (SQLite's default). The server turns this off and runs a WalCheckpointer instead.
    Api::Result<void> setAutomaticCheckpoints(bool on);
    QString databasePath() const;
    QString dataDir() const { return m_dataDir; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;

    // A statement from the store's cache of prepared statements, for one use: SQLite parses and
    // plans each distinct SQL text once per store instead of on every call. Its bound values are
    // replaced by the next use; when the lease ends the statement is reset, so no read
    // transaction outlives its use. A statement already leased (a caller iterating while it
    // calls back into the store) is prepared afresh for the nested use.
    class Statement
    {
        Q_DISABLE_COPY(Statement)

    public:
        Statement(Statement &&other) noexcept;
        ~Statement();
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }
        // False when the SQL did not prepare; the query's lastError() says why.
        bool isPrepared() const { return m_prepared; }

    private:
        friend class DataStore;
        Statement(QSqlQuery *query, bool *leased, std::unique_ptr<QSqlQuery> uncached,
                  bool prepared);

        QSqlQuery *m_query = nullptr;
        bool *m_leased = nullptr; // the cache's flag; null when uncached
        std::unique_ptr<QSqlQuery> m_uncached;
        bool m_prepared = true;
    };
    Statement statement(const QString &sql) const;

    // Reads that answer "none" or an empty list cannot return an error, so a failed statement
    // or a stored row that no longer decodes is logged and noted here. The server turns a
    // failure noted while serving a request into a 500 instead of an answer that hides it.
    void noteFailure(const QString &message) const;
    std::optional<QString> takeUnreportedFailure();

    // Applications
    QList<Api::Application> applications() const;
    std::optional<Api::Application> application(const QString &id) const;
    Api::Result<void> insertApplication(const Api::Application &app);
    Api::Result<void> updateApplication(const Api::Application &app);
    Api::Result<void> deleteApplication(const QString &id);
    QString devExecutableId(const QString &appId) const;
    Api::Result<void> setDevExecutable(const QString &appId, const QString &executableId);

    // Executables (pushed binaries; immutable once stored)
    Api::Result<void> insertExecutable(const ExecutableRecord &record);
    std::optional<ExecutableRecord> executable(const QString &id) const;

    // Versions
    QList<Api::Version> versions(const QString &appId) const;
    std::optional<Api::Version> version(const QString &appId, const QString &id) const;
    Api::Result<void> insertVersion(const Api::Version &version);
    Api::Result<void> updateVersion(const Api::Version &version);
    Api::Result<void> deleteVersion(const QString &appId, const QString &id);

    // Instances
    QList<Api::Instance> instances(const QString &appId) const;
    std::optional<Api::Instance> instance(const QString &appId, const QString &id) const;
    Api::Result<void> insertInstance(const Api::Instance &instance);
    Api::Result<void> updateInstance(const Api::Instance &instance);
    Api::Result<void> deleteInstance(const QString &appId, const QString &id);

    // Runs
    Api::Result<void> insertRun(RunRecord &record); // sets record.seq
    std::optional<RunRecord> run(const QString &appId, const QString &id) const;
    std::optional<RunRecord> run(const QString &id) const;
    // Newest first; beforeSeq 0 means from the newest.
    QList<RunRecord> runs(const QString &appId, qint64 beforeSeq, int limit) const;
    // The runs list: newest first, each run as its list item (Api::RunSummary) in compact wire
    // JSON, kept beside the run so that a page is answered without decoding a run.
    struct RunListItem
    {
        qint64 seq = 0;
        QByteArray summaryJson;
    };
    QList<RunListItem> runListItems(const QString &appId, qint64 beforeSeq, int limit) const;
    QList<RunRecord> activeRuns() const; // queued and running, every app, oldest first
    Api::Result<void> updateRun(const RunRecord &record);
    // Several runs in one transaction: all or none.
    Api::Result<void> updateRuns(const QList<RunRecord> &records);
    Api::Result<void> deleteRun(const QString &id);
    // Ends every queued/running run as failed with the reason; returns how many.
    int failUnfinishedRuns(const QString &reason);

    // Run logs (stderr lines with the time they arrived)
    Api::Result<void> appendLogLines(const QString &runId, const QList<LogLine> &lines);
    QList<LogLine> logLines(const QString &runId, qint64 afterSeq = 0) const;
    void trimLog(const QString &runId, qint64 maxBytes);

    // Managed inputs
    QList<Api::ManagedInput> managedInputs(const QString &appId) const;
    std::optional<Api::ManagedInput> managedInput(const QString &appId, const QString &id) const;
    QString managedInputPayload(const QString &appId, const QString &id) const;
    Api::Result<void> insertManagedInput(const Api::ManagedInput &input, const QString &payloadRef);
    Api::Result<void> updateManagedInput(const Api::ManagedInput &input);
    Api::Result<void> deleteManagedInput(const QString &appId, const QString &id);

    // Input sets
    QList<Api::InputSet> inputSets(const QString &appId) const;
    std::optional<Api::InputSet> inputSet(const QString &appId, const QString &id) const;
    Api::Result<void> insertInputSet(const Api::InputSet &set);
    Api::Result<void> updateInputSet(const Api::InputSet &set);
    Api::Result<void> deleteInputSet(const QString &appId, const QString &id);

    // Experiments (batch for now), kept as their definition; results are computed from runs.
    QList<QJsonObject> experiments(const QString &appId, const QString &kind) const;
    std::optional<QJsonObject> experiment(const QString &appId, const QString &id) const;
    Api::Result<void> insertExperiment(const QString &appId, const QString &kind,
                                       const QJsonObject &doc);
    Api::Result<void> updateExperiment(const QString &appId, const QJsonObject &doc);
    Api::Result<void> deleteExperiment(const QString &appId, const QString &id);
    QList<RunRecord> experimentRuns(const QString &appId, const QString &experimentId) const;
    ExperimentRunCounts experimentRunCounts(const QString &appId,
                                            const QString &experimentId) const;

    // Uploads behind pre-signed URLs
    Api::Result<void> insertUpload(const UploadRecord &upload);
    std::optional<UploadRecord> upload(const QString &id) const;
    Api::Result<void> setUploadPayload(const QString &id, const QString &payloadRef, qint64 size);
    std::optional<UploadRecord> latestBinaryUpload(const QString &appId) const;

private:
    bool execRead(QSqlQuery &query) const; // false, noted, when the statement fails
    Api::Result<void> exec(const QString &sql, const QVariantList &values = {});
    Api::Result<void> createSchema();
    Api::Result<void> addColumnIfMissing(const QString &table, const QString &column,
                                         const QString &definition);

    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool leased = false;
    };

    const QString m_dataDir;
    const QString m_connectionName;
    mutable std::optional<QString> m_unreportedFailure;
    mutable std::unordered_map<QString, CachedStatement> m_statements;
};

} // namespace Server
