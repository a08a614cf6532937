// A customer's right to erasure, in SqliteCaseStore.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

#include <QScopeGuard>

namespace sportello {
using namespace sqlite;

Status SqliteCaseStore::eraseCustomer(qint64 customerId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Every action needs the name of the agent who performs it."));
    QSqlDatabase db = m_connection->database();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"));
    exists.bindValue(0, customerId);
    if (!exists.exec() || !exists.next())
        return Status::failure(dbError(exists));
    if (exists.value(0).toLongLong() == 0)
        return Status::failure(tr("Customer %1 does not exist.").arg(customerId));
    exists.finish();

    // Overwritten and deleted content is zeroed on disk instead of left in free space, so
    // the erased words cannot be read back from the file.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return Status::failure(dbError(pragma));
    auto restore = qScopeGuard([&] { pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF")); });

    if (Status s = beginWrite(); !s)
        return s;
    const QString ofCustomer = QStringLiteral(" WHERE case_id IN (SELECT id FROM cases WHERE "
                                              "customer_id = ?)");
    // The bank's replies go too: they greet the customer by name and repeat their words.
    const QStringList statements{
        QStringLiteral("UPDATE messages SET text = '', raw = ''") + ofCustomer,
        QStringLiteral("UPDATE notes SET text = ''") + ofCustomer,
        QStringLiteral("DELETE FROM drafts") + ofCustomer,
        QStringLiteral("UPDATE outbox SET text = ''") + ofCustomer,
        QStringLiteral("UPDATE escalations SET reason = '', note = '', answer = ''") + ofCustomer,
        QStringLiteral("UPDATE identities SET handle = '', display_name = '', external_id = "
                       "'erased-' || id WHERE customer_id = ?"),
        QStringLiteral("UPDATE customers SET display_name = '', external_ref = NULL WHERE id = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery &q = prepared(sql);
        q.bindValue(0, customerId);
        if (!q.exec())
            return failInTransaction(dbError(q));
    }
    QSqlQuery &cases = prepared(QStringLiteral("SELECT id FROM cases WHERE customer_id = ?"));
    cases.bindValue(0, customerId);
    if (!cases.exec())
        return failInTransaction(dbError(cases));
    QList<qint64> caseIds;
    while (cases.next())
        caseIds.append(cases.value(0).toLongLong());
    cases.finish();
    for (qint64 caseId : std::as_const(caseIds)) {
        if (Status s = addEvent(caseId, actor, QStringLiteral("customer_erased"), {}); !s)
            return failInTransaction(s.error());
    }
    if (Status s = appendAudit(actor, QStringLiteral("customer_erased"), 0, customerId,
                               {{QStringLiteral("cases"), caseIds.size()}});
        !s)
        return failInTransaction(s.error());
    if (Status s = commitOrRollback(); !s)
        return s;

    // The search index keeps deleted words in its older segments until they are merged, and
    // the write-ahead log keeps old pages until a checkpoint: both are rewritten now.
    QSqlQuery &optimize =
        prepared(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"));
    if (!optimize.exec())
        return Status::failure(tr("The customer was erased, but the search index still holds "
                                  "traces: %1")
                                   .arg(optimize.lastError().text()));
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next())
        return Status::failure(tr("The customer was erased, but the database log still holds "
                                  "traces: %1")
                                   .arg(checkpoint.lastError().text()));
    if (checkpoint.value(0).toInt() != 0)
        return Status::failure(tr("The customer was erased, but another Sportello window is "
                                  "reading the database, so old copies remain in its log until "
                                  "it closes."));
    return {};
}

} // namespace sportello
