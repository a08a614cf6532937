// The audit trail of SqliteCaseStore: appending inside the action's own transaction, reading
// it back for verification and export, and the audited settings.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

#include <QJsonDocument>

#include <limits>

namespace sportello {
using namespace sqlite;

namespace {

// Every read of whole rows selects these columns, in this order, for auditRecordFrom(). A
// macro, so each statement is one literal: the store keeps raw statements by the address of
// their SQL.
#define SPORTELLO_AUDIT_COLUMNS                                                                    \
    "SELECT seq, at, actor, action, case_id, customer_id, detail, prev_hash, hash FROM audit_log "

AuditRecord auditRecordFrom(const SqliteStatement::Run &q)
{
    AuditRecord r;
    r.seq = q.int64(0);
    r.atMs = q.int64(1);
    r.actor = q.text(2);
    r.action = q.text(3);
    r.caseId = q.int64(4);
    r.customerId = q.int64(5);
    r.detail = q.text(6);
    r.prevHash = q.bytes(7);
    r.hash = q.bytes(8);
    return r;
}

} // namespace

void SqliteCaseStore::setAuditKey(const QByteArray &key)
{
    m_auditKey = [key]() -> Result<QByteArray> { return key; };
}

QString SqliteCaseStore::auditActionOf(CaseActionKind kind)
{
    switch (kind) {
    case CaseActionKind::AssignToMe:
        return QStringLiteral("case_taken");
    case CaseActionKind::Release:
        return QStringLiteral("case_released");
    case CaseActionKind::SetCategory:
        return QStringLiteral("category_set");
    case CaseActionKind::SetPriority:
        return QStringLiteral("priority_set");
    case CaseActionKind::AddNote:
        return QStringLiteral("note_added");
    case CaseActionKind::Resolve:
        return QStringLiteral("case_resolved");
    case CaseActionKind::Reopen:
        return QStringLiteral("case_reopened");
    case CaseActionKind::Escalate:
        return QStringLiteral("case_escalated");
    case CaseActionKind::AnswerEscalation:
        return QStringLiteral("escalation_answered");
    case CaseActionKind::WithdrawEscalation:
        return QStringLiteral("escalation_withdrawn");
    case CaseActionKind::MoveEscalation:
        return QStringLiteral("escalation_moved");
    case CaseActionKind::RaiseEscalation:
        return QStringLiteral("escalation_raised");
    case CaseActionKind::WaitForCustomer:
        return QStringLiteral("case_waiting");
    case CaseActionKind::AskSatisfaction:
        return QStringLiteral("satisfaction_asked");
    case CaseActionKind::LinkIncident:
        return QStringLiteral("incident_linked");
    }
    return QStringLiteral("unknown");
}

Status SqliteCaseStore::appendAudit(const QString &actor, const QString &action, qint64 caseId,
                                    qint64 customerId, const QJsonObject &detail)
{
    if (!m_auditKey)
        return Status::failure(
            tr("The audit trail has no key, so the action was not taken. Sportello reads the "
               "key from the system keychain."));
    auto key = m_auditKey();
    if (!key)
        return Status::failure(
            tr("The audit trail cannot be written, so the action was not taken: %1")
                .arg(key.error()));
    AuditChain chain(key.value());

    AuditRecord r;
    r.prevHash = AuditChain::genesis();
    r.seq = 1;
    {
        SqliteStatement::Run last(statement(SPORTELLO_AUDIT_COLUMNS "ORDER BY seq DESC LIMIT 1"));
        if (last.next()) {
            const AuditRecord previous = auditRecordFrom(last);
            // A wrong key (another workstation's, or a new one after the keychain was reset)
            // would grow a chain nobody can verify: refuse instead.
            if (chain.hashOf(previous) != previous.hash)
                return Status::failure(
                    tr("The audit key in this workstation's keychain does not match this "
                       "database's audit trail (row %1), so the action was not taken.")
                        .arg(previous.seq));
            r.prevHash = previous.hash;
            r.seq = previous.seq + 1;
        }
        if (last.failed())
            return Status::failure(last.error());
    }
    r.atMs = nowMs();
    r.actor = actor;
    r.action = action;
    r.caseId = caseId;
    r.customerId = customerId;
    r.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    r.hash = chain.hashOf(r);

    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, case_id, customer_id, detail, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q,
            {r.seq, r.atMs, text(r.actor), r.action, nullableId(r.caseId), nullableId(r.customerId),
             r.detail, QString::fromLatin1(r.prevHash), QString::fromLatin1(r.hash)});
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Status SqliteCaseStore::forEachAuditRecord(const QDateTime &from, const QDateTime &to,
                                           const std::function<void(const AuditRecord &)> &visit)
{
    // Verification walks every row, so this reads past QtSql (see SqliteStatement). The
    // whole trail walks the table in row order; a period uses the time index.
    const bool whole = !from.isValid() && !to.isValid();
    SqliteStatement::Run q(
        whole ? statement(SPORTELLO_AUDIT_COLUMNS "ORDER BY seq")
              : statement(SPORTELLO_AUDIT_COLUMNS "WHERE at >= ? AND at < ? ORDER BY seq"));
    if (!whole) {
        q.bind(0, from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        q.bind(1, to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    }
    while (q.next())
        visit(auditRecordFrom(q));
    if (q.failed())
        return Status::failure(q.error());
    return {};
}

Result<AuditHead> SqliteCaseStore::auditHead()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC "
                                           "LIMIT 1"));
    if (!q.exec())
        return Result<AuditHead>::failure(dbError(q));
    AuditHead head{0, AuditChain::genesis()};
    if (q.next())
        head = {q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
    q.finish();
    return head;
}

Status SqliteCaseStore::changeSetting(const QString &key, const QString &value,
                                      const QString &actor)
{
    std::optional<ServiceLevels> levels;
    if (key == kServiceLevelsKey) {
        auto parsed = ServiceLevels::fromJsonText(value.toUtf8());
        if (!parsed)
            return Status::failure(parsed.error());
        levels = parsed.value();
    }
    if (Status s = beginWrite(); !s)
        return s;
    if (Status s = setSetting(key, value); !s)
        return failInTransaction(s.error());
    // The key is recorded, not the value: a value may be a phone number or an address.
    if (Status s = appendAudit(actor, QStringLiteral("setting_changed"), 0, 0,
                               {{QStringLiteral("key"), key}});
        !s)
        return failInTransaction(s.error());
    if (Status s = commitOrRollback(); !s)
        return s;
    if (levels)
        setServiceLevels(*levels);
    return {};
}

} // namespace sportello

#undef SPORTELLO_AUDIT_COLUMNS
