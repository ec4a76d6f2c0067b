// Run inputs/outputs, managed inputs and uploads: small payloads live in SQLite, large ones as
// files under <data-dir>/payloads/<app>/ so they can be streamed without loading them.
// A reference is "blob:<rowid>" or "file:<path relative to the data dir>".
#pragma once

#include "api/wire/result.h"

#include <QString>

namespace Server {

class DataStore;

class PayloadStore
{
    Q_DISABLE_COPY_MOVE(PayloadStore)

public:
    static constexpr qint64 defaultInlineLimit = 256 * 1024;

    explicit PayloadStore(DataStore &store, qint64 inlineLimit = defaultInlineLimit);

    // Payloads up to this size are kept in SQLite, larger ones as files.
    qint64 inlineLimit() const { return m_inlineLimit; }

    Api::Result<QString> store(const QString &appId, const QByteArray &data,
                               const QString &nameHint);
    // Takes over a finished file (moved, not copied); small files go into SQLite instead.
    Api::Result<QString> adoptFile(const QString &appId, const QString &path,
                                   const QString &nameHint);
    Api::Result<QByteArray> read(const QString &ref) const;
    QString filePath(const QString &ref) const; // empty for blob references
    qint64 size(const QString &ref) const;
    void removeApplication(const QString &appId);

    // Folder for files being written (run output, uploads in progress).
    QString scratchPath(const QString &name) const;

private:
    QString appFolder(const QString &appId) const;

    DataStore &m_store;
    const qint64 m_inlineLimit;
};

} // namespace Server
