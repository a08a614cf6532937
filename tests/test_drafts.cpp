// Drafts: what the agent types is saved within a second of each keystroke, so even a process
// killed with SIGKILL loses at most the last second, and reopening the case restores it.
#include "DraftAutosaver.h"
#include "SqliteCaseStore.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace sportello;
using namespace sportello::testing;

namespace {

// The same text is in draft_typist.cpp.
const QString kText = QStringLiteral(
    "Gentile cliente, ci scusiamo per il disagio con la carta. Abbiamo verificato il blocco: "
    "dipende da un controllo di sicurezza sul pagamento di ieri sera. Per sbloccarla le basta "
    "confermare l'operazione dall'app, nella sezione Sicurezza. Se preferisce, ci scriva in "
    "privato il suo numero di pratica e la richiameremo entro oggi. Grazie per la pazienza, "
    "il team della Banca Esempio. ");

QString typedText(int n)
{
    QString out;
    while (out.size() + kText.size() <= n)
        out += kText;
    return out + kText.left(n - out.size());
}

struct Save
{
    qint64 atMs = 0; // since the test's clock started
    DraftRecord draft;
};

// A saver whose saves are recorded with the time they happened.
struct RecordingSaver
{
    QElapsedTimer clock;
    QList<Save> saves;
    std::unique_ptr<DraftAutosaver> saver;

    RecordingSaver()
    {
        clock.start();
        saver = std::make_unique<DraftAutosaver>([this](const DraftRecord &d) {
            saves.append(Save{clock.elapsed(), d});
        });
    }
};

// Opens a store on `path` with one case in it; returns the case id (0 on failure).
qint64 storeWithOneCase(const QString &path)
{
    auto store = openKeyedStore(path);
    if (!store)
        return 0;
    auto report = store.value()->ingest({item(QStringLiteral("9001"), QStringLiteral("anna"),
                                              QStringLiteral("La mia carta è bloccata"), at(0))});
    if (!report || report.value().touchedCases.isEmpty())
        return 0;
    return report.value().touchedCases.first();
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void savesAQuietMomentAfterTheLastKeystroke()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Public);
        const qint64 typedAt = r.clock.elapsed();
        r.saver->textChanged(QStringLiteral("Buongiorno"));
        QVERIFY(r.saver->hasPending());
        QTest::qWait(150);
        QVERIFY2(r.saves.isEmpty(), "saved before the typing paused");
        QTRY_COMPARE_WITH_TIMEOUT(r.saves.size(), 1, 2000);
        const qint64 after = r.saves.first().atMs - typedAt;
        qInfo("saved %lld ms after the last keystroke", after);
        QVERIFY2(after >= DraftAutosaver::kQuietMs - 20, qPrintable(QString::number(after)));
        QVERIFY2(after < 900, qPrintable(QString::number(after)));
        QCOMPARE(r.saves.first().draft.caseId, 7);
        QCOMPARE(r.saves.first().draft.author, QStringLiteral("giulia"));
        QCOMPARE(r.saves.first().draft.text, QStringLiteral("Buongiorno"));
        QVERIFY(!r.saver->hasPending());
        QTest::qWait(400);
        QCOMPARE(r.saves.size(), 1); // nothing new typed, nothing saved again
    }

    void continuousTypingIsSavedAtLeastEveryNineHundredMs()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Public);
        QList<qint64> keystrokes; // time of keystroke n+1
        while (r.clock.elapsed() < 3000) {
            keystrokes.append(r.clock.elapsed());
            r.saver->textChanged(typedText(int(keystrokes.size())));
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!r.saver->hasPending(), 2000);
        QCOMPARE(r.saves.last().draft.text, typedText(int(keystrokes.size())));
        QVERIFY2(r.saves.size() >= 3, qPrintable(QString::number(r.saves.size())));
        // Every keystroke is in a save that came at most ~900 ms after it.
        qint64 worst = 0;
        for (qsizetype k = 0; k < keystrokes.size(); ++k) {
            const auto saved = std::find_if(r.saves.cbegin(), r.saves.cend(),
                                            [&](const Save &s) { return s.draft.text.size() > k; });
            QVERIFY(saved != r.saves.cend());
            worst = std::max(worst, saved->atMs - keystrokes.at(k));
        }
        qInfo("%lld keystrokes, %lld saves, longest a keystroke waited for its save: %lld ms",
              qint64(keystrokes.size()), qint64(r.saves.size()), worst);
        QVERIFY2(worst <= DraftAutosaver::kMaxDelayMs + 100, qPrintable(QString::number(worst)));
        for (const Save &s : std::as_const(r.saves))
            QCOMPARE(s.draft.text, typedText(int(s.draft.text.size())));
    }

    void switchingCaseSavesThePendingDraftAtOnce()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Private);
        r.saver->textChanged(QStringLiteral("Per la pratica 7"));
        r.saver->setCase(8, QStringLiteral("giulia"), Visibility::Public);
        QCOMPARE(r.saves.size(), 1);
        QCOMPARE(r.saves.first().draft.caseId, 7);
        QCOMPARE(r.saves.first().draft.visibility, Visibility::Private);
        QCOMPARE(r.saves.first().draft.text, QStringLiteral("Per la pratica 7"));
        QVERIFY(!r.saver->hasPending());
        r.saver->textChanged(QStringLiteral("Per la pratica 8"));
        QTRY_COMPARE_WITH_TIMEOUT(r.saves.size(), 2, 2000);
        QCOMPARE(r.saves.last().draft.caseId, 8);
        QCOMPARE(r.saves.last().draft.visibility, Visibility::Public);
        QCOMPARE(r.saves.last().draft.text, QStringLiteral("Per la pratica 8"));
    }

    void switchingCaseWithNothingTypedSavesNothing()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Public);
        r.saver->setCase(8, QStringLiteral("giulia"), Visibility::Public);
        QTest::qWait(400);
        QVERIFY(r.saves.isEmpty());
    }

    void nothingIsSavedWithoutACase()
    {
        RecordingSaver r;
        r.saver->textChanged(QStringLiteral("scritto prima di aprire un caso"));
        QVERIFY(!r.saver->hasPending());
        r.saver->flush();
        QTest::qWait(DraftAutosaver::kQuietMs + 200);
        QVERIFY(r.saves.isEmpty());
    }

    void changingVisibilitySavesTheDraftAgain()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Public);
        r.saver->textChanged(QStringLiteral("Le scriviamo in privato"));
        r.saver->flush();
        QCOMPARE(r.saves.size(), 1);
        r.saver->setVisibility(Visibility::Private);
        r.saver->flush();
        QCOMPARE(r.saves.size(), 2);
        QCOMPARE(r.saves.last().draft.visibility, Visibility::Private);
        QCOMPARE(r.saves.last().draft.text, QStringLiteral("Le scriviamo in privato"));
    }

    void destroyingTheSaverSavesWhatIsPending()
    {
        RecordingSaver r;
        r.saver->setCase(7, QStringLiteral("giulia"), Visibility::Public);
        r.saver->textChanged(QStringLiteral("chiusura improvvisa"));
        r.saver.reset();
        QCOMPARE(r.saves.size(), 1);
        QCOMPARE(r.saves.first().draft.text, QStringLiteral("chiusura improvvisa"));
    }

    void savedDraftIsRestoredAfterReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.db"));
        const qint64 caseId = storeWithOneCase(path);
        QVERIFY(caseId > 0);
        {
            auto store = openKeyedStore(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QVERIFY(store.value()->saveDraft({caseId,
                                              QStringLiteral("giulia"),
                                              Visibility::Public,
                                              QStringLiteral("prima versione"),
                                              {}}));
            // One draft per case: the second save replaces the first.
            QVERIFY(store.value()->saveDraft({caseId,
                                              QStringLiteral("marco"),
                                              Visibility::Private,
                                              QStringLiteral("Gentile Anna, la carta è sbloccata."),
                                              {}}));
        }
        auto reopened = openKeyedStore(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        auto draft = reopened.value()->draft(caseId);
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        QVERIFY(draft.value().has_value());
        QCOMPARE(draft.value()->caseId, caseId);
        QCOMPARE(draft.value()->author, QStringLiteral("marco"));
        QCOMPARE(draft.value()->visibility, Visibility::Private);
        QCOMPARE(draft.value()->text, QStringLiteral("Gentile Anna, la carta è sbloccata."));
        QVERIFY(draft.value()->updatedAt.isValid());
        QVERIFY(qAbs(draft.value()->updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        auto none = reopened.value()->draft(caseId + 1000);
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
    }

    void autosaverWritesThroughToTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autosave.db"));
        const qint64 caseId = storeWithOneCase(path);
        QVERIFY(caseId > 0);
        {
            auto store = openKeyedStore(path);
            QVERIFY(store.ok());
            SqliteCaseStore &s = *store.value();
            DraftAutosaver saver([&s](const DraftRecord &d) { QVERIFY(s.saveDraft(d)); });
            saver.setCase(caseId, QStringLiteral("giulia"), Visibility::Public);
            saver.textChanged(QStringLiteral("Salve, abbiamo"));
            QTRY_VERIFY_WITH_TIMEOUT(!saver.hasPending(), 2000);
        }
        auto reopened = openKeyedStore(path);
        QVERIFY(reopened.ok());
        auto draft = reopened.value()->draft(caseId);
        QVERIFY(draft.ok() && draft.value().has_value());
        QCOMPARE(draft.value()->text, QStringLiteral("Salve, abbiamo"));
    }

    void queueingTheReplyDropsTheDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queued.db"));
        const qint64 caseId = storeWithOneCase(path);
        QVERIFY(caseId > 0);
        auto store = openKeyedStore(path);
        QVERIFY(store.ok());
        SqliteCaseStore &s = *store.value();
        QVERIFY(s.saveDraft({caseId,
                             QStringLiteral("giulia"),
                             Visibility::Public,
                             QStringLiteral("Gentile Anna, ecco come fare."),
                             {}}));
        OutboxEntry e;
        e.idempotencyKey = QStringLiteral("draft-test-1");
        e.caseId = caseId;
        e.text = QStringLiteral("Gentile Anna, ecco come fare.");
        e.author = QStringLiteral("giulia");
        e.replyTo = QStringLiteral("9001");
        auto id = s.enqueueReply(e);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto draft = s.draft(caseId);
        QVERIFY(draft.ok());
        QVERIFY(!draft.value().has_value());

        // Discarding a draft by hand works too, and is harmless when there is none.
        QVERIFY(s.saveDraft({caseId,
                             QStringLiteral("giulia"),
                             Visibility::Public,
                             QStringLiteral("ripensamento"),
                             {}}));
        QVERIFY(s.discardDraft(caseId));
        QVERIFY(!s.draft(caseId).value().has_value());
        QVERIFY(s.discardDraft(caseId));
    }

    void killedWhileTypingLosesAtMostTheLastSecond()
    {
#ifndef DRAFT_TYPIST
        QSKIP("draft_typist was not built");
#else
        constexpr int kRounds = 5;
        qint64 worstLostMs = 0;
        for (int round = 0; round < kRounds; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("typist.db"));
            const qint64 caseId = storeWithOneCase(path);
            QVERIFY(caseId > 0);

            QProcess typist;
            typist.setProcessChannelMode(QProcess::SeparateChannels);
            typist.start(QStringLiteral(DRAFT_TYPIST), {path, QString::number(caseId)});
            QVERIFY2(typist.waitForStarted(5000), qPrintable(typist.errorString()));
            const int typeFor = QRandomGenerator::global()->bounded(1500, 4001);
            QTest::qWait(typeFor);
            QCOMPARE(typist.state(), QProcess::Running);
            const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
            QCOMPARE(::kill(pid_t(typist.processId()), SIGKILL), 0);
            QVERIFY(typist.waitForFinished(5000));
            QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
            const QByteArray err = typist.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());

            // When was each character typed?
            QList<qint64> typedAt{0}; // typedAt[n]: when the n-th character was typed
            const QList<QByteArray> lines = typist.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() != 3 || f.at(0) != "typed")
                    continue;
                QCOMPARE(f.at(1).toInt(), typedAt.size());
                typedAt.append(f.at(2).toLongLong());
            }
            const int typed = int(typedAt.size()) - 1;
            QVERIFY2(typed > 10, qPrintable(QString::number(typed)));
            // Everything typed up to a second before the kill must be there.
            int mustHave = 0;
            while (mustHave < typed && typedAt.at(mustHave + 1) <= killedAt - 1000)
                ++mustHave;

            auto store = openKeyedStore(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            auto draft = store.value()->draft(caseId);
            QVERIFY2(draft.ok(), qPrintable(draft.error()));
            QVERIFY2(draft.value().has_value(),
                     "no draft at all after more than a second of typing");
            const QString saved = draft.value()->text;
            const int have = int(saved.size());
            // The typist may have saved a keystroke it had no time to print.
            const qint64 lostMs = have >= typed ? 0 : killedAt - typedAt.at(have + 1);
            worstLostMs = std::max(worstLostMs, lostMs);
            qInfo("round %d: typed %d characters in %d ms, %d saved, the oldest lost keystroke "
                  "was %lld ms old at the kill",
                  round + 1, typed, typeFor, have, lostMs);
            QCOMPARE(saved, typedText(have));
            QVERIFY2(have >= mustHave,
                     qPrintable(QStringLiteral("saved %1 of the %2 typed a second "
                                               "before the kill")
                                    .arg(have)
                                    .arg(mustHave)));
            QVERIFY(have <= typed + 1);
            QCOMPARE(draft.value()->author, QStringLiteral("typist"));
        }
        qInfo("%d kills: at most %lld ms of typing lost", kRounds, worstLostMs);
#endif
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
