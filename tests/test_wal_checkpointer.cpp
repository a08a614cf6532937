#include "SqliteConnection.h"
#include "WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sportello;

// The write-ahead log is copied back into the database by WalCheckpointer's own thread. These
// tests use real files: the copy must happen, the log must stay bounded under a writer that never
// pauses, a reader must never be blocked or block the writer, and nothing committed is lost.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("wal.db")); }

    // One transaction of `rows` rows of about 4 KB each.
    static void writeRows(const SqliteConnection &c, int rows)
    {
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (randomblob(4000))")));
        for (int i = 0; i < rows; ++i)
            QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }

    qint64 logBytes() const { return QFileInfo(path() + QStringLiteral("-wal")).size(); }

    // Pages committed to the log and how many of them are already in the database file, asked
    // on a connection of its own (a PASSIVE checkpoint with nothing left to copy changes nothing).
    std::pair<int, int> logState() const
    {
        sqlite3 *probe = nullptr;
        sqlite3_open_v2(QFile::encodeName(path()).constData(), &probe, SQLITE_OPEN_READWRITE,
                        nullptr);
        sqlite3_exec(probe, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
        int log = -1;
        int copied = -1;
        sqlite3_wal_checkpoint_v2(probe, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
        sqlite3_close(probe);
        return {log, copied};
    }

    std::shared_ptr<SqliteConnection> openWithTable()
    {
        auto opened = SqliteConnection::open(path());
        if (!opened)
            return {};
        QSqlQuery q(opened.value()->database());
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"));
        return opened.takeValue();
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path() + suffix);
    }

    void theLogIsCopiedIntoTheDatabaseByItsOwnThread()
    {
        auto writer = openWithTable();
        QVERIFY(writer);
        auto checkpointer = WalCheckpointer::attach(writer->handle(), 200 << 10);
        QVERIFY(checkpointer);
        writeRows(*writer, 200);
        checkpointer->waitUntilIdle();
        QVERIFY(checkpointer->completedRuns() >= 1);
        const auto [log, copied] = logState();
        QVERIFY(log > 0);
        QCOMPARE(copied, log); // everything committed is already in the database file
    }

    void aSmallCommitLeavesTheCopyForLater()
    {
        auto writer = openWithTable();
        QVERIFY(writer);
        auto checkpointer = WalCheckpointer::attach(writer->handle(), 4 << 20);
        QVERIFY(checkpointer);
        writeRows(*writer, 5);
        checkpointer->waitUntilIdle();
        QCOMPARE(checkpointer->completedRuns(), 0);
    }

    void theLogStaysBoundedUnderAWriterThatNeverPauses()
    {
        auto writer = openWithTable();
        QVERIFY(writer);
        auto checkpointer = WalCheckpointer::attach(writer->handle(), 80 << 10, 1200 << 10);
        QVERIFY(checkpointer);
        qint64 largest = 0;
        for (int batch = 0; batch < 60; ++batch) {
            checkpointer->beforeWrite();
            writeRows(*writer, 100); // about 400 KB a batch, 24 MB in all
            largest = std::max(largest, logBytes());
        }
        // The restart point (1.2 MB) plus one batch and SQLite's page headers; without the wait
        // before a write the log would keep every batch.
        QVERIFY2(largest < 4 * 1024 * 1024, qPrintable(QString::number(largest)));
        QSqlQuery q(writer->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6000);
    }

    void aReaderOnOldPagesNeitherBlocksNorIsBlocked()
    {
        auto writer = openWithTable();
        QVERIFY(writer);
        writeRows(*writer, 10);
        auto checkpointer = WalCheckpointer::attach(writer->handle(), 80 << 10, 400 << 10);
        QVERIFY(checkpointer);

        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path()).constData(), &reader,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(reader, "SELECT count(*) FROM t", -1, &count, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW); // the reader's snapshot: 10 rows
        QCOMPARE(sqlite3_column_int(count, 0), 10);
        sqlite3_reset(count);

        for (int batch = 0; batch < 10; ++batch) {
            checkpointer->beforeWrite(); // must return although the copy cannot pass the reader
            writeRows(*writer, 50);
        }
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(count, 0), 10); // still its own snapshot
        sqlite3_reset(count);
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(count, 0), 510);
        sqlite3_finalize(count);
        sqlite3_close(reader);

        checkpointer->beforeWrite();
        writeRows(*writer, 50);
        checkpointer->waitUntilIdle();
        const auto [log, copied] = logState();
        QCOMPARE(copied, log);
    }

    void closingLeavesEverythingInTheDatabaseFile()
    {
        {
            auto writer = openWithTable();
            QVERIFY(writer);
            auto checkpointer = WalCheckpointer::attach(writer->handle(), 80 << 10);
            QVERIFY(checkpointer);
            for (int batch = 0; batch < 5; ++batch)
                writeRows(*writer, 100);
            checkpointer.reset(); // before the writer closes, as SqliteCaseStore orders them
        }
        // The last connection to close copied the log and removed it.
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
        auto reopened = SqliteConnection::open(path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QSqlQuery q(reopened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 500);
    }

    void anInMemoryDatabaseHasNoLogToCopy()
    {
        sqlite3 *memory = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &memory), SQLITE_OK);
        QVERIFY(!WalCheckpointer::attach(memory));
        sqlite3_close(memory);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_wal_checkpointer.moc"
