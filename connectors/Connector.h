#pragma once

#include "InboundItem.h"
#include "Records.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace sportello {

// Where a network said how much more it will take.
struct RateLimit
{
    int limit = -1; // requests in the window, -1 when the network does not say
    int remaining = -1;
    QDateTime resetsAt; // UTC
};

struct ConnectorError
{
    enum class Kind
    {
        Offline, // no route, DNS, connection refused or dropped: try again later
        Timeout,
        Unauthorized, // the token is wrong or revoked: a person must reconnect the account
        RateLimited,  // wait until retryAfter
        Server,       // 5xx: try again later
        BadResponse,  // the answer could not be understood: keep the cursor, report it
        Rejected,     // 4xx on our request: not worth repeating as is
    };
    Kind kind = Kind::Offline;
    QString message;
    QDateTime retryAfter; // UTC, when the network named one

    bool retryable() const
    {
        return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::RateLimited ||
               kind == Kind::Server;
    }
};

// What one poll (or one pushed delivery) produced.
struct FetchResult
{
    QList<InboundItem> items;
    QString nextCursor;       // to persist with the items; empty for push deliveries
    bool moreWaiting = false; // the network has another page right away
    RateLimit rateLimit;
    std::optional<ConnectorError> error;
};

// A reply on its way out, as a connector needs it.
struct OutgoingReply
{
    QString idempotencyKey; // ours; most networks have no place for it
    QString account;
    Visibility visibility = Visibility::Public;
    QString replyTo;
    QString conversationId;
    QString text;
    QDateTime queuedAt; // UTC; a reply found on the network must be younger than this
};

struct SendOutcome
{
    // Unknown: the request may have reached the network (a timeout, a connection dropped after
    // the request was written). Only asking the network can tell.
    enum class Kind
    {
        Sent,
        NotSent,
        Unknown
    };
    Kind kind = Kind::NotSent;
    QString networkId;
    std::optional<ConnectorError> error;
};

struct LookupOutcome
{
    bool answered = false;  // false: the network could not be asked; try again later
    QStringList networkIds; // replies that match, oldest first
    std::optional<ConnectorError> error;
};

// One bank account on one network. Networks deliver in one of two ways: most are polled
// from a persisted cursor (X, Facebook, Instagram, Telegram, Mastodon, Bluesky); WhatsApp
// only pushes webhook deliveries, which a receiver hands to acceptDelivery().
class Connector : public QObject
{
    Q_OBJECT
public:
    enum class Delivery
    {
        Polling,
        Push
    };

    using QObject::QObject;
    ~Connector() override = default;

    virtual AccountRecord account() const = 0;
    virtual Delivery delivery() const = 0;
    // Where the poll cursor is kept in the store's settings.
    QString cursorKey() const
    {
        const AccountRecord a = account();
        return QStringLiteral("cursor/%1/%2").arg(toKey(a.network), a.handle);
    }

    // Polling: ask for everything after `cursor` (empty on the first run). The answer comes
    // by fetched(); never blocks.
    virtual void poll(const QString &cursor) = 0;

    // Push: turn one delivery body into items (or an error saying why it was refused).
    virtual FetchResult acceptDelivery(const QByteArray &body)
    {
        Q_UNUSED(body);
        FetchResult r;
        r.error = ConnectorError{ConnectorError::Kind::Rejected,
                                 QStringLiteral("this account does not receive pushed deliveries"),
                                 {}};
        return r;
    }

    // Sending a reply: answers by sendFinished(); never blocks.
    virtual void send(const OutgoingReply &reply)
    {
        SendOutcome o;
        o.error = ConnectorError{
            ConnectorError::Kind::Rejected, QStringLiteral("this account cannot send replies"), {}};
        emitLater([this, reply, o] { emit sendFinished(reply.idempotencyKey, o); });
    }
    // Asks the network, by its own means, whether this reply is already there (after an
    // unclear attempt). Answers by lookupFinished().
    virtual void findSent(const OutgoingReply &reply)
    {
        LookupOutcome o;
        o.error = ConnectorError{ConnectorError::Kind::Rejected,
                                 QStringLiteral("this account cannot look up replies"),
                                 {}};
        emitLater([this, reply, o] { emit lookupFinished(reply.idempotencyKey, o); });
    }

signals:
    void sendFinished(const QString &idempotencyKey, const sportello::SendOutcome &outcome);
    void lookupFinished(const QString &idempotencyKey, const sportello::LookupOutcome &outcome);
    void fetched(const sportello::FetchResult &result);
    void progress(int itemsSoFar);

protected:
    void emitLater(std::function<void()> f)
    {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    }
};

} // namespace sportello

Q_DECLARE_METATYPE(sportello::FetchResult)
Q_DECLARE_METATYPE(sportello::SendOutcome)
Q_DECLARE_METATYPE(sportello::LookupOutcome)
