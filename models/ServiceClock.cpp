#include "ServiceClock.h"

#include <algorithm>
#include <limits>

namespace sportello {

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000LL;
constexpr qint64 openEnded = std::numeric_limits<qint64>::max();
const QDate epochDay(1970, 1, 1);

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Pauses as sorted, disjoint spans, so a walk forward in time can drop the ones behind it.
QList<std::pair<qint64, qint64>> mergedPauses(const QList<ServicePause> &pauses)
{
    QList<std::pair<qint64, qint64>> spans;
    for (const auto &[from, to] : pauses) {
        if (!from.isValid())
            continue;
        const qint64 start = from.toMSecsSinceEpoch();
        const qint64 end = to.isValid() ? to.toMSecsSinceEpoch() : openEnded;
        if (end > start)
            spans.append({start, end});
    }
    std::sort(spans.begin(), spans.end());
    QList<std::pair<qint64, qint64>> merged;
    for (const auto &span : spans) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

// Calls visit(start, end) for the parts of [start, end) outside every pause, in order; stops
// when visit returns true and says so. `next` is the first pause not yet behind the walk.
template <typename Visit>
bool forEachUnpaused(qint64 start, qint64 end, const QList<std::pair<qint64, qint64>> &pauses,
                     qsizetype &next, Visit visit)
{
    while (next < pauses.size() && pauses[next].second <= start)
        ++next;
    qint64 cursor = start;
    for (qsizetype i = next; i < pauses.size() && pauses[i].first < end; ++i) {
        if (pauses[i].first > cursor && visit(cursor, pauses[i].first))
            return true;
        cursor = std::max(cursor, pauses[i].second);
        if (cursor >= end)
            return false;
    }
    return cursor < end && visit(cursor, end);
}

} // namespace

ServiceClock::ServiceClock(ServiceHours hours)
    : m_hours(std::move(hours)), m_zone(m_hours.timeZone())
{
}

int ServiceClock::offsetAt(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

QDate ServiceClock::localDate(qint64 utcMs) const
{
    return epochDay.addDays(floorDiv(utcMs + offsetAt(utcMs) * 1000LL, msPerDay));
}

ServiceClock::Spans ServiceClock::serviceSpansOn(const QDate &date) const
{
    const QList<ServiceInterval> intervals = m_hours.intervalsOn(date);
    Spans spans;
    if (intervals.isEmpty())
        return spans;

    // The day's wall-clock times read as if they were UTC; the real instant is this minus
    // the zone's offset at that instant. Offsets a day either side tell whether a
    // daylight-saving change can touch this date at all.
    const qint64 naiveMidnight = epochDay.daysTo(date) * msPerDay;
    const int before = offsetAt(naiveMidnight - msPerDay);
    const int after = offsetAt(naiveMidnight + 2 * msPerDay);
    const auto toUtc = [&](int minute) -> qint64 {
        const qint64 naive = naiveMidnight + minute * 60'000LL;
        if (before == after)
            return naive - before * 1000LL;
        const qint64 withBefore = naive - before * 1000LL;
        const qint64 withAfter = naive - after * 1000LL;
        const bool beforeHolds = offsetAt(withBefore) == before;
        const bool afterHolds = offsetAt(withAfter) == after;
        if (beforeHolds && afterHolds) // the wall clock shows this time twice: the first
            return std::min(withBefore, withAfter);
        if (beforeHolds)
            return withBefore;
        if (afterHolds)
            return withAfter;
        // Skipped by a jump forward: the moment of the jump, found between the two readings.
        qint64 lo = std::min(withBefore, withAfter);
        qint64 hi = std::max(withBefore, withAfter);
        while (hi - lo > 1) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (offsetAt(mid) == before)
                lo = mid;
            else
                hi = mid;
        }
        return hi;
    };
    for (const ServiceInterval &i : intervals) {
        const qint64 start = toUtc(i.startMinute);
        const qint64 end = toUtc(i.endMinute);
        if (end > start)
            spans.append({start, end});
    }
    return spans;
}

qint64 ServiceClock::serviceMsBetween(const QDateTime &from, const QDateTime &to) const
{
    return serviceMsBetween(from, to, {});
}

qint64 ServiceClock::serviceMsBetween(const QDateTime &from, const QDateTime &to,
                                      const QList<ServicePause> &pauses) const
{
    if (!from.isValid() || !to.isValid() || !m_hours.hasServiceTime())
        return 0;
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    if (end <= start)
        return 0;

    const auto merged = mergedPauses(pauses);
    qsizetype nextPause = 0;
    qint64 total = 0;
    const QDate last = localDate(end);
    // A day's spans end by the first time its next midnight shows on the clock, which is
    // never after an instant dated the next day: no earlier day can overlap `start`.
    for (QDate day = localDate(start); day <= last; day = day.addDays(1)) {
        for (const Span &span : serviceSpansOn(day)) {
            const qint64 s = std::max(span.start, start);
            const qint64 e = std::min(span.end, end);
            if (e <= s)
                continue;
            forEachUnpaused(s, e, merged, nextPause, [&](qint64 a, qint64 b) {
                total += b - a;
                return false;
            });
        }
    }
    return total;
}

QDateTime ServiceClock::addServiceMs(const QDateTime &start, qint64 serviceMs) const
{
    return addServiceMs(start, serviceMs, {});
}

QDateTime ServiceClock::addServiceMs(const QDateTime &start, qint64 serviceMs,
                                     const QList<ServicePause> &pauses) const
{
    if (!start.isValid() || serviceMs < 0 || !m_hours.hasServiceTime())
        return {};
    const qint64 from = start.toMSecsSinceEpoch();
    const auto merged = mergedPauses(pauses);
    const qint64 stillPausedFrom =
        !merged.isEmpty() && merged.last().second == openEnded ? merged.last().first : openEnded;

    qint64 remaining = serviceMs;
    qint64 due = 0;
    qsizetype nextPause = 0;
    int daysWithoutService = 0;
    for (QDate day = localDate(from); daysWithoutService <= maxDaysWithoutService;
         day = day.addDays(1)) {
        // Every instant of this day lies after this one, whatever the zone's offset.
        const qint64 earliestOfDay = epochDay.daysTo(day) * msPerDay - msPerDay / 2;
        if (earliestOfDay >= stillPausedFrom)
            return {};
        bool counted = false;
        for (const Span &span : serviceSpansOn(day)) {
            const qint64 s = std::max(span.start, from);
            if (span.end <= s)
                continue;
            const bool done =
                forEachUnpaused(s, span.end, merged, nextPause, [&](qint64 a, qint64 b) {
                    counted = true;
                    if (remaining <= b - a) {
                        due = a + remaining;
                        return true;
                    }
                    remaining -= b - a;
                    return false;
                });
            if (done)
                return QDateTime::fromMSecsSinceEpoch(due, Qt::UTC);
        }
        daysWithoutService = counted ? 0 : daysWithoutService + 1;
    }
    return {};
}

} // namespace sportello
