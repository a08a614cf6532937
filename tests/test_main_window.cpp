#include "CaseView.h"
#include "DemoConnector.h"
#include "DemoScenario.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "ReplyComposer.h"
#include "ShortcutsDialog.h"
#include "SqliteCaseStore.h"
#include "StoreOpener.h"
#include "StoreWorker.h"
#include "TestConsole.h"
#include "TestStores.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// The console as an agent meets it, offscreen, on a database filled by the demo network.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_hostile = QStringLiteral(
        "<b>Ciao</b> <i>banca</i> <a href='http://x'>clicca</a> <script>x()</script>");

    using Console = TestConsole;

    std::unique_ptr<Console> open() { return openConsole(m_path); }

    static bool waitForCase(Console &c)
    {
        return QTest::qWaitFor([&] { return c.window->caseView()->caseId() != 0; }, 5000);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto store = openKeyedStore(m_path, shippedTriage());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto scenario = DemoScenario::builtIn();
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const AccountRecord &a : scenario.value().accounts()) {
            QVERIFY(store.value()->upsertAccount(a).ok());
            DemoConnector connector(scenario.value(), a, start);
            const FetchResult all = connector.due(QString());
            QVERIFY(!all.error);
            QVERIFY(store.value()->ingest(all.items).ok());
        }
        InboundItem hostile;
        hostile.network = Network::Facebook;
        hostile.account = QStringLiteral("BancaEsempio");
        hostile.networkId = QStringLiteral("hostile-1");
        hostile.author = {QStringLiteral("fb-evil"), QStringLiteral("<b>Mallory</b>"),
                          QStringLiteral("<h1>Mallory</h1>")};
        hostile.visibility = Visibility::Public;
        hostile.text = m_hostile;
        hostile.time = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(store.value()->ingest({hostile}).ok());
    }

    void selectingAMessageShowsItsCaseConversation()
    {
        auto c = open();
        QVERIFY(c);
        c->window->selectRow(3);
        QVERIFY(waitForCase(*c));
        const QModelIndex row = c->timeline->index(3, TimelineModel::TextColumn);
        const qint64 caseId = row.data(TimelineModel::CaseIdRole).toLongLong();
        QCOMPARE(c->window->caseView()->caseId(), caseId);
        ConversationModel *conversation = c->window->caseView()->conversationModel();
        QVERIFY(conversation->rowCount() >= 1);
        // The selected message is in the conversation, as written.
        const qint64 messageId = row.data(TimelineModel::MessageIdRole).toLongLong();
        bool found = false;
        for (int i = 0; i < conversation->rowCount(); ++i)
            found =
                found ||
                conversation->index(i).data(ConversationModel::CaseIdRole).toLongLong() == caseId;
        QVERIFY(found);
        Q_UNUSED(messageId);
        QVERIFY(c->window->caseView()->conversationView()->isVisible());
    }

    void keyboardMovesThroughTheTimelineAndTakesACase()
    {
        auto c = open();
        QVERIFY(c);
        c->window->selectRow(0);
        QVERIFY(waitForCase(*c));
        c->window->timelineView()->setFocus();
        QTest::keyClick(c->window->timelineView(), Qt::Key_J);
        QTRY_COMPARE(c->window->timelineView()->currentIndex().row(), 1);
        QTest::keyClick(c->window->timelineView(), Qt::Key_K);
        QTRY_COMPARE(c->window->timelineView()->currentIndex().row(), 0);
        QTRY_COMPARE(c->window->caseView()->caseId(),
                     c->timeline->index(0, 0).data(TimelineModel::CaseIdRole).toLongLong());

        QSignalSpy done(c->store.get(), &StoreWorker::actionDone);
        QTest::keyClick(c->window->timelineView(), Qt::Key_T);
        QVERIFY(done.wait(5000));
        const auto action = done.first().first().value<CaseAction>();
        QCOMPARE(action.kind, CaseActionKind::AssignToMe);
        QCOMPARE(action.actor, QStringLiteral("fg"));
        QTRY_COMPARE(c->timeline->index(0, 0).data(TimelineModel::AssigneeRole).toString(),
                     QStringLiteral("fg"));
    }

    void typingInTheSearchFieldDoesNotTriggerShortcuts()
    {
        auto c = open();
        QVERIFY(c);
        c->window->searchField()->setFocus();
        QTest::keyClicks(c->window->searchField(), QStringLiteral("jktr"));
        QCOMPARE(c->window->searchField()->text(), QStringLiteral("jktr"));
    }

    void searchFiltersTheTimeline()
    {
        auto c = open();
        QVERIFY(c);
        const int all = c->timeline->rowCount();
        QSignalSpy loaded(c->timeline.get(), &TimelineModel::loaded);
        c->window->searchField()->setText(QStringLiteral("phishing"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(c->timeline->rowCount() > 0);
        QVERIFY(c->timeline->rowCount() < all);
    }

    void customerMarkupIsShownAsText()
    {
        auto c = open();
        QVERIFY(c);
        c->window->selectRow(0); // the hostile message is the newest
        QVERIFY(waitForCase(*c));
        QCOMPARE(c->timeline->index(0, TimelineModel::TextColumn).data().toString(), m_hostile);
        const auto labels = c->window->caseView()->findChildren<QLabel *>();
        bool sawName = false;
        for (QLabel *label : labels) {
            if (label->text().contains(QStringLiteral("Mallory"))) {
                sawName = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(sawName);
        ConversationModel *conversation = c->window->caseView()->conversationModel();
        QCOMPARE(conversation->index(conversation->rowCount() - 1).data().toString(), m_hostile);
        // And painting it does not crash or interpret it.
        QVERIFY(!c->window->caseView()->conversationView()->grab().isNull());
    }

    void everyShortcutIsListedInTheHelp()
    {
        auto c = open();
        QVERIFY(c);
        ShortcutsDialog dialog(c->window->shortcutActions(), c->window.get());
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        int withKeys = 0;
        for (QAction *a : c->window->shortcutActions())
            withKeys += !a->shortcuts().isEmpty();
        QCOMPARE(table->model()->rowCount(), withKeys);
        QVERIFY(withKeys >= 15);
    }

    void theDemoIsLabelledAndTheDatabaseNamed()
    {
        auto c = open();
        QVERIFY(c);
        c->window->setDemo(true);
        auto *demo = c->window->findChild<QLabel *>(QStringLiteral("demoLabel"));
        QVERIFY(demo && demo->isVisible());
        QVERIFY(c->window->windowTitle().contains(QStringLiteral("DEMO")));
        bool named = false;
        for (QLabel *l : c->window->statusBar()->findChildren<QLabel *>())
            named = named || l->text().contains(m_path);
        QVERIFY(named);
    }

    int publicRow(Console &c)
    {
        for (int row = 0; row < c.timeline->rowCount(); ++row) {
            const QModelIndex i = c.timeline->index(row, 0);
            if (!QTest::qWaitFor([&] { return i.data(TimelineModel::LoadedRole).toBool(); }, 3000))
                return -1;
            if (i.data(TimelineModel::VisibilityRole).toString() == QLatin1String("public") &&
                i.data(TimelineModel::DirectionRole).toString() == QLatin1String("in") &&
                i.data(TimelineModel::NetworkRole).toString() == QLatin1String("x"))
                return row;
        }
        return -1;
    }

    void theComposerBlocksPersonalDataInPublicAndQueuesAGoodReply()
    {
        auto c = open();
        QVERIFY(c);
        const int row = publicRow(*c);
        QVERIFY(row >= 0);
        c->window->selectRow(row);
        QVERIFY(waitForCase(*c));
        ReplyComposer *composer = c->window->caseView()->composer();
        QTRY_VERIFY(composer->isEnabled());
        auto *send = composer->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QVERIFY(send);
        QCOMPARE(composer->visibility(), Visibility::Public);

        composer->editor()->setPlainText(
            QStringLiteral("Ciao, il tuo IBAN IT60X0542811101000000123456 risulta attivo ^FG"));
        QCOMPARE(composer->lastCheck().verdict, CheckResult::Verdict::Block);
        QVERIFY(!send->isEnabled());
        QVERIFY(composer->verdictText().contains(QStringLiteral("private")));

        composer->editor()->setPlainText(
            QStringLiteral("Ciao, ti abbiamo scritto in DM: ci sentiamo lì! ^FG"));
        QVERIFY(composer->lastCheck().verdict != CheckResult::Verdict::Block);
        QVERIFY(send->isEnabled());
        QSignalSpy queued(c->store.get(), &StoreWorker::replyQueued);
        QSignalSpy failed(c->store.get(), &StoreWorker::failed);
        send->click();
        QVERIFY(QTest::qWaitFor([&] { return !queued.isEmpty() || !failed.isEmpty(); }, 5000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(composer->editor()->toPlainText().isEmpty());
        const qint64 caseId = queued.first().first().toLongLong();
        auto store = openKeyedStore(m_path);
        QVERIFY(store.ok());
        const auto outbox = store.value()->repliesForCase(caseId).value();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxState::Pending);
        QCOMPARE(outbox.first().author, QStringLiteral("fg"));
    }

    void aDraftComesBackWhenTheCaseIsOpenedAgain()
    {
        const QString text = QStringLiteral("Ciao, stiamo verificando il tuo bonifico");
        int row = -1;
        {
            auto c = open();
            QVERIFY(c);
            row = publicRow(*c);
            c->window->selectRow(row);
            QVERIFY(waitForCase(*c));
            ReplyComposer *composer = c->window->caseView()->composer();
            QTRY_VERIFY(composer->isEnabled());
            composer->editor()->setFocus();
            QTest::keyClicks(composer->editor(), text);
            QTest::qWait(1200); // the autosave's promise: within a second
        }
        auto again = open();
        QVERIFY(again);
        again->window->selectRow(row);
        QVERIFY(waitForCase(*again));
        QTRY_COMPARE(again->window->caseView()->composer()->editor()->toPlainText(), text);
    }

    void theLayoutIsRememberedPerWorkstation()
    {
        {
            auto c = open();
            QVERIFY(c);
            c->window->resize(1111, 777);
            c->window->close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        auto again = open();
        QVERIFY(again);
        QCOMPARE(again->window->size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
