// API keys in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Store). Where no keychain answers, it says so once and keeps keys for this
// session only, never in a file.
#pragma once

#include "api/session/keystore.h"

namespace Ui {

class KeychainKeyStore final : public Api::KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    explicit KeychainKeyStore(QObject *parent = nullptr);

    bool isPersistent() const override { return m_available; }
    void readKey(const QString &profile, QObject *context,
                 std::function<void(const Api::Result<QByteArray> &)> done) override;
    void writeKey(const QString &profile, const QByteArray &key, QObject *context,
                  std::function<void(const Api::Result<void> &)> done) override;
    void deleteKey(const QString &profile) override;

Q_SIGNALS:
    // The keychain failed: from now on keys live only as long as the console runs.
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    Api::SessionKeyStore m_session;
    bool m_available = true;
};

} // namespace Ui
