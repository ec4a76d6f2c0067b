// Pre-signed URLs: upload and download links carry an expiry and an HMAC of method + path +
// expiry instead of the Bearer key, as cloud storage links do.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrlQuery>

namespace Server {

class UrlSigner
{
public:
    explicit UrlSigner(QByteArray secret);

    // Returns "path?expires=...&signature=..." for the given method.
    QString sign(const QByteArray &method, const QString &path, const QDateTime &expires) const;
    enum class Verdict { Valid, Expired, Invalid };
    Verdict verify(const QByteArray &method, const QString &path, const QUrlQuery &query) const;

private:
    QByteArray signature(const QByteArray &method, const QString &path, qint64 expires) const;

    const QByteArray m_secret;
};

} // namespace Server
