#pragma once

// The supervisor's month used by the report tests: March 2026 in Europe/Rome, with the night
// the clocks go forward (2026-03-29, 02:00 CET -> 03:00 CEST = 01:00 UTC). Every figure the
// tests expect is worked out by hand in tests/test_service_report.cpp from the rows below.

#include "SqliteConnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace reportfixture {

inline qint64 ms(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

// The period: 2026-03-01 00:00 CET (2026-02-28T23:00Z) to 2026-04-01 00:00 CEST
// (2026-03-31T22:00Z).
inline QDateTime from()
{
    return QDateTime::fromString(QStringLiteral("2026-02-28T23:00:00Z"), Qt::ISODate);
}
inline QDateTime to()
{
    return QDateTime::fromString(QStringLiteral("2026-03-31T22:00:00Z"), Qt::ISODate);
}
// Well after the period: the whole month is judged at its end.
inline QDateTime later()
{
    return QDateTime::fromString(QStringLiteral("2026-04-15T12:00:00Z"), Qt::ISODate);
}

inline bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

inline QVariant null()
{
    return QVariant(); // the SQLite driver binds an invalid value as NULL
}

inline QVariant at(const char *isoUtc)
{
    return isoUtc ? QVariant(ms(isoUtc)) : null();
}

// Builds the fixture in a new database at `path`. False (with a warning) on any failure.
inline bool build(const QString &path)
{
    auto opened = sportello::SqliteConnection::open(path);
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error()));
        return false;
    }
    QSqlDatabase db = opened.value()->database();
    bool ok = db.transaction();
    const qint64 created = ms("2026-01-01T00:00:00Z");
    ok = ok && exec(db,
                    QStringLiteral("INSERT INTO accounts (id, network, handle, created_at) VALUES "
                                   "(1, 'x', '@banca', ?), (2, 'facebook', 'banca', ?), "
                                   "(3, 'whatsapp', '+39000', ?)"),
                    {created, created, created});
    ok = ok && exec(db,
                    QStringLiteral("INSERT INTO customers (id, display_name, created_at) VALUES "
                                   "(1, 'Marco', ?), (2, 'Giulia', ?), (3, 'Paolo', ?)"),
                    {created, created, created});
    ok = ok && exec(db,
                    QStringLiteral("INSERT INTO identities (customer_id, network, external_id, "
                                   "handle, created_at) VALUES (1, 'x', 'x-1', '@marco', ?), "
                                   "(2, 'facebook', 'fb-2', 'giulia', ?), "
                                   "(3, 'whatsapp', 'wa-3', '+39333', ?)"),
                    {created, created, created});
    ok = ok &&
         exec(db,
              QStringLiteral("INSERT INTO incidents (id, title, state, opened_by, "
                             "opened_at) VALUES (1, 'App down, \"login\" errors', "
                             "'open', 'sup', ?), (2, 'Old outage', 'closed', 'sup', ?), "
                             "(3, '=HYPERLINK(\"x\")', 'closed', 'sup', ?)"),
              {ms("2026-03-10T08:00:00Z"), ms("2026-02-01T08:00:00Z"), ms("2026-03-29T08:00:00Z")});

    struct Case
    {
        int id;
        int customer;
        int account;
        const char *network;
        const char *status;
        const char *category;
        const char *assignee;
        const char *opened;
        const char *firstResponse;
        const char *due;
        const char *closed;
        int satisfaction; // 0: none
        int incident;     // 0: none
    };
    // clang-format off
    const Case cases[] = {
        // id cust acct network     status       category             assignee opened                 first response         first response due     closed                satisf. incident
        {1,  1,   1,   "x",        "closed",    "support_request",   "anna",  "2026-03-10T09:00:00Z", "2026-03-10T09:10:00Z", "2026-03-10T09:15:00Z", "2026-03-11T10:00:00Z", 5, 1},
        {2,  1,   1,   "x",        "resolved",  "support_request",   "anna",  "2026-03-10T09:00:00Z", "2026-03-10T09:20:00Z", "2026-03-10T09:15:00Z", "2026-03-12T10:00:00Z", 4, 1},
        {3,  2,   2,   "facebook", "closed",    "emerging_problem",  "bruno", "2026-03-10T09:00:00Z", "2026-03-10T09:30:00Z", "2026-03-10T09:30:00Z", "2026-03-20T10:00:00Z", 2, 3},
        {4,  2,   2,   "facebook", "closed",    "support_request",   "bruno", "2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z", nullptr,                "2026-04-02T10:00:00Z", 3, 0},
        {5,  3,   3,   "whatsapp", "open",      "praise",            "anna",  "2026-03-10T09:00:00Z", "2026-03-10T11:00:00Z", "2026-03-10T09:30:00Z", nullptr,                0, 0},
        {6,  1,   1,   "x",        "new",       "support_request",   "",      "2026-03-31T21:30:00Z", nullptr,                "2026-03-31T21:45:00Z", nullptr,                0, 1},
        {7,  1,   1,   "x",        "open",      "support_request",   "anna",  "2026-03-31T20:00:00Z", nullptr,                "2026-03-31T23:00:00Z", nullptr,                0, 0},
        {8,  2,   2,   "facebook", "escalated", "reputational_risk", "bruno", "2026-03-31T10:00:00Z", nullptr,                nullptr,                nullptr,                0, 0},
        {9,  1,   1,   "x",        "waiting",   "support_request",   "anna",  "2026-02-20T10:00:00Z", "2026-02-20T10:05:00Z", "2026-02-20T10:15:00Z", nullptr,                0, 0},
        {10, 1,   1,   "x",        "open",      "support_request",   "anna",  "2026-03-30T12:00:00Z", "2026-03-30T12:05:00Z", "2026-03-30T12:15:00Z", nullptr,                0, 0},
        {11, 1,   1,   "x",        "new",       "support_request",   "anna",  "2026-04-05T10:00:00Z", nullptr,                nullptr,                nullptr,                0, 0},
        {12, 1,   1,   "x",        "closed",    "support_request",   "anna",  "2026-01-10T10:00:00Z", "2026-01-10T10:30:00Z", nullptr,                "2026-03-05T10:00:00Z", 1, 0},
    };
    // clang-format on
    for (const Case &c : cases) {
        ok =
            ok &&
            exec(
                db,
                QStringLiteral(
                    "INSERT INTO cases (id, customer_id, account_id, network, visibility, "
                    "status, category, assignee, opened_at, first_response_at, "
                    "first_response_due_at, closed_at, satisfaction, incident_id, "
                    "last_message_at) VALUES (?, ?, ?, ?, 'public', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.id, c.customer, c.account, QString::fromLatin1(c.network),
                 QString::fromLatin1(c.status), QString::fromLatin1(c.category),
                 QString::fromLatin1(c.assignee), at(c.opened), at(c.firstResponse), at(c.due),
                 at(c.closed), c.satisfaction ? QVariant(c.satisfaction) : null(),
                 c.incident ? QVariant(c.incident) : null(), at(c.opened)});
    }

    struct Message
    {
        int id;
        int account;
        int caseId;
        const char *direction;
        const char *sent;
    };
    const Message messages[] = {
        {1, 1, 1, "in", "2026-03-29T00:30:00Z"},  // 01:30 CET, Sunday
        {2, 1, 1, "in", "2026-03-29T01:30:00Z"},  // 03:30 CEST: hour 2 never happened
        {3, 1, 1, "out", "2026-03-29T10:00:00Z"}, // 12:00 CEST, Sunday
        {4, 2, 3, "in", "2026-03-02T08:15:00Z"},  // 09:15 CET, Monday
        {5, 3, 5, "in", "2026-03-31T21:59:00Z"},  // 23:59 CEST, Tuesday: the last minute
        {6, 1, 6, "in", "2026-03-31T22:00:00Z"},  // 00:00 on April 1st: outside
        {7, 1, 9, "in", "2026-02-28T22:59:00Z"},  // 23:59 on February 28th: outside
        {8, 1, 9, "in", "2026-02-28T23:00:00Z"},  // 00:00 on March 1st, Sunday
        {9, 2, 4, "out", "2026-03-10T10:00:00Z"}, // 11:00 CET, Tuesday
    };
    for (const Message &m : messages) {
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO messages (id, account_id, network_id, case_id, "
                                       "direction, visibility, text, sent_at, utc_offset_s, "
                                       "ingested_at) VALUES (?, ?, ?, ?, ?, 'public', 'testo', ?, "
                                       "3600, ?)"),
                        {m.id, m.account, QStringLiteral("n-%1").arg(m.id), m.caseId,
                         QString::fromLatin1(m.direction), ms(m.sent), ms(m.sent)});
    }

    struct Escalation
    {
        int caseId;
        const char *department;
        const char *state;
        const char *escalated;
        const char *due;
        const char *closed;
    };
    const Escalation escalations[] = {
        {5, "legal", "answered", "2026-03-11T10:00:00Z", "2026-03-12T10:00:00Z",
         "2026-03-11T14:00:00Z"}, // 4 h
        {5, "legal", "answered", "2026-03-12T10:00:00Z", "2026-03-13T10:00:00Z",
         "2026-03-13T12:00:00Z"}, // 26 h
        {3, "legal", "answered", "2026-03-13T10:00:00Z", "2026-03-14T10:00:00Z",
         "2026-03-13T20:00:00Z"}, // 10 h
        {2, "legal", "open", "2026-03-20T10:00:00Z", "2026-03-21T10:00:00Z", nullptr},
        {2, "complaints", "withdrawn", "2026-03-15T10:00:00Z", "2026-03-16T10:00:00Z",
         "2026-03-15T11:00:00Z"},
        {8, "complaints", "open", "2026-03-31T21:00:00Z", "2026-04-01T10:00:00Z", nullptr},
        {9, "legal", "answered", "2026-02-27T10:00:00Z", "2026-02-28T10:00:00Z",
         "2026-02-27T11:00:00Z"}, // before the period
    };
    for (const Escalation &e : escalations) {
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO escalations (case_id, department_id, level, "
                                       "reason, escalated_by, escalated_at, due_at, state, "
                                       "closed_at) VALUES (?, (SELECT id FROM departments WHERE "
                                       "key = ?), 1, 'perché sì', 'anna', ?, ?, ?, ?)"),
                        {e.caseId, QString::fromLatin1(e.department), at(e.escalated), at(e.due),
                         QString::fromLatin1(e.state), at(e.closed)});
    }

    struct Event
    {
        int caseId;
        const char *kind;
        const char *at;
    };
    const Event events[] = {
        {1, "reopened", "2026-03-12T10:00:00Z"}, {1, "reopened", "2026-03-13T10:00:00Z"},
        {3, "reopened", "2026-03-25T10:00:00Z"}, {2, "reopened", "2026-02-25T10:00:00Z"},
        {2, "resolved", "2026-03-14T10:00:00Z"},
    };
    for (const Event &e : events) {
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO case_events (case_id, at, actor, kind) VALUES "
                                       "(?, ?, 'anna', ?)"),
                        {e.caseId, ms(e.at), QString::fromLatin1(e.kind)});
    }
    ok = ok && db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

} // namespace reportfixture
