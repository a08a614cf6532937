#pragma once

#include "InboundItem.h"
#include "Records.h"
#include "Result.h"

namespace sportello {

// The demo network's script: the bank's accounts and a stream of customer messages, each at
// an offset in seconds from the moment the demo started (negative: history already there).
class DemoScenario
{
public:
    struct Entry
    {
        qint64 offsetSeconds = 0;
        InboundItem item; // time is filled in when played
    };

    static Result<DemoScenario> fromJson(const QByteArray &json);
    static Result<DemoScenario> builtIn(); // ":/demo/scenario.json"

    const QString &bank() const { return m_bank; }
    const QList<AccountRecord> &accounts() const { return m_accounts; }
    // The entries of one account, in playing order.
    QList<Entry> entriesFor(Network network, const QString &handle) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QString m_bank;
    QList<AccountRecord> m_accounts;
    QList<Entry> m_entries; // sorted by offset
};

} // namespace sportello
