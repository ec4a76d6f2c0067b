// API keys in the OS keychain, with a clearly labelled session-only fallback.
#include "keychainkeystore.h"

#include <qt6keychain/keychain.h>

namespace Ui {

namespace {
const QString serviceName = QStringLiteral("NextDesk");

bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
        error == QKeychain::OtherError || error == QKeychain::AccessDeniedByUser;
}
} // namespace

KeychainKeyStore::KeychainKeyStore(QObject *parent)
    : Api::KeyStore(parent)
{
}

void KeychainKeyStore::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT keychainUnavailable(reason);
}

void KeychainKeyStore::readKey(const QString &profile, QObject *context,
                               std::function<void(const Api::Result<QByteArray> &)> done)
{
    if (!m_available) {
        m_session.readKey(profile, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, context, [this, job, profile, context, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData().isEmpty() ? job->textData().toUtf8() : job->binaryData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(Api::Error::validation(tr("No API key is stored for '%1'.").arg(profile)));
        } else {
            if (keychainMissing(job->error()))
                markUnavailable(job->errorString());
            m_session.readKey(profile, context, done);
        }
    });
    job->start();
}

void KeychainKeyStore::writeKey(const QString &profile, const QByteArray &key, QObject *context,
                                std::function<void(const Api::Result<void> &)> done)
{
    if (!m_available) {
        m_session.writeKey(profile, key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setKey(profile);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, context, [this, job, profile, key, context, done] {
        if (job->error() == QKeychain::NoError) {
            done({});
            return;
        }
        if (keychainMissing(job->error()))
            markUnavailable(job->errorString());
        m_session.writeKey(profile, key, context, done);
    });
    job->start();
}

void KeychainKeyStore::deleteKey(const QString &profile)
{
    m_session.deleteKey(profile);
    if (!m_available)
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setKey(profile);
    job->start();
}

} // namespace Ui
