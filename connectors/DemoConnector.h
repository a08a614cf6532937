#pragma once

#include "Connector.h"
#include "DemoReplyLedger.h"
#include "DemoScenario.h"

#include <functional>

namespace sportello {

// One demo account, polled like a real network: its cursor is how many of the account's
// scripted messages were delivered. A message is due when the demo clock passes its offset,
// so a demo left running fills up as a real shift would, and a restart resumes where it was.
class DemoConnector : public Connector
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    DemoConnector(const DemoScenario &scenario, AccountRecord account, QDateTime startedAt,
                  QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // 2.0 plays the live part twice as fast; history is never scaled.
    void setSpeed(double speed)
    {
        if (speed > 0)
            m_speed = speed;
    }

    AccountRecord account() const override { return m_account; }
    Delivery delivery() const override { return Delivery::Polling; }
    void poll(const QString &cursor) override;
    // Replies go to the demo network's ledger; without one this account cannot send.
    void setReplyLedger(DemoReplyLedger *ledger) { m_ledger = ledger; }
    void send(const OutgoingReply &reply) override;
    void findSent(const OutgoingReply &reply) override;

    // What poll() would deliver now, synchronously (the same rule, for tests and seeding).
    FetchResult due(const QString &cursor) const;

private:
    AccountRecord m_account;
    QList<DemoScenario::Entry> m_entries;
    QDateTime m_startedAt;
    Clock m_clock;
    double m_speed = 1.0;
    DemoReplyLedger *m_ledger = nullptr;
};

} // namespace sportello
