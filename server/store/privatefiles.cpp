// Owner-only folders and files in the data dir.
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Server::PrivateFiles {

bool makePath(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    if (info.isDir())
        return true;
    const QString parent = info.path();
    if (parent != info.filePath() && !makePath(parent))
        return false;
    return QDir().mkdir(info.filePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
        QFileInfo(info.filePath()).isDir(); // made meanwhile by someone else
}

QFileDevice::Permissions ownerOnly(QFileDevice::Permissions permissions)
{
    return permissions &
        (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
         QFile::WriteUser | QFile::ExeUser);
}

void restrict(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, ownerOnly(QFile::permissions(path)));
}

} // namespace Server::PrivateFiles
