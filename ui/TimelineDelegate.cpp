#include "TimelineDelegate.h"

#include "NetworkPalette.h"
#include "ServiceLevels.h"
#include "TimelineModel.h"

#include <QApplication>
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
    if (index.column() == TimelineModel::StatusColumn &&
        index.data(TimelineModel::LoadedRole).toBool() &&
        SlaState(index.data(TimelineModel::SlaStateRole).toInt()) != SlaState::None) {
        paintStatusWithClock(painter, option, index);
        return;
    }
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

void TimelineDelegate::paintStatusWithClock(QPainter *painter, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString status = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const auto state = SlaState(index.data(TimelineModel::SlaStateRole).toInt());
    QString symbol;
    QColor fill;
    QColor ink;
    switch (state) {
    case SlaState::OnTime:
        symbol = QStringLiteral("\u25F7"); // a clock face: time is running, no hurry
        ink = QColor(0x1e, 0x84, 0x49);
        break;
    case SlaState::DueSoon:
        symbol = QStringLiteral("\u26A0");
        fill = QColor(0xf3, 0x9c, 0x12);
        ink = Qt::black;
        break;
    case SlaState::Breached:
        symbol = QStringLiteral("\u2716");
        fill = QColor(0xc0, 0x39, 0x2b);
        ink = Qt::white;
        break;
    case SlaState::None:
        break;
    }
    const QString badge =
        symbol + QLatin1Char(' ') + index.data(TimelineModel::DueLabelRole).toString();
    QFont badgeFont = opt.font;
    badgeFont.setItalic(false);
    badgeFont.setBold(state == SlaState::Breached);
    const QFontMetrics badgeMetrics(badgeFont);
    const QRect cell = option.rect.adjusted(4, 0, -3, 0);
    const int badgeWidth =
        std::min(badgeMetrics.horizontalAdvance(badge) + 10, cell.width() / 2 + 20);
    const QRect badgeRect(cell.right() - badgeWidth + 1, cell.top() + 3, badgeWidth,
                          cell.height() - 6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(cell.left(), cell.top(), badgeRect.left() - cell.left() - 4,
                         cell.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(status, Qt::ElideRight, textRect.width()));
    if (fill.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badgeRect, 4, 4);
    } else if (selected) {
        ink = opt.palette.color(QPalette::HighlightedText);
    }
    painter->setFont(badgeFont);
    painter->setPen(ink);
    painter->drawText(badgeRect, Qt::AlignCenter,
                      badgeMetrics.elidedText(badge, Qt::ElideRight, badgeRect.width() - 4));
    painter->restore();
}

} // namespace sportello
