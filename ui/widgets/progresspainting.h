// Paints a progress bar inside an item view cell in the current style, for the delegates that
// show progress (transfers, running experiments).
#pragma once

#include <QString>

class QPainter;
class QRect;
class QStyleOptionViewItem;

namespace Ui {

// `percent` in 0..100, or negative for a "busy" bar without a known end.
void paintProgressBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                      int percent, const QString &text);

} // namespace Ui
