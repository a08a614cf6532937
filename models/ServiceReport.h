#pragma once

#include "Domain.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace sportello {

// What the supervisor asks for: a period [from, to) and the same filters for cases and
// messages. `now` is when the report is read (an invalid value means the current time): a
// period that has not ended yet is judged at `now`, not at `to`.
struct ReportQuery
{
    QDateTime from;
    QDateTime to;
    std::optional<Network> network;
    qint64 accountId = 0; // 0: every account
    QString agent;        // assignee; empty: everyone
    std::optional<Category> category;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Rome"));
    QDateTime now;
};

struct MessageVolume
{
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 total() const { return inbound + outbound; }
};

// Age of an active case at the end of the period: [0, 1 h), [1 h, 4 h), [4 h, 24 h),
// [1 d, 3 d), 3 days and more.
enum class BacklogAge
{
    UnderOneHour,
    OneToFourHours,
    FourToTwentyFourHours,
    OneToThreeDays,
    OverThreeDays
};
constexpr int kBacklogAges = 5;

struct DepartmentEscalations
{
    qint64 departmentId = 0;
    QString key;
    QString name;
    qint64 escalated = 0;
    qint64 answered = 0;
    qint64 openPastDue = 0;
    std::optional<double> meanTurnaroundHours;   // answered ones only
    std::optional<double> medianTurnaroundHours; // answered ones only
};

struct IncidentFigures
{
    qint64 id = 0;
    QString title;
    QString state;
    QDateTime openedAt;
    qint64 linkedCases = 0; // linked cases that pass the report's filters
};

// The supervisor's figures for one period. A figure that has nothing to be computed from
// (a mean of no cases) is empty, never zero and never NaN.
struct ReportFigures
{
    QDateTime from;
    QDateTime to;
    QDateTime judgedAt; // min(now, to): when unanswered cases and the backlog are judged
    QString zoneId;

    // Messages sent in the period, by network (in allNetworks() order), by local hour of day
    // (0-23) and by local weekday (index 0 = Monday).
    std::array<MessageVolume, 8> byNetwork{};
    std::array<MessageVolume, 24> byHour{};
    std::array<MessageVolume, 7> byWeekday{};
    MessageVolume messages;

    // Cases opened in the period. Answered: has a first response, whenever it came. First
    // response minutes run from opened_at to first_response_at; the median of an even count
    // is the mean of the two middle values; p90 is the nearest rank (a time that happened).
    // SLA: met = answered by first_response_due_at; breached = answered late, or unanswered
    // and due before judgedAt; cases without a due time, or still within it, are left out.
    qint64 casesOpened = 0;
    qint64 casesAnswered = 0;
    std::optional<double> responseRatePercent;
    std::optional<double> firstResponseMeanMinutes;
    std::optional<double> firstResponseMedianMinutes;
    std::optional<double> firstResponseP90Minutes;
    qint64 slaMet = 0;
    qint64 slaBreached = 0;
    std::optional<double> slaCompliancePercent;

    // Active cases opened before `to`, by age at judgedAt.
    std::array<qint64, kBacklogAges> backlogByAge{};
    qint64 backlog = 0;

    QList<DepartmentEscalations> escalations; // departments with escalations in the period

    // Satisfaction answers of cases closed in the period; distribution index 0 = score 1.
    qint64 satisfactionCount = 0;
    std::array<qint64, 5> satisfactionDistribution{};
    std::optional<double> satisfactionAverage;

    qint64 reopenedCases = 0; // distinct cases with a 'reopened' event in the period

    QList<IncidentFigures> incidents; // opened in the period
};

// The one place the supervisor's figures are computed: the dashboard and `sportello-cli
// report` both call it, so they can never disagree.
class ServiceReport
{
public:
    // Read-only; runs on the thread that owns `db`.
    static Result<ReportFigures> compute(QSqlDatabase db, const ReportQuery &query);
};

QString toKey(BacklogAge age);

// Stable keys and plain numbers (minutes, hours, percent 0-100), null where a figure is empty.
QJsonObject toJson(const ReportFigures &figures);
// One long table, `section,item,measure,value`, RFC 4180 (CRLF, quotes doubled), so a
// spreadsheet can pivot it.
QString toCsv(const ReportFigures &figures);

} // namespace sportello
