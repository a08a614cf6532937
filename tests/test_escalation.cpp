#include "SatisfactionAnswer.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

namespace {

// Monday 23 November 2026, 10:00 in Rome (UTC+1).
QDateTime rome(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Europe/Rome"));
}

EscalationRequest request(const QString &department, int level = 1)
{
    EscalationRequest r;
    r.departmentKey = department;
    r.level = level;
    r.urgency = QStringLiteral("high");
    r.reason = QStringLiteral("Richiesta di rimborso fuori dalle regole standard");
    return r;
}

} // namespace

// Escalation round trips, service-level due times as the store keeps them, and the
// satisfaction answer.
class TestEscalation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCaseStore> m_store;
    int m_counter = 0;
    QDateTime m_now;

    qint64 ingestOne(const QString &id, const QString &author, const QString &text,
                     const QDateTime &time, Network network = Network::X)
    {
        InboundItem i = item(id, author, text, time, network);
        auto report = m_store->ingest({i});
        return report ? report.value().touchedCases.value(0) : 0;
    }

    Status act(qint64 caseId, CaseActionKind kind, const QVariant &value = {},
               const QString &actor = QStringLiteral("giulia"))
    {
        return m_store->perform({caseId, kind, actor, value});
    }

    CaseSnapshot snapshot(qint64 caseId) { return m_store->loadCase(caseId).value(); }

private slots:
    void init()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("esc-%1.db").arg(++m_counter)));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        m_now = rome(23, 10);
        m_store->setClock([this] { return m_now; });
    }
    void cleanup() { m_store.reset(); }

    void escalatingHandsTheCaseToTheDepartmentAndTheAnswerBringsItBack()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Voglio il rimborso"), m_now);
        QVERIFY(act(c, CaseActionKind::AssignToMe).ok());
        QVERIFY(act(c, CaseActionKind::Escalate, QVariant::fromValue(request("complaints"))).ok());
        CaseSnapshot s = snapshot(c);
        QCOMPARE(s.kase.status, CaseStatus::Escalated);
        QVERIFY(s.kase.assignee.isEmpty()); // out of the agent's queue
        QVERIFY(s.kase.departmentId > 0);
        QCOMPARE(s.escalations.size(), 1);
        QCOMPARE(s.escalations.first().department.key, QStringLiteral("complaints"));
        QCOMPARE(s.escalations.first().escalatedBy, QStringLiteral("giulia"));
        QCOMPARE(s.escalations.first().urgency, QStringLiteral("high"));
        // Reclami answer within 960 service minutes: Monday 10:00 + 10 h of Mon 10-20 is
        // Monday 20:00 exactly... so 600 min on Monday, 360 more from Tuesday 08:00 = 14:00.
        QCOMPARE(s.escalations.first().dueAt.toUTC(), rome(24, 14).toUTC());
        QCOMPARE(s.history.constLast().kind, QStringLiteral("escalated"));

        // A second escalation of the same case is refused.
        QVERIFY(!act(c, CaseActionKind::Escalate, QVariant::fromValue(request("legal"))).ok());
        // So is resolving it while the department has it.
        QVERIFY(!act(c, CaseActionKind::Resolve).ok());

        m_now = rome(23, 15);
        QVERIFY(act(c, CaseActionKind::AnswerEscalation,
                    QStringLiteral("Rimborso approvato in via eccezionale"),
                    QStringLiteral("reclami.rossi"))
                    .ok());
        s = snapshot(c);
        QCOMPARE(s.kase.status, CaseStatus::Open);
        QCOMPARE(s.kase.assignee, QStringLiteral("giulia")); // back to the agent
        QCOMPARE(s.kase.departmentId, 0);
        QCOMPARE(s.escalations.first().state, EscalationState::Answered);
        QCOMPARE(s.escalations.first().answeredBy, QStringLiteral("reclami.rossi"));
        // The customer is owed an answer again: X, 15 service minutes from now.
        QCOMPARE(s.kase.dueAt.toUTC(), rome(23, 15, 15).toUTC());
        QVERIFY(act(c, CaseActionKind::Resolve).ok());
    }

    void anEscalationMovesAndRisesKeepingWhoGetsItBack()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Mi avete venduto un prodotto sbagliato"), m_now);
        QVERIFY(act(c, CaseActionKind::AssignToMe).ok());
        QVERIFY(act(c, CaseActionKind::Escalate, QVariant::fromValue(request("commercial"))).ok());
        EscalationRequest move;
        move.departmentKey = QStringLiteral("compliance");
        move.reason = QStringLiteral("Possibile misselling");
        move.urgency.clear(); // keep the urgency it had
        QVERIFY(act(c, CaseActionKind::MoveEscalation, QVariant::fromValue(move)).ok());
        QVERIFY(!act(c, CaseActionKind::MoveEscalation, QVariant::fromValue(move)).ok());
        QVERIFY(act(c, CaseActionKind::RaiseEscalation, QStringLiteral("Nessuna risposta")).ok());
        QVERIFY(!act(c, CaseActionKind::RaiseEscalation, QStringLiteral("ancora")).ok());
        CaseSnapshot s = snapshot(c);
        QCOMPARE(s.escalations.size(), 3);
        QCOMPARE(s.escalations.at(0).state, EscalationState::Moved);
        QCOMPARE(s.escalations.at(1).state, EscalationState::Raised);
        QCOMPARE(s.escalations.at(2).state, EscalationState::Open);
        QCOMPARE(s.escalations.at(2).department.key, QStringLiteral("compliance"));
        QCOMPARE(s.escalations.at(2).level, 2);
        QCOMPARE(s.escalations.at(2).urgency, QStringLiteral("high"));
        QCOMPARE(s.escalations.at(2).returnedTo, QStringLiteral("giulia"));
        QVERIFY(!act(c, CaseActionKind::WithdrawEscalation, QString()).ok());
        QVERIFY(act(c, CaseActionKind::WithdrawEscalation, QStringLiteral("Risolto da noi")).ok());
        s = snapshot(c);
        QCOMPARE(s.kase.status, CaseStatus::Open);
        QCOMPARE(s.kase.assignee, QStringLiteral("giulia"));
        QCOMPARE(s.escalations.at(2).state, EscalationState::Withdrawn);
    }

    void badEscalationsAreRefusedWithTheReason()
    {
        const qint64 c =
            ingestOne(QStringLiteral("1"), QStringLiteral("anna"), QStringLiteral("Aiuto"), m_now);
        EscalationRequest r = request("nowhere");
        Status s = act(c, CaseActionKind::Escalate, QVariant::fromValue(r));
        QVERIFY(s.error().contains(QStringLiteral("nowhere")));
        r = request("legal", 3);
        QVERIFY(!act(c, CaseActionKind::Escalate, QVariant::fromValue(r)).ok());
        r = request("legal");
        r.reason.clear();
        QVERIFY(!act(c, CaseActionKind::Escalate, QVariant::fromValue(r)).ok());
        r = request("legal");
        r.urgency = QStringLiteral("yesterday");
        QVERIFY(!act(c, CaseActionKind::Escalate, QVariant::fromValue(r)).ok());
        QCOMPARE(snapshot(c).kase.status, CaseStatus::New);
        QVERIFY(!act(c, CaseActionKind::AnswerEscalation, QStringLiteral("x")).ok());
    }

    void departmentsAreEditedAndRetiredNotDeleted()
    {
        auto departments = m_store->departments().value();
        QCOMPARE(departments.size(), 9);
        DepartmentRecord d = departments.first();
        d.contact = QStringLiteral("nuovo@banca.example");
        d.answerMinutes = 120;
        d.retired = true;
        QVERIFY(m_store->saveDepartment(d, QStringLiteral("admin")).ok());
        DepartmentRecord bad = d;
        bad.contact = QStringLiteral("not an address");
        QVERIFY(!m_store->saveDepartment(bad, QStringLiteral("admin")).ok());
        const qint64 c =
            ingestOne(QStringLiteral("1"), QStringLiteral("anna"), QStringLiteral("Aiuto"), m_now);
        QVERIFY(!act(c, CaseActionKind::Escalate, QVariant::fromValue(request(d.key))).ok());
        DepartmentRecord fresh;
        fresh.key = QStringLiteral("privacy");
        fresh.name = QStringLiteral("Privacy (DPO)");
        fresh.contact = QStringLiteral("dpo@banca.example");
        fresh.answerMinutes = 480;
        QVERIFY(m_store->saveDepartment(fresh, QStringLiteral("admin")).ok());
        QVERIFY(act(c, CaseActionKind::Escalate, QVariant::fromValue(request("privacy"))).ok());
    }

    void aNewCaseIsDueInServiceTimeNotWallTime()
    {
        // Friday 27 November 19:55: 5 service minutes left on Friday, 10 on Saturday from 9:00.
        m_now = rome(27, 19, 55);
        const qint64 x = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Carta bloccata"), rome(27, 19, 55));
        QCOMPARE(snapshot(x).kase.dueAt.toUTC(), rome(28, 9, 10).toUTC());
        QCOMPARE(snapshot(x).kase.firstResponseDueAt.toUTC(), rome(28, 9, 10).toUTC());
        // Facebook: 30 minutes. Saturday 12:50 -> 10 on Saturday, 20 on Monday 30 Nov.
        const qint64 f =
            ingestOne(QStringLiteral("2"), QStringLiteral("bruno"),
                      QStringLiteral("Bonifico sparito"), rome(28, 12, 50), Network::Facebook);
        QCOMPARE(snapshot(f).kase.dueAt.toUTC(), rome(30, 8, 20).toUTC());
    }

    void aFollowUpBeforeTheAnswerKeepsTheDueTimeAndAnAnswerClearsIt()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Non riesco ad accedere"), rome(23, 10));
        InboundItem again = item(QStringLiteral("2"), QStringLiteral("anna"),
                                 QStringLiteral("C'è qualcuno?"), rome(23, 10, 5));
        again.replyTo = QStringLiteral("1");
        again.conversationId = QStringLiteral("1");
        QVERIFY(m_store->ingest({again}).ok());
        QCOMPARE(snapshot(c).kase.dueAt.toUTC(), rome(23, 10, 15).toUTC());
        // The due queue, which reads the due-time index, still finds it at that time.
        auto due = m_store->casesDueBetween(rome(23, 10, 14), rome(23, 10, 16), QString());
        QVERIFY(due.ok());
        QCOMPARE(due.value().size(), 1);
        QCOMPARE(due.value().first().caseId, c);

        InboundItem answer =
            item(QStringLiteral("3"), QStringLiteral("BancaEsempio"),
                 QStringLiteral("Ciao Anna, ti scriviamo in privato."), rome(23, 10, 8));
        answer.direction = Direction::Outbound;
        answer.replyTo = QStringLiteral("2");
        answer.conversationId = QStringLiteral("1");
        QVERIFY(m_store->ingest({answer}).ok());
        QVERIFY(!snapshot(c).kase.dueAt.isValid());
        due = m_store->casesDueBetween(rome(23, 9), rome(24, 9), QString());
        QVERIFY(due.ok());
        QVERIFY(due.value().isEmpty());
    }

    void waitingForTheCustomerPausesTheClock()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Non riesco ad accedere"), rome(23, 10));
        QCOMPARE(snapshot(c).kase.dueAt.toUTC(), rome(23, 10, 15).toUTC());
        m_now = rome(23, 10, 5); // 10 minutes left
        QVERIFY(act(c, CaseActionKind::WaitForCustomer).ok());
        QCOMPARE(snapshot(c).kase.status, CaseStatus::Waiting);
        // The customer answers two hours later: the 10 minutes left run from then.
        InboundItem again = item(QStringLiteral("2"), QStringLiteral("anna"),
                                 QStringLiteral("Ecco il codice"), rome(23, 12, 5));
        again.replyTo = QStringLiteral("1");
        again.conversationId = QStringLiteral("1");
        QVERIFY(m_store->ingest({again}).ok());
        const CaseRecord k = snapshot(c).kase;
        QCOMPARE(k.status, CaseStatus::Open);
        QCOMPARE(k.dueAt.toUTC(), rome(23, 12, 15).toUTC());
        QVERIFY(!k.waitingSince.isValid());
    }

    void serviceLevelsSavedByAnAdministratorApplyAtOnce()
    {
        ServiceLevels levels = m_store->serviceLevels();
        QVERIFY(levels.setTargetMinutes(Network::X, Visibility::Public, 60).ok());
        QVERIFY(m_store
                    ->changeSetting(SqliteCaseStore::kServiceLevelsKey,
                                    QString::fromUtf8(levels.toJsonText()), QStringLiteral("admin"))
                    .ok());
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Ciao"), rome(23, 10));
        QCOMPARE(snapshot(c).kase.dueAt.toUTC(), rome(23, 11).toUTC());
    }

    void theSatisfactionAnswerIsRecordedAndTheCaseStaysResolved()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Grazie mille"), rome(23, 10), Network::Telegram);
        QVERIFY(!act(c, CaseActionKind::AskSatisfaction).ok()); // not resolved yet
        QVERIFY(act(c, CaseActionKind::Resolve).ok());
        QVERIFY(act(c, CaseActionKind::AskSatisfaction).ok());
        InboundItem answer = item(QStringLiteral("2"), QStringLiteral("anna"),
                                  QStringLiteral("5/5"), rome(23, 11), Network::Telegram);
        answer.visibility = Visibility::Private;
        answer.conversationId = QStringLiteral("1");
        answer.replyTo = QStringLiteral("1");
        QVERIFY(m_store->ingest({answer}).ok());
        CaseSnapshot s = snapshot(c);
        QCOMPARE(s.kase.satisfaction, 5);
        QCOMPARE(s.kase.status, CaseStatus::Resolved);
        // Anything else the customer writes is a message: the case reopens.
        InboundItem more = item(QStringLiteral("3"), QStringLiteral("anna"),
                                QStringLiteral("Però la carta è ancora bloccata"), rome(23, 12),
                                Network::Telegram);
        more.conversationId = QStringLiteral("1");
        more.replyTo = QStringLiteral("2");
        QVERIFY(m_store->ingest({more}).ok());
        s = snapshot(c);
        QCOMPARE(s.kase.status, CaseStatus::Open);
        QCOMPARE(s.kase.satisfaction, 5);
    }

    void satisfactionScoresAreReadTheWaysPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("score");
        QTest::newRow("digit") << "4" << 4;
        QTest::newRow("of five") << "5/5" << 5;
        QTest::newRow("su") << "Voto 3 su 5" << 3;
        QTest::newRow("stars word") << "4 stelle, grazie!" << 4;
        QTest::newRow("emoji") << "⭐⭐⭐⭐⭐" << 5;
        QTest::newRow("black stars") << "★★" << 2;
        QTest::newRow("english") << "I give 4 out of 5" << 4;
        QTest::newRow("sentence") << "ho 2 carte bloccate" << 0;
        QTest::newRow("out of range") << "7" << 0;
        QTest::newRow("two numbers") << "3 4" << 0;
        QTest::newRow("empty") << "" << 0;
    }
    void satisfactionScoresAreReadTheWaysPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(int, score);
        QCOMPARE(satisfactionScoreIn(text).value_or(0), score);
    }

    void incidentsLinkCasesAndCloseOnce()
    {
        const qint64 a = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("App giù"), m_now);
        IncidentRecord incident;
        incident.title = QStringLiteral("Accesso all'app non disponibile");
        incident.topic = QStringLiteral("login_failure");
        incident.openedBy = QStringLiteral("supervisore");
        incident.alertCount = 32;
        auto id = m_store->openIncident(incident);
        QVERIFY(id.ok());
        QVERIFY(act(a, CaseActionKind::LinkIncident, id.value()).ok());
        QCOMPARE(m_store->incidentCases(id.value()).value(), QList<qint64>{a});
        QCOMPARE(snapshot(a).incident->title, incident.title);
        QCOMPARE(m_store->incidents(true).value().first().linkedCases, 1);
        QVERIFY(m_store->closeIncident(id.value(), QStringLiteral("supervisore")).ok());
        QVERIFY(!m_store->closeIncident(id.value(), QStringLiteral("supervisore")).ok());
        QVERIFY(m_store->incidents(true).value().isEmpty());
    }

    void everyStepIsAuditedAndTheChainHolds()
    {
        const qint64 c = ingestOne(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Voglio il rimborso"), m_now);
        QVERIFY(act(c, CaseActionKind::Escalate, QVariant::fromValue(request("legal"))).ok());
        QVERIFY(act(c, CaseActionKind::AnswerEscalation, QStringLiteral("Ok")).ok());
        QStringList actions;
        AuditVerifier v(testAuditKey());
        m_store->forEachAuditRecord({}, {}, [&](const AuditRecord &r) {
            actions << r.action;
            QVERIFY(!r.detail.contains(QStringLiteral("rimborso")));
            v.feed(r);
        });
        v.finish();
        QVERIFY(v.ok());
        QCOMPARE(actions, (QStringList{QStringLiteral("case_escalated"),
                                       QStringLiteral("escalation_answered")}));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "test_escalation.moc"
