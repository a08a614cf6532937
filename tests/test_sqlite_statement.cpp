#include "SqliteConnection.h"
#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sportello;

// SqliteStatement is what ingest writes through: it must store exactly what the QSqlQuery code
// it replaced stored, and report failures instead of losing them.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<SqliteConnection> m_connection;

    sqlite3 *handle() const { return m_connection->handle(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = SqliteConnection::open(m_dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_connection = opened.takeValue();
        QSqlQuery q(m_connection->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b TEXT NOT NULL)")));
    }

    void cleanup()
    {
        m_connection.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
    }

    void aNullStringIsStoredAsEmptyText()
    {
        SqliteStatement insert(handle(), "INSERT INTO t (a, b) VALUES (?, ?)");
        SqliteStatement::Run run(insert);
        run.bind(0, QString());
        run.bind(1, QStringLiteral("perché"));
        QVERIFY2(run.exec(), qPrintable(run.error()));

        SqliteStatement select(handle(), "SELECT a, b FROM t");
        SqliteStatement::Run read(select);
        QVERIFY(read.next());
        QVERIFY(!read.isNull(0));
        QCOMPARE(read.text(0), QString());
        QCOMPARE(read.text(1), QStringLiteral("perché"));
        QVERIFY(read.textEquals(1, QStringLiteral("perché")));
        QVERIFY(!read.textEquals(1, QStringLiteral("perche")));
    }

    void utf8BytesAreStoredAsTheirQStringConversionWouldBe_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("valid") << QByteArray("{\"text\":\"città ❤\"}");
        QTest::newRow("invalid") << QByteArray("{\"text\":\"\xff\xfe\xc3\"}");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{}");
        QTest::newRow("empty") << QByteArray();
    }

    void utf8BytesAreStoredAsTheirQStringConversionWouldBe()
    {
        QFETCH(QByteArray, bytes);
        SqliteStatement insert(handle(), "INSERT INTO t (a, b) VALUES (?, ?)");
        {
            SqliteStatement::Run run(insert);
            run.bindUtf8(0, bytes);
            run.bind(1, QString::fromUtf8(bytes));
            QVERIFY2(run.exec(), qPrintable(run.error()));
        }
        SqliteStatement same(handle(), "SELECT CAST(a AS BLOB) = CAST(b AS BLOB) FROM t");
        SqliteStatement::Run read(same);
        QVERIFY(read.next());
        QCOMPARE(read.int64(0), 1);
    }

    void aStatementThatDoesNotPrepareFailsWithTheReason()
    {
        SqliteStatement broken(handle(), "SELECT x FROM nowhere");
        SqliteStatement::Run run(broken);
        QVERIFY(!run.exec());
        QVERIFY(run.failed());
        QVERIFY2(run.error().contains(QStringLiteral("nowhere")), qPrintable(run.error()));
    }

    void aConstraintFailureIsReported()
    {
        SqliteStatement insert(handle(), "INSERT INTO t (a, b) VALUES (?, NULL)");
        SqliteStatement::Run run(insert);
        run.bind(0, QStringLiteral("x"));
        QVERIFY(!run.exec());
        QVERIFY2(run.error().contains(QStringLiteral("NOT NULL")), qPrintable(run.error()));
    }

    void eachRunStartsAgainFromTheFirstRow()
    {
        QSqlQuery q(m_connection->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('1', ''), ('2', '')")));
        SqliteStatement select(handle(), "SELECT a FROM t ORDER BY a");
        for (int i = 0; i < 2; ++i) {
            SqliteStatement::Run run(select); // left after one row: reset when it ends
            QVERIFY(run.next());
            QCOMPARE(run.text(0), QStringLiteral("1"));
        }
        // Nothing is left mid-step, so the write transaction around it ends cleanly.
        QSqlDatabase db = m_connection->database();
        QVERIFY(db.transaction());
        {
            SqliteStatement::Run run(select);
            QVERIFY(run.next());
        }
        QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
        QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "test_sqlite_statement.moc"
