#pragma once

#include "CaseStore.h"
#include "IdentityCache.h"
#include "ServiceClock.h"
#include "ServiceLevels.h"
#include "SqliteConnection.h"
#include "SqliteStatement.h"
#include "WalCheckpointer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

namespace sportello {

class Triage;
struct TriageResult;

class SqliteCaseStore final : public CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCaseStore)
public:
    using Clock = std::function<QDateTime()>;

    // `triage` may be null: new cases then keep the neutral defaults.
    static Result<std::unique_ptr<SqliteCaseStore>>
    open(const QString &path, std::shared_ptr<const Triage> triage = {},
         SqliteConnection::Mode mode = SqliteConnection::Mode::ReadWrite);

    QString description() const override;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    const SqliteConnection &connection() const { return *m_connection; }

    Result<qint64> upsertAccount(const AccountRecord &account) override;
    Result<QList<AccountRecord>> accounts() override;
    Result<IngestReport> ingest(const QList<InboundItem> &items,
                                const std::pair<QString, QString> &cursor = {}) override;
    Result<qint64> timelineCount(const TimelineFilter &filter) override;
    Result<QList<TimelineRow>> timelinePage(const TimelineFilter &filter,
                                            std::optional<TimelineKey> after, int limit) override;
    Result<QList<TimelineKey>> timelineAnchors(const TimelineFilter &filter, int step) override;
    Result<qint64> timelineRowOf(const TimelineFilter &filter, const TimelineKey &key) override;
    Result<CaseSnapshot> loadCase(qint64 caseId) override;
    Status perform(const CaseAction &action) override;
    Result<QList<MessageRecord>> searchMessages(const QString &query, int limit) override;
    Result<StoreStats> stats() override;
    Status seedTemplates(const QList<ReplyTemplate> &templates,
                         const QList<TemplateVariable> &variables) override;
    Result<QList<ReplyTemplate>> templates() override;
    Result<QList<TemplateVariable>> templateVariables() override;
    Status saveTemplate(const ReplyTemplate &t, const QString &actor) override;
    Status saveTemplateVariable(const TemplateVariable &v, const QString &actor) override;
    Status saveDraft(const DraftRecord &draft) override;
    Result<std::optional<DraftRecord>> draft(qint64 caseId) override;
    Status discardDraft(qint64 caseId) override;
    Result<qint64> enqueueReply(const OutboxEntry &entry) override;
    Result<QList<OutboxEntry>> dueReplies(const QDateTime &now, int limit) override;
    Result<QList<OutboxEntry>> repliesForCase(qint64 caseId) override;
    Result<OutboxEntry> reply(qint64 outboxId) override;
    Status markSending(qint64 outboxId, OutboxState seenState, int seenAttempts,
                       const QDateTime &leaseUntil) override;
    Status markSent(qint64 outboxId, const QString &networkId, const QDateTime &sentAt) override;
    Status markRetry(qint64 outboxId, OutboxState state, const QString &error,
                     const QDateTime &nextAttempt) override;
    Status markFailed(qint64 outboxId, const QString &error) override;
    Status retryReply(qint64 outboxId) override;
    Status discardReply(qint64 outboxId, const QString &actor) override;
    Result<QString> setting(const QString &key) override;
    Status setSetting(const QString &key, const QString &value) override;
    Status changeSetting(const QString &key, const QString &value, const QString &actor) override;
    void setAuditKeySource(AuditKeySource source) override { m_auditKey = std::move(source); }
    // Tests and tools that hold the key themselves.
    void setAuditKey(const QByteArray &key);
    // The targets and hours due times are computed with; saved ones replace these through
    // changeSetting(kServiceLevelsKey, ...).
    static const QString kServiceLevelsKey;
    const ServiceLevels &serviceLevels();
    void setServiceLevels(const ServiceLevels &levels);
    Status forEachAuditRecord(const QDateTime &from, const QDateTime &to,
                              const std::function<void(const AuditRecord &)> &visit) override;
    Result<AuditHead> auditHead() override;
    Result<QList<DepartmentRecord>> departments() override;
    Result<qint64> saveDepartment(const DepartmentRecord &department,
                                  const QString &actor) override;
    Result<qint64> openIncident(const IncidentRecord &incident) override;
    Status closeIncident(qint64 incidentId, const QString &actor) override;
    Result<QList<IncidentRecord>> incidents(bool openOnly) override;
    Result<QList<qint64>> incidentCases(qint64 incidentId) override;
    Status eraseCustomer(qint64 customerId, const QString &actor) override;
    // SqliteRecent.cpp
    Result<QList<RecentMessage>> recentInbound(const QDateTime &since, qint64 afterId,
                                               int limit) override;
    Result<QList<DueCase>> casesDueBetween(const QDateTime &from, const QDateTime &to,
                                           const QString &agent) override;
    Result<QStringList> assignees() override;

    // Turns what an agent types into an FTS5 query: words only, the last one as a prefix, so
    // operators or quotes typed by a person can never make the query fail.
    static QString ftsQuery(const QString &typed);

private:
    SqliteCaseStore(std::shared_ptr<SqliteConnection> connection,
                    std::shared_ptr<const Triage> triage);
    struct IngestContext;
    Status ingestOne(const InboundItem &item, IngestContext &context);
    Result<qint64> accountIdFor(Network network, const QString &handle);
    Result<std::pair<qint64, qint64>> identityFor(const InboundItem &item); // identity, customer
    Result<qint64> findCaseFor(const InboundItem &item, qint64 accountId, qint64 customerId);
    // A larger page cache and a log copied back on its own thread, once, for the connection
    // that ingests.
    void prepareForIngest();
    Result<qint64> lastMessageId();
    // What has been written since the last ingest committed: the data_version another
    // connection's commit moves, and this connection's own count of changed rows.
    std::optional<std::pair<qint64, qint64>> writesSoFar();
    void abandonIngest(); // rolls back and forgets what the transaction wrote
    Status indexForSearch(qint64 lastIdBefore);
    Result<bool> isDuplicate(qint64 accountId, const QString &networkId);
    Result<qint64> openCase(const InboundItem &item, qint64 accountId, qint64 customerId,
                            qint64 sentAt); // with triage and its "opened" event
    Status insertMessage(const InboundItem &item, qint64 accountId, qint64 caseId,
                         qint64 identityId, qint64 sentAt, qint64 now);
    Status advanceCase(const InboundItem &item, qint64 caseId, qint64 sentAt);
    static QString openedDetail(const TriageResult &triage);
    Status addEvent(qint64 caseId, const QString &actor, const QString &kind,
                    const QJsonObject &detail);
    Status addEventJson(qint64 caseId, const QString &actor, const QString &kind,
                        const QString &detailJson); // detail already serialised
    QSqlQuery &prepared(const QString &sql);
    // A raw statement for ingest's hot path, prepared on first use. Keyed by the address of
    // the SQL literal: each call site passes the same one, so no string is hashed per call.
    SqliteStatement &statement(const char *sql);
    Status performChange(const CaseAction &action, CaseStatus status, const QString &category,
                         Priority priority, const QString &assignee);
    Status performEscalation(const CaseAction &action, CaseStatus status, const QString &assignee);
    Status performFollowUp(const CaseAction &action, CaseStatus status);
    Result<QList<EscalationRecord>> escalationsOf(qint64 caseId);
    Result<IncidentRecord> incidentById(qint64 incidentId);
    Result<DepartmentRecord> departmentByKey(const QString &key);
    // Appends one audit row; only inside a write transaction, which it then belongs to.
    Status appendAudit(const QString &actor, const QString &action, qint64 caseId,
                       qint64 customerId, const QJsonObject &detail);
    static QString auditActionOf(CaseActionKind kind);
    // When `serviceMs` of service time after `startMs` will have passed.
    qint64 dueAfter(qint64 startMs, qint64 serviceMs);
    // The first-response target of the case's network and visibility.
    qint64 targetMsForCase(qint64 caseId);
    qint64 targetMs(Network network, Visibility visibility);
    // The due time once a paused clock runs again at `resumeMs`.
    qint64 resumedDue(qint64 waitingSinceMs, qint64 dueMs, qint64 resumeMs);
    Result<QList<OutboxEntry>> outboxQuery(const QString &where, const QVariantList &values);
    Status commitOrRollback();
    Status failInTransaction(const QString &error); // rolls back
    Status writeTemplate(const ReplyTemplate &t, const QString &actor);
    Status writeTemplateVariable(const TemplateVariable &v);
    Status beginWrite();
    qint64 nowMs() const;

    std::shared_ptr<SqliteConnection> m_connection;
    std::shared_ptr<const Triage> m_triage;
    Clock m_clock;
    QHash<QString, qint64> m_accountIds; // "network\nhandle"
    IdentityCache m_identities;
    // writesSoFar() when the last ingest committed: m_identities holds only while it is unchanged.
    std::optional<std::pair<qint64, qint64>> m_identitiesWrittenAt;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // Declared after m_connection, so they are finalized before it can close the database.
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_rawStatements;
    bool m_preparedForIngest = false;
    // Declared after m_connection: it detaches from the connection before that can close.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    AuditKeySource m_auditKey;
    QJsonObject m_lastAuditDetail; // what performChange() says the audit row should carry
    std::optional<ServiceLevels> m_serviceLevels; // read from the settings on first use
    std::optional<ServiceClock> m_serviceClock;
};

} // namespace sportello
