#include "ServiceReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace sportello {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// Fixed SQL fragments and the values bound to them, in placeholder order.
struct Sql
{
    QString text;
    QVariantList values;
};

// The report's filters on a case aliased `c`. Every value is bound, never spliced.
Sql caseFilter(const ReportQuery &q)
{
    Sql s;
    if (q.network) {
        s.text += QStringLiteral(" AND c.network = ?");
        s.values << toKey(*q.network);
    }
    if (q.accountId != 0) {
        s.text += QStringLiteral(" AND c.account_id = ?");
        s.values << q.accountId;
    }
    if (!q.agent.isEmpty()) {
        s.text += QStringLiteral(" AND c.assignee = ?");
        s.values << q.agent;
    }
    if (q.category) {
        s.text += QStringLiteral(" AND c.category = ?");
        s.values << toKey(*q.category);
    }
    return s;
}

bool needsCaseJoin(const ReportQuery &q)
{
    return q.network || q.accountId != 0 || !q.agent.isEmpty() || q.category;
}

class Runner
{
public:
    explicit Runner(QSqlDatabase db) : m_db(std::move(db)) {}

    // Prepares, binds and runs one forward-only statement; the caller steps through it.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        return true;
    }
    QString error() const
    {
        return QCoreApplication::translate("ServiceReport", "Database error: %1").arg(m_error);
    }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// The zone's UTC offset over the period as a SQL CASE on `column`: the few offset changes
// (daylight saving) are found once here, so SQLite buckets a million rows by local hour and
// weekday without a date conversion per row.
Sql localTimeExpression(const QString &column, const QDateTime &from, const QDateTime &to,
                        const QTimeZone &zone)
{
    Sql s;
    const auto transitions = zone.transitions(from, to);
    qint64 offsetMs = qint64(zone.offsetFromUtc(from)) * 1000;
    if (transitions.isEmpty()) {
        s.text = QStringLiteral("(%1 + ?)").arg(column);
        s.values << offsetMs;
        return s;
    }
    s.text = QStringLiteral("(%1 + CASE").arg(column);
    for (const auto &t : transitions) {
        s.text += QStringLiteral(" WHEN %1 < ? THEN ?").arg(column);
        s.values << t.atUtc.toMSecsSinceEpoch() << offsetMs;
        offsetMs = qint64(t.offsetFromUtc) * 1000;
    }
    s.text += QStringLiteral(" ELSE ? END)");
    s.values << offsetMs;
    return s;
}

// Middle value; the mean of the two middle ones for an even count. `sorted` is not empty.
double median(const std::vector<qint64> &sorted)
{
    const size_t n = sorted.size();
    if (n % 2 == 1)
        return double(sorted[n / 2]);
    return (double(sorted[n / 2 - 1]) + double(sorted[n / 2])) / 2.0;
}

// Nearest rank: the smallest value with at least 90% of the values at or below it. Always a
// time that really happened, which is what a supervisor quotes ("9 in 10 within 40 min").
double percentile90(const std::vector<qint64> &sorted)
{
    const size_t rank = (sorted.size() * 9 + 9) / 10; // ceil(0.9 n)
    return double(sorted[rank - 1]);
}

double mean(const std::vector<qint64> &values)
{
    long double sum = 0;
    for (qint64 v : values)
        sum += v;
    return double(sum / values.size());
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

} // namespace

QString toKey(BacklogAge age)
{
    switch (age) {
    case BacklogAge::UnderOneHour:
        return QStringLiteral("under_1h");
    case BacklogAge::OneToFourHours:
        return QStringLiteral("1h_4h");
    case BacklogAge::FourToTwentyFourHours:
        return QStringLiteral("4h_24h");
    case BacklogAge::OneToThreeDays:
        return QStringLiteral("1d_3d");
    case BacklogAge::OverThreeDays:
        return QStringLiteral("over_3d");
    }
    return {};
}

Result<ReportFigures> ServiceReport::compute(QSqlDatabase db, const ReportQuery &query)
{
    using R = Result<ReportFigures>;
    if (!query.from.isValid() || !query.to.isValid())
        return R::failure(
            QCoreApplication::translate("ServiceReport", "The report needs a start and an end."));
    if (query.from >= query.to)
        return R::failure(QCoreApplication::translate(
            "ServiceReport", "The report's start must come before its end."));
    if (!query.zone.isValid())
        return R::failure(QCoreApplication::translate(
            "ServiceReport", "The report's time zone is not known on this computer."));
    if (!db.isOpen())
        return R::failure(
            QCoreApplication::translate("ServiceReport", "The database is not open."));

    ReportFigures f;
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    f.from = query.from.toTimeZone(query.zone);
    f.to = query.to.toTimeZone(query.zone);
    f.judgedAt = std::min(now, query.to).toTimeZone(query.zone);
    f.zoneId = QString::fromUtf8(query.zone.id());
    const qint64 from = query.from.toMSecsSinceEpoch();
    const qint64 to = query.to.toMSecsSinceEpoch();
    const qint64 judged = f.judgedAt.toMSecsSinceEpoch();

    const Sql filter = caseFilter(query);
    // Messages, escalations and events reach the case filters through their case.
    const bool joinCases = needsCaseJoin(query);
    auto caseJoin = [joinCases](const char *alias) {
        return joinCases
                   ? QStringLiteral(" JOIN cases c ON c.id = %1.case_id").arg(QLatin1String(alias))
                   : QString();
    };
    Runner runner(db);
    QSqlQuery q;
    // One read transaction: in WAL mode every statement below sees the same snapshot, so the
    // figures add up even while an agent's session writes. A caller already inside a
    // transaction keeps its own.
    struct Snapshot
    {
        QSqlDatabase db;
        bool open;
        ~Snapshot()
        {
            if (open)
                db.commit();
        }
    } snapshot{db, db.transaction()};

    // Messages: one range scan on messages_timeline. SQLite groups on a single integer
    // (account, direction, local hour, local weekday): sorting one key is what keeps this
    // scan fast; accounts are mapped to networks afterwards. 1970-01-01 was a Thursday, so
    // +3 makes Monday 0.
    {
        QHash<qint64, qsizetype> networkOfAccount;
        if (!runner.run(q, QStringLiteral("SELECT id, network FROM accounts"), {}))
            return R::failure(runner.error());
        const QList<Network> networks = allNetworks();
        while (q.next()) {
            if (const auto n = networkFromKey(q.value(1).toString()))
                networkOfAccount.insert(q.value(0).toLongLong(), networks.indexOf(*n));
        }
        const Sql local =
            localTimeExpression(QStringLiteral("m.sent_at"), query.from, query.to, query.zone);
        Sql s;
        s.text = QStringLiteral("SELECT k, count(*) FROM (SELECT ((m.account_id * 2 + "
                                "(m.direction = 'in')) * 24 + local / %1 %% 24) * 7 + "
                                "(local / %2 + 3) %% 7 AS k FROM (SELECT m.account_id, "
                                "m.direction, %3 AS local FROM messages m%4 WHERE m.sent_at >= ? "
                                "AND m.sent_at < ?%5) m) GROUP BY 1")
                     .arg(kHourMs)
                     .arg(kDayMs)
                     .arg(local.text, caseJoin("m"), filter.text);
        s.text.replace(QStringLiteral("%%"), QStringLiteral("%"));
        s.values << local.values << from << to << filter.values;
        if (!runner.run(q, s.text, s.values))
            return R::failure(runner.error());
        while (q.next()) {
            qint64 key = q.value(0).toLongLong();
            const qint64 count = q.value(1).toLongLong();
            const int weekday = int(key % 7);
            key /= 7;
            const int hour = int(key % 24);
            key /= 24;
            const bool inbound = key % 2 == 1;
            const qint64 account = key / 2;
            auto add = [&](MessageVolume &v) { (inbound ? v.inbound : v.outbound) += count; };
            if (const qsizetype n = networkOfAccount.value(account, -1); n >= 0)
                add(f.byNetwork[size_t(n)]);
            add(f.byHour[size_t(hour)]);
            add(f.byWeekday[size_t(weekday)]);
            add(f.messages);
        }
    }

    // Cases opened in the period: one range scan on cases_by_opened hands over each case's
    // first response time and service-level verdict; sorting in memory makes median and
    // 90th percentile exact. A case counts as answered whenever its answer came, so a past
    // month's figures settle as late answers arrive; an unanswered case is late once its
    // due time is before judgedAt.
    {
        const QString sql =
            QStringLiteral("SELECT c.first_response_at - c.opened_at, CASE WHEN "
                           "c.first_response_due_at IS NULL THEN 0 WHEN c.first_response_at IS "
                           "NOT NULL THEN (CASE WHEN c.first_response_at <= "
                           "c.first_response_due_at THEN 1 ELSE 2 END) WHEN "
                           "c.first_response_due_at < ? THEN 2 ELSE 0 END "
                           "FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ?%1")
                .arg(filter.text);
        if (!runner.run(q, sql, QVariantList{judged, from, to} + filter.values))
            return R::failure(runner.error());
        std::vector<qint64> times;
        while (q.next()) {
            ++f.casesOpened;
            const QVariant time = q.value(0);
            if (!time.isNull())
                times.push_back(time.toLongLong());
            switch (q.value(1).toInt()) {
            case 1:
                ++f.slaMet;
                break;
            case 2:
                ++f.slaBreached;
                break;
            default:
                break;
            }
        }
        f.casesAnswered = qint64(times.size());
        f.responseRatePercent = percentOf(f.casesAnswered, f.casesOpened);
        f.slaCompliancePercent = percentOf(f.slaMet, f.slaMet + f.slaBreached);
        std::sort(times.begin(), times.end());
        if (!times.empty()) {
            f.firstResponseMeanMinutes = mean(times) / kMinuteMs;
            f.firstResponseMedianMinutes = median(times) / kMinuteMs;
            f.firstResponseP90Minutes = percentile90(times) / kMinuteMs;
        }
    }

    // The backlog as it stood at judgedAt, and the satisfaction answers of cases closed in
    // the period (the answer comes before the case closes, and closed_at says which period's
    // work it judges). Neither has an index to narrow it, so both share one pass over the
    // cases; `+c.opened_at` keeps SQLite off cases_by_opened, which would cost a lookup per
    // case for nearly every case. Status is today's: a case resolved since `to` no longer
    // counts in a past period's backlog.
    {
        const QString sql =
            QStringLiteral(
                "WITH p (end_, judged, start) AS (SELECT ?, ?, ?) "
                "SELECT CASE WHEN c.status IN ('new', 'open', 'waiting', 'escalated') AND "
                "+c.opened_at < p.end_ THEN (CASE WHEN p.judged - c.opened_at < %1 THEN 0 WHEN "
                "p.judged - c.opened_at < %2 THEN 1 WHEN p.judged - c.opened_at < %3 THEN 2 "
                "WHEN p.judged - c.opened_at < %4 THEN 3 ELSE 4 END) ELSE -1 END, CASE WHEN "
                "c.closed_at >= p.start AND c.closed_at < p.end_ THEN coalesce(c.satisfaction, "
                "0) ELSE 0 END, count(*) FROM cases c, p WHERE ((c.status IN ('new', 'open', "
                "'waiting', 'escalated') AND +c.opened_at < p.end_) OR (c.satisfaction IS NOT "
                "NULL AND c.closed_at >= p.start AND c.closed_at < p.end_))%5 GROUP BY 1, 2")
                .arg(kHourMs)
                .arg(4 * kHourMs)
                .arg(kDayMs)
                .arg(3 * kDayMs)
                .arg(filter.text);
        if (!runner.run(q, sql, QVariantList{to, judged, from} + filter.values))
            return R::failure(runner.error());
        qint64 scoreSum = 0;
        while (q.next()) {
            const int bucket = q.value(0).toInt();
            const int score = q.value(1).toInt();
            const qint64 count = q.value(2).toLongLong();
            if (bucket >= 0) {
                f.backlogByAge[size_t(std::min(bucket, kBacklogAges - 1))] += count;
                f.backlog += count;
            }
            if (score >= 1 && score <= 5) {
                f.satisfactionDistribution[size_t(score - 1)] += count;
                f.satisfactionCount += count;
                scoreSum += score * count;
            }
        }
        if (f.satisfactionCount > 0)
            f.satisfactionAverage = double(scoreSum) / double(f.satisfactionCount);
    }

    // Escalations handed over in the period, by department; turnaround of the answered ones.
    {
        const QString joinText = caseJoin("e");
        const QString sql =
            QStringLiteral("SELECT d.id, d.key, d.name, count(*), "
                           "coalesce(sum(e.state = 'answered'), 0), "
                           "coalesce(sum(e.state = 'open' AND e.due_at IS NOT NULL AND "
                           "e.due_at < ?), 0) "
                           "FROM escalations e JOIN departments d ON d.id = e.department_id%1 "
                           "WHERE e.escalated_at >= ? AND e.escalated_at < ?%2 "
                           "GROUP BY d.id ORDER BY d.name, d.id")
                .arg(joinText, filter.text);
        if (!runner.run(q, sql, QVariantList{judged, from, to} + filter.values))
            return R::failure(runner.error());
        while (q.next()) {
            DepartmentEscalations d;
            d.departmentId = q.value(0).toLongLong();
            d.key = q.value(1).toString();
            d.name = q.value(2).toString();
            d.escalated = q.value(3).toLongLong();
            d.answered = q.value(4).toLongLong();
            d.openPastDue = q.value(5).toLongLong();
            f.escalations.append(d);
        }
        const QString turnaround =
            QStringLiteral("SELECT e.department_id, e.closed_at - e.escalated_at FROM escalations "
                           "e%1 WHERE e.escalated_at >= ? AND e.escalated_at < ? AND e.state = "
                           "'answered' AND e.closed_at IS NOT NULL%2 ORDER BY 1, 2")
                .arg(joinText, filter.text);
        if (!runner.run(q, turnaround, QVariantList{from, to} + filter.values))
            return R::failure(runner.error());
        qint64 department = -1;
        std::vector<qint64> times;
        auto settle = [&] {
            for (DepartmentEscalations &d : f.escalations) {
                if (d.departmentId == department && !times.empty()) {
                    d.meanTurnaroundHours = mean(times) / kHourMs;
                    d.medianTurnaroundHours = median(times) / kHourMs;
                }
            }
            times.clear();
        };
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != department) {
                settle();
                department = id;
            }
            times.push_back(q.value(1).toLongLong());
        }
        settle();
    }

    {
        const QString sql = QStringLiteral("SELECT count(DISTINCT ev.case_id) FROM case_events "
                                           "ev%1 WHERE ev.at >= ? AND ev.at < ? AND ev.kind = "
                                           "'reopened'%2")
                                .arg(caseJoin("ev"), filter.text);
        if (!runner.run(q, sql, QVariantList{from, to} + filter.values))
            return R::failure(runner.error());
        if (q.next())
            f.reopenedCases = q.value(0).toLongLong();
    }

    // Incidents are the bank's, not a network's: all of those opened in the period are
    // listed; the filters narrow the linked cases they count.
    {
        const QString sql =
            QStringLiteral("SELECT i.id, i.title, i.state, i.opened_at, (SELECT count(*) FROM "
                           "cases c WHERE c.incident_id = i.id%1) FROM incidents i WHERE "
                           "i.opened_at >= ? AND i.opened_at < ? ORDER BY i.opened_at, i.id")
                .arg(filter.text);
        if (!runner.run(q, sql, filter.values + QVariantList{from, to}))
            return R::failure(runner.error());
        while (q.next()) {
            IncidentFigures i;
            i.id = q.value(0).toLongLong();
            i.title = q.value(1).toString();
            i.state = q.value(2).toString();
            i.openedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), query.zone);
            i.linkedCases = q.value(4).toLongLong();
            f.incidents.append(i);
        }
    }
    return f;
}

namespace {

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject volumeJson(const MessageVolume &v)
{
    return {{QStringLiteral("inbound"), v.inbound},
            {QStringLiteral("outbound"), v.outbound},
            {QStringLiteral("total"), v.total()}};
}

QString isoTime(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

const std::array<const char *, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};

} // namespace

QJsonObject toJson(const ReportFigures &f)
{
    QJsonObject byNetwork;
    const QList<Network> networks = allNetworks();
    for (qsizetype i = 0; i < networks.size(); ++i)
        byNetwork.insert(toKey(networks.at(i)), volumeJson(f.byNetwork[size_t(i)]));
    QJsonArray byHour;
    for (size_t h = 0; h < f.byHour.size(); ++h) {
        QJsonObject o = volumeJson(f.byHour[h]);
        o.insert(QStringLiteral("hour"), int(h));
        byHour.append(o);
    }
    QJsonArray byWeekday;
    for (size_t d = 0; d < f.byWeekday.size(); ++d) {
        QJsonObject o = volumeJson(f.byWeekday[d]);
        o.insert(QStringLiteral("weekday"), QLatin1String(kWeekdays[d]));
        byWeekday.append(o);
    }
    QJsonObject messages = volumeJson(f.messages);
    messages.insert(QStringLiteral("by_network"), byNetwork);
    messages.insert(QStringLiteral("by_hour"), byHour);
    messages.insert(QStringLiteral("by_weekday"), byWeekday);

    QJsonObject backlog{{QStringLiteral("total"), f.backlog}};
    for (int b = 0; b < kBacklogAges; ++b)
        backlog.insert(toKey(BacklogAge(b)), f.backlogByAge[size_t(b)]);

    QJsonArray escalations;
    for (const DepartmentEscalations &d : f.escalations)
        escalations.append(QJsonObject{
            {QStringLiteral("department"), d.key},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("escalated"), d.escalated},
            {QStringLiteral("answered"), d.answered},
            {QStringLiteral("open_past_due"), d.openPastDue},
            {QStringLiteral("turnaround_hours"),
             QJsonObject{{QStringLiteral("mean"), orNull(d.meanTurnaroundHours)},
                         {QStringLiteral("median"), orNull(d.medianTurnaroundHours)}}}});

    QJsonObject distribution;
    for (int s = 1; s <= 5; ++s)
        distribution.insert(QString::number(s), f.satisfactionDistribution[size_t(s - 1)]);

    QJsonArray incidents;
    for (const IncidentFigures &i : f.incidents)
        incidents.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("title"), i.title},
                                     {QStringLiteral("state"), i.state},
                                     {QStringLiteral("opened_at"), isoTime(i.openedAt)},
                                     {QStringLiteral("linked_cases"), i.linkedCases}});

    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), isoTime(f.from)},
                                               {QStringLiteral("to"), isoTime(f.to)},
                                               {QStringLiteral("judged_at"), isoTime(f.judgedAt)},
                                               {QStringLiteral("time_zone"), f.zoneId}}},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("cases"),
         QJsonObject{
             {QStringLiteral("opened"), f.casesOpened},
             {QStringLiteral("answered"), f.casesAnswered},
             {QStringLiteral("response_rate_percent"), orNull(f.responseRatePercent)},
             {QStringLiteral("first_response_minutes"),
              QJsonObject{{QStringLiteral("mean"), orNull(f.firstResponseMeanMinutes)},
                          {QStringLiteral("median"), orNull(f.firstResponseMedianMinutes)},
                          {QStringLiteral("p90"), orNull(f.firstResponseP90Minutes)}}},
             {QStringLiteral("sla"),
              QJsonObject{{QStringLiteral("met"), f.slaMet},
                          {QStringLiteral("breached"), f.slaBreached},
                          {QStringLiteral("compliance_percent"), orNull(f.slaCompliancePercent)}}},
         }},
        {QStringLiteral("backlog"), backlog},
        {QStringLiteral("escalations"), escalations},
        {QStringLiteral("satisfaction"),
         QJsonObject{{QStringLiteral("count"), f.satisfactionCount},
                     {QStringLiteral("average"), orNull(f.satisfactionAverage)},
                     {QStringLiteral("distribution"), distribution}}},
        {QStringLiteral("reopened_cases"), f.reopenedCases},
        {QStringLiteral("incidents"), incidents},
    };
}

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. Text
// that people typed (an incident's title) and that a spreadsheet would run as a formula
// gets a leading apostrophe, so opening the export can never execute anything.
QString csvField(QString field, bool typedByPeople = false)
{
    if (typedByPeople && !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

class CsvWriter
{
public:
    void row(const QString &section, const QString &item, const QString &measure,
             const QString &value, bool typedByPeople = false)
    {
        m_text += csvField(section) + QLatin1Char(',') + csvField(item, typedByPeople) +
                  QLatin1Char(',') + csvField(measure) + QLatin1Char(',') +
                  csvField(value, typedByPeople) + QLatin1String("\r\n");
    }
    void row(const QString &section, const QString &item, const QString &measure, qint64 value)
    {
        row(section, item, measure, QString::number(value));
    }
    void row(const QString &section, const QString &item, const QString &measure,
             const std::optional<double> &value)
    {
        row(section, item, measure, value ? QString::number(*value, 'f', 2) : QString());
    }
    void volume(const QString &section, const QString &item, const MessageVolume &v)
    {
        row(section, item, QStringLiteral("inbound"), v.inbound);
        row(section, item, QStringLiteral("outbound"), v.outbound);
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace

QString toCsv(const ReportFigures &f)
{
    CsvWriter w;
    const QString none;
    w.row(QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("measure"),
          QStringLiteral("value"));
    w.row(QStringLiteral("period"), none, QStringLiteral("from"), isoTime(f.from));
    w.row(QStringLiteral("period"), none, QStringLiteral("to"), isoTime(f.to));
    w.row(QStringLiteral("period"), none, QStringLiteral("judged_at"), isoTime(f.judgedAt));
    w.row(QStringLiteral("period"), none, QStringLiteral("time_zone"), f.zoneId);

    w.volume(QStringLiteral("messages"), QStringLiteral("all"), f.messages);
    const QList<Network> networks = allNetworks();
    for (qsizetype i = 0; i < networks.size(); ++i)
        w.volume(QStringLiteral("messages_by_network"), toKey(networks.at(i)),
                 f.byNetwork[size_t(i)]);
    for (size_t h = 0; h < f.byHour.size(); ++h)
        w.volume(QStringLiteral("messages_by_hour"),
                 QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')), f.byHour[h]);
    for (size_t d = 0; d < f.byWeekday.size(); ++d)
        w.volume(QStringLiteral("messages_by_weekday"), QLatin1String(kWeekdays[d]),
                 f.byWeekday[d]);

    const QString cases = QStringLiteral("cases");
    w.row(cases, none, QStringLiteral("opened"), f.casesOpened);
    w.row(cases, none, QStringLiteral("answered"), f.casesAnswered);
    w.row(cases, none, QStringLiteral("response_rate_percent"), f.responseRatePercent);
    w.row(cases, none, QStringLiteral("first_response_mean_minutes"), f.firstResponseMeanMinutes);
    w.row(cases, none, QStringLiteral("first_response_median_minutes"),
          f.firstResponseMedianMinutes);
    w.row(cases, none, QStringLiteral("first_response_p90_minutes"), f.firstResponseP90Minutes);
    w.row(cases, none, QStringLiteral("sla_met"), f.slaMet);
    w.row(cases, none, QStringLiteral("sla_breached"), f.slaBreached);
    w.row(cases, none, QStringLiteral("sla_compliance_percent"), f.slaCompliancePercent);

    w.row(QStringLiteral("backlog"), QStringLiteral("all"), QStringLiteral("cases"), f.backlog);
    for (int b = 0; b < kBacklogAges; ++b)
        w.row(QStringLiteral("backlog"), toKey(BacklogAge(b)), QStringLiteral("cases"),
              f.backlogByAge[size_t(b)]);

    for (const DepartmentEscalations &d : f.escalations) {
        const QString e = QStringLiteral("escalations");
        w.row(e, d.key, QStringLiteral("name"), d.name, true);
        w.row(e, d.key, QStringLiteral("escalated"), d.escalated);
        w.row(e, d.key, QStringLiteral("answered"), d.answered);
        w.row(e, d.key, QStringLiteral("open_past_due"), d.openPastDue);
        w.row(e, d.key, QStringLiteral("turnaround_mean_hours"), d.meanTurnaroundHours);
        w.row(e, d.key, QStringLiteral("turnaround_median_hours"), d.medianTurnaroundHours);
    }

    const QString satisfaction = QStringLiteral("satisfaction");
    w.row(satisfaction, QStringLiteral("all"), QStringLiteral("count"), f.satisfactionCount);
    w.row(satisfaction, QStringLiteral("all"), QStringLiteral("average"), f.satisfactionAverage);
    for (int s = 1; s <= 5; ++s)
        w.row(satisfaction, QString::number(s), QStringLiteral("count"),
              f.satisfactionDistribution[size_t(s - 1)]);

    w.row(QStringLiteral("reopened"), none, QStringLiteral("cases"), f.reopenedCases);

    for (const IncidentFigures &i : f.incidents) {
        const QString id = QString::number(i.id);
        const QString section = QStringLiteral("incidents");
        w.row(section, id, QStringLiteral("title"), i.title, true);
        w.row(section, id, QStringLiteral("state"), i.state, true);
        w.row(section, id, QStringLiteral("opened_at"), isoTime(i.openedAt));
        w.row(section, id, QStringLiteral("linked_cases"), i.linkedCases);
    }
    return w.text();
}

} // namespace sportello
