// Escalation to the task force and the case follow-ups (waiting for the customer, the
// satisfaction question, incidents) of SqliteCaseStore. Each runs inside perform()'s
// transaction, which also appends the audit row.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

#include <QJsonObject>

namespace sportello {
using namespace sqlite;

namespace {

bool validUrgency(const QString &u)
{
    return u == QLatin1String("normal") || u == QLatin1String("high") ||
           u == QLatin1String("critical");
}

DepartmentRecord departmentFrom(const QSqlQuery &q, int first)
{
    DepartmentRecord d;
    d.id = q.value(first).toLongLong();
    d.key = q.value(first + 1).toString();
    d.name = q.value(first + 2).toString();
    d.contact = q.value(first + 3).toString();
    d.answerMinutes = q.value(first + 4).toInt();
    d.retired = q.value(first + 5).toInt() != 0;
    return d;
}

struct OpenEscalation
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentKey;
    int level = 1;
    QString urgency;
    QString returnedTo;
};

} // namespace

Result<QList<DepartmentRecord>> SqliteCaseStore::departments()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, key, name, contact, answer_minutes, retired "
                                           "FROM departments ORDER BY retired, name"));
    if (!q.exec())
        return Result<QList<DepartmentRecord>>::failure(dbError(q));
    QList<DepartmentRecord> out;
    while (q.next())
        out.append(departmentFrom(q, 0));
    q.finish();
    return out;
}

Result<DepartmentRecord> SqliteCaseStore::departmentByKey(const QString &key)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, key, name, contact, answer_minutes, retired "
                                           "FROM departments WHERE key = ? OR lower(name) = ?"));
    q.bindValue(0, key.trimmed());
    q.bindValue(1, key.trimmed().toLower());
    if (!q.exec())
        return Result<DepartmentRecord>::failure(dbError(q));
    if (!q.next()) {
        q.finish();
        return Result<DepartmentRecord>::failure(tr("There is no department \"%1\".").arg(key));
    }
    DepartmentRecord d = departmentFrom(q, 0);
    q.finish();
    return d;
}

Result<qint64> SqliteCaseStore::saveDepartment(const DepartmentRecord &d, const QString &actor)
{
    using R = Result<qint64>;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{1,40}$"));
    if (!keyPattern.match(d.key).hasMatch())
        return R::failure(tr("A department key is 2 to 41 lower-case letters, digits or _, "
                             "starting with a letter."));
    if (d.name.trimmed().isEmpty())
        return R::failure(tr("A department needs a name."));
    if (!d.contact.isEmpty() && !d.contact.contains(QLatin1Char('@')))
        return R::failure(tr("\"%1\" is not an e-mail address.").arg(d.contact));
    if (d.answerMinutes < 1 || d.answerMinutes > 60 * 24 * 30)
        return R::failure(tr("A department answers within 1 minute and 30 days."));
    if (Status s = beginWrite(); !s)
        return R::failure(s.error());
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO departments (key, name, contact, answer_minutes, retired) VALUES (?, ?, ?, "
        "?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name, contact = excluded.contact, "
        "answer_minutes = excluded.answer_minutes, retired = excluded.retired RETURNING id"));
    bindAll(q, {d.key, d.name.trimmed(), text(d.contact.trimmed()), d.answerMinutes,
                d.retired ? 1 : 0});
    if (!q.exec() || !q.next())
        return R::failure(failInTransaction(dbError(q)).error());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = appendAudit(actor, QStringLiteral("department_changed"), 0, 0,
                               {{QStringLiteral("department"), d.key},
                                {QStringLiteral("answer_minutes"), d.answerMinutes},
                                {QStringLiteral("retired"), d.retired}});
        !s)
        return R::failure(failInTransaction(s.error()).error());
    if (Status s = commitOrRollback(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<EscalationRecord>> SqliteCaseStore::escalationsOf(qint64 caseId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT e.id, e.case_id, e.level, e.urgency, e.reason, e.note, e.escalated_by, "
        "e.escalated_at, e.due_at, e.returned_to, e.state, e.answer, e.answered_by, e.closed_at, "
        "d.id, d.key, d.name, d.contact, d.answer_minutes, d.retired FROM escalations e "
        "JOIN departments d ON d.id = e.department_id WHERE e.case_id = ? "
        "ORDER BY e.escalated_at, e.id"));
    q.bindValue(0, caseId);
    if (!q.exec())
        return Result<QList<EscalationRecord>>::failure(dbError(q));
    QList<EscalationRecord> out;
    while (q.next()) {
        EscalationRecord e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.level = q.value(2).toInt();
        e.urgency = q.value(3).toString();
        e.reason = q.value(4).toString();
        e.note = q.value(5).toString();
        e.escalatedBy = q.value(6).toString();
        e.escalatedAt = fromMs(q.value(7));
        e.dueAt = fromMs(q.value(8));
        e.returnedTo = q.value(9).toString();
        e.state = escalationStateFromKey(q.value(10).toString()).value_or(EscalationState::Open);
        e.answer = q.value(11).toString();
        e.answeredBy = q.value(12).toString();
        e.closedAt = fromMs(q.value(13));
        e.department = departmentFrom(q, 14);
        out.append(e);
    }
    q.finish();
    return out;
}

Status SqliteCaseStore::performEscalation(const CaseAction &action, CaseStatus status,
                                          const QString &assignee)
{
    const qint64 now = nowMs();
    QSqlQuery &open = prepared(
        QStringLiteral("SELECT e.id, e.department_id, d.key, e.level, e.urgency, e.returned_to "
                       "FROM escalations e JOIN departments d ON d.id = e.department_id "
                       "WHERE e.case_id = ? AND e.state = 'open' ORDER BY e.id DESC LIMIT 1"));
    open.bindValue(0, action.caseId);
    if (!open.exec())
        return Status::failure(dbError(open));
    std::optional<OpenEscalation> current;
    if (open.next())
        current = OpenEscalation{open.value(0).toLongLong(), open.value(1).toLongLong(),
                                 open.value(2).toString(),   open.value(3).toInt(),
                                 open.value(4).toString(),   open.value(5).toString()};
    open.finish();

    // A new hand-over row; the case follows it into the department's queue.
    auto handOver = [&](const DepartmentRecord &department, int level, const QString &urgency,
                        const QString &reason, const QString &note,
                        const QString &returnedTo) -> Result<qint64> {
        QSqlQuery &ins = prepared(QStringLiteral(
            "INSERT INTO escalations (case_id, department_id, level, urgency, reason, note, "
            "escalated_by, escalated_at, due_at, returned_to, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')"));
        bindAll(ins,
                {action.caseId, department.id, level, urgency, reason, text(note), action.actor,
                 now, dueAfter(now, qint64(department.answerMinutes) * 60000), text(returnedTo)});
        if (!ins.exec())
            return Result<qint64>::failure(dbError(ins));
        const qint64 id = ins.lastInsertId().toLongLong();
        QSqlQuery &kase = prepared(QStringLiteral(
            "UPDATE cases SET status = 'escalated', department_id = ?, assignee = '', "
            "waiting_since = NULL WHERE id = ?"));
        bindAll(kase, {department.id, action.caseId});
        if (!kase.exec())
            return Result<qint64>::failure(dbError(kase));
        return id;
    };
    // The escalation ends; the case goes back to whoever had it, and the customer is owed an
    // answer again from now.
    auto giveBack = [&](EscalationState state, const QString &answer) -> Status {
        QSqlQuery &esc = prepared(QStringLiteral(
            "UPDATE escalations SET state = ?, answer = ?, answered_by = ?, closed_at = ? "
            "WHERE id = ?"));
        bindAll(esc, {toKey(state), text(answer),
                      state == EscalationState::Answered ? action.actor : QString(""), now,
                      current->id});
        if (!esc.exec())
            return Status::failure(dbError(esc));
        QSqlQuery &kase = prepared(QStringLiteral(
            "UPDATE cases SET status = 'open', department_id = NULL, assignee = ?, due_at = ? "
            "WHERE id = ?"));
        bindAll(kase, {current->returnedTo.isEmpty() ? action.actor : current->returnedTo,
                       dueAfter(now, targetMsForCase(action.caseId)), action.caseId});
        if (!kase.exec())
            return Status::failure(dbError(kase));
        return {};
    };
    auto closeCurrent = [&](EscalationState state) -> Status {
        QSqlQuery &esc = prepared(
            QStringLiteral("UPDATE escalations SET state = ?, closed_at = ? WHERE id = ?"));
        bindAll(esc, {toKey(state), now, current->id});
        if (!esc.exec())
            return Status::failure(dbError(esc));
        return {};
    };

    QString eventKind;
    QJsonObject detail;
    switch (action.kind) {
    case CaseActionKind::Escalate: {
        const auto request = action.value.value<EscalationRequest>();
        if (!isActive(status))
            return Status::failure(
                tr("Case %1 is resolved: reopen it before escalating.").arg(action.caseId));
        if (current)
            return Status::failure(tr("Case %1 is already escalated to %2.")
                                       .arg(action.caseId)
                                       .arg(current->departmentKey));
        if (request.level != 1 && request.level != 2)
            return Status::failure(tr("The escalation level is 1 or 2."));
        if (!validUrgency(request.urgency))
            return Status::failure(
                tr("Unknown urgency \"%1\": normal, high or critical.").arg(request.urgency));
        if (request.reason.trimmed().isEmpty())
            return Status::failure(tr("An escalation needs a reason."));
        auto department = departmentByKey(request.departmentKey);
        if (!department)
            return Status::failure(department.error());
        if (department.value().retired)
            return Status::failure(
                tr("%1 no longer takes escalations.").arg(department.value().name));
        auto id =
            handOver(department.value(), request.level, request.urgency, request.reason.trimmed(),
                     request.note.trimmed(), assignee.isEmpty() ? action.actor : assignee);
        if (!id)
            return Status::failure(id.error());
        eventKind = QStringLiteral("escalated");
        detail = {{QStringLiteral("escalation_id"), id.value()},
                  {QStringLiteral("department"), department.value().key},
                  {QStringLiteral("level"), request.level},
                  {QStringLiteral("urgency"), request.urgency}};
        break;
    }
    case CaseActionKind::AnswerEscalation: {
        if (!current)
            return Status::failure(tr("Case %1 is not escalated.").arg(action.caseId));
        const QString answer = action.value.toString().trimmed();
        if (answer.isEmpty())
            return Status::failure(tr("The department's answer cannot be empty."));
        if (Status s = giveBack(EscalationState::Answered, answer); !s)
            return s;
        eventKind = QStringLiteral("escalation_answered");
        detail = {{QStringLiteral("escalation_id"), current->id},
                  {QStringLiteral("department"), current->departmentKey}};
        break;
    }
    case CaseActionKind::WithdrawEscalation:
        if (!current)
            return Status::failure(tr("Case %1 is not escalated.").arg(action.caseId));
        if (action.value.toString().trimmed().isEmpty())
            return Status::failure(tr("Withdrawing an escalation needs a reason."));
        // The reason is kept where the answer would have been; the audit row names only
        // the escalation.
        if (Status s = giveBack(EscalationState::Withdrawn, action.value.toString().trimmed()); !s)
            return s;
        eventKind = QStringLiteral("escalation_withdrawn");
        detail = {{QStringLiteral("escalation_id"), current->id},
                  {QStringLiteral("department"), current->departmentKey}};
        break;
    case CaseActionKind::MoveEscalation:
    case CaseActionKind::RaiseEscalation: {
        if (!current)
            return Status::failure(tr("Case %1 is not escalated.").arg(action.caseId));
        const bool raise = action.kind == CaseActionKind::RaiseEscalation;
        EscalationRequest request;
        if (raise) {
            if (current->level == 2)
                return Status::failure(
                    tr("Case %1 is already escalated at level two.").arg(action.caseId));
            request.departmentKey = current->departmentKey;
            request.level = 2;
            request.reason = action.value.toString();
        } else {
            request = action.value.value<EscalationRequest>();
            request.level = current->level;
        }
        if (request.reason.trimmed().isEmpty())
            return Status::failure(raise ? tr("Raising an escalation needs a reason.")
                                         : tr("Moving an escalation needs a reason."));
        auto department = departmentByKey(request.departmentKey);
        if (!department)
            return Status::failure(department.error());
        if (!raise && department.value().id == current->departmentId)
            return Status::failure(
                tr("Case %1 is already with %2.").arg(action.caseId).arg(department.value().name));
        if (department.value().retired)
            return Status::failure(
                tr("%1 no longer takes escalations.").arg(department.value().name));
        if (Status s = closeCurrent(raise ? EscalationState::Raised : EscalationState::Moved); !s)
            return s;
        auto id =
            handOver(department.value(), request.level,
                     validUrgency(request.urgency) && !raise ? request.urgency : current->urgency,
                     request.reason.trimmed(), request.note.trimmed(), current->returnedTo);
        if (!id)
            return Status::failure(id.error());
        eventKind =
            raise ? QStringLiteral("escalation_raised") : QStringLiteral("escalation_moved");
        detail = {{QStringLiteral("escalation_id"), id.value()},
                  {QStringLiteral("from"), current->departmentKey},
                  {QStringLiteral("department"), department.value().key},
                  {QStringLiteral("level"), request.level}};
        break;
    }
    default:
        return Status::failure(tr("This action is not known."));
    }
    if (Status s = addEvent(action.caseId, action.actor, eventKind, detail); !s)
        return s;
    m_lastAuditDetail = detail;
    return {};
}

Status SqliteCaseStore::performFollowUp(const CaseAction &action, CaseStatus status)
{
    const qint64 now = nowMs();
    QString sql;
    QVariantList values;
    QString eventKind;
    QJsonObject detail;
    switch (action.kind) {
    case CaseActionKind::WaitForCustomer:
        if (status != CaseStatus::New && status != CaseStatus::Open)
            return Status::failure(tr("Only a new or open case can wait for the customer."));
        // The clock stops now and runs again when the customer writes.
        sql = QStringLiteral("UPDATE cases SET status = 'waiting', waiting_since = CASE WHEN "
                             "due_at IS NULL THEN NULL ELSE ? END WHERE id = ?");
        values = {now, action.caseId};
        eventKind = QStringLiteral("waiting_for_customer");
        break;
    case CaseActionKind::AskSatisfaction:
        if (isActive(status))
            return Status::failure(
                tr("Ask for satisfaction once case %1 is resolved.").arg(action.caseId));
        sql = QStringLiteral("UPDATE cases SET satisfaction_asked_at = ? WHERE id = ?");
        values = {now, action.caseId};
        eventKind = QStringLiteral("satisfaction_asked");
        break;
    case CaseActionKind::LinkIncident: {
        const qint64 incidentId = action.value.toLongLong();
        if (incidentId) {
            auto incident = incidentById(incidentId);
            if (!incident)
                return Status::failure(incident.error());
            if (!incident.value().open)
                return Status::failure(tr("Incident %1 is closed.").arg(incidentId));
        }
        sql = QStringLiteral("UPDATE cases SET incident_id = ? WHERE id = ?");
        values = {nullableId(incidentId), action.caseId};
        eventKind =
            incidentId ? QStringLiteral("incident_linked") : QStringLiteral("incident_unlinked");
        detail = {{QStringLiteral("incident_id"), incidentId}};
        break;
    }
    default:
        return Status::failure(tr("This action is not known."));
    }
    QSqlQuery &q = prepared(sql);
    bindAll(q, values);
    if (!q.exec())
        return Status::failure(dbError(q));
    if (Status s = addEvent(action.caseId, action.actor, eventKind, detail); !s)
        return s;
    m_lastAuditDetail = detail;
    return {};
}

} // namespace sportello
