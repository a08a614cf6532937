#include "ParallelAuditVerifier.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// The audit trail: every action appends a keyed, chained row; editing the file directly is
// caught and the first broken row named.
class TestAuditTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCaseStore> m_store;
    int m_counter = 0;
    qint64 m_case = 0;

    std::unique_ptr<AuditVerifier> verify(std::optional<AuditHead> against = {})
    {
        auto v = std::make_unique<AuditVerifier>(testAuditKey(), against);
        [&] {
            QVERIFY(m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) { v->feed(r); })
                        .ok());
        }();
        v->finish();
        // The parallel verifier, in batches of three rows so that every problem sits near a
        // batch boundary, must reach exactly the same verdict.
        ParallelAuditVerifier parallel(testAuditKey(), against, 2, 3);
        [&] {
            QVERIFY(
                m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) { parallel.feed(r); })
                    .ok());
        }();
        parallel.finish();
        [&] {
            QCOMPARE(parallel.result().problem(), v->problem());
            QCOMPARE(parallel.result().problemSeq(), v->problemSeq());
            QCOMPARE(parallel.result().rows(), v->rows());
            QCOMPARE(parallel.result().head().hash, v->head().hash);
        }();
        return v;
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_store->connection().database());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

    // Ten audited actions on one case.
    void act()
    {
        const QList<CaseActionKind> kinds{CaseActionKind::AssignToMe, CaseActionKind::Release,
                                          CaseActionKind::AssignToMe};
        for (CaseActionKind k : kinds)
            QVERIFY(m_store->perform({m_case, k, QStringLiteral("giulia"), {}}).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store
                        ->perform({m_case, CaseActionKind::AddNote, QStringLiteral("giulia"),
                                   QStringLiteral("nota %1").arg(i)})
                        .ok());
        QVERIFY(
            m_store->perform({m_case, CaseActionKind::Resolve, QStringLiteral("giulia"), {}}).ok());
        QVERIFY(
            m_store->perform({m_case, CaseActionKind::Reopen, QStringLiteral("giulia"), {}}).ok());
    }

private slots:
    void init()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_counter)));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        auto report =
            m_store->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                  QStringLiteral("Mario Rossi, la carta non va"), at(0))});
        QVERIFY(report.ok());
        m_case = report.value().touchedCases.value(0);
    }
    void cleanup() { m_store.reset(); }

    void theChainHashIsHmacSha256OverTheDocumentedLayout()
    {
        // Computed independently (Python's hmac module) from the layout in AuditChain.h, so a
        // trail written by any earlier Sportello, or checked by an inspector's own script,
        // keeps verifying whatever library computes the HMAC.
        AuditRecord r;
        r.prevHash = AuditChain::genesis();
        r.atMs = 1732365000000;
        r.actor = QStringLiteral("agente.rossi");
        r.action = QStringLiteral("case_taken");
        r.caseId = 42;
        r.customerId = 7;
        r.detail = QStringLiteral("{\"citt\u00e0\":\"Milano\"}");
        AuditChain chain(QByteArrayLiteral("chiave-di-prova-32-byte-0123456789"));
        const QByteArray expected(
            "e431b904a4ca034b7bc4a2db5a6e5a00ecd8a0823cf07ceee24b1485080f64f4");
        QCOMPARE(chain.hashOf(r), expected);
        QCOMPARE(chain.hashOf(r), expected); // the keyed state survives a row
        AuditChain moved(std::move(chain));
        QCOMPARE(moved.hashOf(r), expected);
    }

    void everyActionAppendsAVerifiableRow()
    {
        act();
        const auto v = verify();
        QVERIFY2(v->ok(), qPrintable(v->message()));
        QCOMPARE(v->rows(), 10);
        QCOMPARE(m_store->auditHead().value().seq, 10);
        QCOMPARE(v->head().hash, m_store->auditHead().value().hash);
    }

    void rowsNameCasesByIdAndNeverHoldWords()
    {
        act();
        QStringList actions;
        m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) {
            actions << r.action;
            QVERIFY(!r.detail.contains(QStringLiteral("nota")));
            QVERIFY(!r.detail.contains(QStringLiteral("Mario")));
            QCOMPARE(r.caseId, m_case);
            QVERIFY(r.customerId > 0);
        });
        QCOMPARE(actions.first(), QStringLiteral("case_taken"));
        QVERIFY(actions.contains(QStringLiteral("case_resolved")));
        QVERIFY(actions.contains(QStringLiteral("case_reopened")));
        QVERIFY(actions.contains(QStringLiteral("note_added")));
    }

    void anEditedRowIsNamed()
    {
        act();
        exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 4"));
        const auto v = verify();
        QVERIFY(!v->ok());
        QCOMPARE(v->problem(), AuditVerifier::Problem::Altered);
        QCOMPARE(v->problemSeq(), 4);
        QVERIFY(v->message().contains(QStringLiteral("4")));
    }

    void aDeletedRowIsNamed()
    {
        act();
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
        const auto v = verify();
        QCOMPARE(v->problem(), AuditVerifier::Problem::Removed);
        QCOMPARE(v->problemSeq(), 6);
    }

    void aDeletedRowWithTheNumberingClosedUpIsNamed()
    {
        act();
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
        exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq > 6"));
        exec(QStringLiteral("UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1000"));
        const auto v = verify();
        QCOMPARE(v->problem(), AuditVerifier::Problem::Removed);
        QCOMPARE(v->problemSeq(), 6);
    }

    void anInsertedRowIsNamed()
    {
        act();
        // Make room after row 5 and forge a row there, copying row 5's hash as its link.
        exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5"));
        exec(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000"));
        exec(QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, case_id, customer_id, detail, "
            "prev_hash, hash) SELECT 6, at + 1, 'intruder', 'case_resolved', case_id, "
            "customer_id, '{}', hash, lower(hex(randomblob(32))) FROM audit_log WHERE seq = 5"));
        const auto v = verify();
        QCOMPARE(v->problem(), AuditVerifier::Problem::Inserted);
        QCOMPARE(v->problemSeq(), 6);
    }

    void aRowAppendedAtTheEndDoesNotVerify()
    {
        act();
        exec(QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, case_id, customer_id, detail, "
            "prev_hash, hash) SELECT 11, at + 1, 'intruder', 'case_resolved', case_id, "
            "customer_id, '{}', hash, hash FROM audit_log WHERE seq = 10"));
        const auto v = verify();
        QVERIFY(!v->ok());
        QCOMPARE(v->problemSeq(), 11);
    }

    void aHistoryCutBackBelowAnEarlierExportIsCaught()
    {
        act();
        const AuditHead exported = m_store->auditHead().value();
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 7"));
        QVERIFY(verify()->ok()); // a clean cut is invisible to the chain alone...
        const auto v = verify(exported);
        QCOMPARE(v->problem(), AuditVerifier::Problem::Removed); // ...but not to the export
        QCOMPARE(v->problemSeq(), 8);
    }

    void aHistoryRewrittenWithAnotherKeyIsCaughtByTheExportHead()
    {
        act();
        const AuditHead exported = m_store->auditHead().value();
        // Someone with a key of their own rebuilds the whole trail.
        exec(QStringLiteral("DELETE FROM audit_log"));
        m_store->setAuditKey(QByteArrayLiteral("a forger's own key"));
        m_case = m_store
                     ->ingest({item(QStringLiteral("2"), QStringLiteral("bruno"),
                                    QStringLiteral("Buongiorno"), at(1))})
                     .value()
                     .touchedCases.value(0);
        act();
        AuditVerifier v(QByteArrayLiteral("a forger's own key"), exported);
        m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) { v.feed(r); });
        v.finish();
        QCOMPARE(v.problem(), AuditVerifier::Problem::HeadMismatch);
        QCOMPARE(v.problemSeq(), exported.seq);
    }

    void aWrongKeyIsRefusedAndNothingChanges()
    {
        act();
        m_store->setAuditKey(QByteArrayLiteral("another workstation's key"));
        const Status s =
            m_store->perform({m_case, CaseActionKind::Release, QStringLiteral("giulia"), {}});
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("does not match")));
        QCOMPARE(m_store->loadCase(m_case).value().kase.assignee, QStringLiteral("giulia"));
        QCOMPARE(m_store->auditHead().value().seq, 10);
    }

    void withoutAKeyAnActionIsNotTaken()
    {
        m_store->setAuditKeySource(
            []() -> Result<QByteArray> { return Result<QByteArray>::failure("keychain locked"); });
        const Status s =
            m_store->perform({m_case, CaseActionKind::AssignToMe, QStringLiteral("giulia"), {}});
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("keychain locked")));
        QVERIFY(m_store->loadCase(m_case).value().kase.assignee.isEmpty());
    }

    void settingsAndTemplatesAreAudited()
    {
        QVERIFY(m_store
                    ->changeSetting(QStringLiteral("bank_phone"), QStringLiteral("02 1234"),
                                    QStringLiteral("admin"))
                    .ok());
        ReplyTemplate t;
        t.key = QStringLiteral("saluti");
        t.language = QStringLiteral("it");
        t.title = QStringLiteral("Saluti");
        t.body = QStringLiteral("Ciao {{nome}}!");
        QVERIFY(m_store->saveTemplate(t, QStringLiteral("admin")).ok());
        QStringList actions;
        m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) {
            actions << r.action;
            QVERIFY(!r.detail.contains(QStringLiteral("02 1234")));
        });
        QCOMPARE(actions, (QStringList{QStringLiteral("setting_changed"),
                                       QStringLiteral("template_changed")}));
        QVERIFY(verify()->ok());
    }

    void badServiceLevelsAreRefusedWithTheReason()
    {
        const Status s =
            m_store->changeSetting(QStringLiteral("service_levels"),
                                   QStringLiteral("{\"targets\": 12"), QStringLiteral("admin"));
        QVERIFY(!s.ok());
        QCOMPARE(m_store->setting(QStringLiteral("service_levels")).value(), QString());
        QCOMPARE(m_store->auditHead().value().seq, 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "test_audit_trail.moc"
