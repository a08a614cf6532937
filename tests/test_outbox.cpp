// The outbox: a reply is queued at once and delivered in the background exactly once, through
// every fault a connection can have (dropped before or after the network got it, timeouts,
// 5xx, refusals, a store write lost after the network accepted, a process killed with SIGKILL
// mid-send). The network side is the demo ledger, a SQLite file of its own.
#include "DemoConnector.h"
#include "DemoReplyLedger.h"
#include "DemoScenario.h"
#include "OutboxSender.h"
#include "SqliteCaseStore.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>
#include <map>
#include <memory>
#include <sys/types.h>
#include <vector>

using namespace sportello;
using namespace sportello::testing;

using Fault = DemoReplyLedger::Fault;

namespace {

// A demo account with a few more ways to misbehave than the ledger has.
class TestConnector : public DemoConnector
{
public:
    TestConnector(const AccountRecord &account, DemoReplyLedger *ledger)
        : DemoConnector(DemoScenario{}, account, QDateTime::currentDateTimeUtc())
    {
        setReplyLedger(ledger);
    }

    int rejectSends = 0;                    // the next n sends are refused (HTTP 4xx)
    std::function<bool()> lookupUnanswered; // true: this lookup cannot reach the network
    bool deferPost = false; // the request reaches the network on a later turn of the event loop
    int sends = 0;
    int lookups = 0;

    void send(const OutgoingReply &reply) override
    {
        ++sends;
        if (rejectSends > 0) {
            --rejectSends;
            SendOutcome o;
            o.kind = SendOutcome::Kind::NotSent;
            o.error = ConnectorError{ConnectorError::Kind::Rejected,
                                     QStringLiteral("HTTP 422 reply text not allowed"),
                                     {}};
            emitLater([this, key = reply.idempotencyKey, o] { emit sendFinished(key, o); });
            return;
        }
        if (deferPost) {
            QTimer::singleShot(0, this, [this, reply] { DemoConnector::send(reply); });
            return;
        }
        DemoConnector::send(reply);
    }

    void findSent(const OutgoingReply &reply) override
    {
        ++lookups;
        if (lookupUnanswered && lookupUnanswered()) {
            LookupOutcome o;
            o.error = ConnectorError{
                ConnectorError::Kind::Offline, QStringLiteral("network unreachable"), {}};
            emitLater([this, key = reply.idempotencyKey, o] { emit lookupFinished(key, o); });
            return;
        }
        DemoConnector::findSent(reply);
    }
};

struct CaseRef
{
    qint64 id = 0;
    QString replyTo; // the customer's message the reply answers
};

// A store with cases on two accounts (X and Facebook), the demo network's ledger, and a
// sender on a clock the test moves.
struct Desk
{
    QTemporaryDir dir;
    QString dbPath;
    QString ledgerPath;
    std::unique_ptr<SqliteCaseStore> store;
    std::unique_ptr<DemoReplyLedger> ledger;
    QList<Fault> faults; // what the next posts run into; None once empty
    std::vector<std::unique_ptr<TestConnector>> connectors;
    bool noConnectors = false;
    QList<CaseRef> cases;
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<OutboxSender> sender;
    int replies = 0;

    // Opens the store and the ledger and ingests one customer message per case.
    QString open(int casesPerAccount)
    {
        dbPath = dir.filePath(QStringLiteral("sportello.db"));
        ledgerPath = dir.filePath(QStringLiteral("network.db"));
        QString error = openStore();
        if (!error.isEmpty())
            return error;
        for (int i = 0; i < 2 * casesPerAccount; ++i) {
            const Network network = i % 2 == 0 ? Network::X : Network::Facebook;
            const QString id = QStringLiteral("in-%1").arg(i);
            auto report = store->ingest(
                {item(id, QStringLiteral("cliente%1").arg(i),
                      QStringLiteral("Ho un problema col bonifico %1").arg(i), at(i), network)});
            if (!report)
                return report.error();
            if (report.value().touchedCases.size() != 1)
                return QStringLiteral("message %1 opened no case").arg(id);
            cases.append({report.value().touchedCases.first(), id});
        }
        return openNetwork();
    }

    QString openStore()
    {
        auto opened = openKeyedStore(dbPath);
        if (!opened)
            return opened.error();
        store = std::move(opened.value());
        return {};
    }

    QString openNetwork()
    {
        ledger = std::make_unique<DemoReplyLedger>(ledgerPath);
        ledger->setFaultPlan(
            [this] { return faults.isEmpty() ? Fault::None : faults.takeFirst(); });
        connectors.clear();
        auto accounts = store->accounts();
        if (!accounts)
            return accounts.error();
        for (const AccountRecord &a : accounts.value())
            connectors.push_back(std::make_unique<TestConnector>(a, ledger.get()));
        return {};
    }

    TestConnector *connectorFor(const OutboxEntry &e) const
    {
        if (noConnectors)
            return nullptr;
        for (const auto &c : connectors) {
            if (c->account().network == e.network && c->account().handle == e.account)
                return c.get();
        }
        return nullptr;
    }

    void newSender(int baseDelayMs = 1, int maxDelayMs = 20, int maxAttempts = 1000)
    {
        sender.reset();
        sender = std::make_unique<OutboxSender>(
            *store, [this](const OutboxEntry &e) -> Connector * { return connectorFor(e); });
        sender->setClock([this] { return now; });
        sender->setRetryPolicy(baseDelayMs, maxDelayMs, maxAttempts, 300);
    }

    // Queues a reply with a text no other reply has; returns its outbox id (0 on failure).
    qint64 enqueue(const CaseRef &c, const QString &text = {},
                   Visibility visibility = Visibility::Public)
    {
        ++replies;
        OutboxEntry e;
        e.idempotencyKey = QStringLiteral("reply-%1").arg(replies);
        e.caseId = c.id;
        e.visibility = visibility;
        e.replyTo = c.replyTo;
        e.conversationId = c.replyTo;
        e.text = text.isEmpty()
                     ? QStringLiteral("Gentile cliente, risposta numero %1.").arg(replies)
                     : text;
        e.author = QStringLiteral("giulia");
        auto id = store->enqueueReply(e);
        if (!id)
            qWarning("enqueue failed: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    // One pass of the sender; waits for the answers of what it started.
    bool pass(qint64 advanceMs = 50)
    {
        now = std::max(now.addMSecs(advanceMs), QDateTime::currentDateTimeUtc());
        sender->processDue();
        return settle();
    }

    bool settle()
    {
        QDeadlineTimer deadline(10000);
        while (sender && sender->isBusy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return !sender || !sender->isBusy();
    }

    OutboxEntry reply(qint64 id) const
    {
        auto r = store->reply(id);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        return r ? r.value() : OutboxEntry{};
    }

    int timesPosted(const OutboxEntry &e) const
    {
        return ledger->timesPosted(e.account, e.replyTo, e.text);
    }

    // What the network holds for this reply.
    QStringList networkIds(const OutboxEntry &e) const
    {
        return ledger
            ->find(OutgoingReply{e.idempotencyKey, e.account, e.visibility, e.replyTo,
                                 e.conversationId, e.text, e.createdAt.toUTC()})
            .networkIds;
    }

    int sends() const
    {
        int n = 0;
        for (const auto &c : connectors)
            n += c->sends;
        return n;
    }

    int lookups() const
    {
        int n = 0;
        for (const auto &c : connectors)
            n += c->lookups;
        return n;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(store->connection().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

int countKind(const QList<CaseEventRecord> &history, const QString &kind)
{
    return int(std::count_if(history.cbegin(), history.cend(),
                             [&](const CaseEventRecord &e) { return e.kind == kind; }));
}

// The figures of a delivery check: every reply posted exactly once and recorded as sent with
// an id the network has for it, no id recorded twice. Replies with the same words to the same
// message are counted together: the network holds one post for each of them.
struct Tally
{
    int replies = 0;
    int posts = 0;
    int duplicates = 0; // posts beyond one per reply
    int lost = 0;       // replies never posted, or not recorded as sent
    int wrongIds = 0;   // recorded with an id the network does not have for it, or twice
    QStringList problems;
};

Tally tally(Desk &desk)
{
    Tally t;
    QSqlQuery q(desk.store->connection().database());
    q.exec(QStringLiteral("SELECT id FROM outbox ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    std::map<QString, QList<OutboxEntry>> byContent;
    QSet<QString> recorded;
    for (qint64 id : std::as_const(ids)) {
        const OutboxEntry e = desk.reply(id);
        ++t.replies;
        byContent[e.account + u'\n' + e.replyTo + u'\n' + e.text].append(e);
        if (e.state != OutboxState::Sent) {
            ++t.lost;
            t.problems
                << QStringLiteral("reply %1 left %2 (%3)").arg(id).arg(toKey(e.state), e.lastError);
        } else if (!desk.networkIds(e).contains(e.networkId) || recorded.contains(e.networkId)) {
            ++t.wrongIds;
            t.problems << QStringLiteral("reply %1 recorded as %2").arg(id).arg(e.networkId);
        }
        recorded.insert(e.networkId);
    }
    for (const auto &[content, replies] : byContent) {
        const int posted = desk.timesPosted(replies.first());
        const int expected = int(replies.size());
        if (posted > expected) {
            t.duplicates += posted - expected;
            t.problems
                << QStringLiteral("reply %1 posted %2 times").arg(replies.first().id).arg(posted);
        } else if (posted < expected) {
            t.lost += expected - posted;
            t.problems << QStringLiteral("reply %1 (and %2 alike) posted %3 times")
                              .arg(replies.first().id)
                              .arg(expected - 1)
                              .arg(posted);
        }
    }
    t.posts = desk.ledger->totalPosts();
    return t;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<OutboxState>(); }

    void queueingReturnsAtOnceAndSendingIsRecordedOnTheCase()
    {
        Desk desk;
        QVERIFY2(desk.open(1).isEmpty(), "cannot open the desk");
        const CaseRef c = desk.cases.first();
        QVERIFY(desk.store->saveDraft({c.id,
                                       QStringLiteral("giulia"),
                                       Visibility::Public,
                                       QStringLiteral("Gentile cliente, il bonifico"),
                                       {}}));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const qint64 id =
            desk.enqueue(c, QStringLiteral("Gentile cliente, il bonifico è partito."));
        QVERIFY(id > 0);
        // Queued, not sent: nothing reached the network, the draft is gone.
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Pending);
        QCOMPARE(e.attempts, 0);
        QCOMPARE(e.caseId, c.id);
        QCOMPARE(e.replyTo, c.replyTo);
        QCOMPARE(e.account, QStringLiteral("@BancaEsempio"));
        QVERIFY(e.createdAt >= before.addMSecs(-1));
        QCOMPARE(desk.ledger->totalPosts(), 0);
        QVERIFY(!desk.store->draft(c.id).value().has_value());
        QCOMPARE(desk.store->repliesForCase(c.id).value().size(), 1);
        auto snapshot = desk.store->loadCase(c.id);
        QVERIFY(snapshot.ok());
        QVERIFY(!snapshot.value().kase.firstResponseAt.isValid());
        QCOMPARE(countKind(snapshot.value().history, QStringLiteral("reply_queued")), 1);

        desk.newSender();
        QSignalSpy changed(desk.sender.get(), &OutboxSender::replyChanged);
        QVERIFY(desk.pass());
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.networkIds(e), QStringList{e.networkId});
        QCOMPARE(e.sentAt, desk.now);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), id);
        QCOMPARE(changed.first().at(1).toLongLong(), c.id);
        QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::Sent);

        snapshot = desk.store->loadCase(c.id);
        QVERIFY(snapshot.ok());
        const CaseSnapshot &s = snapshot.value();
        QCOMPARE(s.kase.firstResponseAt, e.sentAt);
        QCOMPARE(s.kase.status, CaseStatus::Waiting);
        QCOMPARE(s.conversation.size(), 2);
        const MessageRecord &out = s.conversation.last();
        QCOMPARE(out.direction, Direction::Outbound);
        QCOMPARE(out.text, QStringLiteral("Gentile cliente, il bonifico è partito."));
        QCOMPARE(out.networkId, e.networkId);
        QCOMPARE(out.replyTo, c.replyTo);
        QCOMPARE(countKind(s.history, QStringLiteral("reply_queued")), 1);
        QCOMPARE(countKind(s.history, QStringLiteral("reply_sent")), 1);

        // Nothing more to do; a second reply keeps the first response time.
        QVERIFY(desk.pass());
        QCOMPARE(desk.ledger->totalPosts(), 1);
        const qint64 second = desk.enqueue(c);
        QVERIFY(desk.pass(1000));
        QCOMPARE(desk.reply(second).state, OutboxState::Sent);
        snapshot = desk.store->loadCase(c.id);
        QCOMPARE(snapshot.value().kase.firstResponseAt, e.sentAt);
        QCOMPARE(snapshot.value().conversation.size(), 3);
        QCOMPARE(countKind(snapshot.value().history, QStringLiteral("reply_sent")), 2);
        QCOMPARE(desk.ledger->totalPosts(), 2);
    }

    void droppedBeforeSendingIsRetriedAndPostedOnce()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 8);
        desk.faults = {Fault::DropBeforeSend};
        const qint64 id = desk.enqueue(desk.cases.first());

        QVERIFY(desk.pass());
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Pending);
        QCOMPARE(e.lastError, QStringLiteral("connection refused"));
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.nextAttemptAt, desk.now.addMSecs(100)); // backoff: the base delay
        QCOMPARE(desk.timesPosted(e), 0);

        QVERIFY(desk.pass(100));
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(e.attempts, 2);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.lookups(), 0); // it surely was not sent: no need to ask
    }

    void droppedAfterTheNetworkGotItIsFoundInsteadOfResent()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 8);
        desk.faults = {Fault::DropAfterReceive};
        const qint64 id = desk.enqueue(desk.cases.first());

        QVERIFY(desk.pass());
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sending); // not known: the network may have it
        QCOMPARE(e.lastError, QStringLiteral("connection reset by peer"));
        QCOMPARE(desk.timesPosted(e), 1);

        QVERIFY(desk.pass(1000));
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.networkIds(e), QStringList{e.networkId});
        QCOMPARE(desk.sends(), 1);
        QCOMPARE(desk.lookups(), 1);
        QCOMPARE(e.attempts, 2); // the send, then the lookup: each is a claimed attempt
        QCOMPARE(
            countKind(desk.store->loadCase(e.caseId).value().history, QStringLiteral("reply_sent")),
            1);
    }

    void unansweredLookupIsAskedAgainNeverResentBlindly()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 2);
        int unanswered = 3;
        for (auto &c : desk.connectors)
            c->lookupUnanswered = [&unanswered] { return unanswered-- > 0; };
        desk.faults = {Fault::DropAfterReceive};
        const qint64 id = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(desk.pass(60000));
            const OutboxEntry e = desk.reply(id);
            // Past maxAttempts, yet an unclear reply is never given up on or resent.
            QCOMPARE(e.state, OutboxState::Sending);
            QCOMPARE(e.lastError, QStringLiteral("network unreachable"));
        }
        QVERIFY(desk.pass(60000));
        const OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.sends(), 1);
        QCOMPARE(desk.lookups(), 4);
    }

    void timeoutIsLookedUpBeforeAnySecondPost()
    {
        // The ledger's timeouts alternate: the first one never reached the network, the
        // second one did. Both must end up posted exactly once.
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 8);
        desk.faults = {Fault::Timeout, Fault::Timeout};
        const qint64 first = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(first).state, OutboxState::Sending);
        QCOMPARE(desk.reply(first).lastError, QStringLiteral("no answer within 30 s"));
        QCOMPARE(desk.timesPosted(desk.reply(first)), 0);
        const qint64 second = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass(1000)); // first: looked up, not there, sent; second: times out
        QCOMPARE(desk.reply(first).state, OutboxState::Sent);
        QCOMPARE(desk.reply(second).state, OutboxState::Sending);
        QCOMPARE(desk.timesPosted(desk.reply(second)), 1);
        QVERIFY(desk.pass(1000)); // second: looked up, found
        for (qint64 id : {first, second}) {
            const OutboxEntry e = desk.reply(id);
            QCOMPARE(e.state, OutboxState::Sent);
            QCOMPARE(desk.timesPosted(e), 1);
            QCOMPARE(desk.networkIds(e), QStringList{e.networkId});
        }
        QCOMPARE(desk.sends(), 3);
        QCOMPARE(desk.lookups(), 2);
        QCOMPARE(desk.ledger->totalPosts(), 2);
    }

    void serverErrorsAreRetriedWithGrowingBackoff()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 250, 8);
        desk.now = desk.now.addSecs(3600); // ahead of the wall clock: time moves only when told
        desk.faults = {Fault::ServerError, Fault::ServerError, Fault::ServerError};
        const qint64 id = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass(0));
        int attempts = 1;
        for (qint64 delay : {100, 200, 250}) {
            const OutboxEntry e = desk.reply(id);
            QCOMPARE(e.state, OutboxState::Pending);
            QCOMPARE(e.attempts, attempts);
            QCOMPARE(e.lastError, QStringLiteral("HTTP 503 Service Unavailable"));
            QCOMPARE(e.nextAttemptAt, desk.now.addMSecs(delay));
            QVERIFY(desk.pass(delay - 1));
            QCOMPARE(desk.reply(id).attempts, attempts); // not due before its time
            QVERIFY(desk.pass(1));
            ++attempts;
        }
        const OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(e.attempts, 4);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.lookups(), 0);
    }

    void refusedReplyFailsWithTheReasonUntilRetried()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 8);
        for (auto &c : desk.connectors)
            c->rejectSends = 1;
        QSignalSpy changed(desk.sender.get(), &OutboxSender::replyChanged);
        const qint64 id = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass());
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Failed);
        QCOMPARE(e.lastError, QStringLiteral("HTTP 422 reply text not allowed"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::Failed);
        QCOMPARE(changed.first().at(3).toString(),
                 QStringLiteral("HTTP 422 reply text not allowed"));
        QCOMPARE(countKind(desk.store->loadCase(e.caseId).value().history,
                           QStringLiteral("reply_failed")),
                 1);
        // A failed reply waits for a person.
        QVERIFY(desk.pass(3600 * 1000));
        QCOMPARE(desk.reply(id).state, OutboxState::Failed);
        QCOMPARE(desk.sends(), 1);
        QVERIFY(!desk.store->loadCase(e.caseId).value().kase.firstResponseAt.isValid());

        QVERIFY(desk.store->retryReply(id));
        QVERIFY(!desk.store->retryReply(id)); // only a failed one
        QVERIFY(desk.pass());
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.sends(), 2);
        QCOMPARE(desk.lookups(), 1); // a retried reply is looked up first
        QVERIFY(desk.store->loadCase(e.caseId).value().kase.firstResponseAt.isValid());
    }

    void replyGivenUpAfterTooManyFailuresCanBeRetried()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(1, 20, 3);
        desk.faults = {Fault::ServerError, Fault::DropBeforeSend, Fault::ServerError};
        const qint64 id = desk.enqueue(desk.cases.first());
        for (int i = 0; i < 3; ++i)
            QVERIFY(desk.pass());
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Failed);
        QVERIFY2(e.lastError.contains(QStringLiteral("HTTP 503")), qPrintable(e.lastError));
        QVERIFY2(e.lastError.contains(QStringLiteral("3 attempts")), qPrintable(e.lastError));
        QCOMPARE(desk.ledger->totalPosts(), 0);
        QVERIFY(desk.store->retryReply(id));
        QVERIFY(desk.pass());
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
    }

    void discardingAFailedReplyRemovesIt()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender(100, 1000, 8);
        for (auto &c : desk.connectors)
            c->rejectSends = 1;
        const CaseRef c = desk.cases.first();
        const qint64 refused = desk.enqueue(c);
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(refused).state, OutboxState::Failed);
        const qint64 sent = desk.enqueue(c);
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(sent).state, OutboxState::Sent);

        QVERIFY(!desk.store->discardReply(sent, QStringLiteral("giulia"))); // sent stays sent
        QVERIFY(desk.store->discardReply(refused, QStringLiteral("giulia")));
        QVERIFY(!desk.store->reply(refused).ok());
        const auto left = desk.store->repliesForCase(c.id).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, sent);
        const auto history = desk.store->loadCase(c.id).value().history;
        QCOMPARE(countKind(history, QStringLiteral("reply_discarded")), 1);
        QVERIFY(desk.pass(3600 * 1000));
        QCOMPARE(desk.ledger->totalPosts(), 1);
        QCOMPARE(desk.sends(), 2);
    }

    void replyWithNoConnectionForItsAccountIsMarkedFailed()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender();
        desk.noConnectors = true;
        QSignalSpy changed(desk.sender.get(), &OutboxSender::replyChanged);
        const qint64 id = desk.enqueue(desk.cases.first());
        QVERIFY(desk.pass());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::Failed);
        // The case shows what the agent was told, and the reply stops being retried.
        const OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Failed);
        QVERIFY2(e.lastError.contains(QStringLiteral("@BancaEsempio")), qPrintable(e.lastError));
        QVERIFY(desk.pass());
        QCOMPARE(changed.size(), 1);

        // Reconnected: retry delivers it.
        desk.noConnectors = false;
        QVERIFY(desk.store->retryReply(id));
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(id).state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(desk.reply(id)), 1);
    }

    void storeWriteLostAfterTheNetworkAcceptedIsRecoveredByLookup()
    {
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        QVERIFY(installSentFault(desk));
        desk.newSender(100, 1000, 8);
        QSignalSpy storeFailed(desk.sender.get(), &OutboxSender::storeFailed);
        const qint64 id = desk.enqueue(desk.cases.first());
        QVERIFY(setSentFault(desk, true));
        QVERIFY(desk.pass());
        QCOMPARE(storeFailed.size(), 1);
        OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sending);
        QCOMPARE(desk.timesPosted(e), 1);
        QVERIFY(setSentFault(desk, false));
        QVERIFY(desk.pass(400)); // once the first attempt's lease has run out
        e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.sends(), 1);
        QCOMPARE(desk.networkIds(e), QStringList{e.networkId});
    }

    void senderRestartedMidSendDoesNotPostAgain()
    {
        // In-process stand-in for a crash: the sender goes away with answers in flight.
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender();
        const qint64 id = desk.enqueue(desk.cases.first());
        desk.now = QDateTime::currentDateTimeUtc();
        desk.sender->processDue(); // posted; the answer is still queued
        QCOMPARE(desk.reply(id).state, OutboxState::Sending);
        desk.newSender();
        QCoreApplication::processEvents(); // the answer arrives to nobody
        QVERIFY(desk.pass(400));           // the dead sender's claim runs out first
        const OutboxEntry e = desk.reply(id);
        QCOMPARE(e.state, OutboxState::Sent);
        QCOMPARE(desk.timesPosted(e), 1);
        QCOMPARE(desk.sends(), 1);
    }

    void twoSendersOnOneDatabasePostOnce()
    {
        // Two app instances on one SQLite file, or two agents' desks on a shared database:
        // each runs a sender over the same outbox.
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        for (auto &c : desk.connectors)
            c->deferPost = true; // the network takes a moment, as a real one does
        desk.newSender();
        auto other = openKeyedStore(desk.dbPath);
        QVERIFY(other.ok());
        OutboxSender second(*other.value(), [&desk](const OutboxEntry &e) -> Connector * {
            return desk.connectorFor(e);
        });
        second.setClock([&desk] { return desk.now; });
        const qint64 id = desk.enqueue(desk.cases.first());
        desk.now = QDateTime::currentDateTimeUtc().addMSecs(50);
        desk.sender->processDue();
        second.processDue();
        QDeadlineTimer deadline(5000);
        while ((desk.sender->isBusy() || second.isBusy()) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCOMPARE(desk.timesPosted(desk.reply(id)), 1);
    }

    void identicalRepliesToTheSameMessageAreEachPostedOnce()
    {
        // The network is asked by content, so a reply worded like an earlier one must not take
        // the earlier one's post for its own.
        Desk desk;
        QVERIFY(desk.open(1).isEmpty());
        desk.newSender();
        const QString same = QStringLiteral("Grazie, le scriviamo in privato.");
        const qint64 first = desk.enqueue(desk.cases.first(), same);
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(first).state, OutboxState::Sent);
        desk.faults = {Fault::Timeout}; // the ledger's first timeout: it never got there
        const qint64 second = desk.enqueue(desk.cases.first(), same);
        QVERIFY(desk.pass());
        QCOMPARE(desk.reply(second).state, OutboxState::Sending);
        QVERIFY(desk.pass(1000));
        // Both unclear, both on the network: each takes one of the two posts.
        desk.faults = {Fault::DropAfterReceive, Fault::DropAfterReceive};
        const qint64 third = desk.enqueue(desk.cases.first(), same);
        const qint64 fourth = desk.enqueue(desk.cases.first(), same);
        QVERIFY(desk.pass());
        QVERIFY(desk.pass(1000));

        const Tally t = tally(desk);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        QCOMPARE(t.replies, 4);
        QCOMPARE(t.posts, 4);
        QCOMPARE(desk.sends(), 5);
        for (qint64 id : {first, second, third, fourth})
            QCOMPARE(desk.reply(id).state, OutboxState::Sent);
        QCOMPARE(desk.store->loadCase(desk.cases.first().id).value().conversation.size(), 5);
    }

    void randomFaultsNeitherDuplicateNorLoseAReply()
    {
        constexpr int kRounds = 50;
        constexpr int kRepliesPerRound = 20;
        bool seedOk = false;
        quint32 seed = qEnvironmentVariable("SPORTELLO_OUTBOX_SEED").toUInt(&seedOk);
        if (!seedOk)
            seed = 20261120;
        QRandomGenerator random(seed);

        Desk desk;
        QVERIFY(desk.open(5).isEmpty());
        QVERIFY(installSentFault(desk));
        std::map<Fault, int> faults;
        int lookupFailures = 0;
        int storeFailures = 0;
        int restarts = 0;
        int passes = 0;
        int sameWords = 0;
        desk.ledger->setFaultPlan([&] {
            const int roll = int(random.bounded(100));
            const Fault f = roll < 50   ? Fault::None
                            : roll < 62 ? Fault::DropBeforeSend
                            : roll < 75 ? Fault::DropAfterReceive
                            : roll < 88 ? Fault::Timeout
                                        : Fault::ServerError;
            ++faults[f];
            return f;
        });
        for (auto &c : desk.connectors) {
            c->lookupUnanswered = [&] {
                const bool fails = random.bounded(100) < 15;
                lookupFailures += fails;
                return fails;
            };
        }
        auto newSender = [&] {
            desk.newSender(1, 20, 1000);
            connect(desk.sender.get(), &OutboxSender::storeFailed, this,
                    [&storeFailures] { ++storeFailures; });
        };
        newSender();

        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kRepliesPerRound; ++i) {
                const CaseRef &c = desk.cases.at(random.bounded(int(desk.cases.size())));
                const Visibility v =
                    random.bounded(4) == 0 ? Visibility::Private : Visibility::Public;
                // Now and then the same words as an earlier reply to the same message.
                const QString text = random.bounded(10) == 0
                                         ? QStringLiteral("Grazie, le scriviamo in privato.")
                                         : QString();
                sameWords += !text.isEmpty();
                QVERIFY(desk.enqueue(c, text, v) > 0);
            }
            int guard = 0;
            while (desk.count(QStringLiteral(
                       "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')")) > 0) {
                QVERIFY2(++guard < 2000,
                         qPrintable(QStringLiteral("round %1 never ends").arg(round)));
                ++passes;
                // The store loses the "sent" write on some passes.
                QVERIFY(setSentFault(desk, random.bounded(100) < 10));
                desk.now = std::max(desk.now.addMSecs(25), QDateTime::currentDateTimeUtc());
                desk.sender->processDue();
                if (random.bounded(100) < 15) {
                    // A crash with requests in flight: their answers go nowhere.
                    ++restarts;
                    newSender();
                    QCoreApplication::processEvents();
                }
                QVERIFY(desk.settle());
            }
        }
        QVERIFY(setSentFault(desk, false));

        const Tally t = tally(desk);
        const int failedReplies =
            desk.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'failed'"));
        qInfo("seed %u: %d runs (replies, %d of them worded like an earlier one) in %d rounds, "
              "%d passes, %d sends, %d lookups",
              seed, t.replies, sameWords, kRounds, passes, desk.sends(), desk.lookups());
        qInfo("faults: %d none, %d dropped before send, %d dropped after receive, %d timeouts, "
              "%d HTTP 5xx; %d lookups unanswered, %d store writes failed, %d sender restarts",
              faults[Fault::None], faults[Fault::DropBeforeSend], faults[Fault::DropAfterReceive],
              faults[Fault::Timeout], faults[Fault::ServerError], lookupFailures, storeFailures,
              restarts);
        qInfo("network posts %d, duplicates %d, lost %d, wrong ids %d, failed %d", t.posts,
              t.duplicates, t.lost, t.wrongIds, failedReplies);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(t.replies, kRounds * kRepliesPerRound);
        QCOMPARE(t.posts, t.replies);
        QCOMPARE(t.duplicates, 0);
        QCOMPARE(t.lost, 0);
        QCOMPARE(failedReplies, 0);
        // Every fault kind was met many times, and each reply joined its case once.
        for (Fault f :
             {Fault::DropBeforeSend, Fault::DropAfterReceive, Fault::Timeout, Fault::ServerError})
            QVERIFY(faults[f] >= 50);
        QVERIFY(storeFailures >= 10);
        QVERIFY(restarts >= 10);
        QCOMPARE(
            desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")),
            t.replies);
        QCOMPARE(desk.count(
                     QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'reply_sent'")),
                 t.replies);
    }

    void killedMidSendNeitherDuplicatesNorLosesAReply()
    {
#ifndef OUTBOX_RUNNER
        QSKIP("outbox_runner was not built");
#else
        constexpr int kFirstReplies = 30;
        constexpr int kMoreEachRound = 3;
        constexpr int kKills = 15;
        Desk desk;
        QVERIFY(desk.open(3).isEmpty());
        for (int i = 0; i < kFirstReplies; ++i)
            QVERIFY(desk.enqueue(desk.cases.at(i % desk.cases.size())) > 0);
        // The runners own the files while they run.
        desk.connectors.clear();
        desk.ledger.reset();
        desk.store.reset();

        QRandomGenerator *random = QRandomGenerator::global();
        QSet<qint64> reportedSent;
        int killedWhileBusy = 0;
        int postedNotRecorded = 0; // at a kill: on the network, not yet recorded as sent
        int sendingAtKill = 0;
        auto runRunner = [&](int round, int killAfterMs) -> int {
            QProcess runner;
            runner.start(QStringLiteral(OUTBOX_RUNNER),
                         {desk.dbPath, desk.ledgerPath, QString::number(1000 + round)});
            if (!runner.waitForStarted(5000))
                return -100;
            bool killed = false;
            if (killAfterMs > 0) {
                QDeadlineTimer deadline(killAfterMs);
                while (!deadline.hasExpired() && runner.state() == QProcess::Running)
                    runner.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())));
                if (runner.state() == QProcess::Running) {
                    ::kill(pid_t(runner.processId()), SIGKILL);
                    killed = true;
                }
            }
            runner.waitForFinished(killAfterMs > 0 ? 5000 : 120000);
            for (const QByteArray &line : runner.readAllStandardOutput().split('\n')) {
                if (line.startsWith("sent "))
                    reportedSent.insert(line.mid(5).toLongLong());
            }
            const QByteArray err = runner.readAllStandardError();
            if (!err.isEmpty())
                qWarning("runner %d said: %s", round, err.constData());
            if (killed) {
                ++killedWhileBusy;
                return -1;
            }
            return runner.exitStatus() == QProcess::NormalExit ? runner.exitCode() : -2;
        };

        for (int round = 0; round < kKills; ++round) {
            const int killAfter = random->bounded(20, 301);
            runRunner(round, killAfter);
            // What the kill left behind, and more work for the next runner.
            QVERIFY(desk.openStore().isEmpty());
            QVERIFY(desk.openNetwork().isEmpty());
            QSqlQuery q(desk.store->connection().database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM outbox WHERE state = 'sending'")));
            QList<qint64> sending;
            while (q.next())
                sending << q.value(0).toLongLong();
            q.finish();
            sendingAtKill += int(sending.size());
            for (qint64 id : std::as_const(sending))
                postedNotRecorded += desk.timesPosted(desk.reply(id)) > 0;
            for (int i = 0; i < kMoreEachRound; ++i)
                QVERIFY(desk.enqueue(desk.cases.at(random->bounded(int(desk.cases.size())))) > 0);
            desk.connectors.clear();
            desk.ledger.reset();
            desk.store.reset();
        }
        QCOMPARE(runRunner(kKills, 0), 0);

        QVERIFY(desk.openStore().isEmpty());
        QVERIFY(desk.openNetwork().isEmpty());
        const Tally t = tally(desk);
        int reportedButNotSent = 0;
        for (qint64 id : std::as_const(reportedSent))
            reportedButNotSent += desk.reply(id).state != OutboxState::Sent;
        qInfo("%d runners, %d killed mid-run (after 20-300 ms), %d replies left sending by a "
              "kill, %d of them already on the network",
              kKills + 1, killedWhileBusy, sendingAtKill, postedNotRecorded);
        qInfo("%d replies, network posts %d, duplicates %d, lost %d, wrong ids %d", t.replies,
              t.posts, t.duplicates, t.lost, t.wrongIds);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(t.replies, kFirstReplies + kKills * kMoreEachRound);
        QCOMPARE(t.posts, t.replies);
        QCOMPARE(t.duplicates, 0);
        QCOMPARE(t.lost, 0);
        QCOMPARE(reportedButNotSent, 0);
        QVERIFY(killedWhileBusy > 0);
        QCOMPARE(
            desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")),
            t.replies);
        QCOMPARE(desk.count(
                     QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'reply_sent'")),
                 t.replies);
#endif
    }

private:
    // A switch in the test's database that makes the store's "sent" write fail, as a full
    // disk would, after the network has accepted the reply.
    static bool installSentFault(Desk &desk)
    {
        QSqlQuery q(desk.store->connection().database());
        return q.exec(QStringLiteral("CREATE TABLE test_faults (fail_sent INTEGER NOT NULL)")) &&
               q.exec(QStringLiteral("INSERT INTO test_faults VALUES (0)")) &&
               q.exec(QStringLiteral(
                   "CREATE TRIGGER test_fail_sent BEFORE UPDATE OF state ON outbox "
                   "WHEN NEW.state = 'sent' AND (SELECT fail_sent FROM test_faults) = 1 "
                   "BEGIN SELECT RAISE(ABORT, 'injected: disk I/O error'); END"));
    }

    static bool setSentFault(Desk &desk, bool on)
    {
        QSqlQuery q(desk.store->connection().database());
        return q.exec(QStringLiteral("UPDATE test_faults SET fail_sent = %1").arg(on ? 1 : 0));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
