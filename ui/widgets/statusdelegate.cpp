// Paints a run's status as a coloured dot and word.
#include "statusdelegate.h"

#include "api/dto/run.h"
#include "models/runs/runlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

QColor StatusDelegate::colorFor(int status)
{
    switch (Api::RunStatus(status)) {
    case Api::RunStatus::Succeeded:
        return QColor(0x2e, 0xa0, 0x43);
    case Api::RunStatus::Failed:
        return QColor(0xd9, 0x3f, 0x3f);
    case Api::RunStatus::Running:
        return QColor(0x2f, 0x80, 0xed);
    case Api::RunStatus::Queued:
        return QColor(0xc9, 0x8a, 0x10);
    case Api::RunStatus::Canceled:
    case Api::RunStatus::None:
    case Api::RunStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for the dot and its spacing next to the word.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() + 6;
    return size;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor color = colorFor(index.data(Models::RunListModel::StatusRole).toInt());
    const int dot = opt.fontMetrics.height() / 2;
    const QRect area = opt.rect.adjusted(dot / 2 + 2, 0, 0, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QRect(area.left(), area.center().y() - dot / 2, dot, dot));
    painter->setPen(opt.state & QStyle::State_Selected
                        ? opt.palette.color(QPalette::HighlightedText)
                        : opt.palette.color(QPalette::Text));
    painter->drawText(area.adjusted(dot + dot / 2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      text);
    painter->restore();
}

} // namespace Ui
