#include "TestItems.h"
#include "TestStores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// A customer's erasure leaves no trace of their words, handle or name anywhere in the
// database file, keeps the cases' figures and leaves the audit chain verifiable.
class TestErasure : public QObject
{
    Q_OBJECT

    static QByteArray fileBytes(const QString &path)
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private slots:
    void erasingACustomerLeavesNoTraceInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("erase.db"));
        auto opened = openKeyedStore(path);
        QVERIFY(opened.ok());
        auto &store = *opened.value();

        // Enough other traffic that the index and pages are shared with other customers.
        QList<InboundItem> batch;
        for (int i = 0; i < 300; ++i)
            batch << item(QStringLiteral("o%1").arg(i), QStringLiteral("other%1").arg(i % 40),
                          QStringLiteral("Buongiorno, la carta numero %1 non funziona").arg(i),
                          at(0, i));
        InboundItem mine = item(QStringLiteral("m1"), QStringLiteral("zeferinaquagliarulo"),
                                QStringLiteral("Sono Zeferina, il mio IBAN finisce con "
                                               "QUAGLIATRAVERSO e vivo in via Pulcinella 7"),
                                at(5));
        mine.author.name = QStringLiteral("Zeferina Quagliarulo");
        mine.author.handle = QStringLiteral("@zefequaglia");
        batch << mine;
        auto report = store.ingest(batch);
        QVERIFY(report.ok());
        qint64 caseId = 0;
        for (qint64 id : report.value().touchedCases) {
            auto s = store.loadCase(id).value();
            if (s.customer.displayName == QStringLiteral("Zeferina Quagliarulo"))
                caseId = id;
        }
        QVERIFY(caseId);
        const qint64 customerId = store.loadCase(caseId).value().kase.customerId;
        QVERIFY(
            store.perform({caseId, CaseActionKind::AssignToMe, QStringLiteral("giulia"), {}}).ok());
        QVERIFY(store
                    .perform({caseId, CaseActionKind::AddNote, QStringLiteral("giulia"),
                              QStringLiteral("Zeferina richiama domani, PULCINELLANOTA")})
                    .ok());
        QCOMPARE(store.searchMessages(QStringLiteral("Pulcinella"), 5).value().size(), 1);
        const QDateTime opened_at = store.loadCase(caseId).value().kase.openedAt;

        QVERIFY(!store.eraseCustomer(customerId + 1000, QStringLiteral("dpo")).ok());
        const Status erased = store.eraseCustomer(customerId, QStringLiteral("dpo"));
        QVERIFY2(erased.ok(), qPrintable(erased.error()));

        const QByteArray bytes = fileBytes(path);
        for (const char *trace :
             {"Zeferina", "zeferina", "Quagliarulo", "zefequaglia", "QUAGLIATRAVERSO", "Pulcinella",
              "pulcinella", "PULCINELLANOTA", "quagliatraverso"})
            QVERIFY2(!bytes.contains(trace), trace);

        // The figures stay; the words go; others are untouched.
        const CaseSnapshot after = store.loadCase(caseId).value();
        QCOMPARE(after.kase.openedAt, opened_at);
        QCOMPARE(after.kase.assignee, QStringLiteral("giulia"));
        QVERIFY(after.customer.displayName.isEmpty());
        QVERIFY(store.searchMessages(QStringLiteral("Pulcinella"), 5).value().isEmpty());
        QCOMPARE(store.searchMessages(QStringLiteral("carta"), 500).value().size(), 300);
        QCOMPARE(store.stats().value().messages, 301);

        AuditVerifier v(testAuditKey());
        QStringList actions;
        store.forEachAuditRecord({}, {}, [&](const AuditRecord &r) {
            actions << r.action;
            v.feed(r);
        });
        v.finish();
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(actions.constLast(), QStringLiteral("customer_erased"));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "test_erasure.moc"
