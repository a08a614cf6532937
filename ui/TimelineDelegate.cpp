#include "TimelineDelegate.h"

#include "NetworkPalette.h"
#include "TimelineModel.h"

#include <QPainter>

namespace sportello {

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(TimelineModel::LoadedRole).toBool())
        return;
    const auto status = statusFromKey(index.data(TimelineModel::StatusRole).toString());
    if (status == CaseStatus::New)
        option->font.setBold(true);
    if (index.column() == TimelineModel::StatusColumn && status &&
        !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, NetworkPalette::status(*status));
    if (index.column() == TimelineModel::NetworkColumn)
        option->rect.adjust(14, 0, 0, 0);
    if (index.data(TimelineModel::DirectionRole).toString() == QLatin1String("out"))
        option->font.setItalic(true);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() != TimelineModel::NetworkColumn ||
        !index.data(TimelineModel::LoadedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection over the whole cell, then the stripe and the dot.
    QStyledItemDelegate::paint(painter, option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto priority = Priority(index.data(TimelineModel::PriorityRole).toInt());
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                      NetworkPalette::priority(priority));
    const QColor dot = NetworkPalette::network(index.data(TimelineModel::NetworkRole).toString());
    painter->setBrush(dot);
    painter->setPen(Qt::NoPen);
    const int d = 8;
    painter->drawEllipse(QRect(option.rect.left() + 7, option.rect.center().y() - d / 2 + 1, d, d));
    painter->restore();
}

} // namespace sportello
