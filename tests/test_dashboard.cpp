// The supervisor's dashboard offscreen, on the hand-built March of tests/ReportFixture.h: the
// numbers it shows are the ones test_service_report works out by hand.
//
// SPORTELLO_DASHBOARD_SCREENSHOT=file.png saves what the window looks like at 1400x900.
#include "DashboardWindow.h"
#include "ReportFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<DashboardWindow> m_window;

    QString text(const char *objectName) const
    {
        auto *label = m_window->findChild<QLabel *>(QLatin1String(objectName));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
    }

    // Waits for the figures of the window's current request, however many came before.
    bool waitForFigures(qint64 expectedOpened)
    {
        return QTest::qWaitFor(
            [&] {
                return m_window->figures() && m_window->figures()->casesOpened == expectedOpened;
            },
            30000);
    }

    static QString decimal(double value, int decimals = 1)
    {
        return QLocale().toString(value, 'f', decimals);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.db"));
        QVERIFY(reportfixture::build(m_db));
        AccountRecord x;
        x.id = 1;
        x.network = Network::X;
        x.handle = QStringLiteral("@banca");
        AccountRecord whatsapp;
        whatsapp.id = 3;
        whatsapp.network = Network::WhatsApp;
        whatsapp.handle = QStringLiteral("+39000");
        m_window = std::make_unique<DashboardWindow>(
            m_db, QList<AccountRecord>{x, whatsapp},
            QStringList{QStringLiteral("anna"), QStringLiteral("bruno")});
        m_window->resize(1400, 900);
        m_window->show();
        m_window->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(waitForFigures(9));
    }
    void cleanupTestCase() { m_window.reset(); }

    void showsTheMonthsFiguresAsBigNumbers()
    {
        QCOMPARE(m_window->figures()->from.toString(Qt::ISODate),
                 QStringLiteral("2026-03-01T00:00:00+01:00"));
        QCOMPARE(text("firstResponseMean"), decimal(245.0 / 6.0)); // 40.8
        QCOMPARE(text("firstResponseMedian"), decimal(25.0));
        QCOMPARE(text("firstResponseP90"), decimal(120.0));
        QCOMPARE(text("responseRate"), decimal(600.0 / 9.0) + QLatin1Char('%')); // 66.7%
        QVERIFY(text("responseRateDetail").contains(QLatin1String("6")));
        QCOMPARE(text("sla"), decimal(50.0) + QLatin1Char('%'));
        QCOMPARE(text("backlog"), QStringLiteral("6"));
        QCOMPARE(text("satisfaction"), decimal(3.0, 2));
        QCOMPARE(text("reopened"), QStringLiteral("2"));
        QCOMPARE(text("volume"), QStringLiteral("5"));
        QVERIFY(text("volumeDetail").contains(QLatin1String("2")));
    }

    void showsEscalationsAndIncidentsAsTables()
    {
        auto *escalations = m_window->findChild<QTableWidget *>(QStringLiteral("escalations"));
        QVERIFY(escalations);
        QCOMPARE(escalations->rowCount(), 2);
        QCOMPARE(escalations->item(1, 0)->text(), QStringLiteral("Ufficio Legale"));
        QCOMPARE(escalations->item(1, 1)->text(), QStringLiteral("4"));
        // Turnaround mean 40 / 3 = 13.3 h, median 10 h.
        QCOMPARE(escalations->item(1, 3)->text(),
                 decimal(40.0 / 3.0) + QStringLiteral(" / ") + decimal(10.0));
        QCOMPARE(escalations->item(1, 4)->text(), QStringLiteral("1"));
        auto *incidents = m_window->findChild<QTableWidget *>(QStringLiteral("incidents"));
        QVERIFY(incidents);
        QCOMPARE(incidents->rowCount(), 2);
        QCOMPARE(incidents->item(0, 1)->text(), QStringLiteral("App down, \"login\" errors"));
        QCOMPARE(incidents->item(0, 4)->text(), QStringLiteral("3"));
    }

    void chartTablesCarryTheSameNumbers()
    {
        auto *hours = m_window->findChild<QWidget *>(QStringLiteral("byHour"));
        QVERIFY(hours);
        auto *table = hours->findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 24);
        // The clock change: 03:30 CEST counted at 3, nothing at 2.
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("1"));
    }

    void anAgentFilterRecomputes()
    {
        auto *agent = m_window->findChild<QComboBox *>(QStringLiteral("agentFilter"));
        QVERIFY(agent);
        agent->setCurrentIndex(agent->findData(QStringLiteral("anna")));
        QVERIFY(waitForFigures(5));
        QCOMPARE(text("responseRate"), decimal(80.0) + QLatin1Char('%'));
        agent->setCurrentIndex(0);
        QVERIFY(waitForFigures(9));
    }

    void exportWritesTheCsvOfTheFiguresShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("march.csv"));
        QSignalSpy exported(m_window.get(), &DashboardWindow::csvExported);
        m_window->exportCsv(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), toCsv(*m_window->figures()));
    }

    void exportToAnUnwritablePlaceShowsAnErrorAndLeavesNothing()
    {
        // A folder that cannot exist (its parent is a file) and a target that is a folder:
        // refused even to root, which the permission bits would not stop.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

        for (const QString &target : {blocker + QStringLiteral("/march.csv"), folder}) {
            QSignalSpy exported(m_window.get(), &DashboardWindow::csvExported);
            m_window->exportCsv(target);
            QVERIFY(exported.wait(10000));
            QCOMPARE(exported.first().at(1).toBool(), false);
            auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("exportError"));
            QVERIFY(box);
            QVERIFY(box->isVisible());
            QVERIFY(box->text().contains(QDir::toNativeSeparators(target)));
            box->close();
            QTest::qWait(0); // let the closed box delete itself
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), before);
        QVERIFY(QDir(folder).isEmpty());
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }

    void anEmptyPeriodShowsDashesNotNaN()
    {
        m_window->setPeriod(QDate(2025, 1, 1), QDate(2025, 1, 1));
        QVERIFY(waitForFigures(0));
        QCOMPARE(text("firstResponseMean"), QStringLiteral("\u2013"));
        QCOMPARE(text("responseRate"), QStringLiteral("\u2013"));
        QCOMPARE(text("sla"), QStringLiteral("\u2013"));
        QCOMPARE(text("satisfaction"), QStringLiteral("\u2013"));
        m_window->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(waitForFigures(9));
    }

    void screenshotOnRequest()
    {
        const QByteArray path = qgetenv("SPORTELLO_DASHBOARD_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set SPORTELLO_DASHBOARD_SCREENSHOT=file.png to save one");
        // The charts lay out their axes on the next turns of the event loop.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QString::fromLocal8Bit(path)));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
