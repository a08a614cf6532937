#include "NetworkPalette.h"

namespace sportello {

QColor NetworkPalette::network(Network n)
{
    switch (n) {
    case Network::X:
        return QColor(0x33, 0x33, 0x33);
    case Network::Facebook:
        return QColor(0x18, 0x77, 0xf2);
    case Network::Instagram:
        return QColor(0xc1, 0x35, 0x84);
    case Network::Messenger:
        return QColor(0x00, 0x84, 0xff);
    case Network::WhatsApp:
        return QColor(0x1f, 0xa8, 0x55);
    case Network::Telegram:
        return QColor(0x22, 0x9e, 0xd9);
    case Network::Mastodon:
        return QColor(0x63, 0x64, 0xff);
    case Network::Bluesky:
        return QColor(0x00, 0x85, 0xff);
    }
    return Qt::gray;
}

QColor NetworkPalette::network(const QString &key)
{
    return network(networkFromKey(key).value_or(Network::X));
}

QColor NetworkPalette::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
        return QColor(0xc0, 0x39, 0x2b);
    case CaseStatus::Open:
        return QColor(0xd3, 0x84, 0x00);
    case CaseStatus::Waiting:
        return QColor(0x7f, 0x8c, 0x8d);
    case CaseStatus::Escalated:
        return QColor(0x8e, 0x44, 0xad);
    case CaseStatus::Resolved:
        return QColor(0x27, 0xae, 0x60);
    case CaseStatus::Closed:
        return QColor(0x55, 0x55, 0x55);
    }
    return Qt::gray;
}

QColor NetworkPalette::priority(Priority p)
{
    switch (p) {
    case Priority::Low:
        return QColor(0xbd, 0xc3, 0xc7);
    case Priority::Normal:
        return QColor(0x34, 0x98, 0xdb);
    case Priority::High:
        return QColor(0xe6, 0x7e, 0x22);
    case Priority::Urgent:
        return QColor(0xe7, 0x4c, 0x3c);
    }
    return Qt::gray;
}

} // namespace sportello
