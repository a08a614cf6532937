// A child process for test_outbox: the app's sending side on a real store, talking to the demo
// network's ledger with network latency and a seeded mix of faults. The test kills it with
// SIGKILL at random moments and starts it again; whatever the moment, no reply may be posted
// twice or lost.
//
// Usage: outbox_runner DB_PATH LEDGER_PATH SEED
// Prints "sent <outbox id>" once a reply is recorded as sent, "failed <outbox id> <reason>"
// if one is given up on, and exits 0 when no reply is left pending or sending (3 if any
// failed).
#include "DemoConnector.h"
#include "DemoReplyLedger.h"
#include "DemoScenario.h"
#include "OutboxSender.h"
#include "SqliteCaseStore.h"
#include "TestStores.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace sportello;
using namespace sportello::testing;

namespace {

// A demo account whose network answers after a delay, as a real one does: the request reaches
// the ledger some milliseconds after it was sent and the answer comes back some milliseconds
// later, so a kill can land before the post, between the post and its answer, or after.
class SlowDemoConnector : public DemoConnector
{
public:
    SlowDemoConnector(const AccountRecord &account, DemoReplyLedger *ledger,
                      QRandomGenerator *random)
        : DemoConnector(DemoScenario{}, account, QDateTime::currentDateTimeUtc()), m_ledger(ledger),
          m_random(random)
    {
        setReplyLedger(ledger);
    }

    void send(const OutgoingReply &reply) override
    {
        QTimer::singleShot(latency(), this, [this, reply] {
            const SendOutcome outcome = m_ledger->post(reply);
            QTimer::singleShot(latency(), this, [this, key = reply.idempotencyKey, outcome] {
                emit sendFinished(key, outcome);
            });
        });
    }

    void findSent(const OutgoingReply &reply) override
    {
        QTimer::singleShot(latency(), this, [this, reply] {
            const LookupOutcome outcome = m_ledger->find(reply);
            QTimer::singleShot(latency(), this, [this, key = reply.idempotencyKey, outcome] {
                emit lookupFinished(key, outcome);
            });
        });
    }

private:
    int latency() { return int(m_random->bounded(1, 25)); }

    DemoReplyLedger *m_ledger;
    QRandomGenerator *m_random;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const quint32 seed = args.size() == 4 ? args.at(3).toUInt(&ok) : 0;
    if (!ok) {
        std::fprintf(stderr, "usage: outbox_runner DB_PATH LEDGER_PATH SEED\n");
        return 2;
    }
    auto opened = openKeyedStore(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(opened.error()));
        return 1;
    }
    SqliteCaseStore &store = *opened.value();

    QRandomGenerator random(seed);
    DemoReplyLedger ledger(args.at(2));
    ledger.setFaultPlan([&random] {
        const int roll = int(random.bounded(100));
        if (roll < 50)
            return DemoReplyLedger::Fault::None;
        if (roll < 62)
            return DemoReplyLedger::Fault::DropBeforeSend;
        if (roll < 75)
            return DemoReplyLedger::Fault::DropAfterReceive;
        if (roll < 88)
            return DemoReplyLedger::Fault::Timeout;
        return DemoReplyLedger::Fault::ServerError;
    });

    auto accounts = store.accounts();
    if (!accounts) {
        std::fprintf(stderr, "cannot read the accounts: %s\n", qPrintable(accounts.error()));
        return 1;
    }
    std::vector<std::unique_ptr<SlowDemoConnector>> connectors;
    for (const AccountRecord &a : accounts.value())
        connectors.push_back(std::make_unique<SlowDemoConnector>(a, &ledger, &random));

    OutboxSender sender(store, [&connectors](const OutboxEntry &e) -> Connector * {
        for (const auto &c : connectors) {
            if (c->account().network == e.network && c->account().handle == e.account)
                return c.get();
        }
        return nullptr;
    });
    sender.setRetryPolicy(1, 20, 1000, 300);
    int failed = 0;
    QObject::connect(&sender, &OutboxSender::replyChanged, &app,
                     [&failed](qint64 id, qint64, OutboxState state, const QString &error) {
                         if (state == OutboxState::Sent) {
                             std::printf("sent %lld\n", id);
                         } else if (state == OutboxState::Failed) {
                             ++failed;
                             std::printf("failed %lld %s\n", id, qPrintable(error));
                         }
                         std::fflush(stdout);
                     });
    QObject::connect(&sender, &OutboxSender::storeFailed, &app, [](const QString &error) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
    });

    // Done when nothing is left to deliver.
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (sender.isBusy())
            return;
        QSqlQuery q(store.connection().database());
        if (!q.exec(QStringLiteral(
                "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')")) ||
            !q.next())
            return;
        const int left = q.value(0).toInt();
        q.finish();
        if (left == 0) {
            std::printf("done\n");
            std::fflush(stdout);
            app.exit(failed == 0 ? 0 : 3);
        }
    });
    done.start(10);
    sender.start(5);
    return app.exec();
}
