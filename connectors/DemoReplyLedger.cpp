#include "DemoReplyLedger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace sportello {

DemoReplyLedger::DemoReplyLedger(QString path) : m_path(std::move(path))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("demo-ledger-%1").arg(counter.fetch_add(1));
}

DemoReplyLedger::~DemoReplyLedger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DemoReplyLedger::ensureOpen(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isValid() && db.isOpen())
        return true;
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS posts (network_id TEXT PRIMARY KEY, account TEXT NOT NULL, "
            "reply_to TEXT NOT NULL, conversation_id TEXT NOT NULL, text TEXT NOT NULL, "
            "posted_at INTEGER NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

SendOutcome DemoReplyLedger::post(const OutgoingReply &reply)
{
    SendOutcome out;
    const Fault fault = m_faults ? m_faults() : Fault::None;
    QString error;
    if (fault == Fault::DropBeforeSend) {
        out.kind = SendOutcome::Kind::NotSent;
        out.error =
            ConnectorError{ConnectorError::Kind::Offline, QStringLiteral("connection refused"), {}};
        return out;
    }
    if (fault == Fault::ServerError) {
        out.kind = SendOutcome::Kind::NotSent;
        out.error = ConnectorError{
            ConnectorError::Kind::Server, QStringLiteral("HTTP 503 Service Unavailable"), {}};
        return out;
    }
    if (!ensureOpen(&error)) {
        out.kind = SendOutcome::Kind::NotSent;
        out.error = ConnectorError{ConnectorError::Kind::Offline, error, {}};
        return out;
    }
    // A timeout may come before or after the network acted on the request.
    const bool posts = fault != Fault::Timeout || (++m_timeouts % 2 == 0);
    const QString networkId =
        QStringLiteral("demo-out-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (posts) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO posts (network_id, account, reply_to, conversation_id, text, posted_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(networkId);
        q.addBindValue(reply.account);
        q.addBindValue(reply.replyTo.isNull() ? QStringLiteral("") : reply.replyTo);
        q.addBindValue(reply.conversationId.isNull() ? QStringLiteral("") : reply.conversationId);
        q.addBindValue(reply.text);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            out.kind = SendOutcome::Kind::NotSent;
            out.error = ConnectorError{ConnectorError::Kind::Server, q.lastError().text(), {}};
            return out;
        }
    }
    if (fault == Fault::DropAfterReceive) {
        out.kind = SendOutcome::Kind::Unknown;
        out.error = ConnectorError{
            ConnectorError::Kind::Offline, QStringLiteral("connection reset by peer"), {}};
        return out;
    }
    if (fault == Fault::Timeout) {
        out.kind = SendOutcome::Kind::Unknown;
        out.error = ConnectorError{
            ConnectorError::Kind::Timeout, QStringLiteral("no answer within 30 s"), {}};
        return out;
    }
    out.kind = SendOutcome::Kind::Sent;
    out.networkId = networkId;
    return out;
}

LookupOutcome DemoReplyLedger::find(const OutgoingReply &reply)
{
    LookupOutcome out;
    QString error;
    if (!ensureOpen(&error)) {
        out.error = ConnectorError{ConnectorError::Kind::Offline, error, {}};
        return out;
    }
    // What a real network offers: the account's own recent replies in that thread.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT network_id FROM posts WHERE account = ? AND reply_to = ? AND conversation_id = ? "
        "AND text = ? AND posted_at >= ? ORDER BY posted_at, rowid"));
    q.addBindValue(reply.account);
    q.addBindValue(reply.replyTo.isNull() ? QStringLiteral("") : reply.replyTo);
    q.addBindValue(reply.conversationId.isNull() ? QStringLiteral("") : reply.conversationId);
    q.addBindValue(reply.text);
    // Generous: a client clock running ahead must not hide its own post.
    q.addBindValue(reply.queuedAt.toMSecsSinceEpoch() - 10 * 60 * 1000);
    if (!q.exec()) {
        out.error = ConnectorError{ConnectorError::Kind::Server, q.lastError().text(), {}};
        return out;
    }
    out.answered = true;
    while (q.next())
        out.networkIds << q.value(0).toString();
    return out;
}

int DemoReplyLedger::timesPosted(const QString &account, const QString &replyTo,
                                 const QString &text)
{
    QString error;
    if (!ensureOpen(&error))
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM posts WHERE account = ? AND reply_to = ? AND text = ?"));
    q.addBindValue(account);
    q.addBindValue(replyTo);
    q.addBindValue(text);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

int DemoReplyLedger::totalPosts()
{
    QString error;
    if (!ensureOpen(&error))
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM posts")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace sportello
