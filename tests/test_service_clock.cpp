#include "ServiceClock.h"
#include "ServiceHours.h"
#include "ServiceLevels.h"

#include <QJsonDocument>
#include <QTest>

using namespace sportello;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

QDateTime rome(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Europe/Rome")));
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ServiceHours hoursFrom(const char *json)
{
    auto hours = ServiceHours::fromJson(object(json));
    if (!hours)
        qFatal("test schedule does not parse: %s", qPrintable(hours.error()));
    return hours.takeValue();
}

const ServiceClock &defaultClock()
{
    static const ServiceClock clock(ServiceHours::defaults());
    return clock;
}

} // namespace

class TestServiceClock : public QObject
{
    Q_OBJECT
private slots:
    void countsWithinOneDay();
    void startBeforeOpeningCountsFromOpening();
    void startAfterClosingCountsFromNextOpening();
    void zeroTimeIsTheNextServiceMoment();
    void skipsTheWeekend();
    void countsOnlyTheOpenPartsOfASplitDay();
    void skipsChristmasAndStStephen();
    void skipsEasterMonday();
    void computesEasterPerYear();
    void dueAcrossTheSpringForwardWeekend();
    void springForwardNightHasTwoRealHours();
    void fallBackNightHasFourRealHours();
    void skippedAndRepeatedBoundariesMeanJumpAndFirstOccurrence();
    void countsAWholeWeek();
    void addedTimeIsMeasuredBackExactly();
    void roundTheClockScheduleCountsRealTime();
    void pausesStopTheClock();
    void pauseAcrossClosingCountsOnlyServiceTime();
    void openEndedPauseLeavesNoDueTime();
    void scheduleWithoutServiceTimeFailsCleanly();
    void scheduleOpenOnlyOnHolidaysGivesUp();
    void parsesTypedIntervals();
    void hoursRejectBadInputWithTheReason_data();
    void hoursRejectBadInputWithTheReason();
    void levelsRejectBadInputWithTheReason_data();
    void levelsRejectBadInputWithTheReason();
    void roundTripsThroughJson();
    void shippedFileMatchesTheDefaults();
    void numberTargetAppliesToBothVisibilities();
    void slaStateFollowsTheThresholds();
};

void TestServiceClock::countsWithinOneDay()
{
    // Monday 2026-11-23, CET (UTC+1): 10:00 + 15 min = 10:15 local = 09:15 UTC.
    const QDateTime due = defaultClock().addServiceMs(rome(2026, 11, 23, 10, 0), 15 * minute);
    QCOMPARE(due, utc(2026, 11, 23, 9, 15));
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 23, 10, 0), rome(2026, 11, 23, 10, 15)),
             15 * minute);
}

void TestServiceClock::startBeforeOpeningCountsFromOpening()
{
    // 06:00 is before the 08:00 opening: 08:00 + 15 min = 08:15 CET = 07:15 UTC.
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 11, 23, 6, 0), 15 * minute),
             utc(2026, 11, 23, 7, 15));
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 23, 6, 0), rome(2026, 11, 23, 8, 15)),
             15 * minute);
}

void TestServiceClock::startAfterClosingCountsFromNextOpening()
{
    // Monday 21:00 is after the 20:00 closing: Tuesday 08:15 CET = 07:15 UTC.
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 11, 23, 21, 0), 15 * minute),
             utc(2026, 11, 24, 7, 15));
    // Nothing counts between closing and opening.
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 23, 20, 0), rome(2026, 11, 24, 8, 0)),
             0);
}

void TestServiceClock::zeroTimeIsTheNextServiceMoment()
{
    // Sunday is closed: the next service moment is Monday 08:00 CET = 07:00 UTC.
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 11, 22, 10, 0), 0), utc(2026, 11, 23, 7, 0));
    // Inside service hours it is the start itself.
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 11, 23, 10, 0), 0), utc(2026, 11, 23, 9, 0));
    QVERIFY(!defaultClock().addServiceMs(rome(2026, 11, 23, 10, 0), -1).isValid());
}

void TestServiceClock::skipsTheWeekend()
{
    // Saturday 2026-11-21 12:50: 10 min to the 13:00 closing, Sunday closed, 20 min on Monday:
    // 08:20 CET = 07:20 UTC.
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 11, 21, 12, 50), 30 * minute),
             utc(2026, 11, 23, 7, 20));
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 21, 12, 50), rome(2026, 11, 23, 8, 20)),
             30 * minute);
}

void TestServiceClock::countsOnlyTheOpenPartsOfASplitDay()
{
    const ServiceClock clock(hoursFrom(R"({"week": {"monday": ["14:00-20:00", "08:00-13:00"]}})"));
    // 12:50 + 30 min: 10 min before the lunch break, 20 min after 14:00: 14:20 CET = 13:20 UTC.
    QCOMPARE(clock.addServiceMs(rome(2026, 11, 23, 12, 50), 30 * minute),
             utc(2026, 11, 23, 13, 20));
    // The whole Monday: 5 h + 6 h.
    QCOMPARE(clock.serviceMsBetween(rome(2026, 11, 23, 0, 0), rome(2026, 11, 24, 0, 0)), 11 * hour);
}

void TestServiceClock::skipsChristmasAndStStephen()
{
    // Thursday 2026-12-24 19:45: 15 min to closing; Friday 25 and Saturday 26 are holidays,
    // Sunday closed; 15 min on Monday 28: 08:15 CET = 07:15 UTC.
    QVERIFY(ServiceHours::defaults().isHoliday(QDate(2026, 12, 25)));
    QVERIFY(ServiceHours::defaults().isHoliday(QDate(2026, 12, 26)));
    QVERIFY(!ServiceHours::defaults().isHoliday(QDate(2026, 12, 24)));
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 12, 24, 19, 45), 30 * minute),
             utc(2026, 12, 28, 7, 15));
}

void TestServiceClock::skipsEasterMonday()
{
    // Easter 2026 is Sunday April 5, so Monday April 6 is closed. Friday April 3 19:00 CEST
    // + 360 min: 60 min on Friday, 240 min on Saturday (09-13), Sunday closed, Monday a
    // holiday, 60 min on Tuesday: 09:00 CEST = 07:00 UTC.
    QVERIFY(ServiceHours::defaults().isHoliday(QDate(2026, 4, 6)));
    QCOMPARE(defaultClock().addServiceMs(rome(2026, 4, 3, 19, 0), 360 * minute),
             utc(2026, 4, 7, 7, 0));

    // Without the Easter Monday option the same time ends on Monday at 09:00 CEST.
    ServiceHours noEaster = ServiceHours::defaults();
    noEaster.setEasterMonday(false);
    QVERIFY(!noEaster.isHoliday(QDate(2026, 4, 6)));
    QCOMPARE(ServiceClock(noEaster).addServiceMs(rome(2026, 4, 3, 19, 0), 360 * minute),
             utc(2026, 4, 6, 7, 0));
}

void TestServiceClock::computesEasterPerYear()
{
    QCOMPARE(ServiceHours::easterSunday(2024), QDate(2024, 3, 31));
    QCOMPARE(ServiceHours::easterSunday(2025), QDate(2025, 4, 20));
    QCOMPARE(ServiceHours::easterSunday(2026), QDate(2026, 4, 5));
    QCOMPARE(ServiceHours::easterSunday(2038), QDate(2038, 4, 25));
    QVERIFY(ServiceHours::defaults().isHoliday(QDate(2025, 4, 21)));
}

void TestServiceClock::dueAcrossTheSpringForwardWeekend()
{
    // Friday 2026-03-27 19:30 CET (18:30 UTC) + 300 min: 30 min on Friday, 240 min on
    // Saturday, Sunday 29 (clocks go forward) closed, 30 min on Monday: 08:30 CEST, which is
    // 06:30 UTC (not 07:30: Monday is already on summer time).
    const QDateTime start = rome(2026, 3, 27, 19, 30);
    QCOMPARE(start, utc(2026, 3, 27, 18, 30));
    const QDateTime due = defaultClock().addServiceMs(start, 300 * minute);
    QCOMPARE(due, utc(2026, 3, 30, 6, 30));
    QCOMPARE(defaultClock().serviceMsBetween(start, due), 300 * minute);
}

void TestServiceClock::springForwardNightHasTwoRealHours()
{
    // Sunday 2026-03-29 01:00-04:00 local: 01:00 CET is 00:00 UTC, 04:00 CEST is 02:00 UTC;
    // the wall clock skips 02:00-03:00, so only 2 real hours pass.
    const ServiceClock clock(hoursFrom(R"({"week": {"sunday": ["01:00-04:00"]}})"));
    const QDateTime midnight = utc(2026, 3, 28, 23, 0); // 00:00 CET
    QCOMPARE(clock.serviceMsBetween(midnight, utc(2026, 3, 29, 12, 0)), 2 * hour);
    // 90 min after the 00:00 UTC opening: 01:30 UTC, which is 03:30 CEST.
    QCOMPARE(clock.addServiceMs(midnight, 90 * minute), utc(2026, 3, 29, 1, 30));
}

void TestServiceClock::fallBackNightHasFourRealHours()
{
    // Sunday 2026-10-25 01:00-04:00 local: 01:00 CEST is 23:00 UTC on the 24th, 04:00 CET is
    // 03:00 UTC; the wall clock repeats 02:00-03:00, so 4 real hours pass.
    const ServiceClock clock(hoursFrom(R"({"week": {"sunday": ["01:00-04:00"]}})"));
    const QDateTime midnight = utc(2026, 10, 24, 22, 0); // 00:00 CEST
    QCOMPARE(clock.serviceMsBetween(midnight, utc(2026, 10, 25, 12, 0)), 4 * hour);
    // 210 min after the 23:00 UTC opening: 02:30 UTC, which is 03:30 CET.
    QCOMPARE(clock.addServiceMs(midnight, 210 * minute), utc(2026, 10, 25, 2, 30));
}

void TestServiceClock::skippedAndRepeatedBoundariesMeanJumpAndFirstOccurrence()
{
    const ServiceClock clock(hoursFrom(R"({"week": {"sunday": ["02:30-03:30"]}})"));
    // March 29: 02:30 never shows on the clock, so the interval opens at the jump (01:00 UTC)
    // and closes at 03:30 CEST = 01:30 UTC: 30 min.
    QCOMPARE(clock.serviceMsBetween(utc(2026, 3, 28, 12, 0), utc(2026, 3, 29, 12, 0)), 30 * minute);
    QCOMPARE(clock.addServiceMs(utc(2026, 3, 28, 12, 0), 0), utc(2026, 3, 29, 1, 0));
    // October 25: 02:30 shows twice; the first is 02:30 CEST = 00:30 UTC; 03:30 CET is
    // 02:30 UTC: 2 hours.
    QCOMPARE(clock.serviceMsBetween(utc(2026, 10, 24, 12, 0), utc(2026, 10, 25, 12, 0)), 2 * hour);
    QCOMPARE(clock.addServiceMs(utc(2026, 10, 24, 12, 0), 0), utc(2026, 10, 25, 0, 30));
}

void TestServiceClock::countsAWholeWeek()
{
    // Monday 2026-11-23 to the next Monday: 5 x 12 h + 4 h on Saturday.
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 23, 0, 0), rome(2026, 11, 30, 0, 0)),
             64 * hour);
    QCOMPARE(defaultClock().serviceMsBetween(rome(2026, 11, 30, 0, 0), rome(2026, 11, 23, 0, 0)),
             0);
}

void TestServiceClock::addedTimeIsMeasuredBackExactly()
{
    // Starts every 97 minutes through March and April 2026 (a daylight-saving change, Easter,
    // Liberation Day): whatever addServiceMs() finds, serviceMsBetween() measures back.
    const qint64 amounts[] = {0, 1, 15 * minute, 30 * minute, 5 * hour, 40 * hour};
    for (QDateTime start = utc(2026, 3, 1, 0, 0); start < utc(2026, 5, 1, 0, 0);
         start = start.addSecs(97 * 60)) {
        for (qint64 amount : amounts) {
            const QDateTime due = defaultClock().addServiceMs(start, amount);
            QVERIFY2(due.isValid(), qPrintable(start.toString(Qt::ISODate)));
            QVERIFY(due >= start);
            QCOMPARE(defaultClock().serviceMsBetween(start, due), amount);
        }
    }
}

void TestServiceClock::roundTheClockScheduleCountsRealTime()
{
    // Open 00:00-24:00 every day: service time is real time, including the 23-hour and
    // 25-hour days, and starts inside the skipped and the repeated hour.
    const ServiceClock clock(hoursFrom(R"({"week": {"monday": ["00:00-24:00"],
        "tuesday": ["00:00-24:00"], "wednesday": ["00:00-24:00"], "thursday": ["00:00-24:00"],
        "friday": ["00:00-24:00"], "saturday": ["00:00-24:00"], "sunday": ["00:00-24:00"]}})"));
    for (const QDateTime &from : {utc(2026, 3, 28, 0, 0), utc(2026, 10, 24, 0, 0)}) {
        for (QDateTime start = from; start < from.addDays(2); start = start.addSecs(37 * 60)) {
            QCOMPARE(clock.addServiceMs(start, 3 * hour), start.addMSecs(3 * hour));
            QCOMPARE(clock.serviceMsBetween(start, start.addMSecs(5 * hour)), 5 * hour);
        }
    }
}

void TestServiceClock::pausesStopTheClock()
{
    // Opened Monday 10:00 CET, waiting for the customer 10:05-10:25: a 15-min target is due
    // at 10:35 CET = 09:35 UTC.
    const QDateTime opened = rome(2026, 11, 23, 10, 0);
    const QList<ServicePause> pause = {{rome(2026, 11, 23, 10, 5), rome(2026, 11, 23, 10, 25)}};
    QCOMPARE(defaultClock().addServiceMs(opened, 15 * minute, pause), utc(2026, 11, 23, 9, 35));
    QCOMPARE(defaultClock().serviceMsBetween(opened, rome(2026, 11, 23, 10, 35), pause),
             15 * minute);
    // Overlapping pauses count once.
    const QList<ServicePause> overlapping = {
        {rome(2026, 11, 23, 10, 10), rome(2026, 11, 23, 10, 25)},
        {rome(2026, 11, 23, 10, 5), rome(2026, 11, 23, 10, 15)}};
    QCOMPARE(defaultClock().addServiceMs(opened, 15 * minute, overlapping),
             utc(2026, 11, 23, 9, 35));
    // The store's way: the paused service time added to the target gives the same due time.
    const qint64 paused =
        defaultClock().serviceMsBetween(rome(2026, 11, 23, 10, 5), rome(2026, 11, 23, 10, 25));
    QCOMPARE(defaultClock().addServiceMs(opened, 15 * minute + paused), utc(2026, 11, 23, 9, 35));
}

void TestServiceClock::pauseAcrossClosingCountsOnlyServiceTime()
{
    // Opened Monday 19:50, paused from 19:55 to Tuesday 08:10: 5 min on Monday, 10 min from
    // 08:10 on Tuesday: 08:20 CET = 07:20 UTC.
    const QDateTime opened = rome(2026, 11, 23, 19, 50);
    const QList<ServicePause> pause = {{rome(2026, 11, 23, 19, 55), rome(2026, 11, 24, 8, 10)}};
    QCOMPARE(defaultClock().addServiceMs(opened, 15 * minute, pause), utc(2026, 11, 24, 7, 20));
    // Up to Tuesday 09:00: 5 min on Monday and 50 min on Tuesday.
    QCOMPARE(defaultClock().serviceMsBetween(opened, rome(2026, 11, 24, 9, 0), pause), 55 * minute);
}

void TestServiceClock::openEndedPauseLeavesNoDueTime()
{
    const QDateTime opened = rome(2026, 11, 23, 10, 0);
    // Still waiting for the customer since 10:05: the clock stands still, nothing is due.
    QVERIFY(!defaultClock()
                 .addServiceMs(opened, 15 * minute, {{rome(2026, 11, 23, 10, 5), QDateTime()}})
                 .isValid());
    // A wait that begins after the due time does not move it.
    QCOMPARE(defaultClock().addServiceMs(opened, 15 * minute,
                                         {{rome(2026, 11, 23, 10, 30), QDateTime()}}),
             utc(2026, 11, 23, 9, 15));
    // Measured up to 11:00 an open pause from 10:05 leaves 5 min.
    QCOMPARE(defaultClock().serviceMsBetween(opened, rome(2026, 11, 23, 11, 0),
                                             {{rome(2026, 11, 23, 10, 5), QDateTime()}}),
             5 * minute);
}

void TestServiceClock::scheduleWithoutServiceTimeFailsCleanly()
{
    const ServiceClock closed(hoursFrom(R"({"week": {}})"));
    QVERIFY(!closed.hours().hasServiceTime());
    QVERIFY(!closed.addServiceMs(rome(2026, 11, 23, 10, 0), 15 * minute).isValid());
    QCOMPARE(closed.serviceMsBetween(rome(2026, 11, 23, 10, 0), rome(2026, 12, 23, 10, 0)), 0);
    QVERIFY(!defaultClock().addServiceMs(QDateTime(), 15 * minute).isValid());
}

void TestServiceClock::scheduleOpenOnlyOnHolidaysGivesUp()
{
    // Open on Mondays only, and every Monday for two years is a holiday: the search stops
    // after ServiceClock::maxDaysWithoutService days instead of running on.
    ServiceHours hours = hoursFrom(R"({"week": {"monday": ["08:00-20:00"]}})");
    QList<QDate> mondays;
    for (QDate d(2026, 11, 23); d < QDate(2028, 12, 1); d = d.addDays(7))
        mondays << d;
    hours.setOneOffHolidays(mondays);
    QVERIFY(!ServiceClock(hours).addServiceMs(rome(2026, 11, 22, 10, 0), minute).isValid());
}

void TestServiceClock::parsesTypedIntervals()
{
    const auto parsed = ServiceHours::parseIntervals(QStringLiteral(" 14:00-24:00 , 8:00-13:00"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), (QList<ServiceInterval>{{8 * 60, 13 * 60}, {14 * 60, 24 * 60}}));
    QCOMPARE(ServiceHours::formatIntervals(parsed.value()),
             QStringLiteral("08:00-13:00, 14:00-24:00"));
    QVERIFY(ServiceHours::parseIntervals(QString()).value().isEmpty());

    MonthDay md;
    QDate once;
    QVERIFY(ServiceHours::parseHoliday(QStringLiteral("02-29"), &md, &once).ok());
    QCOMPARE(md, (MonthDay{2, 29}));
    QVERIFY(!once.isValid());
    QVERIFY(ServiceHours::parseHoliday(QStringLiteral("2026-12-24"), &md, &once).ok());
    QCOMPARE(once, QDate(2026, 12, 24));
}

void TestServiceClock::hoursRejectBadInputWithTheReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad time") << QByteArray(R"({"week": {"monday": ["25:00-26:00"]}})")
                              << "\"25:00\" is not a time";
    QTest::newRow("bad minutes") << QByteArray(R"({"week": {"monday": ["08:60-12:00"]}})")
                                 << "\"08:60\" is not a time";
    QTest::newRow("end before start") << QByteArray(R"({"week": {"monday": ["13:00-08:00"]}})")
                                      << "the end is not after the start";
    QTest::newRow("overlap") << QByteArray(
                                    R"({"week": {"friday": ["08:00-13:00", "12:00-14:00"]}})")
                             << "\"08:00-13:00\" and \"12:00-14:00\" overlap";
    QTest::newRow("not an interval")
        << QByteArray(R"({"week": {"monday": ["08:00"]}})") << "\"08:00\" is not an interval";
    QTest::newRow("day not a list")
        << QByteArray(R"({"week": {"monday": "08:00-13:00"}})") << "monday: write a list";
    QTest::newRow("unknown weekday")
        << QByteArray(R"({"week": {"funday": []}})") << "unknown weekday \"funday\"";
    QTest::newRow("bad month-day")
        << QByteArray(R"({"holidays": ["02-30"]})") << "\"02-30\" is not a date";
    QTest::newRow("bad date") << QByteArray(R"({"holidays": ["2026-13-01"]})")
                              << "\"2026-13-01\" is not a date";
    QTest::newRow("unknown zone") << QByteArray(R"({"timeZone": "Mars/Olympus"})")
                                  << "Unknown time zone \"Mars/Olympus\"";
    QTest::newRow("not an IANA name")
        << QByteArray(R"({"timeZone": "Rome"})") << "Unknown time zone \"Rome\"";
    QTest::newRow("unknown key") << QByteArray(R"({"weeks": {}})") << "unknown key \"weeks\"";
    QTest::newRow("easter not bool")
        << QByteArray(R"({"easterMonday": "yes"})") << "\"easterMonday\" must be true or false";
}

void TestServiceClock::hoursRejectBadInputWithTheReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto hours = ServiceHours::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!hours.ok());
    QVERIFY2(hours.error().contains(reason), qPrintable(hours.error()));
}

void TestServiceClock::levelsRejectBadInputWithTheReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"targets\": ") << "not valid JSON";
    QTest::newRow("unknown network")
        << QByteArray(R"({"targets": {"myspace": 10}})") << "unknown network \"myspace\"";
    QTest::newRow("zero target") << QByteArray(R"({"targets": {"x": 0}})")
                                 << "x: a target is a whole number of minutes";
    QTest::newRow("fractional target") << QByteArray(R"({"targets": {"x": {"public": 2.5}}})")
                                       << "x: a target is a whole number of minutes";
    QTest::newRow("unknown visibility") << QByteArray(R"({"targets": {"x": {"secret": 5}}})")
                                        << "x: a target is a whole number of minutes";
    QTest::newRow("negative warning")
        << QByteArray(R"({"dueSoonMinutes": -1})") << "\"dueSoonMinutes\" must be a whole number";
    QTest::newRow("other version") << QByteArray(R"({"version": 2})") << "version 1";
    QTest::newRow("bad hours") << QByteArray(R"({"serviceHours": {"timeZone": "Nowhere"}})")
                               << "Unknown time zone \"Nowhere\"";
}

void TestServiceClock::levelsRejectBadInputWithTheReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto levels = ServiceLevels::fromJsonText(json);
    QVERIFY(!levels.ok());
    QVERIFY2(levels.error().contains(reason), qPrintable(levels.error()));
}

void TestServiceClock::roundTripsThroughJson()
{
    const ServiceLevels defaults = ServiceLevels::defaults();
    QCOMPARE(ServiceLevels::fromJson(defaults.toJson()).value(), defaults);

    ServiceLevels edited;
    QVERIFY(edited.setTargetMinutes(Network::Instagram, Visibility::Private, 45).ok());
    QVERIFY(edited.setDueSoonMinutes(10).ok());
    ServiceHours hours = hoursFrom(R"({"timeZone": "Europe/London",
        "week": {"monday": ["08:30-12:30", "13:30-22:30"], "sunday": ["10:00-24:00"]},
        "holidays": ["12-25", "2026-12-24", "01-01"], "easterMonday": false})");
    edited.setHours(hours);

    const auto back = ServiceLevels::fromJsonText(edited.toJsonText());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), edited);
    QCOMPARE(back.value().toJson(), edited.toJson());
    QCOMPARE(back.value().targetMinutes(Network::Instagram, Visibility::Private), 45);
    QCOMPARE(back.value().targetMinutes(Network::Instagram, Visibility::Public), 30);
    QCOMPARE(back.value().hours().timeZone().id(), QByteArrayLiteral("Europe/London"));
    QCOMPARE(back.value().hours().oneOffHolidays(), QList<QDate>{QDate(2026, 12, 24)});
    QVERIFY(!(back.value() == defaults));
}

void TestServiceClock::shippedFileMatchesTheDefaults()
{
    const auto shipped = ServiceLevels::loadDefaults();
    QVERIFY2(shipped.ok(), qPrintable(shipped.error()));
    QCOMPARE(shipped.value(), ServiceLevels::defaults());
    QCOMPARE(shipped.value().targetMs(Network::X, Visibility::Public), 15 * minute);
    QCOMPARE(shipped.value().targetMs(Network::Facebook, Visibility::Private), 30 * minute);
    QCOMPARE(shipped.value().targetMs(Network::WhatsApp, Visibility::Private), 15 * minute);
    QCOMPARE(shipped.value().dueSoonMs(), 5 * minute);
}

void TestServiceClock::numberTargetAppliesToBothVisibilities()
{
    const auto levels = ServiceLevels::fromJson(object(R"({"targets": {"bluesky": 20}})"));
    QVERIFY2(levels.ok(), qPrintable(levels.error()));
    QCOMPARE(levels.value().targetMinutes(Network::Bluesky, Visibility::Public), 20);
    QCOMPARE(levels.value().targetMinutes(Network::Bluesky, Visibility::Private), 20);
    // Networks not mentioned keep their default.
    QCOMPARE(levels.value().targetMinutes(Network::X, Visibility::Public), 15);
    QCOMPARE(levels.value().hours(), ServiceHours::defaults());
}

void TestServiceClock::slaStateFollowsTheThresholds()
{
    const QDateTime due = utc(2026, 11, 23, 9, 15);
    const qint64 lead = 5 * minute;
    QCOMPARE(slaStateAt(QDateTime(), due, lead), SlaState::None);
    QCOMPARE(slaStateAt(due, due.addSecs(-6 * 60), lead), SlaState::OnTime);
    QCOMPARE(slaStateAt(due, due.addMSecs(-lead - 1), lead), SlaState::OnTime);
    QCOMPARE(slaStateAt(due, due.addMSecs(-lead), lead), SlaState::DueSoon);
    QCOMPARE(slaStateAt(due, due, lead), SlaState::DueSoon);
    QCOMPARE(slaStateAt(due, due.addMSecs(1), lead), SlaState::Breached);
    // Instants compare as instants, whatever zone they are written in.
    QCOMPARE(slaStateAt(due, rome(2026, 11, 23, 10, 16), lead), SlaState::Breached);
}

QTEST_GUILESS_MAIN(TestServiceClock)
#include "test_service_clock.moc"
