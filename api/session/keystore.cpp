// Key storage for the session only.
#include "keystore.h"

#include <QTimer>

namespace Api {

void SessionKeyStore::readKey(const QString &profile, QObject *context,
                              std::function<void(const Result<QByteArray> &)> done)
{
    const auto it = m_keys.constFind(profile);
    Result<QByteArray> result = it != m_keys.constEnd()
        ? Result<QByteArray>(it.value())
        : Result<QByteArray>(Error::validation(tr("No API key is stored for '%1'.").arg(profile)));
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void SessionKeyStore::writeKey(const QString &profile, const QByteArray &key, QObject *context,
                               std::function<void(const Result<void> &)> done)
{
    m_keys.insert(profile, key);
    QTimer::singleShot(0, context, [done] { done(Result<void>()); });
}

} // namespace Api
