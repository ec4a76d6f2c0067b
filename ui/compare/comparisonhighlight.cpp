// Differences tinted, best values bold.
#include "ui/compare/comparisonhighlight.h"

#include "models/compare/comparedruns.h"

#include <QFont>
#include <QGuiApplication>

namespace Ui {

ComparisonHighlight::ComparisonHighlight(QObject *parent)
    : QIdentityProxyModel(parent)
{
    setPalette(QGuiApplication::palette());
}

void ComparisonHighlight::setPalette(const QPalette &palette)
{
    // The selection colour, faint: readable on light and dark bases alike.
    m_differs = palette.color(QPalette::Highlight);
    m_differs.setAlpha(48);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole});
}

QVariant ComparisonHighlight::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.data(Models::CompareRoles::DiffersRole).toBool())
        return m_differs;
    if (role == Qt::FontRole && index.data(Models::CompareRoles::BestRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Ui
