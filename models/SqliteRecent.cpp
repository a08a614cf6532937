// Reads of SqliteCaseStore for the live warnings: recent inbound messages for spike detection,
// cases about to owe an answer late, and the names work was assigned to.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

namespace sportello {
using namespace sqlite;

Result<QList<RecentMessage>> SqliteCaseStore::recentInbound(const QDateTime &since, qint64 afterId,
                                                            int limit)
{
    using R = Result<QList<RecentMessage>>;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT m.id, m.case_id, c.customer_id, m.sent_at, m.utc_offset_s, m.text "
        "FROM messages m JOIN cases c ON c.id = m.case_id "
        "WHERE m.direction = 'in' AND m.id > ? AND m.sent_at >= ? ORDER BY m.id LIMIT ?"));
    bindAll(q, {afterId, since.toMSecsSinceEpoch(), limit});
    if (!q.exec())
        return R::failure(dbError(q));
    QList<RecentMessage> messages;
    while (q.next()) {
        RecentMessage m;
        m.id = q.value(0).toLongLong();
        m.caseId = q.value(1).toLongLong();
        m.customerId = q.value(2).toLongLong();
        m.sentAt = fromMs(q.value(3), q.value(4).toInt());
        m.text = q.value(5).toString();
        messages.append(m);
    }
    q.finish();
    return messages;
}

Result<QList<DueCase>> SqliteCaseStore::casesDueBetween(const QDateTime &from, const QDateTime &to,
                                                        const QString &agent)
{
    using R = Result<QList<DueCase>>;
    // Uses the partial index cases_by_due: only cases that owe an answer are in it.
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT c.id, c.due_at, coalesce(nullif(cu.display_name, ''), "
        "(SELECT i.handle FROM identities i WHERE i.customer_id = c.customer_id LIMIT 1), ''), "
        "c.network, c.status, c.assignee FROM cases c "
        "LEFT JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.due_at IS NOT NULL AND c.due_at BETWEEN ? AND ? "
        "AND c.status IN ('new', 'open', 'escalated') "
        "AND (? = '' OR c.assignee = ? OR (c.assignee = '' AND c.status = 'new')) "
        "ORDER BY c.due_at, c.id"));
    bindAll(q, {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), agent, agent});
    if (!q.exec())
        return R::failure(dbError(q));
    QList<DueCase> cases;
    while (q.next()) {
        DueCase d;
        d.caseId = q.value(0).toLongLong();
        d.dueAt = fromMs(q.value(1));
        d.customer = q.value(2).toString();
        d.network = networkFromKey(q.value(3).toString()).value_or(Network::X);
        d.status = statusFromKey(q.value(4).toString()).value_or(CaseStatus::New);
        d.assignee = q.value(5).toString();
        cases.append(d);
    }
    q.finish();
    return cases;
}

Result<QStringList> SqliteCaseStore::assignees()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT DISTINCT assignee FROM cases WHERE assignee <> '' ORDER BY assignee"));
    if (!q.exec())
        return Result<QStringList>::failure(dbError(q));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    q.finish();
    return names;
}

} // namespace sportello
