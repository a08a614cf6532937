// The demo network: the built-in scenario, the connector that plays it on a clock, and the
// path a real network takes into the store (PollScheduler -> batch -> ingest with cursor).
#include "DemoConnector.h"
#include "DemoScenario.h"
#include "PollScheduler.h"
#include "SqliteCaseStore.h"
#include "StoreOpener.h"
#include "TestStores.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <memory>

using namespace sportello;
using namespace sportello::testing;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QList<DemoScenario::Entry> allEntries(const DemoScenario &scenario)
{
    QList<DemoScenario::Entry> all;
    for (const AccountRecord &a : scenario.accounts())
        all += scenario.entriesFor(a.network, a.handle);
    return all;
}

QStringList networkIds(const QList<InboundItem> &items)
{
    QStringList ids;
    for (const InboundItem &i : items)
        ids << i.networkId;
    return ids;
}

QStringList networkIds(const QList<DemoScenario::Entry> &entries)
{
    QStringList ids;
    for (const DemoScenario::Entry &e : entries)
        ids << e.item.networkId;
    return ids;
}

} // namespace

class TestDemoNetwork : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoScenario> m_scenario;
    AccountRecord m_x; // the busiest demo account: history and a live part
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<SqliteCaseStore> openStore()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("demo-%1.db").arg(++m_counter)),
                                    shippedTriage());
        if (!store) {
            qWarning("%s", qPrintable(store.error()));
            return {};
        }
        return store.takeValue();
    }

    static qint64 caseOf(SqliteCaseStore &store, const AccountRecord &account,
                         const QString &networkId)
    {
        QSqlQuery q(store.connection().database());
        q.prepare(QStringLiteral(
            "SELECT m.case_id FROM messages m JOIN accounts a ON a.id = m.account_id "
            "WHERE a.network = ? AND a.handle = ? AND m.network_id = ?"));
        q.addBindValue(toKey(account.network));
        q.addBindValue(account.handle);
        q.addBindValue(networkId);
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    AccountRecord accountOf(const InboundItem &item) const
    {
        for (const AccountRecord &a : m_scenario->accounts()) {
            if (a.network == item.network && a.handle == item.account)
                return a;
        }
        return {};
    }

    QList<DemoScenario::Entry> xEntries() const
    {
        return m_scenario->entriesFor(m_x.network, m_x.handle);
    }

    static qsizetype historyCount(const QList<DemoScenario::Entry> &entries)
    {
        return std::count_if(entries.begin(), entries.end(),
                             [](const DemoScenario::Entry &e) { return e.offsetSeconds <= 0; });
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<InboundItem>>();
        qRegisterMetaType<std::pair<QString, QString>>();
        QVERIFY(m_dir.isValid());
        auto scenario = DemoScenario::builtIn();
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        m_scenario = std::make_unique<DemoScenario>(scenario.takeValue());
        for (const AccountRecord &a : m_scenario->accounts()) {
            if (a.network == Network::X)
                m_x = a;
        }
        QVERIFY(!m_x.handle.isEmpty());
    }

    void builtInScenarioLoadsWithEveryMessageOnADeclaredAccount()
    {
        QVERIFY(!m_scenario->bank().isEmpty());
        QCOMPARE(allEntries(*m_scenario).size(), m_scenario->size());
        for (const AccountRecord &a : m_scenario->accounts())
            QVERIFY2(a.isDemo, qPrintable(a.handle));
    }

    void builtInScenarioHasOverTwoHundredDistinctTexts()
    {
        QSet<QString> texts;
        for (const DemoScenario::Entry &e : allEntries(*m_scenario))
            texts << e.item.text.trimmed();
        QVERIFY2(texts.size() >= 200, qPrintable(QString::number(texts.size())));
    }

    void builtInScenarioCoversTheSixNetworks()
    {
        const QSet<Network> expected{Network::X,         Network::Facebook, Network::Instagram,
                                     Network::Messenger, Network::WhatsApp, Network::Telegram};
        QSet<Network> declared;
        for (const AccountRecord &a : m_scenario->accounts())
            declared << a.network;
        QCOMPARE(declared, expected);
        for (const AccountRecord &a : m_scenario->accounts())
            QVERIFY2(!m_scenario->entriesFor(a.network, a.handle).isEmpty(),
                     qPrintable(toKey(a.network)));
    }

    void builtInScenarioLinksACustomerAcrossTwoNetworks()
    {
        QHash<QString, QSet<Network>> networksOfRef;
        for (const DemoScenario::Entry &e : allEntries(*m_scenario)) {
            if (!e.item.customerRef.isEmpty())
                networksOfRef[e.item.customerRef] << e.item.network;
        }
        const auto shared = std::count_if(networksOfRef.cbegin(), networksOfRef.cend(),
                                          [](const QSet<Network> &n) { return n.size() >= 2; });
        QVERIFY(shared >= 1);
    }

    void builtInScenarioHasHistoryAndALivePart()
    {
        qsizetype history = 0;
        qsizetype live = 0;
        for (const DemoScenario::Entry &e : allEntries(*m_scenario))
            ++(e.offsetSeconds < 0 ? history : live);
        QVERIFY(history > 0);
        QVERIFY(live > 0);
    }

    void builtInScenarioHasAnOutageSpike()
    {
        int spike = 0;
        for (const DemoScenario::Entry &e : allEntries(*m_scenario)) {
            if (e.item.direction == Direction::Inbound && e.offsetSeconds >= 120 &&
                e.offsetSeconds <= 300)
                ++spike;
        }
        QVERIFY2(spike >= 20, qPrintable(QString::number(spike)));
    }

    void connectorAtStartTimeDeliversOnlyHistory()
    {
        const QList<DemoScenario::Entry> entries = xEntries();
        const qsizetype history = historyCount(entries);
        QVERIFY(history > 0 && history < entries.size());

        DemoConnector connector(*m_scenario, m_x, kStart);
        connector.setClock([] { return kStart; });
        QSignalSpy fetched(&connector, &Connector::fetched);
        connector.poll(QString());
        QVERIFY(fetched.wait(5000));
        const FetchResult result = fetched.takeFirst().at(0).value<FetchResult>();
        QVERIFY(!result.error);
        QCOMPARE(result.items.size(), history);
        QCOMPARE(result.nextCursor, QString::number(history));
        QCOMPARE(networkIds(result.items), networkIds(entries.mid(0, history)));
        const bool romeKnown = QTimeZone(QByteArrayLiteral("Europe/Rome")).isValid();
        for (qsizetype i = 0; i < result.items.size(); ++i) {
            const InboundItem &item = result.items.at(i);
            QVERIFY(item.time <= kStart);
            QCOMPARE(item.time, kStart.addSecs(entries.at(i).offsetSeconds));
            if (romeKnown) // Rome's offset in November
                QCOMPARE(item.time.offsetFromUtc(), 3600);
            QVERIFY(!item.raw.isEmpty());
        }
    }

    void advancingTheClockDeliversTheLiveItemsInOrder()
    {
        const QList<DemoScenario::Entry> entries = xEntries();
        const qsizetype history = historyCount(entries);
        const qint64 lastOffset = entries.last().offsetSeconds;
        QVERIFY(lastOffset > 0);

        QDateTime now = kStart;
        DemoConnector connector(*m_scenario, m_x, kStart);
        connector.setClock([&now] { return now; });
        QString cursor = connector.due(QString()).nextCursor;
        QCOMPARE(cursor, QString::number(history));

        QList<InboundItem> live;
        for (qint64 elapsed = 30; elapsed <= lastOffset + 30; elapsed += 30) {
            now = kStart.addSecs(elapsed);
            const FetchResult step = connector.due(cursor);
            QVERIFY(!step.error);
            for (const InboundItem &item : step.items) {
                // Due, and not early: nothing from the future of the demo clock.
                QVERIFY(item.time <= now);
                QVERIFY(item.time > now.addSecs(-30));
            }
            QCOMPARE(step.nextCursor.toLongLong(), history + live.size() + step.items.size());
            live += step.items;
            cursor = step.nextCursor;
        }
        QCOMPARE(networkIds(live), networkIds(entries.mid(history)));
        for (qsizetype i = 1; i < live.size(); ++i)
            QVERIFY(live.at(i - 1).time <= live.at(i).time);
        // At the end there is nothing more to deliver, and the cursor stays put.
        now = kStart.addDays(30);
        const FetchResult after = connector.due(cursor);
        QVERIFY(after.items.isEmpty());
        QCOMPARE(after.nextCursor, cursor);
    }

    void aNewConnectorResumesFromTheCursorWithoutRepeating()
    {
        const QList<DemoScenario::Entry> entries = xEntries();
        DemoConnector first(*m_scenario, m_x, kStart);
        first.setClock([] { return kStart.addSecs(200); });
        const FetchResult before = first.due(QString());
        QVERIFY(!before.error);
        QVERIFY(before.items.size() > historyCount(entries));
        QVERIFY(before.items.size() < entries.size());

        // A restart: a new connector, the same start time, the cursor the store kept.
        DemoConnector second(*m_scenario, m_x, kStart);
        second.setClock([] { return kStart.addDays(30); });
        const FetchResult resumed = second.due(before.nextCursor);
        QVERIFY(!resumed.error);
        QCOMPARE(resumed.nextCursor, QString::number(entries.size()));

        const QStringList firstIds = networkIds(before.items);
        const QStringList resumedIds = networkIds(resumed.items);
        for (const QString &id : resumedIds)
            QVERIFY2(!firstIds.contains(id), qPrintable(id));
        QCOMPARE(firstIds + resumedIds, networkIds(entries));
        // Asked again from where it ended, it has nothing left.
        QVERIFY(second.due(resumed.nextCursor).items.isEmpty());
    }

    void garbageCursorGivesABadResponseError_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("trailing junk") << QStringLiteral("12x");
        QTest::newRow("past the end") << QStringLiteral("999999");
        QTest::newRow("another network's cursor") << QStringLiteral("2026-11-23T09:00:00Z");
    }

    void garbageCursorGivesABadResponseError()
    {
        QFETCH(QString, cursor);
        DemoConnector connector(*m_scenario, m_x, kStart);
        connector.setClock([] { return kStart.addDays(30); });
        QSignalSpy fetched(&connector, &Connector::fetched);
        connector.poll(cursor);
        QVERIFY(fetched.wait(5000));
        const FetchResult result = fetched.takeFirst().at(0).value<FetchResult>();
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->kind, ConnectorError::Kind::BadResponse);
        QVERIFY(!result.error->retryable());
        QVERIFY(result.error->message.contains(cursor));
        QVERIFY(result.items.isEmpty());
    }

    void polledBatchIsSavedWithItsCursorAndRedeliveryAddsNothing()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->upsertAccount(m_x).ok());

        QDateTime now = kStart;
        DemoConnector connector(*m_scenario, m_x, kStart);
        connector.setClock([&now] { return now; });
        const QString key = connector.cursorKey();
        auto saved = store->setting(key);
        QVERIFY(saved.ok());
        QVERIFY(saved.value().isEmpty());

        PollScheduler scheduler(3600 * 1000); // polled by hand only
        scheduler.addConnector(&connector, saved.value());
        QList<QList<InboundItem>> batches;
        QList<IngestReport> reports;
        connect(&scheduler, &PollScheduler::batchReady, this,
                [&](const QList<InboundItem> &items, const std::pair<QString, QString> &cursor) {
                    batches << items;
                    auto report = store->ingest(items, cursor);
                    if (!report) {
                        qWarning("%s", qPrintable(report.error()));
                        scheduler.saveFailed();
                        return;
                    }
                    reports << report.value();
                    scheduler.confirm(report.value().cursor);
                });

        const QList<DemoScenario::Entry> entries = xEntries();
        const qsizetype history = historyCount(entries);

        // History first.
        scheduler.pollNow();
        QTRY_COMPARE(reports.size(), 1);
        QCOMPARE(batches.first().size(), history);
        const IngestReport &first = reports.first();
        QCOMPARE(first.cursor.first, key);
        QCOMPARE(first.cursor.second, QString::number(history));
        QCOMPARE(first.accepted + first.rejected.size(), history);
        QCOMPARE(store->setting(key).value(), first.cursor.second);
        QCOMPARE(scheduler.cursorFor(&connector), first.cursor.second);
        const qint64 messagesAfterHistory = store->stats().value().messages;
        QCOMPARE(messagesAfterHistory, qint64(first.accepted));

        // The same batch delivered again (a crash before the cursor moved): nothing is added.
        auto again = store->ingest(batches.first(), first.cursor);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value().accepted, 0);
        QCOMPARE(again.value().duplicates, first.accepted);
        QCOMPARE(again.value().casesOpened, 0);
        QCOMPARE(store->stats().value().messages, messagesAfterHistory);

        // Nothing new while the clock stands still: no batch, the cursor stays.
        scheduler.pollNow();
        QTest::qWait(50);
        QCOMPARE(reports.size(), 1);

        // The live part, once the clock has moved past all of it.
        now = kStart.addSecs(entries.last().offsetSeconds + 1);
        scheduler.pollNow();
        QTRY_COMPARE(reports.size(), 2);
        const IngestReport &second = reports.at(1);
        QCOMPARE(networkIds(batches.at(1)), networkIds(entries.mid(history)));
        QCOMPARE(second.cursor.second, QString::number(entries.size()));
        QCOMPARE(store->setting(key).value(), second.cursor.second);
        QCOMPARE(store->stats().value().messages, messagesAfterHistory + second.accepted);
    }

    void failedSaveKeepsNeitherTheBatchNorItsCursor()
    {
        auto store = openStore();
        QVERIFY(store);
        DemoConnector connector(*m_scenario, m_x, kStart);
        connector.setClock([] { return kStart; });
        const QString key = connector.cursorKey();
        const FetchResult batch = connector.due(QString());
        QVERIFY(!batch.items.isEmpty());

        // Make the cursor's write fail, after every message of the batch was written.
        QSqlQuery q(store->connection().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_cursor BEFORE INSERT ON settings "
                                      "WHEN new.key LIKE 'cursor/%' BEGIN "
                                      "SELECT RAISE(ABORT, 'cursor refused by the test'); END")));
        auto failed = store->ingest(batch.items, {key, batch.nextCursor});
        QVERIFY(!failed.ok());
        QCOMPARE(store->stats().value().messages, qint64(0));
        QVERIFY(store->setting(key).value().isEmpty());

        // Saved again once the store works: messages and cursor together.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_cursor")));
        auto saved = store->ingest(batch.items, {key, batch.nextCursor});
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(saved.value().accepted > 0);
        QCOMPARE(store->stats().value().messages, qint64(saved.value().accepted));
        QCOMPARE(store->setting(key).value(), batch.nextCursor);
    }

    void wholeScenarioPlayedToTheEndLinksCustomersAndConversations()
    {
        auto store = openStore();
        QVERIFY(store);
        std::vector<std::unique_ptr<DemoConnector>> connectors;
        PollScheduler scheduler(3600 * 1000);
        for (const AccountRecord &a : m_scenario->accounts()) {
            QVERIFY(store->upsertAccount(a).ok());
            auto c = std::make_unique<DemoConnector>(*m_scenario, a, kStart);
            c->setClock([] { return kStart.addDays(30); });
            scheduler.addConnector(c.get(), QString());
            connectors.push_back(std::move(c));
        }
        int batches = 0;
        int accepted = 0;
        QList<IngestRejection> rejected;
        QStringList failures;
        connect(&scheduler, &PollScheduler::batchReady, this,
                [&](const QList<InboundItem> &items, const std::pair<QString, QString> &cursor) {
                    ++batches;
                    auto report = store->ingest(items, cursor);
                    if (!report) {
                        failures << report.error();
                        scheduler.saveFailed();
                        return;
                    }
                    accepted += report.value().accepted;
                    rejected += report.value().rejected;
                    scheduler.confirm(report.value().cursor);
                });
        scheduler.pollNow();
        QTRY_COMPARE(batches, int(connectors.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(accepted + rejected.size(), m_scenario->size());
        for (const auto &c : connectors) {
            const AccountRecord a = c->account();
            QCOMPARE(store->setting(c->cursorKey()).value(),
                     QString::number(m_scenario->entriesFor(a.network, a.handle).size()));
        }

        // Every customer message made it in; the store may refuse only bank messages.
        const QList<DemoScenario::Entry> entries = allEntries(*m_scenario);
        for (const DemoScenario::Entry &e : entries) {
            if (e.item.direction == Direction::Inbound)
                QVERIFY2(caseOf(*store, accountOf(e.item), e.item.networkId) > 0,
                         qPrintable(e.item.networkId));
        }

        // A customer known to the bank by one reference is one customer with two identities.
        std::map<QString, QSet<Network>> networksOfRef;
        std::map<QString, const InboundItem *> firstOfRef;
        for (const DemoScenario::Entry &e : entries) {
            if (e.item.customerRef.isEmpty() || e.item.direction != Direction::Inbound)
                continue;
            networksOfRef[e.item.customerRef] << e.item.network;
            firstOfRef.emplace(e.item.customerRef, &e.item);
        }
        int linked = 0;
        for (const auto &[ref, networks] : networksOfRef) {
            if (networks.size() != 2)
                continue;
            const InboundItem &item = *firstOfRef.at(ref);
            const qint64 caseId = caseOf(*store, accountOf(item), item.networkId);
            QVERIFY2(caseId > 0, qPrintable(ref));
            auto snapshot = store->loadCase(caseId);
            QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
            const CustomerCard &customer = snapshot.value().customer;
            QVERIFY2(customer.identities.size() == 2, qPrintable(ref));
            QSet<Network> identityNetworks;
            for (const IdentityRecord &identity : customer.identities)
                identityNetworks << identity.network;
            QCOMPARE(identityNetworks, networks);
            ++linked;
        }
        QVERIFY(linked >= 1);

        // The messages of one private conversation share one case.
        QHash<QString, QList<const InboundItem *>> conversations;
        for (const DemoScenario::Entry &e : entries) {
            if (e.item.visibility == Visibility::Private && !e.item.conversationId.isEmpty())
                conversations[toKey(e.item.network) + QLatin1Char('/') + e.item.conversationId]
                    << &e.item;
        }
        int checked = 0;
        for (auto it = conversations.cbegin(); it != conversations.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            QSet<qint64> cases;
            for (const InboundItem *item : it.value())
                cases << caseOf(*store, accountOf(*item), item->networkId);
            QVERIFY2(!cases.contains(0), qPrintable(it.key()));
            QVERIFY2(cases.size() == 1, qPrintable(it.key()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "test_demo_network.moc"
