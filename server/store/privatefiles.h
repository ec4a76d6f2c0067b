// The data dir is its owner's alone: payloads, logs and app code may hold customer data. These
// create and fix up its folders and files owner-only, whatever the process umask.
#pragma once

#include <QFileDevice>
#include <QString>

namespace Server::PrivateFiles {

// Like QDir::mkpath, but the levels it creates are 0700 (existing ones are left as they are).
bool makePath(const QString &path);
// The permissions without any group or other bits.
QFileDevice::Permissions ownerOnly(QFileDevice::Permissions permissions);
// Takes group and other permissions away from an existing file or folder.
void restrict(const QString &path);

} // namespace Server::PrivateFiles
