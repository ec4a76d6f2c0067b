// GETs sent before anything asks for them.
#include "earlyreplies.h"

#include <QNetworkReply>
#include <QTimer>

namespace Api {

void EarlyReplies::add(QNetworkReply *reply)
{
    const QUrl url = reply->request().url();
    reply->setParent(this);
    if (QNetworkReply *older = m_replies.value(url))
        drop(url, older);
    m_replies.insert(url, reply);
    // The reply as context: once taken and deleted by its call, the timer goes with it.
    QTimer::singleShot(keepMs, reply, [this, url, reply] { drop(url, reply); });
}

QNetworkReply *EarlyReplies::take(const QUrl &url)
{
    QNetworkReply *reply = m_replies.take(url);
    if (reply)
        reply->setParent(nullptr);
    return reply;
}

void EarlyReplies::drop(const QUrl &url, QNetworkReply *reply)
{
    if (m_replies.value(url) != reply)
        return; // taken meanwhile: its call's now
    m_replies.remove(url);
    reply->abort();
    reply->deleteLater();
}

} // namespace Api
