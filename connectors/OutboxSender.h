#pragma once

#include "CaseStore.h"
#include "Connector.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace sportello {

// Delivers the outbox, each reply exactly once. Before the network is asked, the reply is
// marked "sending"; an answer that never comes, or a process killed meanwhile, leaves it
// there, and the next attempt first asks the network whether the reply already exists.
// Failures that surely sent nothing wait and retry with backoff; a reply the network refuses
// is marked failed with the reason, for a person to retry, edit or discard.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using ConnectorLookup = std::function<Connector *(const OutboxEntry &entry)>;
    using Clock = std::function<QDateTime()>;

    OutboxSender(CaseStore &store, ConnectorLookup connectorFor, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Backoff: base * 2^(attempts-1), at most `maxDelayMs`; after `maxAttempts` a reply that
    // keeps failing is handed to the agent.
    // `leaseMs`: how long a claimed reply stays out of other senders' reach; longer than any
    // request to a network may take.
    void setRetryPolicy(int baseDelayMs, int maxDelayMs, int maxAttempts, int leaseMs = 60000);

    void start(int intervalMs = 1000);
    void stop();
    // One pass over what is due; answers arrive asynchronously.
    void processDue();
    bool isBusy() const { return !m_inFlight.isEmpty(); }

signals:
    void replyChanged(qint64 outboxId, qint64 caseId, sportello::OutboxState state,
                      const QString &error);
    void storeFailed(const QString &error);

private:
    void sendNow(const OutboxEntry &entry, Connector *connector);
    void onSent(const OutboxEntry &entry, const SendOutcome &outcome);
    void onLookup(const OutboxEntry &entry, Connector *connector, const LookupOutcome &outcome);
    void retryLater(const OutboxEntry &entry, OutboxState state, const QString &error);
    void finish(const OutboxEntry &entry, OutboxState state, const QString &error);
    OutgoingReply outgoing(const OutboxEntry &entry) const;
    QDateTime now() const { return m_clock(); }

    CaseStore &m_store;
    ConnectorLookup m_connectorFor;
    Clock m_clock;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    int m_baseDelayMs = 2000;
    int m_maxDelayMs = 300000;
    int m_maxAttempts = 8;
    int m_leaseMs = 60000;
};

} // namespace sportello
