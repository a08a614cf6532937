// `sportello-cli report` as a supervisor's script runs it: the real binary on the hand-built
// March of tests/ReportFixture.h, exit codes, JSON and CSV on stdout.
#include "ReportFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The tool's exit codes (see app/cli_main.cpp).
constexpr int kOk = 0;
constexpr int kNothingRead = 2;
constexpr int kUsage = 3;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(SPORTELLO_CLI), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run report(QStringList args)
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + args);
    }

    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.db"));
        QVERIFY(reportfixture::build(m_db));
    }

    void wholeDaysInRomeWithAnInclusiveEndGiveTheMonth()
    {
        const QByteArray before = sha256Of(m_db);
        const Run r = report({QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(r.exitCode, kOk);
        const QJsonObject o = json(r);
        const QJsonObject period = o.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("from")).toString(),
                 QStringLiteral("2026-03-01T00:00:00+01:00"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(),
                 QStringLiteral("2026-04-01T00:00:00+02:00"));
        // The same figures test_service_report works out by hand.
        const QJsonObject cases = o.value(QStringLiteral("cases")).toObject();
        QCOMPARE(cases.value(QStringLiteral("opened")).toInt(), 9);
        QCOMPARE(cases.value(QStringLiteral("answered")).toInt(), 6);
        QCOMPARE(cases.value(QStringLiteral("first_response_minutes"))
                     .toObject()
                     .value(QStringLiteral("median"))
                     .toDouble(),
                 25.0);
        QCOMPARE(
            o.value(QStringLiteral("messages")).toObject().value(QStringLiteral("inbound")).toInt(),
            5);
        QCOMPARE(o.value(QStringLiteral("reopened_cases")).toInt(), 2);
        // Reading never writes.
        QCOMPARE(sha256Of(m_db), before);
    }

    void isoTimesAreTakenAsGivenWithAnExclusiveEnd()
    {
        // The last minute of March in Rome only: message 5 at 21:59Z.
        const Run r = report({QStringLiteral("--from"), QStringLiteral("2026-03-31T21:59:00Z"),
                              QStringLiteral("--to"), QStringLiteral("2026-04-01T00:00:00+02:00")});
        QCOMPARE(r.exitCode, kOk);
        QCOMPARE(json(r)
                     .value(QStringLiteral("messages"))
                     .toObject()
                     .value(QStringLiteral("inbound"))
                     .toInt(),
                 1);
    }

    void filtersNarrowTheFigures()
    {
        const Run anna = report({QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                 QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                 QStringLiteral("--agent"), QStringLiteral("anna")});
        QCOMPARE(anna.exitCode, kOk);
        QCOMPARE(json(anna)
                     .value(QStringLiteral("cases"))
                     .toObject()
                     .value(QStringLiteral("opened"))
                     .toInt(),
                 5);
        const Run facebook = report(
            {QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
             QStringLiteral("2026-03-31"), QStringLiteral("--network"), QStringLiteral("facebook"),
             QStringLiteral("--category"), QStringLiteral("support_request")});
        QCOMPARE(facebook.exitCode, kOk);
        QCOMPARE(json(facebook)
                     .value(QStringLiteral("cases"))
                     .toObject()
                     .value(QStringLiteral("opened"))
                     .toInt(),
                 1); // case 4
    }

    void csvGoesToStandardOutput()
    {
        const Run r = report({QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, kOk);
        QVERIFY(r.out.startsWith("section,item,measure,value\r\n"));
        QVERIFY(r.out.contains("\r\ncases,,opened,9\r\n"));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no period") << QStringList{};
        QTest::newRow("no end") << QStringList{QStringLiteral("--from"),
                                               QStringLiteral("2026-03-01")};
        QTest::newRow("not a date")
            << QStringList{QStringLiteral("--from"), QStringLiteral("1 marzo"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-31")};
        QTest::newRow("no such day")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-31")};
        QTest::newRow("end before start")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-31"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-01")};
        QTest::newRow("format") << QStringList{
            QStringLiteral("--from"),     QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-31"), QStringLiteral("--format"),   QStringLiteral("xlsx")};
        QTest::newRow("network") << QStringList{
            QStringLiteral("--from"),     QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-31"), QStringLiteral("--network"),  QStringLiteral("myspace")};
        QTest::newRow("category") << QStringList{
            QStringLiteral("--from"),     QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-31"), QStringLiteral("--category"), QStringLiteral("gossip")};
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = report(args);
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("sportello-cli: "), r.err.constData());
    }

    void aMissingDatabaseIsNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("typo.db"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), missing,
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY(r.err.contains("there is no database"));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void aFileThatIsNotADatabaseIsUnreadable()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = sha256Of(junk);
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), junk,
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(sha256Of(junk), before);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "test_report_cli.moc"
