// The supervisor's figures on a hand-built month (tests/ReportFixture.h): every expected value
// below is worked out from the fixture's rows in the comment beside it.
#include "ReportFixture.h"
#include "ServiceReport.h"
#include "SqliteConnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sportello;

class TestServiceReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<SqliteConnection> m_connection;

    ReportQuery march() const
    {
        ReportQuery q;
        q.from = reportfixture::from();
        q.to = reportfixture::to();
        q.now = reportfixture::later();
        return q;
    }

    ReportFigures compute(const ReportQuery &q)
    {
        auto r = ServiceReport::compute(m_connection->database(), q);
        if (!r)
            qWarning("compute failed: %s", qPrintable(r.error()));
        return r ? r.value() : ReportFigures{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("report.db"));
        QVERIFY(reportfixture::build(path));
        auto opened = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_connection = opened.value();
    }
    void cleanupTestCase() { m_connection.reset(); }

    void messageVolumesCountTheHalfOpenPeriodByNetwork()
    {
        const ReportFigures f = compute(march());
        // In: 1, 2, 4, 5, 8 (6 is at `to`, 7 a minute before `from`); out: 3, 9.
        QCOMPARE(f.messages.inbound, 5);
        QCOMPARE(f.messages.outbound, 2);
        // x: in 1, 2, 8, out 3. facebook: in 4, out 9. whatsapp: in 5.
        QCOMPARE(f.byNetwork[0].inbound, 3); // allNetworks() order: x first
        QCOMPARE(f.byNetwork[0].outbound, 1);
        QCOMPARE(f.byNetwork[1].inbound, 1); // facebook
        QCOMPARE(f.byNetwork[1].outbound, 1);
        QCOMPARE(f.byNetwork[4].inbound, 1); // whatsapp
        QCOMPARE(f.byNetwork[2].total(), 0); // instagram
    }

    void hourOfDayFollowsTheClockChangeInRome()
    {
        const ReportFigures f = compute(march());
        // 2026-03-29: 00:30Z is 01:30 CET, 01:30Z is 03:30 CEST; 02:xx never happened there.
        QCOMPARE(f.byHour[1].inbound, 1);
        QCOMPARE(f.byHour[2].total(), 0);
        QCOMPARE(f.byHour[3].inbound, 1);
        QCOMPARE(f.byHour[12].outbound, 1); // 10:00Z = 12:00 CEST
        QCOMPARE(f.byHour[0].inbound, 1);   // 2026-02-28T23:00Z = March 1st 00:00 CET
        QCOMPARE(f.byHour[9].inbound, 1);   // 08:15Z = 09:15 CET
        QCOMPARE(f.byHour[23].inbound, 1);  // 21:59Z = 23:59 CEST
        QCOMPARE(f.byHour[11].outbound, 1); // 10:00Z = 11:00 CET
        qint64 total = 0;
        for (const MessageVolume &v : f.byHour)
            total += v.total();
        QCOMPARE(total, 7);
    }

    void weekdayIsTheLocalDayWithMondayFirst()
    {
        const ReportFigures f = compute(march());
        QCOMPARE(f.byWeekday[0].inbound, 1);  // Monday 2 March: message 4
        QCOMPARE(f.byWeekday[1].inbound, 1);  // Tuesday 31 March 23:59: message 5
        QCOMPARE(f.byWeekday[1].outbound, 1); // Tuesday 10 March: message 9
        QCOMPARE(f.byWeekday[6].inbound, 3);  // Sunday: messages 1, 2, and 8 (1 March 00:00)
        QCOMPARE(f.byWeekday[6].outbound, 1); // Sunday: message 3
        QCOMPARE(f.byWeekday[5].total(), 0);  // Saturday 28 February 23:59 is outside
    }

    void firstResponseTimesAreMeanMedianAndNearestRankP90()
    {
        const ReportFigures f = compute(march());
        // Opened in March: 1-8 and 10 (9 and 12 before, 11 after) = 9; answered 1-5, 10 = 6.
        QCOMPARE(f.casesOpened, 9);
        QCOMPARE(f.casesAnswered, 6);
        QVERIFY(f.responseRatePercent);
        QCOMPARE(*f.responseRatePercent, 600.0 / 9.0); // 66.67 %
        // Minutes: 10, 20, 30, 60, 120, 5 -> sorted 5 10 20 30 60 120; sum 245.
        QCOMPARE(*f.firstResponseMeanMinutes, 245.0 / 6.0);
        QCOMPARE(*f.firstResponseMedianMinutes, 25.0); // (20 + 30) / 2
        QCOMPARE(*f.firstResponseP90Minutes, 120.0);   // rank ceil(0.9 * 6) = 6
    }

    void slaCountsOnlyCasesWhoseDueTimeHasPassedOrWereAnswered()
    {
        const ReportFigures f = compute(march());
        // Met: 1 (10 <= 15 min), 3 (30 <= 30, on the minute), 10 (5 <= 15).
        // Breached: 2 (20 > 15), 5 (120 > 30), 6 (unanswered, due 21:45Z < end 22:00Z).
        // Not counted: 4 and 8 (no due time), 7 (due 23:00Z, after the end).
        QCOMPARE(f.slaMet, 3);
        QCOMPARE(f.slaBreached, 3);
        QCOMPARE(*f.slaCompliancePercent, 50.0);
    }

    void aPeriodStillRunningIsJudgedAtNow()
    {
        ReportQuery q = march();
        q.now = QDateTime::fromString(QStringLiteral("2026-03-31T21:40:00Z"), Qt::ISODate);
        const ReportFigures f = compute(q);
        // Case 6 is due 21:45Z: still within its time at 21:40Z, so out of the denominator.
        QCOMPARE(f.slaMet, 3);
        QCOMPARE(f.slaBreached, 2);
        QCOMPARE(*f.slaCompliancePercent, 60.0);
        QCOMPARE(f.judgedAt.toMSecsSinceEpoch(), q.now.toMSecsSinceEpoch());
    }

    void backlogBucketsActiveCasesByAgeAtTheEnd()
    {
        const ReportFigures f = compute(march());
        // Active and opened before 22:00Z on the 31st: 6 new 21:30 (30 min), 7 open 20:00
        // (2 h), 8 escalated 10:00 (12 h), 10 open on the 30th 12:00 (34 h), 5 open on the
        // 10th and 9 waiting since February (> 3 d). 11 opens in April; the rest are done.
        QCOMPARE(f.backlog, 6);
        QCOMPARE(f.backlogByAge[0], 1);
        QCOMPARE(f.backlogByAge[1], 1);
        QCOMPARE(f.backlogByAge[2], 1);
        QCOMPARE(f.backlogByAge[3], 1);
        QCOMPARE(f.backlogByAge[4], 2);
    }

    void escalationsGroupByDepartmentWithTurnaroundOfAnsweredOnes()
    {
        const ReportFigures f = compute(march());
        // In March: legal 4 (answered after 4, 26, 10 h; one open, due the 21st: past due),
        // complaints 2 (one withdrawn, one open due April 1st 10:00Z: after the end).
        // The February escalation is outside. Ordered by name: Reclami, Ufficio Legale.
        QCOMPARE(f.escalations.size(), 2);
        const DepartmentEscalations &complaints = f.escalations.at(0);
        QCOMPARE(complaints.key, QStringLiteral("complaints"));
        QCOMPARE(complaints.escalated, 2);
        QCOMPARE(complaints.answered, 0);
        QCOMPARE(complaints.openPastDue, 0);
        QVERIFY(!complaints.meanTurnaroundHours);
        QVERIFY(!complaints.medianTurnaroundHours);
        const DepartmentEscalations &legal = f.escalations.at(1);
        QCOMPARE(legal.key, QStringLiteral("legal"));
        QCOMPARE(legal.name, QStringLiteral("Ufficio Legale"));
        QCOMPARE(legal.escalated, 4);
        QCOMPARE(legal.answered, 3);
        QCOMPARE(legal.openPastDue, 1);
        QCOMPARE(*legal.meanTurnaroundHours, 40.0 / 3.0); // (4 + 26 + 10) / 3
        QCOMPARE(*legal.medianTurnaroundHours, 10.0);     // 4 10 26
    }

    void satisfactionComesFromCasesClosedInThePeriod()
    {
        const ReportFigures f = compute(march());
        // Closed in March with a score: 12 (1, on the 5th), 1 (5), 2 (4), 3 (2). Case 4
        // closes on April 2nd: outside.
        QCOMPARE(f.satisfactionCount, 4);
        QCOMPARE(*f.satisfactionAverage, 3.0); // (1 + 5 + 4 + 2) / 4
        QCOMPARE(f.satisfactionDistribution, (std::array<qint64, 5>{1, 1, 0, 1, 1}));
    }

    void reopenedCountsDistinctCasesReopenedInThePeriod()
    {
        const ReportFigures f = compute(march());
        // Case 1 twice and case 3 in March; case 2 in February; a 'resolved' event is not one.
        QCOMPARE(f.reopenedCases, 2);
    }

    void incidentsOpenedInThePeriodWithTheirLinkedCases()
    {
        const ReportFigures f = compute(march());
        // Incident 1 (10 March: cases 1, 2, 6), incident 3 (29 March: case 3); 2 is February.
        QCOMPARE(f.incidents.size(), 2);
        QCOMPARE(f.incidents.at(0).id, 1);
        QCOMPARE(f.incidents.at(0).title, QStringLiteral("App down, \"login\" errors"));
        QCOMPARE(f.incidents.at(0).state, QStringLiteral("open"));
        QCOMPARE(f.incidents.at(0).linkedCases, 3);
        QCOMPARE(f.incidents.at(1).id, 3);
        QCOMPARE(f.incidents.at(1).linkedCases, 1);
    }

    void agentFilterNarrowsCasesMessagesAndEscalationsAlike()
    {
        ReportQuery q = march();
        q.agent = QStringLiteral("anna");
        const ReportFigures f = compute(q);
        // Anna's cases: 1, 2, 5, 7, 9, 10, 12 (11 is April). Opened in March: 1, 2, 5, 7, 10.
        QCOMPARE(f.casesOpened, 5);
        QCOMPARE(f.casesAnswered, 4);           // 7 is unanswered
        QCOMPARE(*f.responseRatePercent, 80.0); // 4 / 5
        // Minutes 10, 20, 120, 5 -> 5 10 20 120: mean 38.75, median 15, p90 rank 4 = 120.
        QCOMPARE(*f.firstResponseMeanMinutes, 38.75);
        QCOMPARE(*f.firstResponseMedianMinutes, 15.0);
        QCOMPARE(*f.firstResponseP90Minutes, 120.0);
        // Met 1, 10; breached 2, 5; 7 still within its time.
        QCOMPARE(f.slaMet, 2);
        QCOMPARE(f.slaBreached, 2);
        // Messages of her cases: in 1, 2, 5, 8; out 3.
        QCOMPARE(f.messages.inbound, 4);
        QCOMPARE(f.messages.outbound, 1);
        // Backlog: 7 (2 h), 10 (34 h), 5 and 9 (> 3 d).
        QCOMPARE(f.backlog, 4);
        QCOMPARE(f.backlogByAge, (std::array<qint64, 5>{0, 1, 0, 1, 2}));
        // Escalations of her cases: legal 3 (4 h, 26 h answered; one past due), complaints 1.
        QCOMPARE(f.escalations.size(), 2);
        QCOMPARE(f.escalations.at(1).escalated, 3);
        QCOMPARE(f.escalations.at(1).answered, 2);
        QCOMPARE(*f.escalations.at(1).meanTurnaroundHours, 15.0);
        QCOMPARE(*f.escalations.at(1).medianTurnaroundHours, 15.0);
        QCOMPARE(f.escalations.at(1).openPastDue, 1);
        QCOMPARE(f.escalations.at(0).escalated, 1);
        // Satisfaction: 12 (1), 1 (5), 2 (4).
        QCOMPARE(f.satisfactionCount, 3);
        QCOMPARE(*f.satisfactionAverage, 10.0 / 3.0);
        QCOMPARE(f.reopenedCases, 1); // case 1
        // Both incidents are listed; only her cases count: incident 1 has 1 and 2.
        QCOMPARE(f.incidents.size(), 2);
        QCOMPARE(f.incidents.at(0).linkedCases, 2);
        QCOMPARE(f.incidents.at(1).linkedCases, 0);
    }

    void networkAccountAndCategoryFiltersApplyToCasesAndMessages()
    {
        ReportQuery facebook = march();
        facebook.network = Network::Facebook;
        ReportFigures f = compute(facebook);
        QCOMPARE(f.casesOpened, 3); // 3, 4, 8
        QCOMPARE(f.casesAnswered, 2);
        QCOMPARE(f.messages.inbound, 1);  // 4
        QCOMPARE(f.messages.outbound, 1); // 9
        QCOMPARE(f.byNetwork[0].total(), 0);
        QCOMPARE(f.backlog, 1); // 8

        ReportQuery whatsapp = march();
        whatsapp.accountId = 3;
        f = compute(whatsapp);
        QCOMPARE(f.casesOpened, 1); // 5
        QCOMPARE(f.messages.inbound, 1);
        QCOMPARE(f.messages.outbound, 0);

        ReportQuery support = march();
        support.category = Category::SupportRequest;
        f = compute(support);
        QCOMPARE(f.casesOpened, 6); // 1, 2, 4, 6, 7, 10
        // Messages of support cases in March: 1, 2, 8 in (cases 1, 9), 9 out (case 4), 3 out.
        QCOMPARE(f.messages.inbound, 3);
        QCOMPARE(f.messages.outbound, 2);
    }

    void anEmptyPeriodGivesZerosAndNoFigureInsteadOfNaN()
    {
        ReportQuery q;
        q.from = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
        q.to = QDateTime::fromString(QStringLiteral("2025-01-02T00:00:00Z"), Qt::ISODate);
        q.now = reportfixture::later();
        const ReportFigures f = compute(q);
        QCOMPARE(f.casesOpened, 0);
        QCOMPARE(f.messages.total(), 0);
        QCOMPARE(f.backlog, 0);
        QVERIFY(!f.responseRatePercent);
        QVERIFY(!f.firstResponseMeanMinutes);
        QVERIFY(!f.firstResponseMedianMinutes);
        QVERIFY(!f.firstResponseP90Minutes);
        QVERIFY(!f.slaCompliancePercent);
        QVERIFY(!f.satisfactionAverage);
        QVERIFY(f.escalations.isEmpty());
        QVERIFY(f.incidents.isEmpty());

        const QJsonObject json = toJson(f);
        const QJsonObject cases = json.value(QStringLiteral("cases")).toObject();
        QVERIFY(cases.value(QStringLiteral("response_rate_percent")).isNull());
        QVERIFY(cases.value(QStringLiteral("first_response_minutes"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .isNull());
        QCOMPARE(cases.value(QStringLiteral("opened")).toInt(-1), 0);
        QVERIFY(!toCsv(f).contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }

    void aPeriodThatEndsBeforeItStartsIsRefused()
    {
        ReportQuery q = march();
        q.to = q.from;
        auto same = ServiceReport::compute(m_connection->database(), q);
        QVERIFY(!same);
        QVERIFY2(same.error().contains(QStringLiteral("start must come before its end")),
                 qPrintable(same.error()));
        q.to = q.from.addDays(-1);
        QVERIFY(!ServiceReport::compute(m_connection->database(), q));
        QVERIFY(!ServiceReport::compute(m_connection->database(), ReportQuery{}));
    }

    void jsonCarriesTheFiguresUnderStableKeys()
    {
        const QJsonObject json = toJson(compute(march()));
        const QJsonObject period = json.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("from")).toString(),
                 QStringLiteral("2026-03-01T00:00:00+01:00"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(),
                 QStringLiteral("2026-04-01T00:00:00+02:00"));
        QCOMPARE(period.value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Europe/Rome"));
        const QJsonObject cases = json.value(QStringLiteral("cases")).toObject();
        QCOMPARE(cases.value(QStringLiteral("opened")).toInt(), 9);
        QCOMPARE(cases.value(QStringLiteral("sla"))
                     .toObject()
                     .value(QStringLiteral("compliance_percent"))
                     .toDouble(),
                 50.0);
        const QJsonObject messages = json.value(QStringLiteral("messages")).toObject();
        QCOMPARE(messages.value(QStringLiteral("by_network"))
                     .toObject()
                     .value(QStringLiteral("x"))
                     .toObject()
                     .value(QStringLiteral("inbound"))
                     .toInt(),
                 3);
        QCOMPARE(messages.value(QStringLiteral("by_hour")).toArray().size(), 24);
        QCOMPARE(json.value(QStringLiteral("backlog"))
                     .toObject()
                     .value(QStringLiteral("over_3d"))
                     .toInt(),
                 2);
        QCOMPARE(json.value(QStringLiteral("reopened_cases")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("satisfaction"))
                     .toObject()
                     .value(QStringLiteral("distribution"))
                     .toObject()
                     .value(QStringLiteral("5"))
                     .toInt(),
                 1);
    }

    void csvIsOneLongTableWithRfc4180Quoting()
    {
        const QString csv = toCsv(compute(march()));
        QVERIFY(csv.startsWith(QStringLiteral("section,item,measure,value\r\n")));
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        QVERIFY(!csv.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
        QVERIFY(csv.contains(QStringLiteral("\r\ncases,,opened,9\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\ncases,,first_response_median_minutes,25.00\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nmessages_by_hour,03,inbound,1\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nbacklog,over_3d,cases,2\r\n")));
        // A comma and quotes: quoted, quotes doubled.
        QVERIFY(csv.contains(
            QStringLiteral("\r\nincidents,1,title,\"App down, \"\"login\"\" errors\"\r\n")));
        // A title a spreadsheet would run as a formula is defused.
        QVERIFY(
            csv.contains(QStringLiteral("\r\nincidents,3,title,\"'=HYPERLINK(\"\"x\"\")\"\r\n")));
        // Every record has exactly four fields once quoted commas are set aside.
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            QString bare = line;
            bare.remove(QRegularExpression(QStringLiteral("\"([^\"]|\"\")*\"")));
            QCOMPARE(bare.count(QLatin1Char(',')), 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceReport)
#include "test_service_report.moc"
