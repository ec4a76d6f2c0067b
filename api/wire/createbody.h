// What every create the console sends carries, as Nextmv's SDK does: an ID (made up as
// "<prefix>-<random>" when the user gave none) and a name (the ID when empty). The cloud may
// refuse creates without them.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Api {

// "<prefix>-" and 8 random lowercase letters and digits, e.g. "input-set-k3x9q2ab".
QString newEntityId(const QString &prefix);
// Fills "id" and "name" where they are missing or empty.
void completeIdAndName(QJsonObject &body, const QString &idPrefix);

} // namespace Api
