// Secrets kept in the data dir with owner-only permissions.
#include "secretfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Server {

QByteArray SecretFile::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Api::Result<QByteArray> SecretFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Api::Error::io(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray value = file.readAll().trimmed();
    if (value.isEmpty())
        return Api::Error::io(QStringLiteral("%1 is empty").arg(path));
    return value;
}

Api::Result<QByteArray> SecretFile::loadOrCreate(const QString &path, const QByteArray &prefix)
{
    if (QFile::exists(path))
        return load(path);
    const QByteArray value = prefix + randomToken(32);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Api::Error::io(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Restrict before the secret is written, so it is never readable by others.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(value + '\n');
    if (!file.commit())
        return Api::Error::io(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return value;
}

} // namespace Server
