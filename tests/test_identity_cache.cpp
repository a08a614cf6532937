#include "IdentityCache.h"

#include <QtTest>

using namespace sportello;

// IdentityCache stays within two generations of its capacity however many people write, and
// keeps the identities still in use when it drops the rest.
class TestIdentityCache : public QObject
{
    Q_OBJECT

    static IdentityCache::Entry entry(qint64 id)
    {
        return {id, id * 10, QStringLiteral("@p%1").arg(id), QStringLiteral("P %1").arg(id)};
    }

private slots:
    void findsWhatWasPutPerNetwork()
    {
        IdentityCache cache(8);
        cache.put(Network::X, QStringLiteral("42"), entry(1));
        auto found = cache.find(Network::X, QStringLiteral("42"));
        QVERIFY(found);
        QCOMPARE(found->identityId, 1);
        QCOMPARE(found->customerId, 10);
        QCOMPARE(found->handle, QStringLiteral("@p1"));
        // The same number on another network is another person.
        QVERIFY(!cache.find(Network::Facebook, QStringLiteral("42")));
        cache.clear();
        QVERIFY(!cache.find(Network::X, QStringLiteral("42")));
    }

    void memoryStaysBoundedAndWhatIsInUseSurvives()
    {
        const qsizetype capacity = 100;
        IdentityCache cache(capacity);
        cache.put(Network::X, QStringLiteral("regular"), entry(0));
        for (qint64 i = 1; i <= 10'000; ++i) {
            cache.put(Network::X, QString::number(i), entry(i));
            if (i % 50 == 0) // a customer who keeps writing
                QVERIFY2(cache.find(Network::X, QStringLiteral("regular")),
                         qPrintable(QString::number(i)));
            QVERIFY(cache.size() <= 2 * capacity);
        }
        QVERIFY(cache.find(Network::X, QStringLiteral("regular")));
        QVERIFY(cache.find(Network::X, QStringLiteral("10000")));
        QVERIFY(!cache.find(Network::X, QStringLiteral("1"))); // long gone
    }

    void aRenamedEntryReplacesTheOldOne()
    {
        IdentityCache cache(2);
        cache.put(Network::X, QStringLiteral("7"), entry(7));
        cache.put(Network::X, QStringLiteral("8"), entry(8));
        cache.put(Network::X, QStringLiteral("9"), entry(9)); // 7 and 8 now the older generation
        IdentityCache::Entry renamed = entry(7);
        renamed.handle = QStringLiteral("@nuovo");
        cache.put(Network::X, QStringLiteral("7"), renamed);
        for (int i = 0; i < 3; ++i) { // whatever rotates, the old name never comes back
            QCOMPARE(cache.find(Network::X, QStringLiteral("7"))->handle, QStringLiteral("@nuovo"));
            cache.put(Network::X, QStringLiteral("x%1").arg(i), entry(100 + i));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityCache)
#include "test_identity_cache.moc"
