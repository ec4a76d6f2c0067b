// API keys in the OS keychain: stored and read back by a new store (persisted) when a keychain
// answers; with none, one clear "session only" notice and the key still works until exit.
// NEXTDESK_EXPECT_KEYCHAIN=1 says which case this process is in (CTest runs both).
#include "ui/keychainkeystore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

Api::Result<QByteArray> readBack(Api::KeyStore &store, const QString &profile)
{
    std::optional<Api::Result<QByteArray>> result;
    QObject context;
    store.readKey(profile, &context, [&](const Api::Result<QByteArray> &r) { result = r; });
    for (int i = 0; i < 1000 && !result; ++i)
        QTest::qWait(10);
    return result.value_or(Api::Result<QByteArray>(Api::Error::io(QStringLiteral("no answer"))));
}

bool write(Api::KeyStore &store, const QString &profile, const QByteArray &key)
{
    std::optional<bool> ok;
    QObject context;
    store.writeKey(profile, key, &context, [&](const Api::Result<void> &r) { ok = r.ok(); });
    for (int i = 0; i < 1000 && !ok; ++i)
        QTest::qWait(10);
    return ok.value_or(false);
}

} // namespace

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndReadsBack()
    {
        const bool expectKeychain = qgetenv("NEXTDESK_EXPECT_KEYCHAIN") == "1";
        const QString profile =
            QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
        Ui::KeychainKeyStore store;
        QSignalSpy unavailable(&store, &Ui::KeychainKeyStore::keychainUnavailable);
        QVERIFY(write(store, profile, "secret-key-1"));
        const auto read = readBack(store, profile);
        QVERIFY(read);
        QCOMPARE(read.value(), QByteArray("secret-key-1"));

        if (expectKeychain) {
            QCOMPARE(unavailable.size(), 0);
            QVERIFY(store.isPersistent());
            Ui::KeychainKeyStore fresh; // as after a restart
            const auto again = readBack(fresh, profile);
            QVERIFY(again);
            QCOMPARE(again.value(), QByteArray("secret-key-1"));
            fresh.deleteKey(profile);
        } else {
            QCOMPARE(unavailable.size(), 1);
            QVERIFY(!store.isPersistent());
            QVERIFY(!unavailable.first().first().toString().isEmpty());
            // Unknown profiles are a clear "no key", not an empty key.
            QVERIFY(!readBack(store, QStringLiteral("never-stored")));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "tst_keychainkeystore.moc"
