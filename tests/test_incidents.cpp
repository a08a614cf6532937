#include "IncidentReplies.h"
#include "OutageFixture.h"
#include "SqliteCaseStore.h"
#include "TestStores.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// Answering every case of an incident at once: personalised, checked, and queued exactly once
// per case however many times the supervisor presses the button.
class TestIncidents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCaseStore> m_store;
    qint64 m_incident = 0;
    QList<qint64> m_cases;
    const AgentProfile m_agent{QStringLiteral("Francesca Galli"), QStringLiteral("FG")};

    Result<IncidentReplies::Plan> plan(const QString &kind, const QString &templateKey)
    {
        return IncidentReplies::plan(*m_store, m_incident, kind, templateKey,
                                     TemplateLibrary::builtIn(), m_agent, {},
                                     *ReplyChecker::shipped());
    }

    int outboxRows(qint64 caseId) { return int(m_store->repliesForCase(caseId).value().size()); }

private slots:
    void initTestCase()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("incidents.db")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        auto fixture = seedOutageIncident(*m_store, m_agent.name);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        m_cases = fixture.value().cases;
        m_incident = fixture.value().incident;
        QCOMPARE(m_cases.size(), 3);
    }

    void theKeyNamesIncidentKindAndCase()
    {
        QCOMPARE(IncidentReplies::idempotencyKey(7, IncidentReplies::kUpdate, 42),
                 QStringLiteral("incident-7-update-case-42"));
    }

    void repliesArePersonalisedAndRefusalsSayWhy()
    {
        auto p = plan(IncidentReplies::kUpdate, QStringLiteral("outage_ack"));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p.value().ready.size(), 2);
        QCOMPARE(p.value().refused.size(), 1);
        QCOMPARE(p.value().refused.first().caseId, m_cases.at(2));
        QVERIFY(!p.value().refused.first().reasons.isEmpty());
        const OutboxEntry &first = p.value().ready.first();
        QCOMPARE(first.caseId, m_cases.at(0));
        QVERIFY2(first.text.contains(QStringLiteral("Marco")), qPrintable(first.text));
        QVERIFY(!first.text.contains(QStringLiteral("Bianchi")));
        QVERIFY(!first.text.contains(QStringLiteral("{{")));
        QCOMPARE(first.visibility, Visibility::Public);
        QCOMPARE(first.idempotencyKey, IncidentReplies::idempotencyKey(
                                           m_incident, IncidentReplies::kUpdate, m_cases.at(0)));
        QVERIFY(p.value().ready.at(1).text.contains(QStringLiteral("Giulia")));
    }

    void anUnknownTemplateRefusesEveryCase()
    {
        // Before anything is queued: a case already answered would be left out instead.
        auto p = plan(IncidentReplies::kUpdate, QStringLiteral("no_such_template"));
        QVERIFY(p.ok());
        QCOMPARE(p.value().ready.size(), 0);
        QCOMPARE(p.value().refused.size(), 3);
    }

    void answeringTwiceQueuesOncePerCase()
    {
        auto p = plan(IncidentReplies::kUpdate, QStringLiteral("outage_ack"));
        QVERIFY(p.ok());
        auto first = IncidentReplies::enqueue(*m_store, p.value());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value().size(), 2);
        // Planned again, the answered cases are left out and said to be answered.
        auto replanned = plan(IncidentReplies::kUpdate, QStringLiteral("outage_ack"));
        QVERIFY(replanned.ok());
        QVERIFY(replanned.value().ready.isEmpty());
        QCOMPARE(replanned.value().alreadyAnswered, (QList<qint64>{m_cases.at(0), m_cases.at(1)}));
        QCOMPARE(replanned.value().refused.size(), 1);
        // The same plan sent twice (a double click, a crash between the two) queues nothing
        // new: the store knows the keys.
        auto again = IncidentReplies::enqueue(*m_store, p.value());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), first.value());
        QCOMPARE(outboxRows(m_cases.at(0)), 1);
        QCOMPARE(outboxRows(m_cases.at(1)), 1);
        QCOMPARE(outboxRows(m_cases.at(2)), 0);

        // The follow-up is another reply, also sent once.
        auto followUp = plan(IncidentReplies::kFollowUp, QStringLiteral("outage_resolved"));
        QVERIFY(followUp.ok());
        auto sent = IncidentReplies::enqueue(*m_store, followUp.value());
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(sent.value().size(), 2);
        QVERIFY(!first.value().contains(sent.value().first()));
        QVERIFY(IncidentReplies::enqueue(*m_store, followUp.value()).ok());
        QCOMPARE(outboxRows(m_cases.at(0)), 2);
    }

    void theStoreReturnsTheExistingReplyForAKeySeenBefore()
    {
        CaseSnapshot snap = m_store->loadCase(m_cases.at(1)).value();
        OutboxEntry e;
        e.idempotencyKey = QStringLiteral("double-click");
        e.caseId = snap.kase.id;
        e.text = QStringLiteral("Ciao Giulia, ci stiamo lavorando. ^FG");
        e.author = m_agent.name;
        const qint64 id = m_store->enqueueReply(e).value();
        e.text = QStringLiteral("Another text, same key");
        QCOMPARE(m_store->enqueueReply(e).value(), id);
        QCOMPARE(m_store->reply(id).value().text,
                 QStringLiteral("Ciao Giulia, ci stiamo lavorando. ^FG"));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "test_incidents.moc"
