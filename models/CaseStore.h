#pragma once

#include "InboundItem.h"
#include "Records.h"
#include "Result.h"

namespace sportello {

// The case history, whatever holds it. SQLite is the embedded default; a team's shared
// PostgreSQL database is a second implementation. One instance belongs to one thread
// (a database connection cannot move between threads before Qt 6.8).
class CaseStore
{
public:
    virtual ~CaseStore() = default;

    // "SQLite: /home/…/sportello.db": what the status bar says is open.
    virtual QString description() const = 0;

    virtual Result<qint64> upsertAccount(const AccountRecord &account) = 0;
    virtual Result<QList<AccountRecord>> accounts() = 0;

    // The one way messages come in: the whole batch in one transaction. Duplicates (same
    // network id on the same account) are dropped; each item joins its case or opens one.
    // `cursor` (key, value), when given, is saved in the same transaction: a connector's
    // position never runs ahead of the messages it fetched.
    virtual Result<IngestReport> ingest(const QList<InboundItem> &items,
                                        const std::pair<QString, QString> &cursor = {}) = 0;

    virtual Result<qint64> timelineCount(const TimelineFilter &filter) = 0;
    // Rows strictly older than `after` (or from the newest when empty), newest first.
    virtual Result<QList<TimelineRow>> timelinePage(const TimelineFilter &filter,
                                                    std::optional<TimelineKey> after,
                                                    int limit) = 0;
    // The key of the last row of every run of `step` rows (rows step-1, 2*step-1, ...):
    // anchors for far jumps, since page k+1 starts right after anchor k.
    virtual Result<QList<TimelineKey>> timelineAnchors(const TimelineFilter &filter, int step) = 0;
    // How many rows are newer than `key`: where a known row sits after the timeline grew.
    virtual Result<qint64> timelineRowOf(const TimelineFilter &filter, const TimelineKey &key) = 0;

    virtual Result<CaseSnapshot> loadCase(qint64 caseId) = 0;
    virtual Status perform(const CaseAction &action) = 0;

    virtual Result<QList<MessageRecord>> searchMessages(const QString &query, int limit) = 0;
    virtual Result<StoreStats> stats() = 0;

    virtual Result<QString> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value) = 0;
};

} // namespace sportello
