// sportello-bench-report [--db PATH] [--messages N] [--runs N] [--month YYYY-MM]
//                       [--with-indexes] [--mmap] [--agent NAME]
//
// The supervisor's report on a year of a busy team: builds (or reuses, when PATH exists) a
// database of N messages (default 1,000,000) over ~N/3.33 cases, 12 months, 8 networks, with
// escalations, satisfaction, reopened cases and incidents, then times ServiceReport::compute
// for one month: the first run on a fresh read-only connection and the median of the next
// runs. Figures as JSON on stdout; progress on stderr.
//
// --with-indexes adds the index suggested for the report (not in any migration) before
// timing, to measure what it would buy; --mmap reads through a memory map.

#include "ServiceReport.h"
#include "SqliteConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace sportello;

namespace {

void progress(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// splitmix64 as a generator: the same database on every machine.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ull);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        return x ^ (x >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    bool chance(double p) { return uniform() < p; }
    qint64 exponentialMs(double meanMs) { return qint64(-std::log(1.0 - uniform()) * meanMs); }

private:
    quint64 m_state;
};

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Raw SQLite for the build: the report reads what the store writes, and a million rows go in
// in seconds this way.
class Bulk
{
public:
    explicit Bulk(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = OFF");
        exec("PRAGMA foreign_keys = OFF");
    }
    ~Bulk()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            progress(
                QStringLiteral("sqlite: %1: %2").arg(QLatin1String(sql), QString::fromUtf8(error)));
            sqlite3_free(error);
            std::exit(2);
        }
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK) {
            progress(QStringLiteral("sqlite: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
            std::exit(2);
        }
        m_statements.push_back(s);
        return s;
    }
    void step(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE) {
            progress(QStringLiteral("sqlite: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
            std::exit(2);
        }
        sqlite3_reset(s);
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

void bindOptional(sqlite3_stmt *s, int index, qint64 value)
{
    if (value < 0)
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_int64(s, index, value);
}

// Busier by day than by night: the hour an inbound message arrives, local-ish.
qint64 dayProfileOffset(Rng &rng)
{
    static const std::array<int, 24> weight{1,  1,  1,  1,  1,  2,  4,  8, 12, 14, 14, 13,
                                            12, 12, 13, 13, 12, 11, 10, 9, 8,  6,  4,  2};
    int total = 0;
    for (int w : weight)
        total += w;
    int pick = int(rng.below(quint32(total)));
    int hour = 0;
    while (pick >= weight[size_t(hour)])
        pick -= weight[size_t(hour++)];
    return hour * kHour + qint64(rng.below(quint32(kHour)));
}

void build(const QString &path, qint64 messageTarget)
{
    {
        // The schema comes from the real migrations.
        auto opened = SqliteConnection::open(path);
        if (!opened) {
            progress(opened.error());
            std::exit(2);
        }
    }
    QElapsedTimer timer;
    timer.start();
    Bulk db(path);
    Rng rng(0x5e0a7e11023ull);
    const char *networks[] = {"x",        "facebook", "instagram", "messenger",
                              "whatsapp", "telegram", "mastodon",  "bluesky"};
    const qint64 dueMinutes[] = {15, 30, 60, 30, 60, 60, 60, 60};
    const char *agents[] = {"anna", "bruno", "carla", "dario", "elena", "fabio", "gina", "ugo"};
    const char *categories[] = {"support_request",  "support_request",  "support_request",
                                "emerging_problem", "praise",           "wish_or_idea",
                                "spam_or_abuse",    "reputational_risk"};
    const qint64 yearStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 yearEnd = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 customers = 100000;
    const qint64 cases = messageTarget * 3 / 10;

    db.exec("BEGIN");
    sqlite3_stmt *account =
        db.prepare("INSERT INTO accounts (id, network, handle, created_at) VALUES (?, ?, ?, 0)");
    for (int i = 0; i < 16; ++i) {
        sqlite3_bind_int(account, 1, i + 1);
        sqlite3_bind_text(account, 2, networks[i % 8], -1, SQLITE_STATIC);
        const QByteArray handle = QByteArray("banca") + QByteArray::number(i);
        sqlite3_bind_text(account, 3, handle.constData(), -1, SQLITE_TRANSIENT);
        db.step(account);
    }
    sqlite3_stmt *customer =
        db.prepare("INSERT INTO customers (id, display_name, created_at) VALUES (?, 'cliente', 0)");
    for (qint64 i = 1; i <= customers; ++i) {
        sqlite3_bind_int64(customer, 1, i);
        db.step(customer);
    }
    sqlite3_stmt *incident = db.prepare("INSERT INTO incidents (id, title, state, opened_by, "
                                        "opened_at) VALUES (?, ?, ?, 'sup', ?)");
    constexpr int kIncidents = 24;
    for (int i = 1; i <= kIncidents; ++i) {
        sqlite3_bind_int(incident, 1, i);
        const QByteArray title = "Disservizio " + QByteArray::number(i);
        sqlite3_bind_text(incident, 2, title.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(incident, 3, i > kIncidents - 2 ? "open" : "closed", -1, SQLITE_STATIC);
        sqlite3_bind_int64(incident, 4,
                           yearStart + (yearEnd - yearStart) * (i - 1) / kIncidents + 3 * kDay);
        db.step(incident);
    }
    db.exec("COMMIT");

    sqlite3_stmt *insertCase = db.prepare(
        "INSERT INTO cases (id, customer_id, account_id, network, visibility, status, category, "
        "assignee, opened_at, first_response_at, first_response_due_at, closed_at, satisfaction, "
        "incident_id, reopened_count, last_message_at) "
        "VALUES (?, ?, ?, ?, 'public', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *insertMessage =
        db.prepare("INSERT INTO messages (account_id, network_id, case_id, direction, "
                   "visibility, text, sent_at, utc_offset_s, ingested_at) VALUES (?, ?, ?, ?, "
                   "'public', 'Buongiorno, la carta non funziona', ?, 3600, ?)");
    sqlite3_stmt *insertEvent =
        db.prepare("INSERT INTO case_events (case_id, at, actor, kind) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *insertEscalation = db.prepare(
        "INSERT INTO escalations (case_id, department_id, level, reason, escalated_by, "
        "escalated_at, due_at, state, closed_at) VALUES (?, ?, 1, 'verifica', ?, ?, ?, ?, ?)");

    qint64 messages = 0;
    db.exec("BEGIN");
    for (qint64 id = 1; id <= cases; ++id) {
        // Cases open in time order so opened_at and id grow together, as in a real store.
        const qint64 day = (id - 1) * 365 / cases;
        const qint64 opened = yearStart + day * kDay + dayProfileOffset(rng) - kHour;
        const int accountId = int(rng.below(16)) + 1;
        const int network = (accountId - 1) % 8;
        const char *agent = agents[rng.below(8)];
        const qint64 due = opened + dueMinutes[network] * kMinute;
        const bool recent = yearEnd - opened < 5 * kDay;
        const bool answered = rng.chance(recent ? 0.7 : 0.95);
        const qint64 firstResponse = answered ? opened + rng.exponentialMs(20 * kMinute) : -1;
        // Most cases nobody answered were spam or settled elsewhere and got closed; a few
        // linger in the backlog.
        const bool active =
            answered ? rng.chance(recent ? 0.5 : 0.01) : (recent || rng.chance(0.15));
        const char *status =
            active ? (answered ? "open" : "new") : (rng.chance(0.7) ? "closed" : "resolved");
        const qint64 closed =
            active ? -1 : std::max(opened, firstResponse) + rng.exponentialMs(1.5 * kDay);
        const int satisfaction = (!active && rng.chance(0.3)) ? int(rng.below(5)) + 1 : 0;
        const int linkedIncident = rng.chance(0.01) ? int(day * kIncidents / 365) + 1 : 0;
        const bool reopened = !active && rng.chance(0.03);
        const int messageCount = int(messageTarget / cases) + (id % 3 == 0 ? 1 : 0);

        sqlite3_bind_int64(insertCase, 1, id);
        sqlite3_bind_int64(insertCase, 2, 1 + qint64(rng.below(quint32(customers))));
        sqlite3_bind_int(insertCase, 3, accountId);
        sqlite3_bind_text(insertCase, 4, networks[network], -1, SQLITE_STATIC);
        sqlite3_bind_text(insertCase, 5, status, -1, SQLITE_STATIC);
        sqlite3_bind_text(insertCase, 6, categories[rng.below(8)], -1, SQLITE_STATIC);
        sqlite3_bind_text(insertCase, 7, agent, -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertCase, 8, opened);
        bindOptional(insertCase, 9, firstResponse);
        bindOptional(insertCase, 10, rng.chance(0.9) ? due : -1);
        bindOptional(insertCase, 11, closed);
        bindOptional(insertCase, 12, satisfaction ? satisfaction : -1);
        bindOptional(insertCase, 13, linkedIncident ? linkedIncident : -1);
        sqlite3_bind_int(insertCase, 14, reopened ? 1 : 0);
        sqlite3_bind_int64(insertCase, 15, opened);
        db.step(insertCase);

        qint64 at = opened;
        for (int m = 0; m < messageCount && messages < messageTarget; ++m, ++messages) {
            const bool inbound = m % 2 == 0 || !answered;
            if (m == 1 && answered)
                at = firstResponse;
            else if (m > 0)
                at += rng.exponentialMs(3 * kHour);
            sqlite3_bind_int(insertMessage, 1, accountId);
            const QByteArray networkId = "n" + QByteArray::number(messages);
            sqlite3_bind_text(insertMessage, 2, networkId.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(insertMessage, 3, id);
            sqlite3_bind_text(insertMessage, 4, inbound ? "in" : "out", -1, SQLITE_STATIC);
            sqlite3_bind_int64(insertMessage, 5, at);
            sqlite3_bind_int64(insertMessage, 6, at);
            db.step(insertMessage);
        }

        auto event = [&](qint64 when, const char *kind) {
            sqlite3_bind_int64(insertEvent, 1, id);
            sqlite3_bind_int64(insertEvent, 2, when);
            sqlite3_bind_text(insertEvent, 3, agent, -1, SQLITE_STATIC);
            sqlite3_bind_text(insertEvent, 4, kind, -1, SQLITE_STATIC);
            db.step(insertEvent);
        };
        event(opened, "opened");
        if (closed >= 0)
            event(closed, "resolved");
        if (reopened)
            event(closed + rng.exponentialMs(2 * kDay), "reopened");

        if (rng.chance(0.05)) {
            const qint64 escalated = opened + rng.exponentialMs(2 * kHour);
            const qint64 escalationDue = escalated + 16 * kHour;
            const double fate = rng.uniform();
            const char *state = fate < 0.8 ? "answered" : fate < 0.9 ? "withdrawn" : "open";
            const qint64 answeredAt = fate < 0.9 ? escalated + rng.exponentialMs(10 * kHour) : -1;
            sqlite3_bind_int64(insertEscalation, 1, id);
            sqlite3_bind_int(insertEscalation, 2, int(rng.below(9)) + 1);
            sqlite3_bind_text(insertEscalation, 3, agent, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insertEscalation, 4, escalated);
            sqlite3_bind_int64(insertEscalation, 5, escalationDue);
            sqlite3_bind_text(insertEscalation, 6, state, -1, SQLITE_STATIC);
            bindOptional(insertEscalation, 7, answeredAt);
            db.step(insertEscalation);
        }
        if (id % 50000 == 0) {
            db.exec("COMMIT");
            db.exec("BEGIN");
            progress(QStringLiteral("%1 cases, %2 messages, %3 s")
                         .arg(id)
                         .arg(messages)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        }
    }
    db.exec("COMMIT");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    progress(QStringLiteral("built %1 cases and %2 messages in %3 s")
                 .arg(cases)
                 .arg(messages)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
}

// The index the report's largest scan would use if a migration added it: the month's
// messages without a table lookup each. Measured here, not shipped.
void addSuggestedIndexes(const QString &path)
{
    Bulk db(path);
    db.exec("CREATE INDEX IF NOT EXISTS messages_for_report ON messages (sent_at, account_id, "
            "direction, case_id)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database to build or reuse."),
                                      QStringLiteral("path"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages to build (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Warm runs (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("Month to report (default 2025-11)."),
                                         QStringLiteral("YYYY-MM"), QStringLiteral("2025-11"));
    const QCommandLineOption indexOption(QStringLiteral("with-indexes"),
                                         QStringLiteral("Add the suggested report indexes first."));
    const QCommandLineOption mmapOption(
        QStringLiteral("mmap"),
        QStringLiteral("Read the file through a memory map (PRAGMA mmap_size)."));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         QStringLiteral("Only this agent's cases (the case join)."),
                                         QStringLiteral("name"));
    parser.addOptions(
        {dbOption, messagesOption, runsOption, monthOption, indexOption, mmapOption, agentOption});
    parser.process(app);

    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QDir::temp().filePath(QStringLiteral("sportello-report-bench.db"));
    if (!QFileInfo::exists(path)) {
        progress(QStringLiteral("building %1").arg(path));
        build(path, parser.value(messagesOption).toLongLong());
    } else {
        progress(QStringLiteral("reusing %1").arg(path));
    }
    if (parser.isSet(indexOption))
        addSuggestedIndexes(path);

    const QDate month = QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"),
                                          QStringLiteral("yyyy-MM-dd"));
    ReportQuery query;
    query.from = QDateTime(month, QTime(0, 0), query.zone);
    query.to = QDateTime(month.addMonths(1), QTime(0, 0), query.zone);
    query.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), query.zone);
    query.agent = parser.value(agentOption);

    auto opened = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!opened) {
        progress(opened.error());
        return 2;
    }
    if (parser.isSet(mmapOption))
        QSqlQuery(opened.value()->database()).exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    QElapsedTimer timer;
    timer.start();
    auto first = ServiceReport::compute(opened.value()->database(), query);
    const double coldMs = timer.nsecsElapsed() / 1e6;
    if (!first) {
        progress(first.error());
        return 2;
    }
    std::vector<double> runs;
    const int warmRuns = std::max(1, parser.value(runsOption).toInt());
    for (int i = 0; i < warmRuns; ++i) {
        timer.restart();
        auto r = ServiceReport::compute(opened.value()->database(), query);
        runs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());

    // What the planner does with each of the report's range scans.
    QSqlQuery count(opened.value()->database());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM "
                              "cases), (SELECT count(*) FROM escalations), (SELECT count(*) FROM "
                              "case_events)"));
    count.next();
    QJsonObject result{
        {QStringLiteral("database"), path},
        {QStringLiteral("messages"), count.value(0).toLongLong()},
        {QStringLiteral("cases"), count.value(1).toLongLong()},
        {QStringLiteral("escalations"), count.value(2).toLongLong()},
        {QStringLiteral("case_events"), count.value(3).toLongLong()},
        {QStringLiteral("suggested_indexes"), parser.isSet(indexOption)},
        {QStringLiteral("mmap"), parser.isSet(mmapOption)},
        {QStringLiteral("month"), parser.value(monthOption)},
        {QStringLiteral("agent"), query.agent},
        {QStringLiteral("first_run_ms"), coldMs},
        {QStringLiteral("median_ms"), runs[runs.size() / 2]},
        {QStringLiteral("min_ms"), runs.front()},
        {QStringLiteral("max_ms"), runs.back()},
        {QStringLiteral("figures"), toJson(first.value())},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
