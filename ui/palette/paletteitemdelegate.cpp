// Paints a command palette row.
#include "paletteitemdelegate.h"

#include "models/palette/commandpalettemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Ui {

namespace {

using Model = Models::CommandPaletteModel;

// Space around and between the lines, from the font so that it scales with it.
int padding(const QFontMetrics &metrics)
{
    return std::max(1, metrics.height() / 4);
}

// `text` on one line in `rect`, elided, with the characters at `positions` in bold.
void drawMatched(QPainter *painter, const QRect &rect, const QString &text,
                 const QList<int> &positions, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    // Elided as if all bold, so that stressing characters never pushes the text out.
    const QString shown = QFontMetrics(bold).elidedText(text, Qt::ElideRight, rect.width());
    const int kept = shown == text ? int(text.size()) : int(shown.size()) - 1;
    QList<QTextLayout::FormatRange> ranges;
    QTextCharFormat stressed;
    stressed.setFontWeight(QFont::Bold);
    for (const int position : positions) {
        if (position >= kept)
            break;
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == position)
            ++ranges.last().length;
        else
            ranges.append({position, 1, stressed});
    }
    QTextLayout layout(shown, font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    layout.draw(painter, rect.topLeft());
}

} // namespace

void PaletteItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QFontMetrics metrics(option.font);
    const int space = padding(metrics);
    const QRect inner = option.rect.adjusted(space, space, -space, -space);
    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.65f);

    painter->save();
    painter->setClipRect(option.rect);
    const QString kind = index.data(Model::KindTextRole).toString();
    const int kindWidth = metrics.horizontalAdvance(kind);
    painter->setFont(option.font);
    painter->setPen(dimColor);
    const QRect firstLine(inner.left(), inner.top(), inner.width(), metrics.height());
    painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, kind);

    painter->setPen(textColor);
    drawMatched(painter, firstLine.adjusted(0, 0, -(kindWidth + 2 * space), 0),
                index.data(Qt::DisplayRole).toString(),
                index.data(Model::TitlePositionsRole).value<QList<int>>(), option.font);
    painter->setPen(dimColor);
    const QRect secondLine(inner.left(), firstLine.bottom() + 1 + space / 2, inner.width(),
                           metrics.height());
    drawMatched(painter, secondLine, index.data(Model::DetailRole).toString(),
                index.data(Model::DetailPositionsRole).value<QList<int>>(), option.font);
    painter->restore();
}

QSize PaletteItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    const int space = padding(metrics);
    return {metrics.averageCharWidth() * 40, 2 * metrics.height() + space / 2 + 2 * space};
}

} // namespace Ui
