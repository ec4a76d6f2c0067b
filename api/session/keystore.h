// Where API keys live: behind this interface, the OS keychain (ui/keychainkeystore) or, where no
// keychain is available, memory for this session only. Never QSettings, never logs.
#pragma once

#include "api/wire/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Api {

class KeyStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when keys are forgotten at exit (no keychain): the UI says so.
    virtual bool isPersistent() const = 0;
    // Reads are asynchronous because keychains may ask the user to unlock them.
    virtual void readKey(const QString &profile, QObject *context,
                         std::function<void(const Result<QByteArray> &)> done) = 0;
    virtual void writeKey(const QString &profile, const QByteArray &key, QObject *context,
                          std::function<void(const Result<void> &)> done) = 0;
    virtual void deleteKey(const QString &profile) = 0;
};

class SessionKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeyStore)

public:
    using KeyStore::KeyStore;

    bool isPersistent() const override { return false; }
    void readKey(const QString &profile, QObject *context,
                 std::function<void(const Result<QByteArray> &)> done) override;
    void writeKey(const QString &profile, const QByteArray &key, QObject *context,
                  std::function<void(const Result<void> &)> done) override;
    void deleteKey(const QString &profile) override { m_keys.remove(profile); }

private:
    QHash<QString, QByteArray> m_keys;
};

} // namespace Api
