#include "SqliteCaseStore.h"
#include "TestItems.h"
#include "TestStores.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace sportello;
using namespace sportello::testing;

// The "Due" queue: inbound messages of active cases that owe an answer, soonest due first,
// paged by its own keyset (due time, message id) ascending.
class TestDueQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCaseStore> m_store;
    static constexpr int kItems = 420;
    const qint64 m_base = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_store->connection().database());
        QVERIFY(q.prepare(sql));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(sql));
    }

    // What the queue must hold, worked out here rather than by the store's own SQL.
    QList<TimelineKey> expected()
    {
        struct Row
        {
            qint64 due, id, sentAt;
        };
        QList<Row> rows;
        QSqlQuery q(m_store->connection().database());
        q.exec(QStringLiteral("SELECT m.id, m.sent_at, m.direction, c.due_at, c.status "
                              "FROM messages m JOIN cases c ON c.id = m.case_id"));
        while (q.next()) {
            const QString status = q.value(4).toString();
            if (q.value(3).isNull() || q.value(2).toString() != QLatin1String("in") ||
                !(status == QLatin1String("new") || status == QLatin1String("open") ||
                  status == QLatin1String("escalated")))
                continue;
            rows.append(
                {q.value(3).toLongLong(), q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::pair(a.due, a.id) < std::pair(b.due, b.id);
        });
        QList<TimelineKey> keys;
        for (const Row &r : rows)
            keys.append({r.sentAt, r.id, r.due});
        return keys;
    }

    static TimelineFilter due()
    {
        TimelineFilter f;
        f.queue = Queue::Due;
        return f;
    }

    static bool waitLoaded(TimelineModel &model, int row)
    {
        const QModelIndex index = model.index(row, 0);
        return QTest::qWaitFor([&] { return index.data(TimelineModel::LoadedRole).toBool(); },
                               5000);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("due.db"));
        auto store = openKeyedStore(m_path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        QList<InboundItem> items;
        for (int i = 0; i < kItems; ++i)
            items << item(QStringLiteral("d%1").arg(i), QStringLiteral("cust%1").arg(i % 300),
                          QStringLiteral("Messaggio %1").arg(i),
                          QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addSecs(i * 20));
        QCOMPARE(m_store->ingest(items).value().accepted, kItems);
        // Due times with many ties, so the message id has to settle the order; some cases owe
        // nothing, some are closed, and one reply is ours.
        exec(QStringLiteral("UPDATE cases SET due_at = ? + (id % 40) * 60000"), {m_base});
        exec(QStringLiteral("UPDATE cases SET due_at = NULL WHERE id % 7 = 0"));
        exec(QStringLiteral("UPDATE cases SET status = 'resolved' WHERE id % 11 = 0"));
        exec(QStringLiteral("UPDATE cases SET status = 'waiting' WHERE id % 13 = 0"));
        exec(QStringLiteral("UPDATE messages SET direction = 'out' WHERE id % 17 = 0"));
        QVERIFY(expected().size() > 2 * TimelineModel::kPageSize);
    }

    void pagesAnchorsAndRowsFollowTheDueOrder()
    {
        const QList<TimelineKey> want = expected();
        QCOMPARE(m_store->timelineCount(due()).value(), qint64(want.size()));

        QList<TimelineKey> got;
        std::optional<TimelineKey> after;
        for (;;) {
            auto page = m_store->timelinePage(due(), after, 7);
            QVERIFY2(page.ok(), qPrintable(page.error()));
            if (page.value().isEmpty())
                break;
            for (const TimelineRow &r : page.value()) {
                got.append(r.key);
                QVERIFY(r.dueAt.isValid());
                QCOMPARE(r.dueAt.toMSecsSinceEpoch(), r.key.dueAt);
                QCOMPARE(r.direction, Direction::Inbound);
            }
            after = page.value().last().key;
        }
        QCOMPARE(got, want);

        const QList<TimelineKey> anchors = m_store->timelineAnchors(due(), 10).value();
        QCOMPARE(anchors.size(), want.size() / 10);
        for (int k = 0; k < anchors.size(); ++k)
            QCOMPARE(anchors.at(k), want.at(k * 10 + 9));

        for (int row : {0, 1, 39, 40, 41, int(want.size()) - 1})
            QCOMPARE(m_store->timelineRowOf(due(), want.at(row)).value(), qint64(row));

        // A page read just above a row starts with that row.
        const TimelineKey k = want.at(57);
        auto same = m_store->timelinePage(due(), keyJustAbove(k, Queue::Due), 1).value();
        QCOMPARE(same.first().key, k);
    }

    void otherQueuesCarryTheDueTimeButKeepTheirKeys()
    {
        auto page = m_store->timelinePage({}, std::nullopt, 50).value();
        bool sawDue = false;
        for (const TimelineRow &r : page) {
            QCOMPARE(r.key.dueAt, qint64(0));
            sawDue = sawDue || r.dueAt.isValid();
        }
        QVERIFY(sawDue);
    }

    void theModelPagesTheQueueAndKeepsTheSelection()
    {
        const QList<TimelineKey> want = expected();
        TimelineModel model(keyedStoreFactory(m_path, nullptr));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setFilter(due());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), int(want.size()));
        // A far row first: reached through the anchors, not by reading down.
        QVERIFY(waitLoaded(model, int(want.size()) - 1));
        for (int row = 0; row < want.size(); ++row) {
            QVERIFY(waitLoaded(model, row));
            QCOMPARE(model.index(row, 0).data(TimelineModel::KeyRole).value<TimelineKey>(),
                     want.at(row));
        }

        // The selected row is found again when cases start owing answers above it.
        const int selected = 150;
        model.setStickyKey(want.at(selected));
        exec(QStringLiteral("UPDATE cases SET due_at = ? WHERE id % 7 = 0 AND id < 30"),
             {m_base - 3600000});
        const QList<TimelineKey> now = expected();
        const qint64 newRow = now.indexOf(want.at(selected));
        QVERIFY(newRow > selected);
        QSignalSpy restored(&model, &TimelineModel::stickyRowRestored);
        model.refresh();
        QVERIFY(restored.wait(5000));
        QCOMPARE(restored.first().first().toInt(), int(newRow));
        QCOMPARE(model.rowCount(), int(now.size()));
        QVERIFY(waitLoaded(model, 0));
        QCOMPARE(model.index(0, 0).data(TimelineModel::KeyRole).value<TimelineKey>(), now.first());
    }

    void theClockStateMovesWithTime()
    {
        TimelineModel model(keyedStoreFactory(m_path, nullptr));
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setDueSoonMs(5 * 60'000);
        model.setFilter(due());
        QVERIFY(loaded.wait(5000));
        QVERIFY(waitLoaded(model, 0));
        const QModelIndex first = model.index(0, TimelineModel::StatusColumn);
        const QDateTime dueAt = first.data(TimelineModel::DueAtRole).toDateTime();
        QVERIFY(dueAt.isValid());
        model.setNow(dueAt.addSecs(-20 * 60));
        QCOMPARE(SlaState(first.data(TimelineModel::SlaStateRole).toInt()), SlaState::OnTime);
        QCOMPARE(first.data(TimelineModel::DueLabelRole).toString(), QStringLiteral("20 min"));
        model.setNow(dueAt.addSecs(-3 * 60));
        QCOMPARE(SlaState(first.data(TimelineModel::SlaStateRole).toInt()), SlaState::DueSoon);
        model.setNow(dueAt.addSecs(7 * 60));
        QCOMPARE(SlaState(first.data(TimelineModel::SlaStateRole).toInt()), SlaState::Breached);
        QCOMPARE(first.data(TimelineModel::DueLabelRole).toString(), QStringLiteral("7 min late"));
    }
};

QTEST_GUILESS_MAIN(TestDueQueue)
#include "test_due_queue.moc"
