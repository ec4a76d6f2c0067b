// Paints a run's status as a coloured dot and word, so a table of runs reads at a glance;
// colours are chosen to stay readable in light and dark palettes.
#pragma once

#include <QStyledItemDelegate>

namespace Ui {

class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorFor(int status);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ui
