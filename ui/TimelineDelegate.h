#pragma once

#include <QStyledItemDelegate>

namespace sportello {

// Paints a timeline cell: a priority stripe and network dot in the first column, the status
// in its colour with the case's service-level clock beside it (a symbol and a time, never
// colour alone), new cases in bold. Text is always drawn as plain text.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatusWithClock(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const;
};

} // namespace sportello
