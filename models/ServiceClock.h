#pragma once

#include "ServiceHours.h"

#include <QDateTime>
#include <QList>

#include <utility>

namespace sportello {

// A stretch of time during which the clock stands still, such as a case waiting for the
// customer. An invalid second means "still paused".
using ServicePause = std::pair<QDateTime, QDateTime>;

// Measures time the way a service level does: only while the team is at work. Called for
// every ingested message, so it steps a local day at a time and never minute by minute.
//
// Wall-clock boundaries become instants in the schedule's zone: a time skipped by a
// daylight-saving jump (02:30 on the last Sunday of March in Rome) means the moment of the
// jump; a time that happens twice (02:30 on the last Sunday of October) means the first time.
class ServiceClock
{
public:
    // How far addServiceMs() looks for service time before giving up: more than a year, so a
    // schedule with nothing but holidays fails instead of looping.
    static constexpr int maxDaysWithoutService = 400;

    explicit ServiceClock(ServiceHours hours);

    const ServiceHours &hours() const { return m_hours; }

    // Service milliseconds in [from, to); 0 when to is not after from or either is invalid.
    qint64 serviceMsBetween(const QDateTime &from, const QDateTime &to) const;
    // The same, not counting service time inside any of the pauses (which may overlap).
    qint64 serviceMsBetween(const QDateTime &from, const QDateTime &to,
                            const QList<ServicePause> &pauses) const;

    // The UTC instant at which serviceMs of service time will have passed since start. A start
    // outside service hours counts from the next opening, so serviceMs == 0 gives the next
    // moment the team is at work. Invalid when start is invalid, serviceMs is negative, or no
    // service time is found within maxDaysWithoutService days.
    QDateTime addServiceMs(const QDateTime &start, qint64 serviceMs) const;
    // The same, with the clock standing still during the pauses; invalid when an open-ended
    // pause begins before the time is used up.
    QDateTime addServiceMs(const QDateTime &start, qint64 serviceMs,
                           const QList<ServicePause> &pauses) const;

private:
    struct Span
    {
        qint64 start;
        qint64 end;
    };
    using Spans = QList<Span>;

    int offsetAt(qint64 utcMs) const;
    QDate localDate(qint64 utcMs) const;
    Spans serviceSpansOn(const QDate &date) const;
    qint64 sumBetween(qint64 from, qint64 to, const Spans &pauses) const;
    std::optional<qint64> addFrom(qint64 start, qint64 serviceMs, const Spans &pauses) const;

    ServiceHours m_hours;
    QTimeZone m_zone;
};

} // namespace sportello
