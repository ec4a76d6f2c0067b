// Pre-signed URLs with an expiry and an HMAC.
#include "urlsigner.h"

#include <QMessageAuthenticationCode>

namespace Server {

UrlSigner::UrlSigner(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray UrlSigner::signature(const QByteArray &method, const QString &path, qint64 expires) const
{
    const QByteArray message = method + '\n' + path.toUtf8() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString UrlSigner::sign(const QByteArray &method, const QString &path,
                        const QDateTime &expires) const
{
    const qint64 seconds = expires.toSecsSinceEpoch();
    return QStringLiteral("%1?expires=%2&signature=%3")
        .arg(path)
        .arg(seconds)
        .arg(QString::fromLatin1(signature(method, path, seconds)));
}

UrlSigner::Verdict UrlSigner::verify(const QByteArray &method, const QString &path,
                                     const QUrlQuery &query) const
{
    bool ok = false;
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray given = query.queryItemValue(QStringLiteral("signature")).toLatin1();
    if (!ok || given.isEmpty())
        return Verdict::Invalid;
    const QByteArray expected = signature(method, path, expires);
    if (given.size() != expected.size())
        return Verdict::Invalid;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ expected[i]);
    if (diff != 0)
        return Verdict::Invalid;
    if (QDateTime::currentSecsSinceEpoch() > expires)
        return Verdict::Expired;
    return Verdict::Valid;
}

} // namespace Server
