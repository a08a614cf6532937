#include "SpikeMonitor.h"
#include "SqliteCaseStore.h"
#include "StoreWorker.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// Spike alerts fed from the store: the history at start, then what each ingest adds.
class TestSpikeMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QList<InboundItem> loginTrouble(int from, int count, int minute)
    {
        QList<InboundItem> items;
        for (int i = from; i < from + count; ++i)
            items << item(QStringLiteral("login%1").arg(i), QStringLiteral("cliente%1").arg(i),
                          QStringLiteral("Non riesco ad accedere all'app da stamattina"),
                          at(minute, (i % 20) * 20));
        return items;
    }

private slots:
    void alertsFromHistoryAndFromNewMessages()
    {
        m_path = m_dir.filePath(QStringLiteral("spikes.db"));
        {
            auto store = openKeyedStore(m_path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QList<InboundItem> quiet{item(QStringLiteral("q1"), QStringLiteral("altro"),
                                          QStringLiteral("Grazie mille per l'aiuto"), at(-300))};
            QVERIFY(store.value()->ingest(quiet + loginTrouble(0, 8, 0)).ok());
            auto recent = store.value()->recentInbound(at(0).addDays(-1), 0, 100);
            QVERIFY2(recent.ok(), qPrintable(recent.error()));
            QCOMPARE(recent.value().size(), 9);
            QCOMPARE(TopicRules::loadDefaults().value().topicOf(recent.value().last().text),
                     QStringLiteral("login_failure"));
        }
        auto rules = TopicRules::loadDefaults();
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        const auto shared = std::make_shared<const TopicRules>(rules.value());

        StoreWorker worker(keyedStoreFactory(m_path, nullptr));
        QSignalSpy opened(&worker, &StoreWorker::opened);
        worker.open();
        QVERIFY(opened.wait(5000));

        QDateTime now = at(4);
        SpikeMonitor monitor(worker, shared);
        monitor.setClock([&now] { return now; });
        QSignalSpy changed(&monitor, &SpikeMonitor::alertsChanged);
        monitor.start();
        QVERIFY(changed.wait(5000));
        QCOMPARE(monitor.alerts().size(), 1);
        QCOMPARE(monitor.alerts().first().topic, QStringLiteral("login_failure"));
        QCOMPARE(monitor.alerts().first().customers, 8);

        // The next ingest adds four more customers to the same episode.
        QSignalSpy ingested(&worker, &StoreWorker::ingested);
        worker.ingest(loginTrouble(8, 4, 4));
        QVERIFY(ingested.wait(5000));
        now = at(8);
        monitor.catchUp();
        QVERIFY(changed.wait(5000));
        QCOMPARE(monitor.alerts().first().customers, 12);

        // The cases to offer for linking: the ones that wrote about the topic in the window.
        const SpikeAlert alert = monitor.alerts().first();
        QList<qint64> cases;
        bool done = false;
        worker.runOnStore(&monitor, [&](CaseStore &store) {
            auto matching = SpikeMonitor::casesMatching(store, *shared, alert);
            return std::function<void()>([&, matching] {
                cases = matching.value();
                done = true;
            });
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(cases.size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestSpikeMonitor)
#include "test_spike_monitor.moc"
