// Paints a command palette row: the title with its matched characters in bold and the kind
// (Action, Run, …) on the right, the detail (ID, menu path, shortcut) dimmed beneath.
#pragma once

#include <QStyledItemDelegate>

namespace Ui {

class PaletteItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ui
