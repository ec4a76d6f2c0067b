// Diff rows tinted by kind.
#include "ui/compare/diffcolours.h"

namespace Ui {

DiffColours::DiffColours(int kindRole, TintOf tintOf, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_kindRole(kindRole)
    , m_tintOf(std::move(tintOf))
{
}

QVariant DiffColours::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole)
        return QIdentityProxyModel::data(index, role);
    const std::optional<Tint> tint = m_tintOf(index.data(m_kindRole).toInt());
    if (!tint)
        return QIdentityProxyModel::data(index, role);
    QColor colour;
    switch (*tint) {
    case Tint::Removed:
        colour = QColor(220, 50, 47);
        break;
    case Tint::Added:
        colour = QColor(40, 160, 60);
        break;
    case Tint::Moved:
        colour = QColor(38, 120, 210);
        break;
    case Tint::Changed:
        colour = QColor(220, 160, 0);
        break;
    }
    colour.setAlpha(56);
    return colour;
}

} // namespace Ui
