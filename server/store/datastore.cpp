// The server's SQLite store.
#include "datastore.h"

#include "privatefiles.h"

#include "api/wire/rfc3339.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Server {

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray summaryJson(const Api::RunInformation &run)
{
    return QJsonDocument(Api::RunSummary::fromInformation(run).toJson())
        .toJson(QJsonDocument::Compact);
}

// A stored document that no longer decodes is noted as a failure, not skipped as if absent.
std::optional<QJsonObject> objectFromText(const DataStore &store, const QString &text,
                                          const char *table);

template<typename T>
std::optional<T> fromText(const DataStore &store, const QString &text, const char *table)
{
    const auto object = objectFromText(store, text, table);
    if (!object)
        return std::nullopt;
    auto decoded = T::fromJson(*object);
    if (!decoded) {
        store.noteFailure(QStringLiteral("a row of table '%1' does not decode: %2")
                              .arg(QLatin1String(table), decoded.error().fullText()));
        return std::nullopt;
    }
    return std::move(decoded).value();
}

std::optional<QJsonObject> objectFromText(const DataStore &store, const QString &text,
                                          const char *table)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject()) {
        store.noteFailure(QStringLiteral("a row of table '%1' is not a JSON object: %2")
                              .arg(QLatin1String(table), error.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

Api::Error sqlError(const QSqlError &error)
{
    return {Api::Error::Kind::Io, 500, QStringLiteral("storage error: %1").arg(error.text()), {}};
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<RunRecord> runFromQuery(const DataStore &store, const QSqlQuery &q)
{
    RunRecord r;
    r.seq = q.value(0).toLongLong();
    auto info = fromText<Api::RunInformation>(store, q.value(1).toString(), "runs");
    if (!info)
        return std::nullopt;
    r.info = std::move(*info);
    r.executableId = q.value(2).toString();
    r.inputRef = q.value(3).toString();
    r.outputRef = q.value(4).toString();
    r.timeLimitMs = q.value(5).toLongLong();
    r.experimentKey = q.value(6).toString();
    r.experimentRole = q.value(7).toString();
    return r;
}

const char runColumns[] =
    "seq, doc, executable_id, input_ref, output_ref, time_limit_ms, experiment_id, experiment_role";

// A null QString would bind as NULL; the experiment columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

UploadRecord uploadFromQuery(const QSqlQuery &q)
{
    UploadRecord u;
    u.id = q.value(0).toString();
    u.appId = q.value(1).toString();
    u.kind = q.value(2).toString();
    u.payloadRef = q.value(3).toString();
    u.size = q.value(4).toLongLong();
    u.createdAt = fromMsecs(q.value(5));
    u.expiresAt = fromMsecs(q.value(6));
    return u;
}

} // namespace

DataStore::DataStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_connectionName(QStringLiteral("nextdesk-store-") + QUuid::createUuid().toString())
{
}

DataStore::~DataStore()
{
    m_statements.clear(); // before the connection they belong to goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase DataStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

DataStore::Statement::Statement(QSqlQuery *query, bool *leased, std::unique_ptr<QSqlQuery> uncached,
                                bool prepared)
    : m_query(query ? query : uncached.get())
    , m_leased(leased)
    , m_uncached(std::move(uncached))
    , m_prepared(prepared)
{
    if (m_leased)
        *m_leased = true;
}

DataStore::Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_leased(std::exchange(other.m_leased, nullptr))
    , m_uncached(std::move(other.m_uncached))
    , m_prepared(other.m_prepared)
{
}

DataStore::Statement::~Statement()
{
    if (!m_leased)
        return;
    m_query->finish();
    *m_leased = false;
}

DataStore::Statement DataStore::statement(const QString &sql) const
{
    auto query = [this, &sql](bool &prepared) {
        auto q = std::make_unique<QSqlQuery>(database());
        q->setForwardOnly(true); // rows are read once, in order: none are kept
        prepared = q->prepare(sql);
        return q;
    };
    bool prepared = true;
    CachedStatement &cached = m_statements[sql];
    if (cached.leased) {
        auto nested = query(prepared);
        return Statement(nullptr, nullptr, std::move(nested), prepared);
    }
    if (!cached.query) {
        auto fresh = query(prepared);
        if (!prepared) { // not kept: the next use tries again
            m_statements.erase(sql);
            return Statement(nullptr, nullptr, std::move(fresh), false);
        }
        cached.query = std::move(fresh);
    }
    return Statement(cached.query.get(), &cached.leased, nullptr, true);
}

bool DataStore::execRead(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    noteFailure(QStringLiteral("storage error: %1").arg(query.lastError().text()));
    return false;
}

void DataStore::noteFailure(const QString &message) const
{
    qWarning().noquote() << "nextdesk-server:" << message;
    if (!m_unreportedFailure)
        m_unreportedFailure = message;
}

std::optional<QString> DataStore::takeUnreportedFailure()
{
    return std::exchange(m_unreportedFailure, std::nullopt);
}

Api::Result<void> DataStore::exec(const QString &sql, const QVariantList &values)
{
    const Statement lease = statement(sql);
    QSqlQuery &q = *lease;
    if (!lease.isPrepared())
        return sqlError(q.lastError());
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return sqlError(q.lastError());
    return {};
}

Api::Result<void> DataStore::open()
{
    if (!PrivateFiles::makePath(m_dataDir))
        return Api::Error::io(QStringLiteral("cannot create data directory %1").arg(m_dataDir));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(db.lastError());
    // WAL keeps readers and the one writer apart; NORMAL sync is durable across process kills,
    // which is the crash the server must survive (a finished run is committed before we answer).
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=OFF"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(q.lastError());
    }
    // SQLite gives its -wal and -shm files the database's permissions, so these carry over;
    // restricting also closes up a database an older server left readable.
    const QString path = db.databaseName();
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        PrivateFiles::restrict(file);
    return createSchema();
}

Api::Result<void> DataStore::setAutomaticCheckpoints(bool on)
{
    QSqlQuery q(database());
    if (!q.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                   : QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        return sqlError(q.lastError());
    return {};
}

QString DataStore::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("nextdesk.sqlite"));
}

Api::Result<void> DataStore::createSchema()
{
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS applications (id TEXT PRIMARY KEY, doc TEXT NOT NULL,"
        " dev_executable_id TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE IF NOT EXISTS executables (id TEXT PRIMARY KEY, app_id TEXT NOT NULL,"
        " directory TEXT NOT NULL, doc TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS versions (app_id TEXT NOT NULL, id TEXT NOT NULL,"
        " doc TEXT NOT NULL, PRIMARY KEY (app_id, id))",
        "CREATE TABLE IF NOT EXISTS instances (app_id TEXT NOT NULL, id TEXT NOT NULL,"
        " doc TEXT NOT NULL, PRIMARY KEY (app_id, id))",
        "CREATE TABLE IF NOT EXISTS runs (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " id TEXT NOT NULL UNIQUE, app_id TEXT NOT NULL, status TEXT NOT NULL, doc TEXT NOT NULL,"
        " executable_id TEXT DEFAULT '', input_ref TEXT DEFAULT '',"
        " output_ref TEXT DEFAULT '', time_limit_ms INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS runs_by_app ON runs (app_id, seq)",
        "CREATE INDEX IF NOT EXISTS runs_by_status ON runs (status)",
        "CREATE TABLE IF NOT EXISTS run_logs (run_id TEXT NOT NULL, seq INTEGER NOT NULL,"
        " ts INTEGER NOT NULL, line TEXT NOT NULL, PRIMARY KEY (run_id, seq))",
        "CREATE TABLE IF NOT EXISTS managed_inputs (app_id TEXT NOT NULL, id TEXT NOT NULL,"
        " doc TEXT NOT NULL, payload_ref TEXT NOT NULL, PRIMARY KEY (app_id, id))",
        "CREATE TABLE IF NOT EXISTS input_sets (app_id TEXT NOT NULL, id TEXT NOT NULL,"
        " doc TEXT NOT NULL, PRIMARY KEY (app_id, id))",
        "CREATE TABLE IF NOT EXISTS experiments (app_id TEXT NOT NULL, id TEXT NOT NULL,"
        " kind TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (app_id, id))",
        "CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, app_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, payload_ref TEXT DEFAULT '', size INTEGER NOT NULL"
        " DEFAULT 0, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " app_id TEXT NOT NULL, data BLOB NOT NULL)",
    };
    for (const char *sql : statements) {
        if (auto r = exec(QString::fromLatin1(sql)); !r)
            return r;
    }
    // Added after the first release of the schema: experiments look their runs up by them.
    if (auto r = addColumnIfMissing(QStringLiteral("runs"), QStringLiteral("experiment_id"),
                                    QStringLiteral("TEXT NOT NULL DEFAULT ''"));
        !r)
        return r;
    if (auto r = addColumnIfMissing(QStringLiteral("runs"), QStringLiteral("experiment_role"),
                                    QStringLiteral("TEXT NOT NULL DEFAULT ''"));
        !r)
        return r;
    if (auto r = exec(QStringLiteral("CREATE INDEX IF NOT EXISTS runs_by_experiment"
                                     " ON runs (app_id, experiment_id, seq)"));
        !r)
        return r;
    // Added for the runs list; rows written before have none and are summarised when listed
    // (filling them in here would make start-up take time in proportion to the runs).
    return addColumnIfMissing(QStringLiteral("runs"), QStringLiteral("summary"),
                              QStringLiteral("TEXT NOT NULL DEFAULT ''"));
}

Api::Result<void> DataStore::addColumnIfMissing(const QString &table, const QString &column,
                                                const QString &definition)
{
    QSqlQuery columns(database());
    columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (columns.next()) {
        if (columns.value(1).toString() == column)
            return {};
    }
    return exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition));
}

// ---- Applications ---------------------------------------------------------------------------

QList<Api::Application> DataStore::applications() const
{
    QList<Api::Application> result;
    const Statement lease = statement(QStringLiteral("SELECT doc FROM applications ORDER BY id"));
    QSqlQuery &q = *lease;
    execRead(q);
    while (q.next()) {
        if (auto app = fromText<Api::Application>(*this, q.value(0).toString(), "applications"))
            result.append(std::move(*app));
    }
    return result;
}

std::optional<Api::Application> DataStore::application(const QString &id) const
{
    const Statement lease = statement(QStringLiteral("SELECT doc FROM applications WHERE id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromText<Api::Application>(*this, q.value(0).toString(), "applications");
    return std::nullopt;
}

Api::Result<void> DataStore::insertApplication(const Api::Application &app)
{
    return exec(QStringLiteral("INSERT INTO applications (id, doc) VALUES (?, ?)"),
                {app.id, toText(app.toJson())});
}

Api::Result<void> DataStore::updateApplication(const Api::Application &app)
{
    return exec(QStringLiteral("UPDATE applications SET doc = ? WHERE id = ?"),
                {toText(app.toJson()), app.id});
}

Api::Result<void> DataStore::deleteApplication(const QString &id)
{
    QSqlDatabase db = database();
    db.transaction();
    const char *statements[] = {
        "DELETE FROM run_logs WHERE run_id IN (SELECT id FROM runs WHERE app_id = ?)",
        "DELETE FROM runs WHERE app_id = ?",
        "DELETE FROM instances WHERE app_id = ?",
        "DELETE FROM versions WHERE app_id = ?",
        "DELETE FROM executables WHERE app_id = ?",
        "DELETE FROM managed_inputs WHERE app_id = ?",
        "DELETE FROM input_sets WHERE app_id = ?",
        "DELETE FROM experiments WHERE app_id = ?",
        "DELETE FROM uploads WHERE app_id = ?",
        "DELETE FROM blobs WHERE app_id = ?",
        "DELETE FROM applications WHERE id = ?",
    };
    for (const char *sql : statements) {
        if (auto r = exec(QString::fromLatin1(sql), {id}); !r) {
            db.rollback();
            return r;
        }
    }
    if (!db.commit())
        return sqlError(db.lastError());
    return {};
}

QString DataStore::devExecutableId(const QString &appId) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT dev_executable_id FROM applications WHERE id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    return execRead(q) && q.next() ? q.value(0).toString() : QString();
}

Api::Result<void> DataStore::setDevExecutable(const QString &appId, const QString &executableId)
{
    return exec(QStringLiteral("UPDATE applications SET dev_executable_id = ? WHERE id = ?"),
                {executableId, appId});
}

// ---- Executables ----------------------------------------------------------------------------

Api::Result<void> DataStore::insertExecutable(const ExecutableRecord &record)
{
    return exec(
        QStringLiteral("INSERT INTO executables (id, app_id, directory, doc) VALUES (?, ?, ?, ?)"),
        {record.executable.id, record.appId, record.directory, toText(record.executable.toJson())});
}

std::optional<ExecutableRecord> DataStore::executable(const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT app_id, directory, doc FROM executables WHERE id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    ExecutableRecord r;
    r.appId = q.value(0).toString();
    r.directory = q.value(1).toString();
    const QJsonObject doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    r.executable.id = doc.value(QStringLiteral("id")).toString();
    r.executable.userEmail = doc.value(QStringLiteral("user_email")).toString();
    r.executable.uploadedAt =
        Api::Rfc3339::parse(doc.value(QStringLiteral("uploaded_at")).toString())
            .value_or(QDateTime());
    r.executable.requirements = doc.value(QStringLiteral("requirements")).toObject();
    return r;
}

// ---- Versions -------------------------------------------------------------------------------

QList<Api::Version> DataStore::versions(const QString &appId) const
{
    QList<Api::Version> result;
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM versions WHERE app_id = ? ORDER BY rowid"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    execRead(q);
    while (q.next()) {
        if (auto v = fromText<Api::Version>(*this, q.value(0).toString(), "versions"))
            result.append(std::move(*v));
    }
    return result;
}

std::optional<Api::Version> DataStore::version(const QString &appId, const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM versions WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromText<Api::Version>(*this, q.value(0).toString(), "versions");
    return std::nullopt;
}

Api::Result<void> DataStore::insertVersion(const Api::Version &version)
{
    return exec(QStringLiteral("INSERT INTO versions (app_id, id, doc) VALUES (?, ?, ?)"),
                {version.applicationId, version.id, toText(version.toJson())});
}

Api::Result<void> DataStore::updateVersion(const Api::Version &version)
{
    return exec(QStringLiteral("UPDATE versions SET doc = ? WHERE app_id = ? AND id = ?"),
                {toText(version.toJson()), version.applicationId, version.id});
}

Api::Result<void> DataStore::deleteVersion(const QString &appId, const QString &id)
{
    return exec(QStringLiteral("DELETE FROM versions WHERE app_id = ? AND id = ?"), {appId, id});
}

// ---- Instances ------------------------------------------------------------------------------

QList<Api::Instance> DataStore::instances(const QString &appId) const
{
    QList<Api::Instance> result;
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM instances WHERE app_id = ? ORDER BY rowid"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    execRead(q);
    while (q.next()) {
        if (auto i = fromText<Api::Instance>(*this, q.value(0).toString(), "instances"))
            result.append(std::move(*i));
    }
    return result;
}

std::optional<Api::Instance> DataStore::instance(const QString &appId, const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM instances WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromText<Api::Instance>(*this, q.value(0).toString(), "instances");
    return std::nullopt;
}

Api::Result<void> DataStore::insertInstance(const Api::Instance &instance)
{
    return exec(QStringLiteral("INSERT INTO instances (app_id, id, doc) VALUES (?, ?, ?)"),
                {instance.applicationId, instance.id, toText(instance.toJson())});
}

Api::Result<void> DataStore::updateInstance(const Api::Instance &instance)
{
    return exec(QStringLiteral("UPDATE instances SET doc = ? WHERE app_id = ? AND id = ?"),
                {toText(instance.toJson()), instance.applicationId, instance.id});
}

Api::Result<void> DataStore::deleteInstance(const QString &appId, const QString &id)
{
    return exec(QStringLiteral("DELETE FROM instances WHERE app_id = ? AND id = ?"), {appId, id});
}

// ---- Runs -----------------------------------------------------------------------------------

Api::Result<void> DataStore::insertRun(RunRecord &record)
{
    const Statement lease = statement(
        QStringLiteral("INSERT INTO runs (id, app_id, status, doc, executable_id, input_ref,"
                       " output_ref, time_limit_ms, experiment_id, experiment_role, summary)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &q = *lease;
    if (record.experimentKey.isEmpty())
        record.experimentKey = record.info.metadata.experimentId;
    q.addBindValue(record.info.id);
    q.addBindValue(record.info.metadata.applicationId);
    q.addBindValue(Api::toString(record.info.metadata.status));
    q.addBindValue(toText(record.info.toJson()));
    q.addBindValue(record.executableId);
    q.addBindValue(record.inputRef);
    q.addBindValue(record.outputRef);
    q.addBindValue(record.timeLimitMs);
    q.addBindValue(notNull(record.experimentKey));
    q.addBindValue(notNull(record.experimentRole));
    q.addBindValue(QString::fromUtf8(summaryJson(record.info)));
    if (!q.exec())
        return sqlError(q.lastError());
    record.seq = q.lastInsertId().toLongLong();
    return {};
}

std::optional<RunRecord> DataStore::run(const QString &appId, const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT %1 FROM runs WHERE app_id = ? AND id = ?")
                      .arg(QLatin1String(runColumns)));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return runFromQuery(*this, q);
    return std::nullopt;
}

std::optional<RunRecord> DataStore::run(const QString &id) const
{
    const Statement lease = statement(
        QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(runColumns)));
    QSqlQuery &q = *lease;
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return runFromQuery(*this, q);
    return std::nullopt;
}

QList<RunRecord> DataStore::runs(const QString &appId, qint64 beforeSeq, int limit) const
{
    QList<RunRecord> result;
    const Statement lease =
        statement(QStringLiteral("SELECT %1 FROM runs WHERE app_id = ? AND seq < ?"
                                 " ORDER BY seq DESC LIMIT ?")
                      .arg(QLatin1String(runColumns)));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    execRead(q);
    while (q.next()) {
        if (auto run = runFromQuery(*this, q))
            result.append(std::move(*run));
    }
    return result;
}

QList<DataStore::RunListItem> DataStore::runListItems(const QString &appId, qint64 beforeSeq,
                                                      int limit) const
{
    QList<RunListItem> result;
    const Statement lease = statement(
        QStringLiteral("SELECT seq, summary, CASE WHEN summary = '' THEN doc ELSE '' END"
                       " FROM runs WHERE app_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    execRead(q);
    while (q.next()) {
        RunListItem item{q.value(0).toLongLong(), q.value(1).toString().toUtf8()};
        if (item.summaryJson.isEmpty()) { // written before summaries were kept
            auto info = fromText<Api::RunInformation>(*this, q.value(2).toString(), "runs");
            if (!info)
                continue;
            item.summaryJson = summaryJson(*info);
        }
        result.append(std::move(item));
    }
    return result;
}

QList<RunRecord> DataStore::activeRuns() const
{
    QList<RunRecord> result;
    const Statement lease = statement(
        QStringLiteral("SELECT %1 FROM runs WHERE status IN ('queued', 'running') ORDER BY seq")
            .arg(QLatin1String(runColumns)));
    QSqlQuery &q = *lease;
    execRead(q);
    while (q.next()) {
        if (auto run = runFromQuery(*this, q))
            result.append(std::move(*run));
    }
    return result;
}

Api::Result<void> DataStore::updateRun(const RunRecord &record)
{
    return exec(QStringLiteral("UPDATE runs SET status = ?, doc = ?, input_ref = ?, output_ref = ?,"
                               " experiment_id = ?, experiment_role = ?, summary = ? WHERE id = ?"),
                {Api::toString(record.info.metadata.status), toText(record.info.toJson()),
                 record.inputRef, record.outputRef, notNull(record.experimentKey),
                 notNull(record.experimentRole), QString::fromUtf8(summaryJson(record.info)),
                 record.info.id});
}

Api::Result<void> DataStore::updateRuns(const QList<RunRecord> &records)
{
    QSqlDatabase db = database();
    db.transaction();
    for (const RunRecord &record : records) {
        if (auto updated = updateRun(record); !updated) {
            db.rollback();
            return updated;
        }
    }
    if (!db.commit())
        return sqlError(db.lastError());
    return {};
}

Api::Result<void> DataStore::deleteRun(const QString &id)
{
    if (auto r = exec(QStringLiteral("DELETE FROM run_logs WHERE run_id = ?"), {id}); !r)
        return r;
    return exec(QStringLiteral("DELETE FROM runs WHERE id = ?"), {id});
}

int DataStore::failUnfinishedRuns(const QString &reason)
{
    int count = 0;
    for (RunRecord record : activeRuns()) {
        record.info.metadata.status = Api::RunStatus::Failed;
        record.info.metadata.error = reason;
        if (updateRun(record))
            ++count;
    }
    return count;
}

// ---- Run logs -------------------------------------------------------------------------------

Api::Result<void> DataStore::appendLogLines(const QString &runId, const QList<LogLine> &lines)
{
    QSqlDatabase db = database();
    db.transaction();
    const Statement lease = statement(
        QStringLiteral("INSERT INTO run_logs (run_id, seq, ts, line) VALUES (?, ?, ?, ?)"));
    QSqlQuery &q = *lease;
    for (const LogLine &line : lines) {
        q.bindValue(0, runId);
        q.bindValue(1, line.seq);
        q.bindValue(2, line.time.toMSecsSinceEpoch());
        q.bindValue(3, line.text);
        if (!q.exec()) {
            db.rollback();
            return sqlError(q.lastError());
        }
    }
    if (!db.commit())
        return sqlError(db.lastError());
    return {};
}

QList<LogLine> DataStore::logLines(const QString &runId, qint64 afterSeq) const
{
    QList<LogLine> result;
    const Statement lease = statement(QStringLiteral(
        "SELECT seq, ts, line FROM run_logs WHERE run_id = ? AND seq > ? ORDER BY seq"));
    QSqlQuery &q = *lease;
    q.addBindValue(runId);
    q.addBindValue(afterSeq);
    execRead(q);
    while (q.next()) {
        result.append({q.value(0).toLongLong(), fromMsecs(q.value(1)), q.value(2).toString()});
    }
    return result;
}

void DataStore::trimLog(const QString &runId, qint64 maxBytes)
{
    // Keep the newest lines whose total size fits; older ones are dropped.
    const Statement lease =
        statement(QStringLiteral("SELECT seq, length(CAST(line AS BLOB)) + 1 FROM run_logs"
                                 " WHERE run_id = ? ORDER BY seq DESC"));
    QSqlQuery &q = *lease;
    q.addBindValue(runId);
    execRead(q);
    qint64 total = 0;
    qint64 firstDropped = -1;
    while (q.next()) {
        total += q.value(1).toLongLong();
        if (total > maxBytes) {
            firstDropped = q.value(0).toLongLong();
            break;
        }
    }
    if (firstDropped >= 0)
        (void)exec(QStringLiteral("DELETE FROM run_logs WHERE run_id = ? AND seq <= ?"),
                   {runId, firstDropped});
}

// ---- Managed inputs -------------------------------------------------------------------------

QList<Api::ManagedInput> DataStore::managedInputs(const QString &appId) const
{
    QList<Api::ManagedInput> result;
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM managed_inputs WHERE app_id = ? ORDER BY rowid"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    execRead(q);
    while (q.next()) {
        if (auto m = fromText<Api::ManagedInput>(*this, q.value(0).toString(), "managed_inputs"))
            result.append(std::move(*m));
    }
    return result;
}

std::optional<Api::ManagedInput> DataStore::managedInput(const QString &appId,
                                                         const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM managed_inputs WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromText<Api::ManagedInput>(*this, q.value(0).toString(), "managed_inputs");
    return std::nullopt;
}

QString DataStore::managedInputPayload(const QString &appId, const QString &id) const
{
    const Statement lease = statement(
        QStringLiteral("SELECT payload_ref FROM managed_inputs WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    return execRead(q) && q.next() ? q.value(0).toString() : QString();
}

Api::Result<void> DataStore::insertManagedInput(const Api::ManagedInput &input,
                                                const QString &payloadRef)
{
    return exec(
        QStringLiteral(
            "INSERT INTO managed_inputs (app_id, id, doc, payload_ref) VALUES (?, ?, ?, ?)"),
        {input.appId, input.id, toText(input.toJson()), payloadRef});
}

Api::Result<void> DataStore::updateManagedInput(const Api::ManagedInput &input)
{
    return exec(QStringLiteral("UPDATE managed_inputs SET doc = ? WHERE app_id = ? AND id = ?"),
                {toText(input.toJson()), input.appId, input.id});
}

Api::Result<void> DataStore::deleteManagedInput(const QString &appId, const QString &id)
{
    return exec(QStringLiteral("DELETE FROM managed_inputs WHERE app_id = ? AND id = ?"),
                {appId, id});
}

// ---- Input sets -----------------------------------------------------------------------------

QList<Api::InputSet> DataStore::inputSets(const QString &appId) const
{
    QList<Api::InputSet> result;
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM input_sets WHERE app_id = ? ORDER BY rowid"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    execRead(q);
    while (q.next()) {
        if (auto set = fromText<Api::InputSet>(*this, q.value(0).toString(), "input_sets"))
            result.append(std::move(*set));
    }
    return result;
}

std::optional<Api::InputSet> DataStore::inputSet(const QString &appId, const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM input_sets WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromText<Api::InputSet>(*this, q.value(0).toString(), "input_sets");
    return std::nullopt;
}

Api::Result<void> DataStore::insertInputSet(const Api::InputSet &set)
{
    return exec(QStringLiteral("INSERT INTO input_sets (app_id, id, doc) VALUES (?, ?, ?)"),
                {set.appId, set.id, toText(set.toJson())});
}

Api::Result<void> DataStore::updateInputSet(const Api::InputSet &set)
{
    return exec(QStringLiteral("UPDATE input_sets SET doc = ? WHERE app_id = ? AND id = ?"),
                {toText(set.toJson()), set.appId, set.id});
}

Api::Result<void> DataStore::deleteInputSet(const QString &appId, const QString &id)
{
    return exec(QStringLiteral("DELETE FROM input_sets WHERE app_id = ? AND id = ?"), {appId, id});
}

// ---- Experiments ----------------------------------------------------------------------------

QList<QJsonObject> DataStore::experiments(const QString &appId, const QString &kind) const
{
    QList<QJsonObject> result;
    const Statement lease = statement(
        QStringLiteral("SELECT doc FROM experiments WHERE app_id = ? AND kind = ? ORDER BY rowid"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(kind);
    execRead(q);
    while (q.next()) {
        if (auto doc = objectFromText(*this, q.value(0).toString(), "experiments"))
            result.append(std::move(*doc));
    }
    return result;
}

std::optional<QJsonObject> DataStore::experiment(const QString &appId, const QString &id) const
{
    const Statement lease =
        statement(QStringLiteral("SELECT doc FROM experiments WHERE app_id = ? AND id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return objectFromText(*this, q.value(0).toString(), "experiments");
    return std::nullopt;
}

Api::Result<void> DataStore::insertExperiment(const QString &appId, const QString &kind,
                                              const QJsonObject &doc)
{
    return exec(
        QStringLiteral("INSERT INTO experiments (app_id, id, kind, doc) VALUES (?, ?, ?, ?)"),
        {appId, doc.value(QStringLiteral("id")).toString(), kind, toText(doc)});
}

Api::Result<void> DataStore::updateExperiment(const QString &appId, const QJsonObject &doc)
{
    return exec(QStringLiteral("UPDATE experiments SET doc = ? WHERE app_id = ? AND id = ?"),
                {toText(doc), appId, doc.value(QStringLiteral("id")).toString()});
}

Api::Result<void> DataStore::deleteExperiment(const QString &appId, const QString &id)
{
    for (const RunRecord &run : experimentRuns(appId, id)) {
        if (auto deleted = deleteRun(run.info.id); !deleted)
            return deleted;
    }
    return exec(QStringLiteral("DELETE FROM experiments WHERE app_id = ? AND id = ?"), {appId, id});
}

QList<RunRecord> DataStore::experimentRuns(const QString &appId, const QString &experimentId) const
{
    // Oldest first, as they were requested.
    QList<RunRecord> result;
    const Statement lease = statement(
        QStringLiteral("SELECT %1 FROM runs WHERE app_id = ? AND experiment_id = ? ORDER BY seq")
            .arg(QLatin1String(runColumns)));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(experimentId);
    execRead(q);
    while (q.next()) {
        if (auto run = runFromQuery(*this, q))
            result.append(std::move(*run));
    }
    return result;
}

ExperimentRunCounts DataStore::experimentRunCounts(const QString &appId,
                                                   const QString &experimentId) const
{
    ExperimentRunCounts counts;
    const Statement lease =
        statement(QStringLiteral("SELECT experiment_role, status, COUNT(*) FROM runs"
                                 " WHERE app_id = ? AND experiment_id = ?"
                                 " GROUP BY experiment_role, status"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    q.addBindValue(experimentId);
    execRead(q);
    while (q.next()) {
        const int count = q.value(2).toInt();
        counts.total += count;
        counts.byRole[q.value(0).toString()] += count;
        const auto status = Api::runStatusFromString(q.value(1).toString());
        if (status && Api::isTerminal(*status))
            counts.finished += count;
    }
    return counts;
}

// ---- Uploads --------------------------------------------------------------------------------

Api::Result<void> DataStore::insertUpload(const UploadRecord &upload)
{
    return exec(QStringLiteral("INSERT INTO uploads (id, app_id, kind, payload_ref, size,"
                               " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {upload.id, upload.appId, upload.kind, upload.payloadRef, upload.size,
                 msecs(upload.createdAt), msecs(upload.expiresAt)});
}

std::optional<UploadRecord> DataStore::upload(const QString &id) const
{
    const Statement lease = statement(
        QStringLiteral("SELECT id, app_id, kind, payload_ref, size, created_at, expires_at"
                       " FROM uploads WHERE id = ?"));
    QSqlQuery &q = *lease;
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return uploadFromQuery(q);
    return std::nullopt;
}

Api::Result<void> DataStore::setUploadPayload(const QString &id, const QString &payloadRef,
                                              qint64 size)
{
    return exec(QStringLiteral("UPDATE uploads SET payload_ref = ?, size = ? WHERE id = ?"),
                {payloadRef, size, id});
}

std::optional<UploadRecord> DataStore::latestBinaryUpload(const QString &appId) const
{
    const Statement lease = statement(
        QStringLiteral("SELECT id, app_id, kind, payload_ref, size, created_at, expires_at"
                       " FROM uploads WHERE app_id = ? AND kind = 'binary'"
                       " AND payload_ref != '' ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    QSqlQuery &q = *lease;
    q.addBindValue(appId);
    if (execRead(q) && q.next())
        return uploadFromQuery(q);
    return std::nullopt;
}

} // namespace Server
