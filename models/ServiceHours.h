#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <compare>

namespace sportello {

// Part of a day the team answers, in local wall-clock minutes since midnight. endMinute may
// be 1440 ("24:00") so a day can be open until midnight.
struct ServiceInterval
{
    int startMinute = 0;
    int endMinute = 0;
    bool operator==(const ServiceInterval &) const = default;
};

// A holiday that comes back every year, such as 12-25.
struct MonthDay
{
    int month = 1;
    int day = 1;
    auto operator<=>(const MonthDay &) const = default;
};

// When the team is at work: a weekly schedule in one time zone, minus holidays. Times are
// wall-clock times, so "08:00" stays 08:00 across daylight-saving changes; ServiceClock turns
// them into instants.
class ServiceHours
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHours)
public:
    // Closed every day, in Europe/Rome.
    ServiceHours();

    // Mon-Fri 08:00-20:00, Sat 09:00-13:00, Sunday closed, Italian national holidays and
    // Easter Monday, Europe/Rome.
    static ServiceHours defaults();

    // The format written by toJson(); missing weekdays are closed. Errors name the field.
    static Result<ServiceHours> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    QTimeZone timeZone() const { return m_zone; }
    Status setTimeZone(const QByteArray &ianaId);

    QList<ServiceInterval> intervals(Qt::DayOfWeek day) const { return m_week[day - 1]; }
    // Sorts the intervals; fails on empty or overlapping ones.
    Status setIntervals(Qt::DayOfWeek day, QList<ServiceInterval> intervals);

    QList<MonthDay> recurringHolidays() const { return m_recurring; }
    void setRecurringHolidays(QList<MonthDay> days);
    QList<QDate> oneOffHolidays() const { return m_oneOff; }
    void setOneOffHolidays(QList<QDate> dates);
    bool easterMonday() const { return m_easterMonday; }
    void setEasterMonday(bool on) { m_easterMonday = on; }

    bool isHoliday(const QDate &date) const;
    // The day's service intervals: empty on closed days and holidays.
    QList<ServiceInterval> intervalsOn(const QDate &date) const;
    // False when no weekday has any interval: no clock can ever run.
    bool hasServiceTime() const;

    bool operator==(const ServiceHours &other) const;

    // Gregorian Easter Sunday (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);

    // "monday" ... "sunday": the keys of the JSON "week" object.
    static QString weekdayKey(Qt::DayOfWeek day);

    // One day's intervals as an administrator types them: "08:00-13:00, 14:00-20:00"; empty
    // text means closed.
    static Result<QList<ServiceInterval>> parseIntervals(const QString &text);
    static QString formatIntervals(const QList<ServiceInterval> &intervals);

    // A holiday as typed: "MM-DD" every year or "YYYY-MM-DD" once. Exactly one of the two
    // outputs is set on success.
    static Status parseHoliday(const QString &text, MonthDay *recurring, QDate *once);
    static QString formatHoliday(const MonthDay &day);
    static QString formatHoliday(const QDate &date);

private:
    QTimeZone m_zone;
    std::array<QList<ServiceInterval>, 7> m_week; // Monday first
    QList<MonthDay> m_recurring;                  // sorted, unique
    QList<QDate> m_oneOff;                        // sorted, unique
    bool m_easterMonday = false;
};

} // namespace sportello
