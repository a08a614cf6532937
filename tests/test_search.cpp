#include "SqliteCaseStore.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// Full-text search over message text, and the timeline's search field, which also finds a
// customer by name or handle and a case by its number.
class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCaseStore> m_store;

    QStringList idsFor(const QString &query)
    {
        QStringList ids;
        for (const MessageRecord &m : m_store->searchMessages(query, 50).value())
            ids << m.networkId;
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto store = openKeyedStore(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.takeValue();
        InboundItem giulia =
            item(QStringLiteral("m1"), QStringLiteral("giulia"),
                 QStringLiteral("Perché così tante commissioni sul bonifico?"), at(0));
        giulia.author.name = QStringLiteral("Giulia Bianchi");
        giulia.author.handle = QStringLiteral("@giuli4_b");
        QVERIFY(m_store
                    ->ingest({
                        giulia,
                        item(QStringLiteral("m2"), QStringLiteral("piero"),
                             QStringLiteral(
                                 "PERCHE non funziona l'app?? Università chiusa e io senza soldi"),
                             at(1)),
                        item(QStringLiteral("m3"), QStringLiteral("nina"),
                             QStringLiteral("La carta è stata bloccata all'estero"), at(2)),
                        item(QStringLiteral("m4"), QStringLiteral("ottavio"),
                             QStringLiteral("Ho bloccato la carta per errore"), at(3)),
                        item(QStringLiteral("m5"), QStringLiteral("rita"),
                             QStringLiteral("Caffè offerto in filiale, che città gentile"), at(4)),
                    })
                    .ok());
    }

    void accentsAndCaseDoNotMatter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no accents")
            << QStringLiteral("perche cosi") << QStringList{QStringLiteral("m1")};
        QTest::newRow("accents typed")
            << QStringLiteral("perché") << QStringList{QStringLiteral("m1"), QStringLiteral("m2")};
        QTest::newRow("upper case") << QStringLiteral("CITTA") << QStringList{QStringLiteral("m5")};
        QTest::newRow("accent on query only")
            << QStringLiteral("universitá") << QStringList{QStringLiteral("m2")};
        QTest::newRow("last word is a prefix")
            << QStringLiteral("blocca") << QStringList{QStringLiteral("m3"), QStringLiteral("m4")};
        QTest::newRow("all words must match")
            << QStringLiteral("carta estero") << QStringList{QStringLiteral("m3")};
        QTest::newRow("no match") << QStringLiteral("mutuo") << QStringList{};
    }
    void accentsAndCaseDoNotMatter()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(idsFor(query), expected);
    }

    void whatAPersonTypesNeverBreaksTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quotes") << QStringLiteral("\"carta");
        QTest::newRow("fts operators") << QStringLiteral("carta OR NEAR(x) AND NOT *");
        QTest::newRow("column filter") << QStringLiteral("text:carta");
        QTest::newRow("punctuation only") << QStringLiteral("!!! ???");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --");
    }
    void whatAPersonTypesNeverBreaksTheQuery()
    {
        QFETCH(QString, query);
        auto found = m_store->searchMessages(query, 10);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(m_store->stats().value().messages, 5);
    }

    void limitIsRespectedNewestFirst()
    {
        const auto found = m_store->searchMessages(QStringLiteral("carta"), 1).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().networkId, QStringLiteral("m4"));
    }

    void timelineSearchFindsACustomerByNameOrHandle()
    {
        TimelineFilter f;
        f.search = QStringLiteral("Bianchi");
        QCOMPARE(m_store->timelineCount(f).value(), 1);
        f.search = QStringLiteral("giuli4");
        QCOMPARE(m_store->timelineCount(f).value(), 1);
        f.search = QStringLiteral("100%_");
        QCOMPARE(m_store->timelineCount(f).value(), 0); // LIKE wildcards are taken literally
    }

    void timelineSearchFindsACaseByItsNumber()
    {
        const auto rows = m_store->timelinePage({}, std::nullopt, 10).value();
        const qint64 caseId = rows.last().caseId;
        TimelineFilter f;
        f.search = QStringLiteral("#%1").arg(caseId);
        const auto found = m_store->timelinePage(f, std::nullopt, 10).value();
        QVERIFY(!found.isEmpty());
        for (const TimelineRow &r : found)
            QCOMPARE(r.caseId, caseId);
    }

    void timelineSearchUsesFullText()
    {
        TimelineFilter f;
        f.search = QStringLiteral("perche");
        QCOMPARE(m_store->timelineCount(f).value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
