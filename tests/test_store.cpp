#include "SqliteCaseStore.h"
#include "SqliteConnection.h"
#include "TestItems.h"
#include "TestStores.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

class TestStore : public QObject
{
    Q_OBJECT

private:
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Runs statements on the file through a plain connection, as another program would.
    static void rawExec(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                QVERIFY2(q.exec(sql), qPrintable(sql));
                q.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    static void setUserVersion(const QString &path, int version)
    {
        rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("PRAGMA user_version = %1").arg(version)});
    }

private slots:
    void freshFileGetsTheLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.db"));
        auto store = openKeyedStore(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->connection().schemaVersion(),
                 SqliteConnection::latestSchemaVersion());
        QSqlQuery q(store.value()->connection().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), SqliteConnection::kNewFilePageSize);
    }

    void aFileWithSmallerPagesKeepsThemAndWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small-pages.db"));
        rawExec(path, {QStringLiteral("PRAGMA page_size = 4096"),
                       QStringLiteral("CREATE TABLE earlier (a TEXT)")});
        auto store = openKeyedStore(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(store.value()
                    ->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                   QStringLiteral("Perché la carta?"), at(0))})
                    .ok());
        QCOMPARE(store.value()->searchMessages(QStringLiteral("perche"), 10).value().size(), 1);
        QSqlQuery q(store.value()->connection().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4096);
    }

    void reopeningKeepsWhatWasSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.db"));
        {
            auto store = openKeyedStore(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()
                        ->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                       QStringLiteral("Ciao, carta bloccata"), at(0))})
                        .ok());
        }
        auto again = openKeyedStore(path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value()->stats().value().messages, 1);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto store = openKeyedStore(path);
            QVERIFY(store.ok());
        }
        setUserVersion(path, SqliteConnection::latestSchemaVersion() + 1);
        const QByteArray before = digest(path);
        auto store = openKeyedStore(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("newer version of Sportello")),
                 qPrintable(store.error()));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void corruptFileGivesAClearErrorAndStaysAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        f.write(junk);
        f.close();
        const QByteArray before = digest(path);
        auto store = openKeyedStore(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("damaged")), qPrintable(store.error()));
        QCOMPARE(digest(path), before);
    }

    void damagedPagesInAValidHeaderAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("torn.db"));
        {
            auto store = openKeyedStore(path);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->connection().database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Keep SQLite's header, overwrite the schema page: what a torn copy looks like.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3000, '\x5a'));
        f.close();
        auto store = openKeyedStore(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("damaged")) ||
                     store.error().contains(QStringLiteral("malformed")),
                 qPrintable(store.error()));
    }

    void aFolderInsteadOfAFileIsRefused()
    {
        QTemporaryDir dir;
        auto store = openKeyedStore(dir.path());
        QVERIFY(!store.ok());
        QVERIFY(!store.error().isEmpty());
    }

    void readOnlyModeNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            auto store = openKeyedStore(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()
                        ->ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                       QStringLiteral("Buongiorno"), at(0))})
                        .ok());
            QSqlQuery q(store.value()->connection().database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = digest(path);
        auto store = openKeyedStore(path, nullptr, SqliteConnection::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->stats().value().messages, 1);
        auto write = store.value()->ingest(
            {item(QStringLiteral("2"), QStringLiteral("bruno"), QStringLiteral("Salve"), at(1))});
        QVERIFY(!write.ok());
        QVERIFY2(write.error().contains(QStringLiteral("readonly")) ||
                     write.error().contains(QStringLiteral("read-only")),
                 qPrintable(write.error()));
        QCOMPARE(store.value()->stats().value().messages, 1);
        store = decltype(store)::failure(QString());
        QCOMPARE(digest(path), before);
    }

    void aFailedBatchLeavesNothingHalfSaved()
    {
        QTemporaryDir dir;
        auto opened = openKeyedStore(dir.filePath(QStringLiteral("atomic.db")));
        QVERIFY(opened.ok());
        SqliteCaseStore &store = *opened.value();
        QVERIFY(store
                    .ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                  QStringLiteral("Prima"), at(0))})
                    .ok());
        // A trigger that fails on one row stands in for a full disk in the middle of a batch.
        QSqlQuery q(store.connection().database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER fail_third BEFORE INSERT ON messages "
            "WHEN new.network_id = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        auto result = store.ingest(
            {item(QStringLiteral("2"), QStringLiteral("bruno"), QStringLiteral("Seconda"), at(1)),
             item(QStringLiteral("boom"), QStringLiteral("carla"), QStringLiteral("Terza"), at(2))},
            {QStringLiteral("cursor/x/@BancaEsempio"), QStringLiteral("42")});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("disk full")), qPrintable(result.error()));
        const StoreStats stats = store.stats().value();
        QCOMPARE(stats.messages, 1);
        QCOMPARE(stats.customers, 1);
        QCOMPARE(stats.cases, 1);
        QCOMPARE(store.setting(QStringLiteral("cursor/x/@BancaEsempio")).value(), QString());
        // And the store is still usable afterwards.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_third")));
        QVERIFY(store
                    .ingest({item(QStringLiteral("2"), QStringLiteral("bruno"),
                                  QStringLiteral("Seconda"), at(1))})
                    .ok());
        QCOMPARE(store.stats().value().messages, 2);
        QCOMPARE(store.stats().value().customers, 2); // bruno's rolled-back identity is not reused
    }

    void aVersionOneFileIsMigratedKeepingItsDataAndSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            auto v1 = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite, 1);
            QVERIFY2(v1.ok(), qPrintable(v1.error()));
            QCOMPARE(v1.value()->schemaVersion(), 1);
            QSqlQuery q(v1.value()->database());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO accounts (network, handle, created_at) VALUES ('x', '@B', 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (display_name, created_at) VALUES ('Anna', 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO cases (customer_id, account_id, network, visibility, opened_at, "
                "last_message_at) VALUES (1, 1, 'x', 'public', 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages (account_id, network_id, case_id, "
                                          "direction, visibility, text, "
                                          "sent_at, ingested_at) VALUES (1, 'old', 1, 'in', "
                                          "'public', 'Perché la carta?', 0, 0)")));
        }
        auto store = openKeyedStore(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->connection().schemaVersion(),
                 SqliteConnection::latestSchemaVersion());
        QCOMPARE(store.value()->stats().value().messages, 1);
        QVERIFY(store.value()
                    ->ingest({item(QStringLiteral("new"), QStringLiteral("bea"),
                                   QStringLiteral("Perche la carta nuova?"), at(1))})
                    .ok());
        QCOMPARE(store.value()->searchMessages(QStringLiteral("perche carta"), 10).value().size(),
                 2);
    }

    void aSentReplyIsFoundBySearch()
    {
        QTemporaryDir dir;
        auto opened = openKeyedStore(dir.filePath(QStringLiteral("sent.db")));
        QVERIFY(opened.ok());
        SqliteCaseStore &store = *opened.value();
        QVERIFY(store
                    .ingest({item(QStringLiteral("1"), QStringLiteral("anna"),
                                  QStringLiteral("Ciao, info mutuo"), at(0))})
                    .ok());
        const qint64 caseId = store.timelinePage({}, std::nullopt, 1).value().first().caseId;
        OutboxEntry e;
        e.idempotencyKey = QStringLiteral("k1");
        e.caseId = caseId;
        e.text = QStringLiteral("Ciao Anna, ti scriviamo in privato per il preventivo ^FG");
        e.author = QStringLiteral("fg");
        const qint64 id = store.enqueueReply(e).value();
        QVERIFY(store.markSending(id, OutboxState::Pending, 0, at(1)).ok());
        QVERIFY(store.markSent(id, QStringLiteral("net-1"), at(2)).ok());
        QCOMPARE(store.searchMessages(QStringLiteral("preventivo"), 10).value().size(), 1);
    }

    void cursorIsSavedWithItsBatch()
    {
        QTemporaryDir dir;
        auto opened = openKeyedStore(dir.filePath(QStringLiteral("cursor.db")));
        QVERIFY(opened.ok());
        auto report = opened.value()->ingest(
            {item(QStringLiteral("1"), QStringLiteral("anna"), QStringLiteral("Ciao"), at(0))},
            {QStringLiteral("cursor/x/@BancaEsempio"), QStringLiteral("7")});
        QVERIFY(report.ok());
        QCOMPARE(report.value().cursor.second, QStringLiteral("7"));
        QCOMPARE(opened.value()->setting(QStringLiteral("cursor/x/@BancaEsempio")).value(),
                 QStringLiteral("7"));
    }

    void accountsHoldNoSecretsAndUpsert()
    {
        QTemporaryDir dir;
        auto opened = openKeyedStore(dir.filePath(QStringLiteral("acc.db")));
        QVERIFY(opened.ok());
        AccountRecord a;
        a.network = Network::Telegram;
        a.handle = QStringLiteral("@BancaEsempioBot");
        a.displayName = QStringLiteral("Banca Esempio");
        a.capabilities = {QStringLiteral("private_message")};
        const qint64 id = opened.value()->upsertAccount(a).value();
        a.displayName = QStringLiteral("Banca Esempio Assistenza");
        QCOMPARE(opened.value()->upsertAccount(a).value(), id);
        const auto all = opened.value()->accounts().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().displayName, QStringLiteral("Banca Esempio Assistenza"));
        QCOMPARE(all.first().capabilities, QStringList{QStringLiteral("private_message")});
        QSqlQuery q(opened.value()->connection().database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT group_concat(name) FROM pragma_table_info('accounts')")) &&
                q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("token")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
