#include "DueSoonWatch.h"
#include "SqliteCaseStore.h"
#include "StoreWorker.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// The due-soon warning: the agent's cases and the untaken new ones whose answer is due within
// the warning lead, each announced once per debt, read from a real store with a set clock.
class TestDueSoon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCaseStore> m_store;
    QList<qint64> m_cases;
    const QDateTime m_now = QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);

    void setCase(qint64 id, int dueInMinutes, const QString &assignee, const QString &status)
    {
        QSqlQuery q(m_store->connection().database());
        QVERIFY(q.prepare(
            QStringLiteral("UPDATE cases SET due_at = ?, assignee = ?, status = ? WHERE id = ?")));
        q.addBindValue(m_now.addSecs(dueInMinutes * 60).toMSecsSinceEpoch());
        q.addBindValue(assignee.isNull() ? QStringLiteral("") : assignee);
        q.addBindValue(status);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    static QList<qint64> ids(const QList<DueCase> &cases)
    {
        QList<qint64> out;
        for (const DueCase &c : cases)
            out << c.caseId;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("due-soon.db"));
        auto store = openKeyedStore(m_path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        QList<InboundItem> items;
        for (int i = 0; i < 6; ++i)
            items << item(QStringLiteral("s%1").arg(i), QStringLiteral("Cliente%1").arg(i),
                          QStringLiteral("Buongiorno, ho un problema"), at(i));
        m_cases = m_store->ingest(items).value().touchedCases;
        QCOMPARE(m_cases.size(), 6);
        setCase(m_cases.at(0), 3, QStringLiteral("anna"), QStringLiteral("open"));  // mine, soon
        setCase(m_cases.at(1), 1, QString(), QStringLiteral("new"));                // untaken, soon
        setCase(m_cases.at(2), 4, QStringLiteral("bruno"), QStringLiteral("open")); // another's
        setCase(m_cases.at(3), 30, QStringLiteral("anna"), QStringLiteral("open")); // not yet
        setCase(m_cases.at(4), -2, QStringLiteral("anna"), QStringLiteral("open")); // already late
        setCase(m_cases.at(5), 2, QStringLiteral("anna"), QStringLiteral("waiting")); // paused
    }

    void announcesEachCaseOncePerDebt()
    {
        StoreWorker worker(keyedStoreFactory(m_path, nullptr));
        QSignalSpy opened(&worker, &StoreWorker::opened);
        worker.open();
        QVERIFY(opened.wait(5000));

        QDateTime now = m_now;
        DueSoonWatch watch(worker, QStringLiteral("anna"));
        watch.setClock([&now] { return now; });
        watch.setDueSoonMs(5 * 60'000);
        QSignalSpy changed(&watch, &DueSoonWatch::dueSoonChanged);
        QSignalSpy fresh(&watch, &DueSoonWatch::newlyDueSoon);

        watch.checkNow();
        QVERIFY(changed.wait(5000));
        const QList<qint64> soon{m_cases.at(1), m_cases.at(0)}; // soonest first
        QCOMPARE(ids(watch.dueSoon()), soon);
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(ids(fresh.first().first().value<QList<DueCase>>()), soon);
        QCOMPARE(watch.dueSoon().first().customer, QStringLiteral("Cliente1"));

        // A minute later nothing is news.
        now = m_now.addSecs(60);
        watch.checkNow();
        QVERIFY(changed.wait(5000));
        QCOMPARE(fresh.size(), 1);

        // Case 3 comes within the lead; case 1 is late now and no longer "due soon".
        now = m_now.addSecs(26 * 60);
        setCase(m_cases.at(0), 40, QStringLiteral("anna"), QStringLiteral("open"));
        watch.checkNow();
        QVERIFY(changed.wait(5000));
        QCOMPARE(ids(watch.dueSoon()), QList<qint64>{m_cases.at(3)});
        QCOMPARE(fresh.size(), 2);
        QCOMPARE(ids(fresh.last().first().value<QList<DueCase>>()), QList<qint64>{m_cases.at(3)});
    }
};

QTEST_GUILESS_MAIN(TestDueSoon)
#include "test_due_soon.moc"
