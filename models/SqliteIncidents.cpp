// Incidents of SqliteCaseStore: a problem many customers report at once.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

namespace sportello {
using namespace sqlite;

namespace {

const char *const kIncidentColumns =
    "SELECT i.id, i.title, i.topic, i.state, i.opened_by, i.opened_at, i.closed_at, "
    "i.alert_count, i.alert_from, i.alert_to, "
    "(SELECT count(*) FROM cases c WHERE c.incident_id = i.id) FROM incidents i ";

IncidentRecord incidentFrom(const QSqlQuery &q)
{
    IncidentRecord r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.topic = q.value(2).toString();
    r.open = q.value(3).toString() == QLatin1String("open");
    r.openedBy = q.value(4).toString();
    r.openedAt = fromMs(q.value(5));
    r.closedAt = fromMs(q.value(6));
    r.alertCount = q.value(7).toInt();
    r.alertFrom = fromMs(q.value(8));
    r.alertTo = fromMs(q.value(9));
    r.linkedCases = q.value(10).toInt();
    return r;
}

} // namespace

Result<qint64> SqliteCaseStore::openIncident(const IncidentRecord &incident)
{
    using R = Result<qint64>;
    if (incident.title.trimmed().isEmpty())
        return R::failure(tr("An incident needs a title."));
    if (incident.openedBy.trimmed().isEmpty())
        return R::failure(tr("Every action needs the name of the agent who performs it."));
    if (Status s = beginWrite(); !s)
        return R::failure(s.error());
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO incidents (title, topic, state, opened_by, opened_at, alert_count, "
        "alert_from, alert_to) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)"));
    bindAll(q, {incident.title.trimmed(), text(incident.topic), incident.openedBy, nowMs(),
                incident.alertCount, nullableMs(incident.alertFrom), nullableMs(incident.alertTo)});
    if (!q.exec())
        return R::failure(failInTransaction(dbError(q)).error());
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = appendAudit(incident.openedBy, QStringLiteral("incident_opened"), 0, 0,
                               {{QStringLiteral("incident_id"), id},
                                {QStringLiteral("topic"), incident.topic},
                                {QStringLiteral("alert_count"), incident.alertCount}});
        !s)
        return R::failure(failInTransaction(s.error()).error());
    if (Status s = commitOrRollback(); !s)
        return R::failure(s.error());
    return id;
}

Status SqliteCaseStore::closeIncident(qint64 incidentId, const QString &actor)
{
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE incidents SET state = 'closed', closed_at = ? WHERE id = ? AND state = 'open'"));
    bindAll(q, {nowMs(), incidentId});
    if (!q.exec())
        return failInTransaction(dbError(q));
    if (q.numRowsAffected() != 1)
        return failInTransaction(tr("Incident %1 is not open.").arg(incidentId));
    if (Status s = appendAudit(actor, QStringLiteral("incident_closed"), 0, 0,
                               {{QStringLiteral("incident_id"), incidentId}});
        !s)
        return failInTransaction(s.error());
    return commitOrRollback();
}

Result<QList<IncidentRecord>> SqliteCaseStore::incidents(bool openOnly)
{
    QSqlQuery &q = prepared(QString::fromLatin1(kIncidentColumns) +
                            (openOnly ? QStringLiteral("WHERE i.state = 'open' ") : QString()) +
                            QStringLiteral("ORDER BY i.opened_at DESC, i.id DESC LIMIT 500"));
    if (!q.exec())
        return Result<QList<IncidentRecord>>::failure(dbError(q));
    QList<IncidentRecord> out;
    while (q.next())
        out.append(incidentFrom(q));
    q.finish();
    return out;
}

Result<IncidentRecord> SqliteCaseStore::incidentById(qint64 incidentId)
{
    QSqlQuery &q =
        prepared(QString::fromLatin1(kIncidentColumns) + QStringLiteral("WHERE i.id = ?"));
    q.bindValue(0, incidentId);
    if (!q.exec())
        return Result<IncidentRecord>::failure(dbError(q));
    if (!q.next()) {
        q.finish();
        return Result<IncidentRecord>::failure(tr("Incident %1 does not exist.").arg(incidentId));
    }
    IncidentRecord r = incidentFrom(q);
    q.finish();
    return r;
}

Result<QList<qint64>> SqliteCaseStore::incidentCases(qint64 incidentId)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT id FROM cases WHERE incident_id = ? ORDER BY id"));
    q.bindValue(0, incidentId);
    if (!q.exec())
        return Result<QList<qint64>>::failure(dbError(q));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

} // namespace sportello
