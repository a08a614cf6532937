#pragma once

#include <QStyledItemDelegate>

namespace sportello {

// One message as a bubble: the customer's on the left, the bank's on the right, a header with
// author, channel and time. The body is laid out as plain text, so markup a customer wrote
// is shown as the characters they typed.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString headerText(const QModelIndex &index);

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace sportello
