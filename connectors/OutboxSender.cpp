#include "OutboxSender.h"

#include <algorithm>

namespace sportello {

OutboxSender::OutboxSender(CaseStore &store, ConnectorLookup connectorFor, QObject *parent)
    : QObject(parent), m_store(store), m_connectorFor(std::move(connectorFor)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<SendOutcome>();
    qRegisterMetaType<LookupOutcome>();
    qRegisterMetaType<OutboxState>();
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::processDue);
}

void OutboxSender::setRetryPolicy(int baseDelayMs, int maxDelayMs, int maxAttempts, int leaseMs)
{
    m_leaseMs = leaseMs;
    m_baseDelayMs = baseDelayMs;
    m_maxDelayMs = maxDelayMs;
    m_maxAttempts = maxAttempts;
}

void OutboxSender::start(int intervalMs)
{
    m_timer.start(intervalMs);
    processDue();
}

void OutboxSender::stop()
{
    m_timer.stop();
}

OutgoingReply OutboxSender::outgoing(const OutboxEntry &e) const
{
    return OutgoingReply{e.idempotencyKey, e.account, e.visibility,       e.replyTo,
                         e.conversationId, e.text,    e.createdAt.toUTC()};
}

void OutboxSender::processDue()
{
    auto due = m_store.dueReplies(now(), 50);
    if (!due) {
        emit storeFailed(due.error());
        return;
    }
    for (const OutboxEntry &entry : due.value()) {
        if (m_inFlight.contains(entry.id))
            continue;
        Connector *connector = m_connectorFor(entry);
        if (!connector) {
            // Recorded, so the case shows it and it is not picked up again on every pass; a
            // retry goes through the existence check, in case an earlier attempt got through.
            const QString reason = tr("No connection to %1 %2 is configured.")
                                       .arg(toKey(entry.network), entry.account);
            if (Status s = m_store.markFailed(entry.id, reason); !s)
                emit storeFailed(s.error());
            finish(entry, OutboxState::Failed, reason);
            continue;
        }
        m_inFlight.insert(entry.id);
        // The claim is what makes two senders on one database safe: only one of them wins it.
        if (Status s = m_store.markSending(entry.id, entry.state, entry.attempts,
                                           now().addMSecs(m_leaseMs));
            !s) {
            m_inFlight.remove(entry.id);
            continue;
        }
        if (entry.state == OutboxState::Sending) {
            // The last attempt's outcome is unknown: the network may already have the reply.
            auto conn = std::make_shared<QMetaObject::Connection>();
            *conn =
                connect(connector, &Connector::lookupFinished, this,
                        [this, entry, connector, conn](const QString &key, const LookupOutcome &o) {
                            if (key != entry.idempotencyKey)
                                return;
                            disconnect(*conn);
                            onLookup(entry, connector, o);
                        });
            connector->findSent(outgoing(entry));
        } else {
            sendNow(entry, connector);
        }
    }
}

void OutboxSender::sendNow(const OutboxEntry &entry, Connector *connector)
{
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(connector, &Connector::sendFinished, this,
                    [this, entry, conn](const QString &key, const SendOutcome &o) {
                        if (key != entry.idempotencyKey)
                            return;
                        disconnect(*conn);
                        onSent(entry, o);
                    });
    connector->send(outgoing(entry));
}

void OutboxSender::onLookup(const OutboxEntry &entry, Connector *connector,
                            const LookupOutcome &outcome)
{
    if (!outcome.answered) {
        retryLater(entry, OutboxState::Sending,
                   outcome.error ? outcome.error->message : tr("the network could not be asked"));
        return;
    }
    // The network finds replies by what they say, not by our key: a post already recorded as
    // another reply of this case (the same words sent twice on purpose) is not this one.
    QStringList found = outcome.networkIds;
    if (!found.isEmpty()) {
        auto others = m_store.repliesForCase(entry.caseId);
        if (!others) {
            m_inFlight.remove(entry.id);
            emit storeFailed(others.error());
            return;
        }
        for (const OutboxEntry &other : others.value()) {
            if (other.id != entry.id && !other.networkId.isEmpty())
                found.removeAll(other.networkId);
        }
    }
    if (!found.isEmpty()) {
        if (Status s = m_store.markSent(entry.id, found.first(), now()); !s) {
            m_inFlight.remove(entry.id);
            emit storeFailed(s.error());
            return;
        }
        finish(entry, OutboxState::Sent, {});
        return;
    }
    sendNow(entry, connector);
}

void OutboxSender::onSent(const OutboxEntry &entry, const SendOutcome &outcome)
{
    const QString error = outcome.error ? outcome.error->message : QString();
    switch (outcome.kind) {
    case SendOutcome::Kind::Sent:
        if (Status s = m_store.markSent(entry.id, outcome.networkId, now()); !s) {
            // Left "sending": the next pass finds the reply on the network and records it.
            m_inFlight.remove(entry.id);
            emit storeFailed(s.error());
            return;
        }
        finish(entry, OutboxState::Sent, {});
        return;
    case SendOutcome::Kind::Unknown:
        retryLater(entry, OutboxState::Sending, error);
        return;
    case SendOutcome::Kind::NotSent:
        if (outcome.error && !outcome.error->retryable()) {
            if (Status s = m_store.markFailed(entry.id, error); !s)
                emit storeFailed(s.error());
            finish(entry, OutboxState::Failed, error);
            return;
        }
        retryLater(entry, OutboxState::Pending, error);
        return;
    }
}

void OutboxSender::retryLater(const OutboxEntry &entry, OutboxState state, const QString &error)
{
    auto fresh = m_store.reply(entry.id);
    const int attempts = fresh ? fresh.value().attempts : entry.attempts + 1;
    if (attempts >= m_maxAttempts && state == OutboxState::Pending) {
        const QString reason = tr("%1 (gave up after %2 attempts)").arg(error).arg(attempts);
        if (Status s = m_store.markFailed(entry.id, reason); !s)
            emit storeFailed(s.error());
        finish(entry, OutboxState::Failed, reason);
        return;
    }
    // An unclear attempt is never given up on: it is looked up again until the network answers.
    const qint64 delay = std::min<qint64>(
        m_maxDelayMs, qint64(m_baseDelayMs) << std::min(std::max(attempts - 1, 0), 16));
    if (Status s = m_store.markRetry(entry.id, state, error, now().addMSecs(delay)); !s)
        emit storeFailed(s.error());
    finish(entry, state, error);
}

void OutboxSender::finish(const OutboxEntry &entry, OutboxState state, const QString &error)
{
    m_inFlight.remove(entry.id);
    emit replyChanged(entry.id, entry.caseId, state, error);
}

} // namespace sportello
