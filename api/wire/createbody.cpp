// IDs and names for creates.
#include "createbody.h"

#include <QRandomGenerator>

namespace Api {

QString newEntityId(const QString &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix + QLatin1Char('-');
    for (int i = 0; i < 8; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

void completeIdAndName(QJsonObject &body, const QString &idPrefix)
{
    QString id = body.value(QStringLiteral("id")).toString().trimmed();
    if (id.isEmpty()) {
        id = newEntityId(idPrefix);
        body.insert(QStringLiteral("id"), id);
    }
    if (body.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        body.insert(QStringLiteral("name"), id);
}

} // namespace Api
