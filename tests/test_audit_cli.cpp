#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// sportello-cli case, customer and audit commands, end to end: the audit key comes from the
// real keychain (the test command runs ctest in a private session bus with an unlocked
// throw-away keyring), and tampering is done directly in the SQLite file.
class TestAuditCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;
    int m_counter = 0;

    static Run cli(const QString &db, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SPORTELLO_CLI),
                      QStringList{QStringLiteral("--db"), db} + arguments);
        Run r;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return r;
    }

    // A fresh database with the import fixture: case 1 is Marco Ferri's on X.
    QString freshDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("audit-cli-%1.db").arg(++m_counter));
        const Run r = cli(db, {QStringLiteral("import"),
                               QStringLiteral(SPORTELLO_TEST_DATA "/import_good.jsonl")});
        [&] { QVERIFY2(r.exitCode == 0, r.err.constData()); }();
        return db;
    }

    static void sql(const QString &db, const QString &statement)
    {
        const QString name = QStringLiteral("tamper-%1").arg(qHash(statement));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(db);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // escalate, answer, resolve: three audited rows.
    void workCaseOne(const QString &db)
    {
        Run r = cli(db, {QStringLiteral("case"), QStringLiteral("escalate"), QStringLiteral("1"),
                         QStringLiteral("--department"), QStringLiteral("legal"),
                         QStringLiteral("--level"), QStringLiteral("2"), QStringLiteral("--reason"),
                         QStringLiteral("Minaccia di azione legale"), QStringLiteral("--actor"),
                         QStringLiteral("crm-bot")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("escalated"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("escalation"))
                     .toObject()
                     .value(QStringLiteral("department"))
                     .toString(),
                 QStringLiteral("legal"));
        r = cli(db, {QStringLiteral("case"), QStringLiteral("answer"), QStringLiteral("1"),
                     QStringLiteral("--text"), QStringLiteral("Nessun rilievo legale")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(r.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("crm-bot"));
        r = cli(db, {QStringLiteral("case"), QStringLiteral("resolve"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    }

private slots:
    void caseCommandsActAndAuditLikeTheGui()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, v.err.constData());
        QCOMPARE(v.json().value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(v.json().value(QStringLiteral("rows")).toInt(), 3);
    }

    void caseCommandsRefuseWhatTheGuiRefuses()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, {QStringLiteral("case"), QStringLiteral("escalate"), QStringLiteral("1"),
                          QStringLiteral("--department"), QStringLiteral("legal"),
                          QStringLiteral("--level"), QStringLiteral("1")})
                     .exitCode,
                 3); // no reason
        const Run unknown =
            cli(db, {QStringLiteral("case"), QStringLiteral("escalate"), QStringLiteral("1"),
                     QStringLiteral("--department"), QStringLiteral("astrology"),
                     QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("--reason"),
                     QStringLiteral("x")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("astrology"));
        QCOMPARE(cli(db, {QStringLiteral("case"), QStringLiteral("answer"), QStringLiteral("1"),
                          QStringLiteral("--text"), QStringLiteral("x")})
                     .exitCode,
                 1); // not escalated
        QCOMPARE(cli(db, {QStringLiteral("case"), QStringLiteral("resolve"), QStringLiteral("999")})
                     .exitCode,
                 1);
        QCOMPARE(cli(m_dir.filePath(QStringLiteral("missing.db")),
                     {QStringLiteral("case"), QStringLiteral("resolve"), QStringLiteral("1")})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

    void verifyNamesAnEditedRow()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        sql(db, QStringLiteral("UPDATE audit_log SET actor = 'qualcun altro' WHERE seq = 2"));
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.json().value(QStringLiteral("problem")).toString(), QStringLiteral("altered"));
        QCOMPARE(v.json().value(QStringLiteral("row")).toInt(), 2);
        QVERIFY(v.err.contains("2"));
    }

    void verifyNamesADeletedRow()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        sql(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.json().value(QStringLiteral("problem")).toString(), QStringLiteral("removed"));
        QCOMPARE(v.json().value(QStringLiteral("row")).toInt(), 1);
    }

    void verifyNamesAnInsertedRow()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        sql(db, QStringLiteral("UPDATE audit_log SET seq = seq + 100 WHERE seq > 1"));
        sql(db, QStringLiteral("UPDATE audit_log SET seq = seq - 99 WHERE seq > 100"));
        sql(db, QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, case_id, detail, "
                               "prev_hash, hash) SELECT 2, at, 'x', 'case_resolved', 1, '{}', "
                               "hash, lower(hex(randomblob(32))) FROM audit_log WHERE seq = 1"));
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.json().value(QStringLiteral("problem")).toString(), QStringLiteral("inserted"));
        QCOMPARE(v.json().value(QStringLiteral("row")).toInt(), 2);
    }

    void exportsStateTheHeadAndALaterCutIsCaught()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        const Run json = cli(db, {QStringLiteral("audit"), QStringLiteral("export"),
                                  QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2100-01-01")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject head = json.json().value(QStringLiteral("chain_head")).toObject();
        QCOMPARE(head.value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(json.json().value(QStringLiteral("rows")).toArray().size(), 3);
        QVERIFY(!json.out.contains("Minaccia")); // the reason is not in the trail
        const Run csv = cli(db, {QStringLiteral("audit"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("chain_head,3," +
                                   head.value(QStringLiteral("hash")).toString().toLatin1()));
        QCOMPARE(csv.out.count("\r\n"), 5);

        const QString exportFile = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_counter));
        QFile f(exportFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.out);
        f.close();
        QCOMPARE(cli(db, {QStringLiteral("audit"), QStringLiteral("verify"),
                          QStringLiteral("--against"), exportFile})
                     .exitCode,
                 0);
        // Cutting the end off leaves a chain that is consistent in itself...
        sql(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        QCOMPARE(cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        // ...but not with what the inspectors were given.
        const Run against = cli(db, {QStringLiteral("audit"), QStringLiteral("verify"),
                                     QStringLiteral("--against"), exportFile});
        QCOMPARE(against.exitCode, 1);
        QCOMPARE(against.json().value(QStringLiteral("row")).toInt(), 3);
    }

    void erasingACustomerKeepsTheTrailVerifiable()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        const Run e =
            cli(db, {QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("1"),
                     QStringLiteral("--actor"), QStringLiteral("dpo")});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Marco Ferri"));
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.json().value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(
            cli(db, {QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("4242")})
                .exitCode,
            1);
    }

    void verifyWithoutTheKeySaysSoAndCreatesNone()
    {
        const QString db = freshDatabase();
        workCaseOne(db);
        sql(db, QStringLiteral("UPDATE settings SET value = 'not-in-any-keychain' WHERE key = "
                               "'audit_chain_id'"));
        const Run v = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 2);
        QVERIFY(v.err.contains("audit key"));
        QCOMPARE(cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 2);
        // Acting creates a fresh key, which cannot extend a chain made with another: refused.
        const Run act =
            cli(db, {QStringLiteral("case"), QStringLiteral("resolve"), QStringLiteral("2")});
        QCOMPARE(act.exitCode, 1);
        QVERIFY(act.err.contains("does not match"));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "test_audit_cli.moc"
