#pragma once

#include "InboundItem.h"

// Small builders for inbound items, so each test says only what matters to it.
namespace sportello::testing {

inline InboundItem item(const QString &networkId, const QString &authorId, const QString &text,
                        const QDateTime &time, Network network = Network::X,
                        Visibility visibility = Visibility::Public)
{
    InboundItem i;
    i.network = network;
    i.account =
        network == Network::X ? QStringLiteral("@BancaEsempio") : QStringLiteral("BancaEsempio");
    i.networkId = networkId;
    i.conversationId = networkId;
    i.author = {authorId, QStringLiteral("@") + authorId, authorId};
    i.visibility = visibility;
    i.text = text;
    i.time = time;
    return i;
}

inline QDateTime at(int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0).addSecs(minute * 60 + second),
                     Qt::OffsetFromUTC, 3600);
}

} // namespace sportello::testing
