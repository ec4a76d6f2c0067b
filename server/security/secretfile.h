// Secrets kept in the data dir (the API key, the URL-signing key): generated on first use and
// written with owner-only permissions.
#pragma once

#include "api/wire/result.h"

#include <QByteArray>
#include <QString>

namespace Server {

class SecretFile
{
public:
    // Reads the secret at path, creating it with a fresh random value when missing.
    static Api::Result<QByteArray> loadOrCreate(const QString &path, const QByteArray &prefix);
    // Reads an existing secret; an error when it is missing.
    static Api::Result<QByteArray> load(const QString &path);
    static QByteArray randomToken(int bytes);
};

} // namespace Server
