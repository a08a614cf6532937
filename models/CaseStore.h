#pragma once

#include "AuditChain.h"
#include "InboundItem.h"
#include "Records.h"
#include "ReplyTemplate.h"
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
    virtual Result<QList<TimelineRow>>
    timelinePage(const TimelineFilter &filter, std::optional<TimelineKey> after, int limit) = 0;
    // The key of the last row of every run of `step` rows (rows step-1, 2*step-1, ...):
    // anchors for far jumps, since page k+1 starts right after anchor k.
    virtual Result<QList<TimelineKey>> timelineAnchors(const TimelineFilter &filter, int step) = 0;
    // How many rows are newer than `key`: where a known row sits after the timeline grew.
    virtual Result<qint64> timelineRowOf(const TimelineFilter &filter, const TimelineKey &key) = 0;

    virtual Result<CaseSnapshot> loadCase(qint64 caseId) = 0;
    virtual Status perform(const CaseAction &action) = 0;

    virtual Result<QList<MessageRecord>> searchMessages(const QString &query, int limit) = 0;
    virtual Result<StoreStats> stats() = 0;

    // The template library: seeded once from the shipped file, then the bank's own.
    virtual Status seedTemplates(const QList<ReplyTemplate> &templates,
                                 const QList<TemplateVariable> &variables) = 0;
    virtual Result<QList<ReplyTemplate>> templates() = 0; // retired ones too
    virtual Result<QList<TemplateVariable>> templateVariables() = 0;
    virtual Status saveTemplate(const ReplyTemplate &t, const QString &actor) = 0;
    virtual Status saveTemplateVariable(const TemplateVariable &v, const QString &actor) = 0;

    // Drafts: one per case, replaced on every save.
    virtual Status saveDraft(const DraftRecord &draft) = 0;
    virtual Result<std::optional<DraftRecord>> draft(qint64 caseId) = 0;
    virtual Status discardDraft(qint64 caseId) = 0;

    // The outbox. enqueueReply stores the reply (and drops the case's draft) in one
    // transaction and returns at once; a sender delivers it later. An idempotency key that is
    // already in the outbox changes nothing and returns that reply's id.
    virtual Result<qint64> enqueueReply(const OutboxEntry &entry) = 0;
    // Pending replies due by `now`, and replies left "sending" by a crash or a lost answer.
    virtual Result<QList<OutboxEntry>> dueReplies(const QDateTime &now, int limit) = 0;
    virtual Result<QList<OutboxEntry>> repliesForCase(qint64 caseId) = 0;
    virtual Result<OutboxEntry> reply(qint64 outboxId) = 0;
    // Claims a due reply for one attempt, before the network is asked, so a crash mid-send is
    // never mistaken for "not sent": only if it is still as the sender saw it (state and
    // attempts), and leased until `leaseUntil` so no other sender on the same database takes
    // it meanwhile. Fails when someone else claimed it first.
    virtual Status markSending(qint64 outboxId, OutboxState seenState, int seenAttempts,
                               const QDateTime &leaseUntil) = 0;
    // Sent: records the network's id, the outgoing message in the case (first response,
    // history) in one transaction.
    virtual Status markSent(qint64 outboxId, const QString &networkId, const QDateTime &sentAt) = 0;
    // Not sent, or not known: try again at `nextAttempt` (state stays sending when unknown).
    virtual Status markRetry(qint64 outboxId, OutboxState state, const QString &error,
                             const QDateTime &nextAttempt) = 0;
    virtual Status markFailed(qint64 outboxId, const QString &error) = 0;
    // The agent's choices on a failed reply.
    virtual Status retryReply(qint64 outboxId) = 0;
    virtual Status discardReply(qint64 outboxId, const QString &actor) = 0;

    virtual Result<QString> setting(const QString &key) = 0;
    // For the program's own bookkeeping (connector cursors): not audited.
    virtual Status setSetting(const QString &key, const QString &value) = 0;
    // A person changed a setting: saved and audited in one transaction.
    virtual Status changeSetting(const QString &key, const QString &value,
                                 const QString &actor) = 0;

    // The audit trail. Every audited action fails, with the reason, while no key is
    // available: an action the bank cannot account for is not taken.
    virtual void setAuditKeySource(AuditKeySource source) = 0;
    // The rows with `from` <= at < `to` (either may be invalid: open-ended), in order.
    virtual Status forEachAuditRecord(const QDateTime &from, const QDateTime &to,
                                      const std::function<void(const AuditRecord &)> &visit) = 0;
    virtual Result<AuditHead> auditHead() = 0;

    // The task force.
    virtual Result<QList<DepartmentRecord>> departments() = 0; // retired ones too
    virtual Result<qint64> saveDepartment(const DepartmentRecord &department,
                                          const QString &actor) = 0;

    // Incidents: one problem many customers report.
    virtual Result<qint64> openIncident(const IncidentRecord &incident) = 0;
    virtual Status closeIncident(qint64 incidentId, const QString &actor) = 0;
    virtual Result<QList<IncidentRecord>> incidents(bool openOnly) = 0;
    virtual Result<QList<qint64>> incidentCases(qint64 incidentId) = 0;

    // Inbound messages written since `since` with an id above `afterId`, oldest id first: what
    // spike detection reads at start and then after each ingest.
    virtual Result<QList<RecentMessage>> recentInbound(const QDateTime &since, qint64 afterId,
                                                       int limit) = 0;
    // Active cases whose next answer is due in [from, to], soonest first: the agent's own, and
    // new ones nobody has taken yet. An empty agent means everyone's.
    virtual Result<QList<DueCase>> casesDueBetween(const QDateTime &from, const QDateTime &to,
                                                   const QString &agent) = 0;
    // Every name cases were ever assigned to, sorted: the dashboard's list of agents.
    virtual Result<QStringList> assignees() = 0;

    // Erases what identifies a customer (names, handles, the words of their conversations,
    // notes) and keeps the cases' figures. Leaves no trace in the file.
    virtual Status eraseCustomer(qint64 customerId, const QString &actor) = 0;
};

} // namespace sportello
