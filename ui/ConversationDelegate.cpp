#include "ConversationDelegate.h"

#include "ConversationModel.h"
#include "Labels.h"
#include "NetworkPalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace sportello {
namespace {
constexpr int kMargin = 6;
constexpr int kPadding = 8;
constexpr int kIndent = 48; // how far the other side's bubbles stay from the edge
constexpr int kBodyFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;
} // namespace

QString ConversationDelegate::headerText(const QModelIndex &index)
{
    const auto network = networkFromKey(index.data(ConversationModel::NetworkRole).toString());
    const auto visibility =
        visibilityFromKey(index.data(ConversationModel::VisibilityRole).toString());
    const QDateTime at = index.data(ConversationModel::SentAtRole).toDateTime();
    QString header = QStringLiteral("%1 · %2 · %3 · %4")
                         .arg(index.data(ConversationModel::AuthorRole).toString(),
                              network ? Labels::network(*network) : QString(),
                              visibility ? Labels::visibility(*visibility) : QString(),
                              QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    if (!index.data(ConversationModel::InThisCaseRole).toBool())
        header +=
            QStringLiteral(" · ") + ConversationModel::tr("case %1").arg(
                                        index.data(ConversationModel::CaseIdRole).toLongLong());
    return header;
}

ConversationDelegate::Layout ConversationDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                             const QModelIndex &index) const
{
    const bool outbound =
        index.data(ConversationModel::DirectionRole).toString() == QLatin1String("out");
    const int width = std::max(120, option.rect.width() - kIndent - 2 * kMargin);
    const int left = option.rect.left() + kMargin + (outbound ? kIndent : 0);
    QFont headerFont = option.font;
    headerFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics hm(headerFont);
    const QFontMetrics bm(option.font);
    const int textWidth = width - 2 * kPadding;
    const QRect bodyBounds = bm.boundingRect(QRect(0, 0, textWidth, 100000), kBodyFlags,
                                             index.data(Qt::DisplayRole).toString());
    Layout l;
    const int top = option.rect.top() + kMargin;
    l.header = QRect(left + kPadding, top + kPadding, textWidth, hm.height());
    l.body = QRect(left + kPadding, l.header.bottom() + 4, textWidth, bodyBounds.height());
    l.bubble = QRect(left, top, width, l.body.bottom() - top + kPadding);
    return l;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.rect.width() <= 0)
        opt.rect.setWidth(400);
    const Layout l = layoutFor(opt, index);
    return QSize(opt.rect.width(), l.bubble.height() + 2 * kMargin);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layoutFor(opt, index);
    const bool outbound =
        index.data(ConversationModel::DirectionRole).toString() == QLatin1String("out");
    const bool inThisCase = index.data(ConversationModel::InThisCaseRole).toBool();
    const QColor accent =
        NetworkPalette::network(index.data(ConversationModel::NetworkRole).toString());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill =
        outbound ? opt.palette.color(QPalette::AlternateBase) : opt.palette.color(QPalette::Base);
    if (opt.state & QStyle::State_Selected)
        fill = opt.palette.color(QPalette::Highlight).lighter(180);
    painter->setPen(QPen(inThisCase ? accent : opt.palette.color(QPalette::Mid),
                         inThisCase ? 1.5 : 1, inThisCase ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, 8, 8);

    QFont headerFont = opt.font;
    headerFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    painter->setFont(headerFont);
    painter->setPen(accent.darker(120));
    painter->drawText(
        l.header, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(headerFont).elidedText(headerText(index), Qt::ElideRight, l.header.width()));
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(l.body, kBodyFlags, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace sportello
