#include "SqliteCaseStore.h"
#include "StoreOpener.h"
#include "StoreWorker.h"
#include "TestItems.h"
#include "TestStores.h"
#include "Triage.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

class TestIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCaseStore> m_store;
    int m_counter = 0;

    static qint64 moveIdentityToANewCustomer(QSqlDatabase db, const QString &externalId)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO customers (display_name, created_at) "
                                   "VALUES ('Anna Rossi', 0)")))
            return 0;
        const qint64 customer = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("UPDATE identities SET customer_id = ? WHERE external_id = ?"));
        q.addBindValue(customer);
        q.addBindValue(externalId);
        return q.exec() && q.numRowsAffected() == 1 ? customer : 0;
    }

    // Anna's next message belongs to her new customer, who has no case yet: it opens one
    // instead of joining the old customer's case.
    void expectTheNextMessageOfAnnaIn(qint64 customer, qint64 oldCase)
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("2"), QStringLiteral("anna"),
                                   QStringLiteral("Ancora nessuna risposta"), at(5))})
                    .ok());
        const qint64 next = caseOf(QStringLiteral("2"));
        QVERIFY(next != oldCase);
        QCOMPARE(m_store->loadCase(next).value().kase.customerId, customer);
    }

    qint64 caseOf(const QString &networkId)
    {
        QSqlQuery q(m_store->connection().database());
        q.prepare(QStringLiteral("SELECT case_id FROM messages WHERE network_id = ?"));
        q.addBindValue(networkId);
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("ingest-%1.db").arg(++m_counter)),
                                    shippedTriage());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
    }
    void cleanup() { m_store.reset(); }

    void duplicatesAreDroppedWithinAndAcrossBatches()
    {
        const InboundItem a = item(QStringLiteral("100"), QStringLiteral("anna"),
                                   QStringLiteral("La carta non funziona"), at(0));
        auto first = m_store->ingest({a, a});
        QVERIFY(first.ok());
        QCOMPARE(first.value().accepted, 1);
        QCOMPARE(first.value().duplicates, 1);
        auto second = m_store->ingest({a});
        QCOMPARE(second.value().accepted, 0);
        QCOMPARE(second.value().duplicates, 1);
        QCOMPARE(m_store->stats().value().messages, 1);
    }

    void sameNetworkIdOnAnotherAccountIsNotADuplicate()
    {
        InboundItem a =
            item(QStringLiteral("100"), QStringLiteral("anna"), QStringLiteral("Ciao"), at(0));
        InboundItem b = a;
        b.account = QStringLiteral("@BancaEsempioAiuta");
        QCOMPARE(m_store->ingest({a, b}).value().accepted, 2);
    }

    void aReplyJoinsTheCaseOfTheMessageItAnswers()
    {
        InboundItem root = item(QStringLiteral("1"), QStringLiteral("anna"),
                                QStringLiteral("Bonifico sparito"), at(0));
        InboundItem reply = item(QStringLiteral("2"), QStringLiteral("bruno"),
                                 QStringLiteral("Anche a me!"), at(1));
        reply.replyTo = QStringLiteral("1");
        QVERIFY(m_store->ingest({reply, root}).ok()); // out of order on purpose
        QCOMPARE(caseOf(QStringLiteral("2")), caseOf(QStringLiteral("1")));
    }

    void aPrivateConversationStaysInOneCase()
    {
        InboundItem a = item(QStringLiteral("dm1"), QStringLiteral("carla"),
                             QStringLiteral("Buongiorno, ho un problema"), at(0), Network::WhatsApp,
                             Visibility::Private);
        a.account = QStringLiteral("+39 02 0000 0000");
        a.conversationId = QStringLiteral("wa-conv-carla");
        InboundItem b = a;
        b.networkId = QStringLiteral("dm2");
        b.text = QStringLiteral("con l'app");
        b.time = at(1);
        QVERIFY(m_store->ingest({a}).ok());
        QVERIFY(m_store->ingest({b}).ok());
        QCOMPARE(caseOf(QStringLiteral("dm2")), caseOf(QStringLiteral("dm1")));
        QCOMPARE(m_store->stats().value().cases, 1);
    }

    void theSameCustomersOpenCaseOnTheNetworkIsJoined()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("dario"),
                                   QStringLiteral("App bloccata"), at(0))})
                    .ok());
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("2"), QStringLiteral("dario"),
                                   QStringLiteral("Ancora nulla??"), at(5))})
                    .ok());
        QCOMPARE(caseOf(QStringLiteral("2")), caseOf(QStringLiteral("1")));
        // On another network it is a case of its own.
        QVERIFY(
            m_store
                ->ingest({item(QStringLiteral("3"), QStringLiteral("dario"),
                               QStringLiteral("Vi scrivo anche qui"), at(6), Network::Facebook)})
                .ok());
        QVERIFY(caseOf(QStringLiteral("3")) != caseOf(QStringLiteral("1")));
    }

    void aClosedCaseIsNeverJoinedButAResolvedOneReopens()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("elena"),
                                   QStringLiteral("Info mutuo"), at(0))})
                    .ok());
        const qint64 first = caseOf(QStringLiteral("1"));
        QVERIFY(m_store->perform({first, CaseActionKind::Resolve, QStringLiteral("fg"), {}}).ok());
        InboundItem again = item(QStringLiteral("2"), QStringLiteral("elena"),
                                 QStringLiteral("Scusate, un'altra cosa"), at(10));
        again.replyTo = QStringLiteral("1");
        QVERIFY(m_store->ingest({again}).ok());
        QCOMPARE(caseOf(QStringLiteral("2")), first);
        const CaseSnapshot snap = m_store->loadCase(first).value();
        QCOMPARE(snap.kase.status, CaseStatus::Open);
        QCOMPARE(snap.history.last().kind, QStringLiteral("reopened"));

        QSqlQuery q(m_store->connection().database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = %1").arg(first)));
        InboundItem late = item(QStringLiteral("3"), QStringLiteral("elena"),
                                QStringLiteral("Di nuovo io"), at(20));
        late.replyTo = QStringLiteral("2");
        QVERIFY(m_store->ingest({late}).ok());
        QVERIFY(caseOf(QStringLiteral("3")) != first);
    }

    void oneCustomerHasIdentitiesOnSeveralNetworks()
    {
        InboundItem x = item(QStringLiteral("1"), QStringLiteral("franco"),
                             QStringLiteral("Vergogna, app down"), at(0));
        x.customerRef = QStringLiteral("crm-77");
        InboundItem wa = item(QStringLiteral("w1"), QStringLiteral("393331112222"),
                              QStringLiteral("Sono Franco, vi scrivo i dettagli"), at(3),
                              Network::WhatsApp, Visibility::Private);
        wa.account = QStringLiteral("+39 02 0000 0000");
        wa.customerRef = QStringLiteral("crm-77");
        QVERIFY(m_store->ingest({x, wa}).ok());
        QCOMPARE(m_store->stats().value().customers, 1);
        const CaseSnapshot snap = m_store->loadCase(caseOf(QStringLiteral("1"))).value();
        QCOMPARE(snap.customer.identities.size(), 2);
        QCOMPARE(snap.customer.cases.size(), 2);
        // The case view shows the customer's other open conversation too, in time order.
        QCOMPARE(snap.conversation.size(), 2);
        QCOMPARE(snap.conversation.at(1).network, Network::WhatsApp);
    }

    void anAnswerFromTheBankRecordsTheFirstResponseAndWaits()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("gina"),
                                   QStringLiteral("Dove trovo l'IBAN?"), at(0))})
                    .ok());
        InboundItem answer = item(QStringLiteral("2"), QStringLiteral("@BancaEsempio"),
                                  QStringLiteral("Ciao Gina, lo trovi in app ^FG"), at(4));
        answer.direction = Direction::Outbound;
        answer.replyTo = QStringLiteral("1");
        QVERIFY(m_store->ingest({answer}).ok());
        const CaseSnapshot snap = m_store->loadCase(caseOf(QStringLiteral("1"))).value();
        QCOMPARE(snap.kase.status, CaseStatus::Waiting);
        QCOMPARE(snap.kase.firstResponseAt.toMSecsSinceEpoch(), at(4).toMSecsSinceEpoch());
        QCOMPARE(m_store->stats().value().customers, 1); // the bank is not a customer
        InboundItem back =
            item(QStringLiteral("3"), QStringLiteral("gina"), QStringLiteral("Grazie!"), at(6));
        back.replyTo = QStringLiteral("2");
        QVERIFY(m_store->ingest({back}).ok());
        QCOMPARE(m_store->loadCase(snap.kase.id).value().kase.status, CaseStatus::Open);
    }

    // Ingest remembers the identities it met (IdentityCache). A change made elsewhere between
    // two batches, here an identity moved to another customer as a merge would, must be seen.
    void anIdentityMovedByAnotherConnectionIsSeenByTheNextBatch()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("La carta non funziona"), at(0))})
                    .ok());
        const qint64 first = caseOf(QStringLiteral("1"));
        qint64 moved = 0;
        {
            auto other = SqliteConnection::open(m_store->connection().path());
            QVERIFY2(other.ok(), qPrintable(other.error()));
            moved = moveIdentityToANewCustomer(other.value()->database(), QStringLiteral("anna"));
        }
        QVERIFY(moved > 0);
        expectTheNextMessageOfAnnaIn(moved, first);
    }

    void anIdentityMovedOnTheSameConnectionIsSeenByTheNextBatch()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("La carta non funziona"), at(0))})
                    .ok());
        const qint64 first = caseOf(QStringLiteral("1"));
        const qint64 moved =
            moveIdentityToANewCustomer(m_store->connection().database(), QStringLiteral("anna"));
        QVERIFY(moved > 0);
        expectTheNextMessageOfAnnaIn(moved, first);
    }

    void anOutgoingMessageWithoutAConversationIsRejectedWithAReason()
    {
        InboundItem post = item(QStringLiteral("p1"), QStringLiteral("@BancaEsempio"),
                                QStringLiteral("Nuova app!"), at(0));
        post.direction = Direction::Outbound;
        auto report = m_store->ingest({post});
        QVERIFY(report.ok());
        QCOMPARE(report.value().accepted, 0);
        QCOMPARE(report.value().rejected.size(), 1);
        QCOMPARE(report.value().rejected.first().networkId, QStringLiteral("p1"));
        QCOMPARE(report.value().rejected.first().index, 0);
        QVERIFY(!report.value().rejected.first().reason.isEmpty());
    }

    void triageSetsLanguageCategoryAndPriority()
    {
        QVERIFY(m_store
                    ->ingest({item(
                        QStringLiteral("1"), QStringLiteral("ugo"),
                        QStringLiteral(
                            "Mi è arrivato un SMS falso che chiede il codice OTP, è phishing?"),
                        at(0))})
                    .ok());
        const CaseRecord k = m_store->loadCase(caseOf(QStringLiteral("1"))).value().kase;
        QCOMPARE(k.language, Language::Italian);
        QCOMPARE(k.category, Category::PhishingOrFraud);
        QCOMPARE(k.priority, Priority::Urgent);
    }

    void aCustomersSecondMessageRaisesThePriorityOnce()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("vera"),
                                   QStringLiteral("Vorrei sapere come aprire un conto"), at(0),
                                   Network::Messenger, Visibility::Private)})
                    .ok());
        const qint64 id = caseOf(QStringLiteral("1"));
        const Priority before = m_store->loadCase(id).value().kase.priority;
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("2"), QStringLiteral("vera"),
                                   QStringLiteral("C'è qualcuno?"), at(20), Network::Messenger,
                                   Visibility::Private)})
                    .ok());
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("3"), QStringLiteral("vera"),
                                   QStringLiteral("Allora?"), at(30), Network::Messenger,
                                   Visibility::Private)})
                    .ok());
        const CaseSnapshot snap = m_store->loadCase(id).value();
        QCOMPARE(int(snap.kase.priority), int(before) + 1);
        int raised = 0;
        for (const CaseEventRecord &e : snap.history)
            raised += e.kind == QLatin1String("priority_raised");
        QCOMPARE(raised, 1);
    }

    void agentActionsAreRecordedInTheHistory()
    {
        QVERIFY(m_store
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("zeno"),
                                   QStringLiteral("Grazie mille alla filiale di Pisa, bravissimi!"),
                                   at(0))})
                    .ok());
        const qint64 id = caseOf(QStringLiteral("1"));
        QVERIFY(m_store->perform({id, CaseActionKind::AssignToMe, QStringLiteral("fg"), {}}).ok());
        auto taken = m_store->perform({id, CaseActionKind::AssignToMe, QStringLiteral("mp"), {}});
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().contains(QStringLiteral("fg")));
        QVERIFY(m_store
                    ->perform({id, CaseActionKind::SetCategory, QStringLiteral("fg"),
                               QStringLiteral("reputational_risk")})
                    .ok());
        QVERIFY(m_store
                    ->perform({id, CaseActionKind::SetPriority, QStringLiteral("fg"),
                               QStringLiteral("urgent")})
                    .ok());
        QVERIFY(m_store
                    ->perform({id, CaseActionKind::AddNote, QStringLiteral("fg"),
                               QStringLiteral("Cliente storico")})
                    .ok());
        QVERIFY(!m_store
                     ->perform(
                         {id, CaseActionKind::AddNote, QStringLiteral("fg"), QStringLiteral("   ")})
                     .ok());
        QVERIFY(!m_store
                     ->perform({id, CaseActionKind::SetCategory, QStringLiteral("fg"),
                                QStringLiteral("nonsense")})
                     .ok());
        QVERIFY(m_store->perform({id, CaseActionKind::Resolve, QStringLiteral("fg"), {}}).ok());
        QVERIFY(!m_store->perform({id, CaseActionKind::Resolve, QStringLiteral("fg"), {}}).ok());
        QVERIFY(m_store->perform({id, CaseActionKind::Reopen, QStringLiteral("fg"), {}}).ok());
        QVERIFY(m_store->perform({id, CaseActionKind::Release, QStringLiteral("fg"), {}}).ok());
        QVERIFY(!m_store->perform({id, CaseActionKind::Release, QStringLiteral(""), {}}).ok());

        const CaseSnapshot snap = m_store->loadCase(id).value();
        QStringList kinds;
        for (const CaseEventRecord &e : snap.history)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("opened"), QStringLiteral("assigned"),
                                     QStringLiteral("category_set"), QStringLiteral("priority_set"),
                                     QStringLiteral("note_added"), QStringLiteral("resolved"),
                                     QStringLiteral("reopened"), QStringLiteral("released")}));
        QVERIFY(snap.history.at(2).detail.contains(QStringLiteral("\"from\":\"praise\"")));
        QCOMPARE(snap.kase.category, Category::ReputationalRisk);
        QCOMPARE(snap.kase.priority, Priority::Urgent);
        QCOMPARE(snap.notes.size(), 1);
        QCOMPARE(snap.notes.first().author, QStringLiteral("fg"));
        QVERIFY(snap.kase.assignee.isEmpty());
    }

    void twoWritersOnOneFileLoseNothingAndDuplicateNothing()
    {
        // Two ingest threads, as a GUI and a CLI import would be, with overlapping items.
        const QString path = m_dir.filePath(QStringLiteral("threads.db"));
        {
            QVERIFY(openKeyedStore(path).ok());
        }
        QList<InboundItem> batchA, batchB;
        for (int i = 0; i < 400; ++i) {
            InboundItem it =
                item(QString::number(i), QStringLiteral("c%1").arg(i % 37),
                     QStringLiteral("Messaggio numero %1 sulla carta").arg(i), at(i / 10, i % 60));
            (i % 2 ? batchA : batchB).append(it);
            if (i % 5 == 0)
                (i % 2 ? batchB : batchA).append(it); // the same item through the other thread too
        }
        StoreWorker a(keyedStoreFactory(path, shippedTriage()));
        StoreWorker b(keyedStoreFactory(path, shippedTriage()));
        QSignalSpy openedA(&a, &StoreWorker::opened), openedB(&b, &StoreWorker::opened);
        a.open();
        b.open();
        QTRY_COMPARE(openedA.size(), 1);
        QTRY_COMPARE(openedB.size(), 1);
        QSignalSpy doneA(&a, &StoreWorker::ingested), doneB(&b, &StoreWorker::ingested);
        QSignalSpy failA(&a, &StoreWorker::ingestFailed), failB(&b, &StoreWorker::ingestFailed);
        for (int chunk = 0; chunk < batchA.size(); chunk += 50)
            a.ingest(batchA.mid(chunk, 50));
        for (int chunk = 0; chunk < batchB.size(); chunk += 50)
            b.ingest(batchB.mid(chunk, 50));
        const int expectedA = int((batchA.size() + 49) / 50),
                  expectedB = int((batchB.size() + 49) / 50);
        QTRY_COMPARE_WITH_TIMEOUT(doneA.size() + failA.size(), expectedA, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(doneB.size() + failB.size(), expectedB, 20000);
        QCOMPARE(failA.size() + failB.size(), 0);
        auto check = openKeyedStore(path);
        QCOMPARE(check.value()->stats().value().messages, 400);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "test_ingest.moc"
