#include "SqliteCaseStore.h"

#include "SatisfactionAnswer.h"
#include "SqliteStatements.h"
#include "Triage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace sportello {
using namespace sqlite;
namespace {

constexpr int kSnippetLength = 160;

QString snippetOf(const QString &text)
{
    // Replies on X open with the handles they answer; the timeline shows what was said.
    static const QRegularExpression leadingMentions(QStringLiteral("^(@\\w+[\\s,:]*)+"));
    QString flat = text.simplified();
    const QString trimmed = QString(flat).remove(leadingMentions);
    if (!trimmed.isEmpty())
        flat = trimmed;
    if (flat.size() > kSnippetLength)
        flat = flat.left(kSnippetLength - 1) + QChar(0x2026);
    return flat;
}

// The conversation and search queries select a message's columns in this one order.
MessageRecord messageFrom(const QSqlQuery &q)
{
    MessageRecord r;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.network = networkFromKey(q.value(2).toString()).value_or(Network::X);
    r.account = q.value(3).toString();
    r.networkId = q.value(4).toString();
    r.direction = directionFromKey(q.value(5).toString()).value_or(Direction::Inbound);
    r.visibility = visibilityFromKey(q.value(6).toString()).value_or(Visibility::Public);
    r.authorName = q.value(7).toString();
    r.authorHandle = q.value(8).toString();
    r.text = q.value(9).toString();
    r.sentAt = fromMs(q.value(10), q.value(11).toInt());
    r.replyTo = q.value(12).toString();
    return r;
}

// The WHERE clause and bound values for a timeline filter. Only fixed fragments go into the
// SQL text; everything the user typed is bound.
struct FilterSql
{
    QString joins;
    QStringList conditions;
    QVariantList values;
};

FilterSql filterSql(const TimelineFilter &f)
{
    FilterSql s;
    bool needCase = f.queue != Queue::All || f.category || f.priority;
    if (f.network) {
        s.conditions << QStringLiteral(
            "m.account_id IN (SELECT id FROM accounts WHERE network = ?)");
        s.values << toKey(*f.network);
    }
    if (f.accountId) {
        s.conditions << QStringLiteral("m.account_id = ?");
        s.values << *f.accountId;
    }
    if (f.visibility) {
        s.conditions << QStringLiteral("m.visibility = ?");
        s.values << toKey(*f.visibility);
    }
    switch (f.queue) {
    case Queue::All:
        break;
    case Queue::Unassigned:
        s.conditions << QStringLiteral(
            "c.assignee = '' AND c.status IN ('new', 'open', 'waiting')");
        break;
    case Queue::Mine:
        s.conditions << QStringLiteral(
            "c.assignee = ? AND c.status IN ('new', 'open', 'waiting', 'escalated')");
        s.values << f.me;
        break;
    case Queue::Waiting:
        s.conditions << QStringLiteral("c.status = 'waiting'");
        break;
    case Queue::Escalated:
        s.conditions << QStringLiteral("c.status = 'escalated'");
        break;
    case Queue::Resolved:
        s.conditions << QStringLiteral("c.status IN ('resolved', 'closed')");
        break;
    case Queue::Due:
        // What the customers wrote, not our own replies: the rows an answer is owed to.
        s.conditions << QStringLiteral("c.due_at IS NOT NULL AND c.status IN ('new', 'open', "
                                       "'escalated') AND m.direction = 'in'");
        break;
    }
    if (f.category) {
        s.conditions << QStringLiteral("c.category = ?");
        s.values << toKey(*f.category);
    }
    if (f.priority) {
        s.conditions << QStringLiteral("c.priority = ?");
        s.values << int(*f.priority);
    }
    const QString typed = f.search.trimmed();
    if (!typed.isEmpty()) {
        QStringList alternatives;
        const QString fts = SqliteCaseStore::ftsQuery(typed);
        if (!fts.isEmpty()) {
            alternatives << QStringLiteral(
                "m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)");
            s.values << fts;
        }
        // A customer by name or handle: every message of theirs, on every network.
        alternatives << QStringLiteral(
            "m.case_id IN (SELECT cs.id FROM cases cs WHERE cs.customer_id IN ("
            "SELECT i.customer_id FROM identities i WHERE i.handle LIKE ? ESCAPE '\\' "
            "OR i.display_name LIKE ? ESCAPE '\\'))");
        QString like = typed;
        like.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        s.values << like << like;
        // A case by its number, typed as 123 or #123.
        static const QRegularExpression caseNumber(QStringLiteral("^#?(\\d{1,15})$"));
        if (const auto m = caseNumber.match(typed); m.hasMatch()) {
            alternatives << QStringLiteral("m.case_id = ?");
            s.values << m.captured(1).toLongLong();
        }
        s.conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                            QLatin1Char(')');
    }
    if (needCase)
        s.joins = QStringLiteral(" JOIN cases c ON c.id = m.case_id");
    return s;
}

// A queue's row order as SQL: the timeline is newest first, Queue::Due soonest due first.
struct OrderSql
{
    QString dueColumn; // what fills TimelineKey::dueAt
    QString orderBy;   // " ORDER BY ..."
    QString below;     // rows after a bound key in this order
    QString above;     // rows before a bound key in this order
    bool byDue = false;
};

OrderSql orderSql(Queue queue)
{
    if (queue == Queue::Due)
        return {QStringLiteral("c.due_at"), QStringLiteral(" ORDER BY c.due_at, m.id"),
                QStringLiteral("(c.due_at, m.id) > (?, ?)"),
                QStringLiteral("(c.due_at, m.id) < (?, ?)"), true};
    return {QStringLiteral("0"), QStringLiteral(" ORDER BY m.sent_at DESC, m.id DESC"),
            QStringLiteral("(m.sent_at, m.id) < (?, ?)"),
            QStringLiteral("(m.sent_at, m.id) > (?, ?)"), false};
}

void bindKey(FilterSql &s, const OrderSql &order, const TimelineKey &key)
{
    s.values << (order.byDue ? key.dueAt : key.sentAt) << key.messageId;
}

QString whereClause(const FilterSql &s, const QString &extra = {})
{
    QStringList all = s.conditions;
    if (!extra.isEmpty())
        all << extra;
    if (all.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + all.join(QLatin1String(" AND "));
}

} // namespace

struct SqliteCaseStore::IngestContext
{
    IngestReport report;
    qint64 now = 0;
    qsizetype index = 0; // of the item being ingested, in the caller's batch
};

SqliteCaseStore::SqliteCaseStore(std::shared_ptr<SqliteConnection> connection,
                                 std::shared_ptr<const Triage> triage)
    : m_connection(std::move(connection)), m_triage(std::move(triage)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Result<std::unique_ptr<SqliteCaseStore>> SqliteCaseStore::open(const QString &path,
                                                               std::shared_ptr<const Triage> triage,
                                                               SqliteConnection::Mode mode)
{
    auto connection = SqliteConnection::open(path, mode);
    if (!connection)
        return Result<std::unique_ptr<SqliteCaseStore>>::failure(connection.error());
    return std::unique_ptr<SqliteCaseStore>(
        new SqliteCaseStore(connection.takeValue(), std::move(triage)));
}

QString SqliteCaseStore::description() const
{
    return QStringLiteral("SQLite: %1").arg(QDir::toNativeSeparators(m_connection->path()));
}

Status SqliteCaseStore::beginWrite()
{
    // IMMEDIATE takes the write lock up front, so a second writer waits for the busy timeout
    // instead of failing when its read snapshot turns out to be stale.
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(
            QCoreApplication::translate("SqliteCaseStore", "Cannot start a transaction: %1")
                .arg(q.lastError().text()));
    return {};
}

qint64 SqliteCaseStore::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

QSqlQuery &SqliteCaseStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(m_connection->database());
    q->setForwardOnly(true); // every caller only steps forward; Qt then keeps no row cache
    // A statement that fails to prepare is kept as is: its exec() fails and the caller
    // reports the reason.
    q->prepare(sql);
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

SqliteStatement &SqliteCaseStore::statement(const char *sql)
{
    auto it = m_rawStatements.find(sql);
    if (it != m_rawStatements.end())
        return *it->second;
    auto statement = std::make_unique<SqliteStatement>(m_connection->handle(), sql);
    return *m_rawStatements.emplace(sql, std::move(statement)).first->second;
}

Result<qint64> SqliteCaseStore::upsertAccount(const AccountRecord &a)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO accounts (network, handle, display_name, capabilities, is_demo, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (network, handle) DO UPDATE SET "
        "display_name = excluded.display_name, capabilities = excluded.capabilities, "
        "is_demo = excluded.is_demo"));
    q.bindValue(0, toKey(a.network));
    q.bindValue(1, text(a.handle));
    q.bindValue(2, text(a.displayName));
    q.bindValue(3, text(a.capabilities.join(QLatin1Char(','))));
    q.bindValue(4, a.isDemo ? 1 : 0);
    q.bindValue(5, nowMs());
    if (!q.exec())
        return Result<qint64>::failure(dbError(q));
    m_accountIds.remove(toKey(a.network) + QLatin1Char('\n') + a.handle);
    return accountIdFor(a.network, a.handle);
}

Result<QList<AccountRecord>> SqliteCaseStore::accounts()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, network, handle, display_name, capabilities, is_demo FROM accounts "
        "ORDER BY network, handle"));
    if (!q.exec())
        return Result<QList<AccountRecord>>::failure(dbError(q));
    QList<AccountRecord> out;
    while (q.next()) {
        AccountRecord a;
        a.id = q.value(0).toLongLong();
        a.network = networkFromKey(q.value(1).toString()).value_or(Network::X);
        a.handle = q.value(2).toString();
        a.displayName = q.value(3).toString();
        a.capabilities = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.isDemo = q.value(5).toInt() != 0;
        out.append(a);
    }
    q.finish();
    return out;
}

Result<qint64> SqliteCaseStore::accountIdFor(Network network, const QString &handle)
{
    const QString cacheKey = toKey(network) + QLatin1Char('\n') + handle;
    if (auto it = m_accountIds.constFind(cacheKey); it != m_accountIds.constEnd())
        return it.value();
    qint64 id = 0;
    {
        SqliteStatement::Run q(
            statement("SELECT id FROM accounts WHERE network = ? AND handle = ?"));
        q.bind(0, toKey(network));
        q.bind(1, handle);
        if (q.next())
            id = q.int64(0);
        if (q.failed())
            return Result<qint64>::failure(q.error());
    }
    if (id == 0) {
        // An account first seen in imported traffic is recorded so its messages have a home;
        // it has no credentials until an administrator connects it.
        SqliteStatement::Run insert(statement("INSERT INTO accounts (network, handle, "
                                              "display_name, created_at) VALUES (?, ?, ?, ?)"));
        insert.bind(0, toKey(network));
        insert.bind(1, handle);
        insert.bind(2, handle);
        insert.bind(3, nowMs());
        if (!insert.exec())
            return Result<qint64>::failure(insert.error());
        id = insert.lastInsertId();
    }
    m_accountIds.insert(cacheKey, id);
    return id;
}

Result<std::pair<qint64, qint64>> SqliteCaseStore::identityFor(const InboundItem &item)
{
    using R = Result<std::pair<qint64, qint64>>;
    std::optional<IdentityCache::Entry> known = m_identities.find(item.network, item.author.id);
    const bool cached = known.has_value();
    if (!cached) {
        SqliteStatement::Run find(
            statement("SELECT id, customer_id, handle, display_name "
                      "FROM identities WHERE network = ? AND external_id = ?"));
        find.bind(0, toKey(item.network));
        find.bind(1, item.author.id);
        if (find.next())
            known = IdentityCache::Entry{find.int64(0), find.int64(1), find.text(2), find.text(3)};
        if (find.failed())
            return R::failure(find.error());
    } // the read is reset before the identity is written to
    if (known) {
        // A person renames themselves on the network: the card shows the name they use now.
        const bool renamed =
            (!item.author.handle.isEmpty() && known->handle != item.author.handle) ||
            (!item.author.name.isEmpty() && known->name != item.author.name);
        if (renamed) {
            SqliteStatement::Run update(
                statement("UPDATE identities SET handle = ?, display_name = ? WHERE id = ?"));
            update.bind(0, item.author.handle);
            update.bind(1, item.author.name);
            update.bind(2, known->identityId);
            if (!update.exec())
                return R::failure(update.error());
            known->handle = item.author.handle;
            known->name = item.author.name;
        }
        if (!cached || renamed)
            m_identities.put(item.network, item.author.id, *known);
        return std::pair{known->identityId, known->customerId};
    }

    qint64 customerId = 0;
    if (!item.customerRef.isEmpty()) {
        SqliteStatement::Run byRef(statement("SELECT id FROM customers WHERE external_ref = ?"));
        byRef.bind(0, item.customerRef);
        if (byRef.next())
            customerId = byRef.int64(0);
        if (byRef.failed())
            return R::failure(byRef.error());
    }
    if (customerId == 0) {
        SqliteStatement::Run insert(statement(
            "INSERT INTO customers (display_name, external_ref, created_at) VALUES (?, ?, ?)"));
        insert.bind(0, item.author.name.isEmpty() ? item.author.handle : item.author.name);
        if (item.customerRef.isEmpty())
            insert.bindNull(1);
        else
            insert.bind(1, item.customerRef);
        insert.bind(2, nowMs());
        if (!insert.exec())
            return R::failure(insert.error());
        customerId = insert.lastInsertId();
    }
    SqliteStatement::Run insert(statement("INSERT INTO identities (customer_id, network, "
                                          "external_id, handle, display_name, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(0, customerId);
    insert.bind(1, toKey(item.network));
    insert.bind(2, item.author.id);
    insert.bind(3, item.author.handle);
    insert.bind(4, item.author.name);
    insert.bind(5, nowMs());
    if (!insert.exec())
        return R::failure(insert.error());
    const qint64 identityId = insert.lastInsertId();
    m_identities.put(item.network, item.author.id,
                     {identityId, customerId, item.author.handle, item.author.name});
    return std::pair{identityId, customerId};
}

Result<qint64> SqliteCaseStore::findCaseFor(const InboundItem &item, qint64 accountId,
                                            qint64 customerId)
{
    // 1. The reply chain: the message this one answers already belongs to a case.
    if (!item.replyTo.isEmpty()) {
        SqliteStatement::Run q(
            statement("SELECT c.id, c.status FROM messages m JOIN cases c ON c.id = m.case_id "
                      "WHERE m.account_id = ? AND m.network_id = ?"));
        q.bind(0, accountId);
        q.bind(1, item.replyTo);
        if (q.next() && !q.textEquals(1, QStringLiteral("closed")))
            return q.int64(0);
        if (q.failed())
            return Result<qint64>::failure(q.error());
    }
    // 2. The same private conversation.
    if (item.visibility == Visibility::Private && !item.conversationId.isEmpty()) {
        SqliteStatement::Run q(
            statement("SELECT id FROM cases WHERE account_id = ? AND conversation_key = ? "
                      "AND status <> 'closed' ORDER BY id DESC LIMIT 1"));
        q.bind(0, accountId);
        q.bind(1, item.conversationId);
        if (q.next())
            return q.int64(0);
        if (q.failed())
            return Result<qint64>::failure(q.error());
    }
    // 3. The same customer's case still being worked on that network.
    if (customerId != 0) {
        // max(id) rather than ORDER BY id DESC LIMIT 1: the same case, but the four status
        // ranges of the index are read without building a sorter on each call.
        SqliteStatement::Run q(
            statement("SELECT max(id) FROM cases WHERE customer_id = ? AND network = ? "
                      "AND status IN ('new', 'open', 'waiting', 'escalated')"));
        q.bind(0, customerId);
        q.bind(1, toKey(item.network));
        if (q.next() && !q.isNull(0))
            return q.int64(0);
        if (q.failed())
            return Result<qint64>::failure(q.error());
    }
    return qint64(0);
}

Status SqliteCaseStore::addEvent(qint64 caseId, const QString &actor, const QString &kind,
                                 const QJsonObject &detail)
{
    return addEventJson(
        caseId, actor, kind,
        detail.isEmpty() ? QStringLiteral("")
                         : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

Status SqliteCaseStore::addEventJson(qint64 caseId, const QString &actor, const QString &kind,
                                     const QString &detailJson)
{
    SqliteStatement::Run q(statement(
        "INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)"));
    q.bind(0, caseId);
    q.bind(1, nowMs());
    q.bind(2, actor);
    q.bind(3, kind);
    q.bind(4, detailJson);
    if (!q.exec())
        return Status::failure(q.error());
    return {};
}

void SqliteCaseStore::prepareForIngest()
{
    if (m_preparedForIngest)
        return;
    m_preparedForIngest = true;
    // A batch dirties more pages than SQLite's default 2 MB cache holds: it then spills them to
    // the WAL mid-transaction and reads index pages back from the file. Only a connection
    // that ingests gets the larger cache, so readers (the timeline's) stay small.
    SqliteStatement::Run pragma(statement("PRAGMA cache_size = -32768")); // KiB
    pragma.exec(); // only a hint: ingest works, more slowly, without it
    // The log is copied back into the database on another thread, not inside each commit.
    m_checkpointer = WalCheckpointer::attach(m_connection->handle());
}

Result<qint64> SqliteCaseStore::lastMessageId()
{
    SqliteStatement::Run top(statement("SELECT coalesce(max(id), 0) FROM messages"));
    if (!top.next())
        return Result<qint64>::failure(top.error());
    return top.int64(0);
}

std::optional<std::pair<qint64, qint64>> SqliteCaseStore::writesSoFar()
{
    SqliteStatement::Run version(statement("PRAGMA data_version"));
    if (!version.next())
        return std::nullopt;
    return std::pair{version.int64(0), qint64(sqlite3_total_changes64(m_connection->handle()))};
}

void SqliteCaseStore::abandonIngest()
{
    m_connection->database().rollback();
    // Ids handed out inside the rolled-back transaction are gone.
    m_accountIds.clear();
    m_identities.clear();
    m_identitiesWrittenAt.reset();
}

// Messages above `lastIdBefore` are the batch's own: one statement indexes them all.
Status SqliteCaseStore::indexForSearch(qint64 lastIdBefore)
{
    SqliteStatement::Run index(statement(
        "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE id > ?"));
    index.bind(0, lastIdBefore);
    if (!index.exec())
        return Status::failure(index.error());
    return {};
}

Result<IngestReport> SqliteCaseStore::ingest(const QList<InboundItem> &items,
                                             const std::pair<QString, QString> &cursor)
{
    QSqlDatabase db = m_connection->database();
    // Replies must meet the message they answer first, whatever order a connector used.
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return items.at(a).time < items.at(b).time; });

    IngestContext context;
    context.now = nowMs();
    prepareForIngest();
    if (m_checkpointer)
        m_checkpointer->beforeWrite();
    if (Status s = beginWrite(); !s)
        return Result<IngestReport>::failure(s.error());
    // Another connection, or this one outside ingest, may have renamed, merged or erased an
    // identity since the last batch: then the cache starts again from the database.
    if (!m_identitiesWrittenAt || writesSoFar() != m_identitiesWrittenAt)
        m_identities.clear();
    auto fail = [this](const QString &error) {
        abandonIngest();
        return Result<IngestReport>::failure(error);
    };
    // Rows above this id are the batch's own: they are indexed for search in one statement.
    auto lastIdBefore = lastMessageId();
    if (!lastIdBefore)
        return fail(lastIdBefore.error());
    for (qsizetype index : std::as_const(order)) {
        context.index = index;
        if (Status s = ingestOne(items.at(index), context); !s)
            return fail(s.error());
    }
    if (Status s = indexForSearch(lastIdBefore.value()); !s)
        return fail(s.error());
    if (!cursor.first.isEmpty()) {
        if (Status s = setSetting(cursor.first, cursor.second); !s)
            return fail(s.error());
    }
    // Taken before the commit, while no other connection can write: one that commits right
    // after this one must still be noticed by the next batch.
    const auto writtenAt = writesSoFar();
    if (!db.commit()) {
        const QString error = db.lastError().text();
        return fail(
            QCoreApplication::translate("SqliteCaseStore", "New messages could not be saved: %1")
                .arg(error));
    }
    m_identitiesWrittenAt = writtenAt;
    context.report.cursor = cursor;
    std::sort(context.report.touchedCases.begin(), context.report.touchedCases.end());
    context.report.touchedCases.erase(
        std::unique(context.report.touchedCases.begin(), context.report.touchedCases.end()),
        context.report.touchedCases.end());
    return context.report;
}

// The "opened" event's detail as QJsonDocument writes it (keys sorted, compact). Built by hand:
// one is written per new case, and the values are fixed keys that need no escaping.
QString SqliteCaseStore::openedDetail(const TriageResult &triage)
{
    return QStringLiteral("{\"category\":\"") + toKey(triage.category) +
           QStringLiteral("\",\"language\":\"") + toKey(triage.language) +
           QStringLiteral("\",\"priority\":\"") + toKey(triage.priority) + QStringLiteral("\"}");
}

Result<bool> SqliteCaseStore::isDuplicate(qint64 accountId, const QString &networkId)
{
    SqliteStatement::Run dup(
        statement("SELECT 1 FROM messages WHERE account_id = ? AND network_id = ?"));
    dup.bind(0, accountId);
    dup.bind(1, networkId);
    const bool duplicate = dup.next();
    if (dup.failed())
        return Result<bool>::failure(dup.error());
    return duplicate;
}

Result<qint64> SqliteCaseStore::openCase(const InboundItem &item, qint64 accountId,
                                         qint64 customerId, qint64 sentAt)
{
    // Counts its first message already (inbound_count 1): see ingestOne().
    TriageResult triage{Language::Italian, Category::None,
                        item.visibility == Visibility::Public ? Priority::High : Priority::Normal};
    if (m_triage)
        triage = m_triage->assessNewCase(item.text, item.visibility);
    SqliteStatement::Run insert(statement(
        "INSERT INTO cases (customer_id, account_id, network, visibility, conversation_key, "
        "status, category, priority, language, opened_at, last_message_at, "
        "first_response_due_at, due_at, inbound_count) "
        "VALUES (?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, 1)"));
    insert.bind(0, customerId);
    insert.bind(1, accountId);
    insert.bind(2, toKey(item.network));
    insert.bind(3, toKey(item.visibility));
    insert.bind(4, item.conversationId);
    insert.bind(5, toKey(triage.category));
    insert.bind(6, qint64(triage.priority));
    insert.bind(7, toKey(triage.language));
    insert.bind(8, sentAt);
    insert.bind(9, sentAt);
    const qint64 due = dueAfter(sentAt, targetMs(item.network, item.visibility));
    insert.bind(10, due);
    insert.bind(11, due);
    if (!insert.exec())
        return Result<qint64>::failure(insert.error());
    const qint64 caseId = insert.lastInsertId();
    if (Status s = addEventJson(caseId, QStringLiteral("triage"), QStringLiteral("opened"),
                                openedDetail(triage));
        !s)
        return Result<qint64>::failure(s.error());
    return caseId;
}

Status SqliteCaseStore::insertMessage(const InboundItem &item, qint64 accountId, qint64 caseId,
                                      qint64 identityId, qint64 sentAt, qint64 now)
{
    SqliteStatement::Run insert(
        statement("INSERT INTO messages (account_id, network_id, case_id, direction, visibility, "
                  "author_identity_id, text, sent_at, utc_offset_s, conversation_id, reply_to, "
                  "raw, ingested_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(0, accountId);
    insert.bind(1, item.networkId);
    insert.bind(2, caseId);
    insert.bind(3, toKey(item.direction));
    insert.bind(4, toKey(item.visibility));
    insert.bindOptional(5, identityId);
    insert.bind(6, item.text);
    insert.bind(7, sentAt);
    insert.bind(8, qint64(item.time.offsetFromUtc()));
    insert.bind(9, item.conversationId);
    insert.bind(10, item.replyTo);
    insert.bindUtf8(11, item.raw);
    insert.bind(12, now);
    if (!insert.exec())
        return Status::failure(insert.error());
    return {};
}

Status SqliteCaseStore::ingestOne(const InboundItem &item, IngestContext &context)
{
    IngestReport &report = context.report;
    auto accountId = accountIdFor(item.network, item.account);
    if (!accountId)
        return Status::failure(accountId.error());

    auto duplicate = isDuplicate(accountId.value(), item.networkId);
    if (!duplicate)
        return Status::failure(duplicate.error());
    if (duplicate.value()) {
        ++report.duplicates;
        return {};
    }

    qint64 identityId = 0;
    qint64 customerId = 0;
    if (item.direction == Direction::Inbound) {
        auto identity = identityFor(item);
        if (!identity)
            return Status::failure(identity.error());
        identityId = identity.value().first;
        customerId = identity.value().second;
    }

    auto found = findCaseFor(item, accountId.value(), customerId);
    if (!found)
        return Status::failure(found.error());
    qint64 caseId = found.value();
    const qint64 sentAt = item.time.toMSecsSinceEpoch();

    if (caseId == 0) {
        if (item.direction == Direction::Outbound) {
            report.rejected.append({context.index, item.networkId,
                                    tr("an outgoing message that answers no known conversation")});
            return {};
        }
        auto opened = openCase(item, accountId.value(), customerId, sentAt);
        if (!opened)
            return Status::failure(opened.error());
        caseId = opened.value();
        ++report.casesOpened;
    }

    if (Status s = insertMessage(item, accountId.value(), caseId, identityId, sentAt, context.now);
        !s)
        return s;
    ++report.accepted;
    report.touchedCases.append(caseId);
    // A case opened by this very message already holds what advanceCase() would write: status
    // new, the triage priority, the due time and one inbound message. Skipping it saves a read
    // and an update that rewrites the case's index entries.
    if (found.value() == 0)
        return {};
    return advanceCase(item, caseId, sentAt);
}

// The case moves with its conversation: a reply from the bank leaves it waiting for the
// customer; a customer's answer brings it back to the agent, and a second message from a
// customer who is still waiting raises its priority once.
Status SqliteCaseStore::advanceCase(const InboundItem &item, qint64 caseId, qint64 sentAt)
{
    CaseStatus status = CaseStatus::New;
    Priority priority = Priority::Normal;
    qint64 inbound = 0;
    bool responded = false;
    std::optional<qint64> dueAt;
    std::optional<qint64> waitingSince;
    bool satisfactionOwed = false;
    {
        SqliteStatement::Run current(statement(
            "SELECT status, priority, inbound_count, first_response_at, due_at, "
            "waiting_since, satisfaction, satisfaction_asked_at FROM cases WHERE id = ?"));
        current.bind(0, caseId);
        if (!current.next()) {
            if (current.failed())
                return Status::failure(current.error());
            return Status::failure(
                tr("Database error: %1").arg(tr("case %1 is missing").arg(caseId)));
        }
        status = statusFromKey(current.text(0)).value_or(CaseStatus::New);
        priority = Priority(std::clamp(current.int64(1), qint64(0), qint64(3)));
        inbound = current.int64(2);
        responded = !current.isNull(3);
        if (!current.isNull(4))
            dueAt = current.int64(4);
        if (!current.isNull(5))
            waitingSince = current.int64(5);
        satisfactionOwed = current.isNull(6) && !current.isNull(7);
    }

    CaseStatus newStatus = status;
    Priority newPriority = priority;
    std::optional<qint64> firstResponse;
    std::optional<qint64> newDue = dueAt;
    int score = 0;
    if (item.direction == Direction::Outbound) {
        if (status == CaseStatus::New || status == CaseStatus::Open)
            newStatus = CaseStatus::Waiting;
        if (!responded)
            firstResponse = sentAt;
        newDue.reset(); // answered: nothing owed
    } else if (satisfactionOwed && !isActive(status) &&
               (score = satisfactionScoreIn(item.text).value_or(0)) > 0) {
        // The answer to the satisfaction question: recorded, and the case stays resolved.
    } else {
        if (status == CaseStatus::Waiting || status == CaseStatus::Resolved)
            newStatus = CaseStatus::Open;
        if (inbound == 1 && !responded && m_triage)
            newPriority = m_triage->afterCustomerFollowUp(priority);
        if (waitingSince && dueAt) {
            // The clock paused while the bank waited for the customer: what was left of
            // the target runs again from this message.
            newDue = resumedDue(*waitingSince, *dueAt, sentAt);
        } else if (!dueAt) {
            newDue = dueAfter(sentAt, targetMs(item.network, item.visibility));
        }
    }
    {
#define SPORTELLO_ADVANCE_CASE                                                                     \
    "UPDATE cases SET status = ?, priority = ?, last_message_at = max(last_message_at, ?), "       \
    "inbound_count = inbound_count + ?, first_response_at = coalesce(first_response_at, ?), "      \
    "closed_at = CASE WHEN ? IN ('resolved', 'closed') THEN closed_at ELSE NULL END, "             \
    "waiting_since = NULL, satisfaction = coalesce(satisfaction, ?)"
        // SQLite rewrites the entry of every index on a column that SET names, whether or not
        // its value changes: a due time that stays (a customer writing again before the
        // answer) is left out, and its index entry where it is.
        const bool dueMoves = newDue != dueAt;
        SqliteStatement::Run update(statement(dueMoves ? SPORTELLO_ADVANCE_CASE
                                                  ", due_at = ? WHERE id = ?"
                                                       : SPORTELLO_ADVANCE_CASE " WHERE id = ?"));
#undef SPORTELLO_ADVANCE_CASE
        update.bind(0, toKey(newStatus));
        update.bind(1, qint64(newPriority));
        update.bind(2, sentAt);
        update.bind(3, qint64(item.direction == Direction::Inbound ? 1 : 0));
        update.bind(4, firstResponse);
        update.bind(5, toKey(newStatus));
        update.bindOptional(6, score);
        if (dueMoves)
            update.bind(7, newDue);
        update.bind(dueMoves ? 8 : 7, caseId);
        if (!update.exec())
            return Status::failure(update.error());
    }
    if (score) {
        if (Status s = addEvent(caseId, QStringLiteral("customer"),
                                QStringLiteral("satisfaction_recorded"),
                                QJsonObject{{QStringLiteral("score"), score}});
            !s)
            return s;
    }
    if (newPriority != priority) {
        if (Status s =
                addEvent(caseId, QStringLiteral("triage"), QStringLiteral("priority_raised"),
                         QJsonObject{{QStringLiteral("from"), toKey(priority)},
                                     {QStringLiteral("to"), toKey(newPriority)},
                                     {QStringLiteral("reason"), QStringLiteral("second_message")}});
            !s)
            return s;
    }
    if (status == CaseStatus::Resolved && newStatus == CaseStatus::Open) {
        if (Status s = addEvent(
                caseId, QStringLiteral("triage"), QStringLiteral("reopened"),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer_wrote_again")}});
            !s)
            return s;
    }
    return {};
}

Result<qint64> SqliteCaseStore::timelineCount(const TimelineFilter &filter)
{
    const FilterSql s = filterSql(filter);
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT count(*) FROM messages m") + s.joins + whereClause(s));
    bindAll(q, s.values);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(dbError(q));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QList<TimelineRow>> SqliteCaseStore::timelinePage(const TimelineFilter &filter,
                                                         std::optional<TimelineKey> after,
                                                         int limit)
{
    FilterSql s = filterSql(filter);
    const OrderSql order = orderSql(filter.queue);
    QString keyset;
    if (after) {
        keyset = order.below;
        bindKey(s, order, *after);
    }
    s.values << limit;
    // The filter picks the keys on the timeline index alone; the row's details are joined
    // only for the page that is returned.
    const QString sql =
        QStringLiteral("SELECT m.id, m.sent_at, m.case_id, a.network, a.handle, "
                       "coalesce(nullif(i.display_name, ''), i.handle, a.display_name), "
                       "substr(m.text, 1, 400), m.direction, m.visibility, c.status, c.category, "
                       "c.priority, c.assignee, c.due_at FROM (SELECT m.id AS id FROM messages m") +
        s.joins + whereClause(s, keyset) + order.orderBy +
        QStringLiteral(" LIMIT ?) page "
                       "JOIN messages m ON m.id = page.id "
                       "JOIN accounts a ON a.id = m.account_id "
                       "JOIN cases c ON c.id = m.case_id "
                       "LEFT JOIN identities i ON i.id = m.author_identity_id") +
        order.orderBy;
    QSqlQuery &q = prepared(sql);
    bindAll(q, s.values);
    if (!q.exec())
        return Result<QList<TimelineRow>>::failure(dbError(q));
    QList<TimelineRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        TimelineRow r;
        r.key.messageId = q.value(0).toLongLong();
        r.key.sentAt = q.value(1).toLongLong();
        r.caseId = q.value(2).toLongLong();
        r.network = networkFromKey(q.value(3).toString()).value_or(Network::X);
        r.account = q.value(4).toString();
        r.author = q.value(5).toString();
        r.snippet = snippetOf(q.value(6).toString());
        r.direction = directionFromKey(q.value(7).toString()).value_or(Direction::Inbound);
        r.visibility = visibilityFromKey(q.value(8).toString()).value_or(Visibility::Public);
        r.status = statusFromKey(q.value(9).toString()).value_or(CaseStatus::New);
        r.category = categoryFromKey(q.value(10).toString()).value_or(Category::None);
        r.priority = Priority(std::clamp(q.value(11).toInt(), 0, 3));
        r.assignee = q.value(12).toString();
        if (!q.value(13).isNull()) {
            r.dueAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
            if (order.byDue)
                r.key.dueAt = q.value(13).toLongLong();
        }
        rows.append(r);
    }
    q.finish();
    return rows;
}

Result<QList<TimelineKey>> SqliteCaseStore::timelineAnchors(const TimelineFilter &filter, int step)
{
    const FilterSql s = filterSql(filter);
    const OrderSql order = orderSql(filter.queue);
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT m.sent_at, m.id, ") + order.dueColumn +
                   QStringLiteral(" FROM messages m") + s.joins + whereClause(s) + order.orderBy))
        return Result<QList<TimelineKey>>::failure(dbError(q));
    bindAll(q, s.values);
    if (!q.exec())
        return Result<QList<TimelineKey>>::failure(dbError(q));
    QList<TimelineKey> anchors;
    qint64 row = 0;
    while (q.next()) {
        if (row % step == step - 1)
            anchors.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                            order.byDue ? q.value(2).toLongLong() : 0});
        ++row;
    }
    q.finish();
    return anchors;
}

Result<qint64> SqliteCaseStore::timelineRowOf(const TimelineFilter &filter, const TimelineKey &key)
{
    FilterSql s = filterSql(filter);
    const OrderSql order = orderSql(filter.queue);
    bindKey(s, order, key);
    QSqlQuery &q = prepared(QStringLiteral("SELECT count(*) FROM messages m") + s.joins +
                            whereClause(s, order.above));
    bindAll(q, s.values);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(dbError(q));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<CaseSnapshot> SqliteCaseStore::loadCase(qint64 caseId)
{
    using R = Result<CaseSnapshot>;
    CaseSnapshot snap;
    QSqlDatabase db = m_connection->database();
    // One read transaction: the parts of the snapshot agree with each other.
    db.transaction();
    auto fail = [&](const QSqlQuery &q) {
        db.rollback();
        return R::failure(dbError(q));
    };

    QSqlQuery &c = prepared(QStringLiteral(
        "SELECT c.id, c.customer_id, c.account_id, a.handle, c.network, c.visibility, c.status, "
        "c.category, c.priority, c.language, c.assignee, c.opened_at, c.first_response_at, "
        "c.closed_at, c.last_message_at, c.first_response_due_at, c.due_at, c.waiting_since, "
        "c.department_id, c.incident_id, c.satisfaction, c.satisfaction_asked_at "
        "FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?"));
    c.bindValue(0, caseId);
    if (!c.exec())
        return fail(c);
    if (!c.next()) {
        c.finish();
        db.rollback();
        return R::failure(
            QCoreApplication::translate("SqliteCaseStore", "Case %1 does not exist.").arg(caseId));
    }
    CaseRecord &k = snap.kase;
    k.id = c.value(0).toLongLong();
    k.customerId = c.value(1).toLongLong();
    k.accountId = c.value(2).toLongLong();
    k.account = c.value(3).toString();
    k.network = networkFromKey(c.value(4).toString()).value_or(Network::X);
    k.visibility = visibilityFromKey(c.value(5).toString()).value_or(Visibility::Public);
    k.status = statusFromKey(c.value(6).toString()).value_or(CaseStatus::New);
    k.category = categoryFromKey(c.value(7).toString()).value_or(Category::None);
    k.priority = Priority(std::clamp(c.value(8).toInt(), 0, 3));
    k.language = languageFromKey(c.value(9).toString()).value_or(Language::Other);
    k.assignee = c.value(10).toString();
    k.openedAt = fromMs(c.value(11));
    k.firstResponseAt = fromMs(c.value(12));
    k.closedAt = fromMs(c.value(13));
    k.lastMessageAt = fromMs(c.value(14));
    k.firstResponseDueAt = fromMs(c.value(15));
    k.dueAt = fromMs(c.value(16));
    k.waitingSince = fromMs(c.value(17));
    k.departmentId = c.value(18).toLongLong();
    k.incidentId = c.value(19).toLongLong();
    k.satisfaction = c.value(20).toInt();
    k.satisfactionAskedAt = fromMs(c.value(21));
    c.finish();

    QSqlQuery &m = prepared(QStringLiteral(
        "SELECT m.id, m.case_id, a.network, a.handle, m.network_id, m.direction, m.visibility, "
        "coalesce(i.display_name, a.display_name), coalesce(i.handle, a.handle), m.text, "
        "m.sent_at, m.utc_offset_s, m.reply_to FROM messages m "
        "JOIN accounts a ON a.id = m.account_id "
        "LEFT JOIN identities i ON i.id = m.author_identity_id "
        "WHERE m.case_id = ? OR m.case_id IN (SELECT id FROM cases WHERE customer_id = ? "
        "AND id <> ? AND status IN ('new', 'open', 'waiting', 'escalated')) "
        "ORDER BY m.sent_at, m.id"));
    m.bindValue(0, caseId);
    m.bindValue(1, k.customerId);
    m.bindValue(2, caseId);
    if (!m.exec())
        return fail(m);
    while (m.next()) {
        snap.conversation.append(messageFrom(m));
    }
    m.finish();

    snap.customer.id = k.customerId;
    QSqlQuery &cu = prepared(QStringLiteral("SELECT display_name FROM customers WHERE id = ?"));
    cu.bindValue(0, k.customerId);
    if (!cu.exec())
        return fail(cu);
    if (cu.next())
        snap.customer.displayName = cu.value(0).toString();
    cu.finish();

    QSqlQuery &ids = prepared(
        QStringLiteral("SELECT id, network, external_id, handle, display_name FROM identities "
                       "WHERE customer_id = ? ORDER BY network, id"));
    ids.bindValue(0, k.customerId);
    if (!ids.exec())
        return fail(ids);
    while (ids.next()) {
        IdentityRecord r;
        r.id = ids.value(0).toLongLong();
        r.network = networkFromKey(ids.value(1).toString()).value_or(Network::X);
        r.externalId = ids.value(2).toString();
        r.handle = ids.value(3).toString();
        r.displayName = ids.value(4).toString();
        snap.customer.identities.append(r);
    }
    ids.finish();

    QSqlQuery &cs = prepared(QStringLiteral(
        "SELECT id, network, status, category, opened_at FROM cases WHERE customer_id = ? "
        "ORDER BY opened_at DESC, id DESC LIMIT 200"));
    cs.bindValue(0, k.customerId);
    if (!cs.exec())
        return fail(cs);
    while (cs.next()) {
        CaseSummary r;
        r.id = cs.value(0).toLongLong();
        r.network = networkFromKey(cs.value(1).toString()).value_or(Network::X);
        r.status = statusFromKey(cs.value(2).toString()).value_or(CaseStatus::New);
        r.category = categoryFromKey(cs.value(3).toString()).value_or(Category::None);
        r.openedAt = fromMs(cs.value(4));
        snap.customer.cases.append(r);
    }
    cs.finish();

    QSqlQuery &n = prepared(QStringLiteral("SELECT id, author, text, created_at FROM notes WHERE "
                                           "case_id = ? ORDER BY created_at, id"));
    n.bindValue(0, caseId);
    if (!n.exec())
        return fail(n);
    while (n.next())
        snap.notes.append({n.value(0).toLongLong(), n.value(1).toString(), n.value(2).toString(),
                           fromMs(n.value(3))});
    n.finish();

    QSqlQuery &h = prepared(QStringLiteral(
        "SELECT at, actor, kind, detail FROM case_events WHERE case_id = ? ORDER BY at, id"));
    h.bindValue(0, caseId);
    if (!h.exec())
        return fail(h);
    while (h.next())
        snap.history.append({fromMs(h.value(0)), h.value(1).toString(), h.value(2).toString(),
                             h.value(3).toString()});
    h.finish();
    auto draft = this->draft(caseId);
    if (!draft) {
        db.rollback();
        return R::failure(draft.error());
    }
    snap.draft = draft.value();
    auto outbox = repliesForCase(caseId);
    if (!outbox) {
        db.rollback();
        return R::failure(outbox.error());
    }
    snap.outbox = outbox.value();
    auto escalations = escalationsOf(caseId);
    if (!escalations) {
        db.rollback();
        return R::failure(escalations.error());
    }
    snap.escalations = escalations.value();
    if (k.incidentId) {
        auto incident = incidentById(k.incidentId);
        if (!incident) {
            db.rollback();
            return R::failure(incident.error());
        }
        snap.incident = incident.value();
    }
    db.commit();
    return snap;
}

Status SqliteCaseStore::perform(const CaseAction &action)
{
    if (action.actor.trimmed().isEmpty())
        return Status::failure(tr("Every action needs the name of the agent who performs it."));
    QSqlDatabase db = m_connection->database();
    if (Status s = beginWrite(); !s)
        return s;
    auto rollbackWith = [&](const QString &message) {
        db.rollback();
        return Status::failure(message);
    };

    QSqlQuery &cur = prepared(QStringLiteral(
        "SELECT status, category, priority, assignee, customer_id FROM cases WHERE id = ?"));
    cur.bindValue(0, action.caseId);
    if (!cur.exec())
        return rollbackWith(dbError(cur));
    if (!cur.next()) {
        cur.finish();
        return rollbackWith(tr("Case %1 does not exist.").arg(action.caseId));
    }
    const CaseStatus status = statusFromKey(cur.value(0).toString()).value_or(CaseStatus::New);
    const QString category = cur.value(1).toString();
    const Priority priority = Priority(std::clamp(cur.value(2).toInt(), 0, 3));
    const QString assignee = cur.value(3).toString();
    const qint64 customerId = cur.value(4).toLongLong();
    cur.finish();

    if (Status s = performChange(action, status, category, priority, assignee); !s)
        return rollbackWith(s.error());
    if (Status s = appendAudit(action.actor, auditActionOf(action.kind), action.caseId, customerId,
                               m_lastAuditDetail);
        !s)
        return rollbackWith(s.error());
    if (!db.commit())
        return rollbackWith(db.lastError().text());
    return {};
}

Status SqliteCaseStore::performChange(const CaseAction &action, CaseStatus status,
                                      const QString &category, Priority priority,
                                      const QString &assignee)
{
    auto rollbackWith = [](const QString &message) { return Status::failure(message); };
    m_lastAuditDetail = {};
    switch (action.kind) {
    case CaseActionKind::Escalate:
    case CaseActionKind::AnswerEscalation:
    case CaseActionKind::WithdrawEscalation:
    case CaseActionKind::MoveEscalation:
    case CaseActionKind::RaiseEscalation:
        return performEscalation(action, status, assignee);
    case CaseActionKind::WaitForCustomer:
    case CaseActionKind::AskSatisfaction:
    case CaseActionKind::LinkIncident:
        return performFollowUp(action, status);
    default:
        break;
    }

    QString sql;
    QVariantList values;
    QString eventKind;
    QJsonObject detail;
    switch (action.kind) {
    case CaseActionKind::AssignToMe:
        if (!assignee.isEmpty() && assignee != action.actor)
            return rollbackWith(
                tr("Case %1 is already taken by %2.").arg(action.caseId).arg(assignee));
        if (assignee == action.actor)
            return rollbackWith(tr("Case %1 is already yours.").arg(action.caseId));
        sql = QStringLiteral("UPDATE cases SET assignee = ?, status = CASE WHEN status = 'new' "
                             "THEN 'open' ELSE status END WHERE id = ?");
        values = {action.actor, action.caseId};
        eventKind = QStringLiteral("assigned");
        detail = {{QStringLiteral("to"), action.actor}};
        break;
    case CaseActionKind::Release:
        if (assignee.isEmpty())
            return rollbackWith(tr("Case %1 is not assigned to anyone.").arg(action.caseId));
        sql = QStringLiteral("UPDATE cases SET assignee = '' WHERE id = ?");
        values = {action.caseId};
        eventKind = QStringLiteral("released");
        detail = {{QStringLiteral("from"), assignee}};
        break;
    case CaseActionKind::SetCategory: {
        const auto to = categoryFromKey(action.value.toString());
        if (!to)
            return rollbackWith(tr("Unknown category \"%1\".").arg(action.value.toString()));
        sql = QStringLiteral("UPDATE cases SET category = ? WHERE id = ?");
        values = {toKey(*to), action.caseId};
        eventKind = QStringLiteral("category_set");
        detail = {{QStringLiteral("from"), category}, {QStringLiteral("to"), toKey(*to)}};
        break;
    }
    case CaseActionKind::SetPriority: {
        const auto to = priorityFromKey(action.value.toString());
        if (!to)
            return rollbackWith(tr("Unknown priority \"%1\".").arg(action.value.toString()));
        sql = QStringLiteral("UPDATE cases SET priority = ? WHERE id = ?");
        values = {int(*to), action.caseId};
        eventKind = QStringLiteral("priority_set");
        detail = {{QStringLiteral("from"), toKey(priority)}, {QStringLiteral("to"), toKey(*to)}};
        break;
    }
    case CaseActionKind::AddNote: {
        const QString text = action.value.toString().trimmed();
        if (text.isEmpty())
            return rollbackWith(tr("A note cannot be empty."));
        sql = QStringLiteral(
            "INSERT INTO notes (case_id, author, text, created_at) VALUES (?, ?, ?, ?)");
        values = {action.caseId, action.actor, text, nowMs()};
        eventKind = QStringLiteral("note_added");
        break;
    }
    case CaseActionKind::Resolve:
        if (!isActive(status))
            return rollbackWith(tr("Case %1 is already resolved or closed.").arg(action.caseId));
        if (status == CaseStatus::Escalated)
            return rollbackWith(tr("Case %1 is with a department: record their answer or "
                                   "withdraw the escalation before resolving it.")
                                    .arg(action.caseId));
        // Nothing is owed to a customer whose case is resolved: the clock stops.
        sql = QStringLiteral("UPDATE cases SET status = 'resolved', closed_at = ?, due_at = NULL, "
                             "waiting_since = NULL WHERE id = ?");
        values = {nowMs(), action.caseId};
        eventKind = QStringLiteral("resolved");
        detail = {{QStringLiteral("from"), toKey(status)}};
        break;
    case CaseActionKind::Reopen:
        if (isActive(status))
            return rollbackWith(
                tr("Case %1 is not resolved, so it cannot be reopened.").arg(action.caseId));
        sql = QStringLiteral("UPDATE cases SET status = 'open', closed_at = NULL, "
                             "reopened_count = reopened_count + 1 WHERE id = ?");
        values = {action.caseId};
        eventKind = QStringLiteral("reopened");
        detail = {{QStringLiteral("from"), toKey(status)}};
        break;
    default:
        return rollbackWith(tr("This action is not known."));
    }
    QSqlQuery &q = prepared(sql);
    bindAll(q, values);
    if (!q.exec())
        return rollbackWith(dbError(q));
    if (action.kind == CaseActionKind::AddNote)
        detail = {{QStringLiteral("note_id"), q.lastInsertId().toLongLong()}};
    if (Status s = addEvent(action.caseId, action.actor, eventKind, detail); !s)
        return rollbackWith(s.error());
    // The audit row repeats what changed, never a note's or customer's words.
    m_lastAuditDetail = detail;
    return {};
}

QString SqliteCaseStore::ftsQuery(const QString &typed)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(typed);
    while (it.hasNext())
        terms << QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<MessageRecord>> SqliteCaseStore::searchMessages(const QString &query, int limit)
{
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return QList<MessageRecord>{};
    // Newest first walks the full-text index in rowid order and stops at the limit, so a
    // common word costs no more than a rare one.
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT m.id, m.case_id, a.network, a.handle, m.network_id, m.direction, m.visibility, "
        "coalesce(i.display_name, a.display_name), coalesce(i.handle, a.handle), m.text, "
        "m.sent_at, m.utc_offset_s, m.reply_to "
        "FROM (SELECT rowid AS id FROM messages_fts WHERE messages_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?) hit JOIN messages m ON m.id = hit.id "
        "JOIN accounts a ON a.id = m.account_id "
        "LEFT JOIN identities i ON i.id = m.author_identity_id ORDER BY m.id DESC"));
    q.bindValue(0, fts);
    q.bindValue(1, limit);
    if (!q.exec())
        return Result<QList<MessageRecord>>::failure(dbError(q));
    QList<MessageRecord> out;
    while (q.next()) {
        out.append(messageFrom(q));
    }
    q.finish();
    return out;
}

Result<StoreStats> SqliteCaseStore::stats()
{
    StoreStats s;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM customers), "
                       "(SELECT count(*) FROM accounts), (SELECT count(*) FROM cases)"));
    if (!q.exec() || !q.next())
        return Result<StoreStats>::failure(dbError(q));
    s.messages = q.value(0).toLongLong();
    s.customers = q.value(1).toLongLong();
    s.accounts = q.value(2).toLongLong();
    s.cases = q.value(3).toLongLong();
    q.finish();
    QSqlQuery &byStatus =
        prepared(QStringLiteral("SELECT status, count(*) FROM cases GROUP BY status"));
    if (!byStatus.exec())
        return Result<StoreStats>::failure(dbError(byStatus));
    QHash<QString, qint64> counts;
    while (byStatus.next())
        counts.insert(byStatus.value(0).toString(), byStatus.value(1).toLongLong());
    byStatus.finish();
    for (CaseStatus st : allStatuses())
        s.casesByStatus.append({st, counts.value(toKey(st))});
    return s;
}

Result<QString> SqliteCaseStore::setting(const QString &key)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, text(key));
    if (!q.exec())
        return Result<QString>::failure(dbError(q));
    QString value;
    if (q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

Status SqliteCaseStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, text(key));
    q.bindValue(1, text(value));
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Status SqliteCaseStore::commitOrRollback()
{
    QSqlDatabase db = m_connection->database();
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Status::failure(tr("Cannot save: %1").arg(error));
    }
    return {};
}

Status SqliteCaseStore::saveDraft(const DraftRecord &d)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO drafts (case_id, author, visibility, text, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET author = excluded.author, visibility = "
        "excluded.visibility, "
        "text = excluded.text, updated_at = excluded.updated_at"));
    q.bindValue(0, d.caseId);
    q.bindValue(1, text(d.author));
    q.bindValue(2, toKey(d.visibility));
    q.bindValue(3, text(d.text));
    q.bindValue(4, nowMs());
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Result<std::optional<DraftRecord>> SqliteCaseStore::draft(qint64 caseId)
{
    using R = Result<std::optional<DraftRecord>>;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT author, visibility, text, updated_at FROM drafts WHERE case_id = ?"));
    q.bindValue(0, caseId);
    if (!q.exec())
        return R::failure(dbError(q));
    std::optional<DraftRecord> out;
    if (q.next()) {
        DraftRecord d;
        d.caseId = caseId;
        d.author = q.value(0).toString();
        d.visibility = visibilityFromKey(q.value(1).toString()).value_or(Visibility::Public);
        d.text = q.value(2).toString();
        d.updatedAt = fromMs(q.value(3));
        out = d;
    }
    q.finish();
    return out;
}

Status SqliteCaseStore::discardDraft(qint64 caseId)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM drafts WHERE case_id = ?"));
    q.bindValue(0, caseId);
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Result<qint64> SqliteCaseStore::enqueueReply(const OutboxEntry &e)
{
    using R = Result<qint64>;
    if (e.idempotencyKey.isEmpty() || e.text.trimmed().isEmpty() || e.author.trimmed().isEmpty())
        return R::failure(tr("A reply needs its key, its text and its author."));
    if (Status s = beginWrite(); !s)
        return R::failure(s.error());
    QSqlDatabase db = m_connection->database();
    auto fail = [&](const QString &error) {
        db.rollback();
        return R::failure(error);
    };
    // The same key again is the same reply asked for twice (a double click, a batch answered
    // again after a crash): it is already on its way, so the caller gets its id.
    QSqlQuery &existing =
        prepared(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"));
    existing.bindValue(0, e.idempotencyKey);
    if (!existing.exec())
        return fail(dbError(existing));
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        existing.finish();
        db.rollback();
        return id;
    }
    existing.finish();
    QSqlQuery &kase = prepared(QStringLiteral("SELECT account_id FROM cases WHERE id = ?"));
    kase.bindValue(0, e.caseId);
    if (!kase.exec())
        return fail(dbError(kase));
    if (!kase.next()) {
        kase.finish();
        return fail(tr("Case %1 does not exist.").arg(e.caseId));
    }
    const qint64 accountId = kase.value(0).toLongLong();
    kase.finish();
    const qint64 now = nowMs();
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO outbox (idempotency_key, case_id, "
                                           "account_id, visibility, reply_to, conversation_id, "
                                           "text, author, state, next_attempt_at, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    q.bindValue(0, e.idempotencyKey);
    q.bindValue(1, e.caseId);
    q.bindValue(2, accountId);
    q.bindValue(3, toKey(e.visibility));
    q.bindValue(4, text(e.replyTo));
    q.bindValue(5, text(e.conversationId));
    q.bindValue(6, e.text);
    q.bindValue(7, e.author);
    q.bindValue(8, now);
    q.bindValue(9, now);
    if (!q.exec())
        return fail(dbError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = discardDraft(e.caseId); !s)
        return fail(s.error());
    if (Status s = addEvent(e.caseId, e.author, QStringLiteral("reply_queued"),
                            {{QStringLiteral("outbox_id"), id},
                             {QStringLiteral("visibility"), toKey(e.visibility)}});
        !s)
        return fail(s.error());
    if (Status s = appendAudit(e.author, QStringLiteral("reply_queued"), e.caseId, 0,
                               {{QStringLiteral("outbox_id"), id},
                                {QStringLiteral("visibility"), toKey(e.visibility)}});
        !s)
        return fail(s.error());
    if (Status s = commitOrRollback(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<OutboxEntry>> SqliteCaseStore::outboxQuery(const QString &where,
                                                        const QVariantList &values)
{
    using R = Result<QList<OutboxEntry>>;
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT o.id, o.idempotency_key, o.case_id, o.account_id, "
                                "a.network, a.handle, o.visibility, "
                                "o.reply_to, o.conversation_id, o.text, o.author, o.state, "
                                "o.attempts, o.next_attempt_at, "
                                "o.last_error, o.network_id, o.created_at, o.sent_at FROM outbox o "
                                "JOIN accounts a ON a.id = o.account_id ") +
                 where);
    bindAll(q, values);
    if (!q.exec())
        return R::failure(dbError(q));
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.idempotencyKey = q.value(1).toString();
        e.caseId = q.value(2).toLongLong();
        e.accountId = q.value(3).toLongLong();
        e.network = networkFromKey(q.value(4).toString()).value_or(Network::X);
        e.account = q.value(5).toString();
        e.visibility = visibilityFromKey(q.value(6).toString()).value_or(Visibility::Public);
        e.replyTo = q.value(7).toString();
        e.conversationId = q.value(8).toString();
        e.text = q.value(9).toString();
        e.author = q.value(10).toString();
        e.state = outboxStateFromKey(q.value(11).toString()).value_or(OutboxState::Pending);
        e.attempts = q.value(12).toInt();
        e.nextAttemptAt = fromMs(q.value(13));
        e.lastError = q.value(14).toString();
        e.networkId = q.value(15).toString();
        e.createdAt = fromMs(q.value(16));
        e.sentAt = fromMs(q.value(17));
        out.append(e);
    }
    q.finish();
    return out;
}

Result<QList<OutboxEntry>> SqliteCaseStore::dueReplies(const QDateTime &now, int limit)
{
    return outboxQuery(
        QStringLiteral("WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= ? "
                       "ORDER BY o.next_attempt_at, o.id LIMIT ?"),
        {now.toMSecsSinceEpoch(), limit});
}

Result<QList<OutboxEntry>> SqliteCaseStore::repliesForCase(qint64 caseId)
{
    return outboxQuery(QStringLiteral("WHERE o.case_id = ? ORDER BY o.id"), {caseId});
}

Result<OutboxEntry> SqliteCaseStore::reply(qint64 outboxId)
{
    auto found = outboxQuery(QStringLiteral("WHERE o.id = ?"), {outboxId});
    if (!found)
        return Result<OutboxEntry>::failure(found.error());
    if (found.value().isEmpty())
        return Result<OutboxEntry>::failure(tr("Reply %1 is not in the outbox.").arg(outboxId));
    return found.value().first();
}

Status SqliteCaseStore::markSending(qint64 outboxId, OutboxState seenState, int seenAttempts,
                                    const QDateTime &leaseUntil)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = ? "
        "WHERE id = ? AND state = ? AND attempts = ? AND state IN ('pending', 'sending')"));
    q.bindValue(0, leaseUntil.toMSecsSinceEpoch());
    q.bindValue(1, outboxId);
    q.bindValue(2, toKey(seenState));
    q.bindValue(3, seenAttempts);
    if (!q.exec())
        return Status::failure(dbError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Reply %1 is no longer waiting to be sent.").arg(outboxId));
    return {};
}

Status SqliteCaseStore::markSent(qint64 outboxId, const QString &networkId, const QDateTime &sentAt)
{
    auto entry = reply(outboxId);
    if (!entry)
        return Status::failure(entry.error());
    const OutboxEntry &e = entry.value();
    if (e.state == OutboxState::Sent)
        return {}; // already recorded: a second confirmation changes nothing
    if (Status s = beginWrite(); !s)
        return s;
    QSqlDatabase db = m_connection->database();
    auto fail = [&](const QString &error) {
        db.rollback();
        return Status::failure(error);
    };
    const qint64 at = sentAt.toMSecsSinceEpoch();
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE outbox SET state = 'sent', network_id = ?, sent_at = ?, "
                                "last_error = '' WHERE id = ? AND state <> 'sent'"));
    q.bindValue(0, text(networkId));
    q.bindValue(1, at);
    q.bindValue(2, outboxId);
    if (!q.exec())
        return fail(dbError(q));
    if (q.numRowsAffected() != 1)
        return fail(tr("Reply %1 was recorded as sent twice.").arg(outboxId));
    // The reply joins the case's conversation like any message, once: a poll that later
    // fetches it from the network finds the same network id and drops it.
    QSqlQuery &m = prepared(
        QStringLiteral("INSERT INTO messages (account_id, network_id, case_id, direction, "
                       "visibility, author_identity_id, "
                       "text, sent_at, utc_offset_s, conversation_id, reply_to, raw, ingested_at) "
                       "VALUES (?, ?, ?, 'out', ?, NULL, ?, ?, ?, ?, ?, '', ?) ON CONFLICT "
                       "(account_id, network_id) DO NOTHING"));
    m.bindValue(0, e.accountId);
    m.bindValue(1, networkId.isEmpty() ? QStringLiteral("outbox-%1").arg(e.idempotencyKey)
                                       : networkId);
    m.bindValue(2, e.caseId);
    m.bindValue(3, toKey(e.visibility));
    m.bindValue(4, e.text);
    m.bindValue(5, at);
    m.bindValue(6, sentAt.offsetFromUtc());
    m.bindValue(7, text(e.conversationId));
    m.bindValue(8, text(e.replyTo));
    m.bindValue(9, nowMs());
    if (!m.exec())
        return fail(dbError(m));
    // Search finds the bank's own replies too; ingest indexes per batch, this row by itself.
    if (m.numRowsAffected() == 1) {
        QSqlQuery &index =
            prepared(QStringLiteral("INSERT INTO messages_fts (rowid, text) VALUES (?, ?)"));
        index.bindValue(0, m.lastInsertId());
        index.bindValue(1, e.text);
        if (!index.exec())
            return fail(dbError(index));
    }
    QSqlQuery &c = prepared(
        QStringLiteral("UPDATE cases SET first_response_at = coalesce(first_response_at, ?), "
                       "last_message_at = max(last_message_at, ?), "
                       "status = CASE WHEN status IN ('new', 'open') THEN 'waiting' ELSE status "
                       "END, due_at = NULL, waiting_since = NULL WHERE id = ?"));
    c.bindValue(0, at);
    c.bindValue(1, at);
    c.bindValue(2, e.caseId);
    if (!c.exec())
        return fail(dbError(c));
    if (Status s = addEvent(
            e.caseId, e.author, QStringLiteral("reply_sent"),
            {{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("network_id"), networkId}});
        !s)
        return fail(s.error());
    if (Status s = appendAudit(
            e.author, QStringLiteral("message_sent"), e.caseId, 0,
            {{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("network_id"), networkId}});
        !s)
        return fail(s.error());
    return commitOrRollback();
}

Status SqliteCaseStore::markRetry(qint64 outboxId, OutboxState state, const QString &error,
                                  const QDateTime &nextAttempt)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, "
                                           "next_attempt_at = ? WHERE id = ? AND state <> 'sent'"));
    q.bindValue(0, toKey(state));
    q.bindValue(1, text(error));
    q.bindValue(2, nextAttempt.toMSecsSinceEpoch());
    q.bindValue(3, outboxId);
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Status SqliteCaseStore::markFailed(qint64 outboxId, const QString &error)
{
    auto entry = reply(outboxId);
    if (!entry)
        return Status::failure(entry.error());
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ? AND state <> 'sent'"));
    q.bindValue(0, text(error));
    q.bindValue(1, outboxId);
    if (!q.exec()) {
        m_connection->database().rollback();
        return Status::failure(dbError(q));
    }
    if (Status s =
            addEvent(entry.value().caseId, QStringLiteral("outbox"), QStringLiteral("reply_failed"),
                     {{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("error"), error}});
        !s) {
        m_connection->database().rollback();
        return s;
    }
    return commitOrRollback();
}

Status SqliteCaseStore::retryReply(qint64 outboxId)
{
    // A failed reply was never accepted by the network, as far as anyone knows: it goes out
    // again through the same existence check as any unclear attempt.
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = 0, "
                                "next_attempt_at = ? WHERE id = ? AND state = 'failed'"));
    q.bindValue(0, nowMs());
    q.bindValue(1, outboxId);
    if (!q.exec())
        return Status::failure(dbError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Only a failed reply can be retried."));
    return {};
}

Status SqliteCaseStore::discardReply(qint64 outboxId, const QString &actor)
{
    auto entry = reply(outboxId);
    if (!entry)
        return Status::failure(entry.error());
    if (entry.value().state != OutboxState::Failed)
        return Status::failure(tr("Only a failed reply can be discarded."));
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'failed'"));
    q.bindValue(0, outboxId);
    if (!q.exec()) {
        m_connection->database().rollback();
        return Status::failure(dbError(q));
    }
    if (Status s = addEvent(entry.value().caseId, actor, QStringLiteral("reply_discarded"),
                            {{QStringLiteral("outbox_id"), outboxId}});
        !s) {
        m_connection->database().rollback();
        return s;
    }
    if (Status s = appendAudit(actor, QStringLiteral("reply_discarded"), entry.value().caseId, 0,
                               {{QStringLiteral("outbox_id"), outboxId}});
        !s) {
        m_connection->database().rollback();
        return s;
    }
    return commitOrRollback();
}

Status SqliteCaseStore::seedTemplates(const QList<ReplyTemplate> &templates,
                                      const QList<TemplateVariable> &variables)
{
    QSqlQuery &count = prepared(QStringLiteral("SELECT count(*) FROM reply_templates"));
    if (!count.exec() || !count.next())
        return Status::failure(dbError(count));
    const bool empty = count.value(0).toLongLong() == 0;
    count.finish();
    if (!empty)
        return {}; // the bank's library is its own once it exists
    if (Status s = beginWrite(); !s)
        return s;
    for (const ReplyTemplate &t : templates) {
        if (Status s = writeTemplate(t, QStringLiteral("seed")); !s) {
            m_connection->database().rollback();
            return s;
        }
    }
    for (const TemplateVariable &v : variables) {
        if (Status s = writeTemplateVariable(v); !s) {
            m_connection->database().rollback();
            return s;
        }
    }
    return commitOrRollback();
}

Result<QList<ReplyTemplate>> SqliteCaseStore::templates()
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT key, language, title, tags, body, variants, retired FROM "
                                "reply_templates ORDER BY language, title"));
    if (!q.exec())
        return Result<QList<ReplyTemplate>>::failure(dbError(q));
    QList<ReplyTemplate> out;
    while (q.next()) {
        ReplyTemplate t;
        t.key = q.value(0).toString();
        t.language = q.value(1).toString();
        t.title = q.value(2).toString();
        t.tags = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        t.body = q.value(4).toString();
        const QJsonObject variants =
            QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        for (auto it = variants.begin(); it != variants.end(); ++it)
            t.variants.insert(it.key(), it.value().toString());
        t.retired = q.value(6).toInt() != 0;
        out.append(t);
    }
    q.finish();
    return out;
}

Result<QList<TemplateVariable>> SqliteCaseStore::templateVariables()
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT name, description, value FROM template_variables ORDER BY name"));
    if (!q.exec())
        return Result<QList<TemplateVariable>>::failure(dbError(q));
    QList<TemplateVariable> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    return out;
}

Status SqliteCaseStore::saveTemplate(const ReplyTemplate &t, const QString &actor)
{
    if (Status s = beginWrite(); !s)
        return s;
    if (Status s = writeTemplate(t, actor); !s)
        return failInTransaction(s.error());
    if (Status s = appendAudit(actor, QStringLiteral("template_changed"), 0, 0,
                               {{QStringLiteral("key"), t.key.trimmed()},
                                {QStringLiteral("language"), t.language},
                                {QStringLiteral("retired"), t.retired}});
        !s)
        return failInTransaction(s.error());
    return commitOrRollback();
}

Status SqliteCaseStore::writeTemplate(const ReplyTemplate &t, const QString &actor)
{
    if (t.key.trimmed().isEmpty() || t.title.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return Status::failure(tr("A template needs a key, a title and a text."));
    QJsonObject variants;
    for (auto it = t.variants.begin(); it != t.variants.end(); ++it)
        variants.insert(it.key(), it.value());
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO reply_templates (key, language, title, tags, body, variants, "
                       "retired, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key, language) DO UPDATE "
                       "SET title = excluded.title, "
                       "tags = excluded.tags, body = excluded.body, variants = excluded.variants, "
                       "retired = excluded.retired, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.bindValue(0, t.key.trimmed());
    q.bindValue(1, text(t.language.isEmpty() ? QStringLiteral("it") : t.language));
    q.bindValue(2, t.title.trimmed());
    q.bindValue(3, text(t.tags.join(QLatin1Char(','))));
    q.bindValue(4, t.body);
    q.bindValue(5, QString::fromUtf8(QJsonDocument(variants).toJson(QJsonDocument::Compact)));
    q.bindValue(6, t.retired ? 1 : 0);
    q.bindValue(7, nowMs());
    q.bindValue(8, text(actor));
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Status SqliteCaseStore::saveTemplateVariable(const TemplateVariable &v, const QString &actor)
{
    if (Status s = beginWrite(); !s)
        return s;
    if (Status s = writeTemplateVariable(v); !s)
        return failInTransaction(s.error());
    if (Status s = appendAudit(actor, QStringLiteral("template_variable_changed"), 0, 0,
                               {{QStringLiteral("name"), v.name}});
        !s)
        return failInTransaction(s.error());
    return commitOrRollback();
}

Status SqliteCaseStore::writeTemplateVariable(const TemplateVariable &v)
{
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO template_variables (name, description, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET description = excluded.description, value "
                       "= excluded.value"));
    q.bindValue(0, v.name);
    q.bindValue(1, text(v.description));
    q.bindValue(2, text(v.defaultValue));
    if (!q.exec())
        return Status::failure(dbError(q));
    return {};
}

Status SqliteCaseStore::failInTransaction(const QString &error)
{
    m_connection->database().rollback();
    return Status::failure(error);
}

} // namespace sportello
