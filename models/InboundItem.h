#pragma once

#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sportello {

struct Author
{
    QString id;     // the network's stable id for the person
    QString handle; // what the network shows (@name, page-scoped name, phone number)
    QString name;   // display name
};

// One message as every connector hands it over, whatever its network's own format.
// This is also the JSON Lines format of `sportello-cli import` (see the README).
struct InboundItem
{
    Network network = Network::X;
    QString account;        // the bank's account handle on that network
    QString networkId;      // unique per account
    QString conversationId; // thread root or private conversation
    QString replyTo;        // network id of the message this answers
    Author author;
    Visibility visibility = Visibility::Public;
    Direction direction = Direction::Inbound;
    QString text;
    QDateTime time;      // with the offset it was written in
    QString customerRef; // the bank's own id for the person, when known: links identities
    QByteArray raw;      // the network's payload, kept for audit and re-processing

    // Reads one item; on failure says which field is wrong and why.
    static Result<InboundItem> fromJson(const QJsonObject &object);
    static Result<InboundItem> fromJsonLine(const QByteArray &line);
    QJsonObject toJson() const;
};

} // namespace sportello

Q_DECLARE_METATYPE(sportello::InboundItem)
