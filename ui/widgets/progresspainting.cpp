// Paints a progress bar inside an item view cell.
#include "progresspainting.h"

#include <QApplication>
#include <QStyleOptionViewItem>

namespace Ui {

void paintProgressBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                      int percent, const QString &text)
{
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionProgressBar bar;
    bar.rect = rect;
    bar.minimum = 0;
    bar.maximum = percent < 0 ? 0 : 100; // 0..0 draws a "busy" bar
    bar.progress = std::max(0, percent);
    bar.textVisible = !text.isEmpty();
    bar.text = text;
    bar.state = option.state | QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace Ui
