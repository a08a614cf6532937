#include "ConversationModel.h"
#include "SqliteCaseStore.h"
#include "StoreOpener.h"
#include "TestItems.h"
#include "TestStores.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

class TestTimelineModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCaseStore> m_store;
    static constexpr int kRows = 1050;

    static InboundItem numbered(int i)
    {
        const Network n = allNetworks().at(i % 6);
        InboundItem it = item(
            QStringLiteral("n%1").arg(i), QStringLiteral("cust%1").arg(i % 300),
            QStringLiteral("Messaggio %1 sul conto corrente").arg(i),
            QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600).addSecs(i * 60), n,
            n == Network::WhatsApp || n == Network::Messenger || n == Network::Telegram
                ? Visibility::Private
                : Visibility::Public);
        return it;
    }

    std::unique_ptr<TimelineModel> openModel(const TimelineFilter &filter = {})
    {
        auto model = std::make_unique<TimelineModel>(keyedStoreFactory(m_path, nullptr));
        QSignalSpy loaded(model.get(), &TimelineModel::loaded);
        model->setFilter(filter);
        if (!loaded.wait(5000))
            return nullptr;
        return model;
    }

    static bool waitLoaded(TimelineModel &model, int row)
    {
        const QModelIndex index = model.index(row, 0);
        if (index.data(TimelineModel::LoadedRole).toBool())
            return true;
        return QTest::qWaitFor([&] { return index.data(TimelineModel::LoadedRole).toBool(); },
                               5000);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("timeline.db"));
        auto store = openKeyedStore(m_path, shippedTriage());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        QList<InboundItem> items;
        for (int i = 0; i < kRows; ++i)
            items << numbered(i);
        QCOMPARE(m_store->ingest(items).value().accepted, kRows);
    }

    void passesTheModelTesterWhileLoadingGrowingAndFiltering()
    {
        auto model = std::make_unique<TimelineModel>(keyedStoreFactory(m_path, nullptr));
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &TimelineModel::loaded);
        model->setFilter({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->rowCount(), kRows);
        QVERIFY(waitLoaded(*model, kRows - 1));
        TimelineFilter f;
        f.network = Network::Facebook;
        model->setFilter(f);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->rowCount(), kRows / 6);
        model->setFilter({});
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_store->ingest({numbered(kRows + 100)}).ok());
        QSignalSpy added(model.get(), &TimelineModel::rowsAddedAtTop);
        model->refresh();
        QVERIFY(added.wait(5000));
        QCOMPARE(model->rowCount(), kRows + 1);
    }

    void rowsAreNewestFirstAcrossPageBoundaries()
    {
        auto model = openModel();
        QVERIFY(model);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(waitLoaded(*model, row));
            const qint64 t = model->index(row, 0)
                                 .data(TimelineModel::SentAtRole)
                                 .toDateTime()
                                 .toMSecsSinceEpoch();
            QVERIFY2(t <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = t;
        }
    }

    void aFarRowLoadsWithoutReadingTheRowsBeforeIt()
    {
        auto model = openModel();
        QVERIFY(model);
        const int far = model->rowCount() - 3;
        QVERIFY(!model->index(far, TimelineModel::TextColumn)
                     .data(TimelineModel::LoadedRole)
                     .toBool() ||
                model->cachedPageCount() <= 2);
        QVERIFY(waitLoaded(*model, far));
        QVERIFY(model->cachedPageCount() <= 3);
        QCOMPARE(model->index(far, TimelineModel::TextColumn).data().toString(),
                 QStringLiteral("Messaggio 2 sul conto corrente"));
    }

    void theCacheStaysBoundedWhenScrollingToTheEnd()
    {
        auto model = openModel();
        QVERIFY(model);
        for (int row = 0; row < model->rowCount(); row += 37)
            QVERIFY(waitLoaded(*model, row));
        QVERIFY(model->cachedPageCount() <= TimelineModel::kMaxCachedPages);
    }

    void filtersNarrowTheTimeline()
    {
        TimelineFilter f;
        f.visibility = Visibility::Private;
        auto model = openModel(f);
        QVERIFY(model);
        QVERIFY(waitLoaded(*model, 0));
        QCOMPARE(model->rowCount(), int(m_store->timelineCount(f).value()));
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            QVERIFY(waitLoaded(*model, row));
            QCOMPARE(model->index(row, 0).data(TimelineModel::VisibilityRole).toString(),
                     QStringLiteral("private"));
        }
    }

    void theMineQueueShowsOnlyTheAgentsCases()
    {
        const qint64 caseId = m_store->timelinePage({}, std::nullopt, 1).value().first().caseId;
        QVERIFY(
            m_store->perform({caseId, CaseActionKind::AssignToMe, QStringLiteral("fg"), {}}).ok());
        TimelineFilter f;
        f.queue = Queue::Mine;
        f.me = QStringLiteral("fg");
        auto model = openModel(f);
        QVERIFY(model);
        QVERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(waitLoaded(*model, row));
            QCOMPARE(model->index(row, 0).data(TimelineModel::CaseIdRole).toLongLong(), caseId);
        }
        f.me = QStringLiteral("mp");
        auto other = openModel(f);
        QCOMPARE(other->rowCount(), 0);
        QVERIFY(m_store->perform({caseId, CaseActionKind::Release, QStringLiteral("fg"), {}}).ok());
    }

    void newMessagesGoOnTopAndTheSelectionStaysOnItsRow()
    {
        auto model = openModel();
        QVERIFY(model);
        QItemSelectionModel selection(model.get());
        QVERIFY(waitLoaded(*model, 500));
        const qint64 selectedId =
            model->index(500, 0).data(TimelineModel::MessageIdRole).toLongLong();
        selection.setCurrentIndex(model->index(500, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int before = model->rowCount();

        QVERIFY(
            m_store->ingest({numbered(kRows + 200), numbered(kRows + 201), numbered(kRows + 202)})
                .ok());
        QSignalSpy added(model.get(), &TimelineModel::rowsAddedAtTop);
        QSignalSpy reset(model.get(), &TimelineModel::loaded);
        QSignalSpy failed(model.get(), &TimelineModel::loadFailed);
        model->refresh();
        QVERIFY(QTest::qWaitFor(
            [&] { return !added.isEmpty() || !reset.isEmpty() || !failed.isEmpty(); }, 5000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY2(reset.isEmpty(), "the model reset instead of inserting on top");
        QCOMPARE(added.first().first().toInt(), 3);
        QCOMPARE(model->rowCount(), before + 3);
        QCOMPARE(selection.currentIndex().row(), 503);
        QVERIFY(waitLoaded(*model, 503));
        QCOMPARE(selection.currentIndex().data(TimelineModel::MessageIdRole).toLongLong(),
                 selectedId);
        QVERIFY(waitLoaded(*model, 0));
        QCOMPARE(model->index(0, TimelineModel::TextColumn).data().toString(),
                 QStringLiteral("Messaggio %1 sul conto corrente").arg(kRows + 202));
    }

    void aMessageOlderThanTheTopResetsButKeepsTheSelectedRow()
    {
        auto model = openModel();
        QVERIFY(model);
        QVERIFY(waitLoaded(*model, 10));
        const QModelIndex picked = model->index(10, 0);
        const qint64 pickedId = picked.data(TimelineModel::MessageIdRole).toLongLong();
        model->setStickyKey(
            {picked.data(TimelineModel::SentAtRole).toDateTime().toMSecsSinceEpoch(), pickedId});
        InboundItem old = numbered(5);
        old.networkId = QStringLiteral("backlog-1");
        old.time = old.time.addSecs(-30); // lands deep in the history, not on top
        QVERIFY(m_store->ingest({old}).ok());
        QSignalSpy restored(model.get(), &TimelineModel::stickyRowRestored);
        model->refresh();
        QVERIFY(restored.wait(5000));
        const int row = restored.first().first().toInt();
        QVERIFY(waitLoaded(*model, row));
        QCOMPARE(model->index(row, 0).data(TimelineModel::MessageIdRole).toLongLong(), pickedId);
    }

    void customerTextIsServedExactlyAsWritten()
    {
        const QString hostile =
            QStringLiteral("<b>grassetto</b> <script>alert(1)</script> &amp; <img src=x>");
        QVERIFY(
            m_store
                ->ingest({item(QStringLiteral("xss"), QStringLiteral("mallory"), hostile,
                               QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::OffsetFromUTC, 3600))})
                .ok());
        auto model = openModel();
        QVERIFY(model);
        QVERIFY(waitLoaded(*model, 0));
        QCOMPARE(model->index(0, TimelineModel::TextColumn).data().toString(), hostile);
    }

    void theConversationModelPassesTheModelTester()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 caseId = m_store->timelinePage({}, std::nullopt, 1).value().first().caseId;
        const CaseSnapshot snap = m_store->loadCase(caseId).value();
        model.setConversation(caseId, snap.conversation);
        QCOMPARE(model.rowCount(), snap.conversation.size());
        QVERIFY(model.index(0).data(ConversationModel::InThisCaseRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void anUnreadableDatabaseIsReportedNotHidden()
    {
        TimelineModel model(
            keyedStoreFactory(m_dir.filePath(QStringLiteral("missing-dir/none/../x/")), nullptr));
        QSignalSpy failed(&model, &TimelineModel::loadFailed);
        model.setFilter({});
        QVERIFY(failed.wait(5000));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "test_timeline_model.moc"
