#pragma once

#include "Connector.h"

#include <QSqlDatabase>

#include <functional>

namespace sportello {

// The demo network's own side of sending: what it has accepted, kept in a file of its own so
// it outlives a killed client exactly as a real network would. Faults can be injected at
// each step a real connection can break.
class DemoReplyLedger
{
public:
    enum class Fault
    {
        None,
        DropBeforeSend,   // the connection breaks before the request leaves: nothing posted
        DropAfterReceive, // the network posts it, the answer is lost
        Timeout,          // no answer in time; the network may or may not have posted it
        ServerError,      // HTTP 5xx: nothing posted
    };
    using FaultPlan = std::function<Fault()>;

    explicit DemoReplyLedger(QString path);
    ~DemoReplyLedger();
    DemoReplyLedger(const DemoReplyLedger &) = delete;
    DemoReplyLedger &operator=(const DemoReplyLedger &) = delete;

    void setFaultPlan(FaultPlan plan) { m_faults = std::move(plan); }
    SendOutcome post(const OutgoingReply &reply);
    LookupOutcome find(const OutgoingReply &reply);

    // For tests: how many times the network accepted this text for this target.
    int timesPosted(const QString &account, const QString &replyTo, const QString &text);
    int totalPosts();

private:
    bool ensureOpen(QString *error);
    QString m_path;
    QString m_connection;
    FaultPlan m_faults;
    quint64 m_timeouts = 0;
};

} // namespace sportello
