// Shows what the comparison models mark: cells of rows where runs differ on a tinted
// background, the best value of a row in bold. Colours follow the palette (light or dark).
#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

namespace Ui {

class ComparisonHighlight final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonHighlight)

public:
    explicit ComparisonHighlight(QObject *parent = nullptr);

    void setPalette(const QPalette &palette);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QColor m_differs;
};

} // namespace Ui
