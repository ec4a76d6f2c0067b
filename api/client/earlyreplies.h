// GETs sent before anything asks for them, for the first call to the same URL to take instead
// of sending its own. The console sends the GETs its window makes first while the window is
// still being built: start-up otherwise waited a round trip behind about 15 ms of widgets.
// A reply is taken once; one nothing asked for within keepMs is dropped.
#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkReply;

namespace Api {

class EarlyReplies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EarlyReplies)

public:
    static constexpr int keepMs = 10000;

    using QObject::QObject;

    // Keeps the reply (as its parent) for a call to the reply's URL.
    void add(QNetworkReply *reply);
    // The reply for `url`, the caller's from now on; nullptr when there is none.
    QNetworkReply *take(const QUrl &url);

private:
    void drop(const QUrl &url, QNetworkReply *reply);

    QHash<QUrl, QNetworkReply *> m_replies;
};

} // namespace Api
