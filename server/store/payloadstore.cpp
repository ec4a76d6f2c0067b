// Payload storage split between SQLite (small) and files (large).
#include "payloadstore.h"

#include "datastore.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Server {

namespace {

const QLatin1String blobPrefix("blob:");
const QLatin1String filePrefix("file:");

QString uniqueName(const QString &hint)
{
    return hint + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

PayloadStore::PayloadStore(DataStore &store, qint64 inlineLimit)
    : m_store(store)
    , m_inlineLimit(inlineLimit)
{
}

QString PayloadStore::appFolder(const QString &appId) const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("payloads/") + appId);
}

QString PayloadStore::scratchPath(const QString &name) const
{
    const QString dir = QDir(m_store.dataDir()).filePath(QStringLiteral("scratch"));
    PrivateFiles::makePath(dir);
    return QDir(dir).filePath(name);
}

Api::Result<QString> PayloadStore::store(const QString &appId, const QByteArray &data,
                                         const QString &nameHint)
{
    if (data.size() <= m_inlineLimit) {
        const DataStore::Statement lease = m_store.statement(QStringLiteral("INSERT INTO blobs (app_id, data) VALUES (?, ?)"));
        QSqlQuery &q = *lease;
        q.addBindValue(appId);
        // An empty upload is an empty payload; a null QByteArray would bind as SQL NULL, which
        // the NOT NULL column refuses.
        q.addBindValue(data.isNull() ? QByteArray("") : data);
        if (!q.exec())
            return Api::Error::io(QStringLiteral("storage error: %1").arg(q.lastError().text()));
        return blobPrefix + QString::number(q.lastInsertId().toLongLong());
    }
    PrivateFiles::makePath(appFolder(appId));
    const QString relative = QStringLiteral("payloads/%1/%2").arg(appId, uniqueName(nameHint));
    QSaveFile file(QDir(m_store.dataDir()).filePath(relative));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(data) != data.size() || !file.commit())
        return Api::Error::io(QStringLiteral("cannot write payload: %1").arg(file.errorString()));
    return filePrefix + relative;
}

Api::Result<QString> PayloadStore::adoptFile(const QString &appId, const QString &path,
                                             const QString &nameHint)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Api::Error::io(QStringLiteral("payload file %1 is missing").arg(path));
    if (info.size() <= m_inlineLimit) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Api::Error::io(file.errorString());
        const QByteArray data = file.readAll();
        file.close();
        auto ref = store(appId, data, nameHint);
        if (ref)
            QFile::remove(path);
        return ref;
    }
    PrivateFiles::makePath(appFolder(appId));
    const QString relative = QStringLiteral("payloads/%1/%2").arg(appId, uniqueName(nameHint));
    const QString target = QDir(m_store.dataDir()).filePath(relative);
    if (!QFile::rename(path, target))
        return Api::Error::io(QStringLiteral("cannot move payload %1 into the store").arg(path));
    PrivateFiles::restrict(target);
    return filePrefix + relative;
}

Api::Result<QByteArray> PayloadStore::read(const QString &ref) const
{
    if (ref.startsWith(blobPrefix)) {
        const DataStore::Statement lease = m_store.statement(QStringLiteral("SELECT data FROM blobs WHERE id = ?"));
        QSqlQuery &q = *lease;
        q.addBindValue(ref.mid(blobPrefix.size()).toLongLong());
        if (q.exec() && q.next())
            return q.value(0).toByteArray();
        return Api::Error::io(QStringLiteral("stored payload %1 is missing").arg(ref));
    }
    QFile file(filePath(ref));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return Api::Error::io(QStringLiteral("stored payload %1 is missing").arg(ref));
    return file.readAll();
}

QString PayloadStore::filePath(const QString &ref) const
{
    if (!ref.startsWith(filePrefix))
        return {};
    return QDir(m_store.dataDir()).filePath(ref.mid(filePrefix.size()));
}

qint64 PayloadStore::size(const QString &ref) const
{
    if (ref.startsWith(blobPrefix)) {
        const DataStore::Statement lease = m_store.statement(QStringLiteral("SELECT length(data) FROM blobs WHERE id = ?"));
        QSqlQuery &q = *lease;
        q.addBindValue(ref.mid(blobPrefix.size()).toLongLong());
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    return QFileInfo(filePath(ref)).size();
}

void PayloadStore::removeApplication(const QString &appId)
{
    QDir(appFolder(appId)).removeRecursively();
}

} // namespace Server
