// The headless tool as a user runs it: the real sportello-cli binary, real SQLite files in a
// temporary folder, exit codes and what it prints on stdout and stderr.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// The tool's exit codes (see app/cli_main.cpp).
constexpr int kOk = 0;
constexpr int kSomeRejected = 1;
constexpr int kNothingRead = 2;
constexpr int kUsage = 3;

// What tests/data/import_good.jsonl holds (see tests/data/README.md).
constexpr int kGoodLines = 30;
constexpr int kGoodCases = 16;
constexpr int kGoodCustomers = 14; // 16 authors, two of them linked to others by customer_ref
constexpr int kGoodAccounts = 6;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataFile(const char *name)
{
    return QStringLiteral(SPORTELLO_TEST_DATA "/") + QLatin1String(name);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s", line.constData());
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

// True when a user other than the owner can run `file`: every folder on the way lets others
// through and the file lets them read and execute it.
bool othersCanRun(const QString &file)
{
    const QFileInfo info(file);
    if (!(info.permissions() & QFileDevice::ReadOther) ||
        !(info.permissions() & QFileDevice::ExeOther))
        return false;
    QDir dir = info.absoluteDir();
    while (true) {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
        if (dir.isRoot())
            return true;
        dir.cdUp();
    }
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_searchDb; // import_good.jsonl, imported once for the search tests

    QString newDbPath() { return m_dir.filePath(QStringLiteral("case-%1.db").arg(++m_counter)); }

    static Run run(const QStringList &arguments,
                   const QString &program = QStringLiteral(SPORTELLO_CLI))
    {
        QProcess process;
        process.setProgram(program);
        process.setArguments(arguments);
        process.start();
        Run r;
        if (!process.waitForStarted(30000)) {
            r.err = process.errorString().toUtf8();
            return r;
        }
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

    static Run cli(const QString &db, const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("--db"), db} + arguments);
    }

    static QJsonObject stats(const QString &db)
    {
        const Run r = cli(db, {QStringLiteral("stats")});
        if (r.exitCode != kOk) {
            qWarning("stats failed (%d): %s", r.exitCode, r.err.constData());
            return {};
        }
        const QList<QJsonObject> lines = jsonLines(r.out);
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

    // The one JSON summary line an import prints on stdout.
    static QJsonObject summaryOf(const Run &r)
    {
        const QList<QJsonObject> lines = jsonLines(r.out);
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

    QString searchDb()
    {
        if (m_searchDb.isEmpty())
            m_searchDb = importedGoodDb();
        return m_searchDb;
    }

    QString importedGoodDb()
    {
        const QString db = newDbPath();
        const Run r = cli(db, {QStringLiteral("import"), dataFile("import_good.jsonl")});
        if (r.exitCode != kOk)
            qWarning("import failed (%d): %s", r.exitCode, r.err.constData());
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SPORTELLO_CLI)).isExecutable(), SPORTELLO_CLI);
        for (const char *name : {"import_good.jsonl", "import_mixed.jsonl", "import_all_bad.jsonl"})
            QVERIFY2(QFileInfo::exists(dataFile(name)), name);
    }

    void importOfGoodFileExitsZeroAndStatsShowsTheCounts()
    {
        const QString db = newDbPath();
        const Run r = cli(db, {QStringLiteral("import"), dataFile("import_good.jsonl")});
        QVERIFY2(r.exitCode == kOk, r.err.constData());
        const QJsonObject summary = summaryOf(r);
        QCOMPARE(summary.value(QStringLiteral("lines")).toInt(), kGoodLines);
        QCOMPARE(summary.value(QStringLiteral("accepted")).toInt(), kGoodLines);
        QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("cases_opened")).toInt(), kGoodCases);

        const QJsonObject s = stats(db);
        QCOMPARE(s.value(QStringLiteral("messages")).toInt(), kGoodLines);
        QCOMPARE(s.value(QStringLiteral("customers")).toInt(), kGoodCustomers);
        QCOMPARE(s.value(QStringLiteral("accounts")).toInt(), kGoodAccounts);
        const QJsonObject cases = s.value(QStringLiteral("cases")).toObject();
        QCOMPARE(cases.value(QStringLiteral("total")).toInt(), kGoodCases);
        // The counts by status add up to the total.
        int byStatus = 0;
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            if (it.key() != QLatin1String("total"))
                byStatus += it.value().toInt();
        }
        QCOMPARE(byStatus, kGoodCases);
    }

    void reimportDropsDuplicatesAndLeavesStatsUnchanged()
    {
        const QString db = importedGoodDb();
        const QJsonObject before = stats(db);
        QVERIFY(!before.isEmpty());

        const Run again = cli(db, {QStringLiteral("import"), dataFile("import_good.jsonl")});
        QVERIFY2(again.exitCode == kOk, again.err.constData());
        const QJsonObject summary = summaryOf(again);
        QCOMPARE(summary.value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), kGoodLines);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("cases_opened")).toInt(), 0);
        QCOMPARE(stats(db), before);
    }

    void importReportsBadLinesWithLineNumbers_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        // Line 7 of import_mixed.jsonl is blank: it is skipped but still counted, so the
        // numbers stay those an editor shows.
        QTest::newRow("invalid JSON") << 2 << QStringLiteral("not valid JSON");
        QTest::newRow("missing field") << 4 << QStringLiteral("missing \"network_id\"");
        QTest::newRow("unknown network") << 5 << QStringLiteral("unknown network \"myspace\"");
        QTest::newRow("time without offset")
            << 6 << QStringLiteral("\"time\" must be ISO 8601 with an offset");
        QTest::newRow("empty text") << 8 << QStringLiteral("\"text\" is empty");
        QTest::newRow("author not an object")
            << 9 << QStringLiteral("\"author\" must be an object");
    }

    void importReportsBadLinesWithLineNumbers()
    {
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString file = dataFile("import_mixed.jsonl");
        const Run r = cli(newDbPath(), {QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, kSomeRejected);
        const QStringList errLines = QString::fromUtf8(r.err).split(QLatin1Char('\n'));
        const QString prefix = QStringLiteral("%1:%2: ").arg(file).arg(line);
        QStringList reported;
        for (const QString &l : errLines) {
            if (l.startsWith(prefix))
                reported << l.mid(prefix.size());
        }
        QVERIFY2(reported.size() == 1, qPrintable(QString::fromUtf8(r.err)));
        QVERIFY2(reported.first().startsWith(reason), qPrintable(reported.first()));
    }

    void importKeepsTheGoodLinesOfAMixedFile()
    {
        const QString db = newDbPath();
        const Run r = cli(db, {QStringLiteral("import"), dataFile("import_mixed.jsonl")});
        QCOMPARE(r.exitCode, kSomeRejected);
        const QJsonObject summary = summaryOf(r);
        QCOMPARE(summary.value(QStringLiteral("lines")).toInt(), 9); // the blank line is not one
        QCOMPARE(summary.value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 6);
        // Exactly one report per bad line, each with its file and line number.
        const QString file = dataFile("import_mixed.jsonl");
        QCOMPARE(QString::fromUtf8(r.err).count(file + QLatin1Char(':')), 6);

        QCOMPARE(stats(db).value(QStringLiteral("messages")).toInt(), 3);
        QSet<QString> kept;
        for (const char *query : {"lentissimo", "filiale", "comandi"}) {
            const Run found = cli(db, {QStringLiteral("search"), QLatin1String(query)});
            QCOMPARE(found.exitCode, kOk);
            for (const QJsonObject &m : jsonLines(found.out))
                kept << m.value(QStringLiteral("network_id")).toString();
        }
        QCOMPARE(kept, (QSet<QString>{QStringLiteral("mx-1"), QStringLiteral("mx-3"),
                                      QStringLiteral("mx-10")}));
    }

    void importOfAFileWithNothingGoodExitsTwo()
    {
        const QString db = newDbPath();
        const Run r = cli(db, {QStringLiteral("import"), dataFile("import_all_bad.jsonl")});
        QCOMPARE(r.exitCode, kNothingRead);
        const QString err = QString::fromUtf8(r.err);
        for (int line = 1; line <= 3; ++line)
            QVERIFY2(err.contains(QStringLiteral("import_all_bad.jsonl:%1: ").arg(line)),
                     qPrintable(err));
        QCOMPARE(summaryOf(r).value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(stats(db).value(QStringLiteral("messages")).toInt(), 0);
    }

    void importOfAMissingFileExitsTwo()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-file.jsonl"));
        const Run r = cli(newDbPath(), {QStringLiteral("import"), missing});
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitThree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
        QTest::newRow("import without a file")
            << QStringList{QStringLiteral("import")}
            << QStringLiteral("import takes exactly one argument");
        QTest::newRow("search without a query")
            << QStringList{QStringLiteral("search")}
            << QStringLiteral("search takes exactly one argument");
        QTest::newRow("stats with an argument")
            << QStringList{QStringLiteral("stats"), QStringLiteral("x")}
            << QStringLiteral("stats takes no argument");
        QTest::newRow("--limit abc")
            << QStringList{QStringLiteral("--limit"), QStringLiteral("abc"),
                           QStringLiteral("search"), QStringLiteral("carta")}
            << QStringLiteral("--limit must be a number");
        QTest::newRow("--limit 0") << QStringList{QStringLiteral("--limit"), QStringLiteral("0"),
                                                  QStringLiteral("search"), QStringLiteral("carta")}
                                   << QStringLiteral("--limit must be a number");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("stats")}
            << QStringLiteral("frobnicate");
    }

    void usageErrorsExitThree()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString db = newDbPath();
        const Run r = cli(db, arguments);
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // A wrong command line never gets as far as creating the database.
        QVERIFY(!QFileInfo::exists(db));
    }

    void searchMatchesAccentInsensitively_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("without accent") << QStringLiteral("perche");
        QTest::newRow("with accent") << QStringLiteral("perché");
        QTest::newRow("upper case") << QStringLiteral("PERCHÉ");
    }

    void searchMatchesAccentInsensitively()
    {
        QFETCH(QString, query);
        const QString db = searchDb();
        const Run r = cli(db, {QStringLiteral("search"), query});
        QVERIFY2(r.exitCode == kOk, r.err.constData());
        const QList<QJsonObject> found = jsonLines(r.out);
        QSet<QString> ids;
        for (const QJsonObject &m : found) {
            ids << m.value(QStringLiteral("network_id")).toString();
            const QString text = m.value(QStringLiteral("text")).toString().toLower();
            QVERIFY2(text.contains(QStringLiteral("perché")) ||
                         text.contains(QStringLiteral("perche")),
                     qPrintable(text));
            QVERIFY(m.value(QStringLiteral("case_id")).toInteger() > 0);
            QVERIFY(m.value(QStringLiteral("author")).isObject());
        }
        // Four messages write "perché", one "perche": every one of them is found.
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("x-1001"), QStringLiteral("x-1004"),
                                     QStringLiteral("fb-2002"), QStringLiteral("wa-5001"),
                                     QStringLiteral("ig-3003")}));
        QCOMPARE(found.size(), ids.size());
    }

    void searchRespectsTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("3") << 3 << 3;
        QTest::newRow("5") << 5 << 5;
        QTest::newRow("more than there are") << 50 << 5;
    }

    void searchRespectsTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, expected);
        const QString db = searchDb();
        const Run r = cli(db, {QStringLiteral("--limit"), QString::number(limit),
                               QStringLiteral("search"), QStringLiteral("perche")});
        QVERIFY2(r.exitCode == kOk, r.err.constData());
        const QList<QJsonObject> found = jsonLines(r.out);
        QCOMPARE(found.size(), expected);
        // Newest first.
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).value(QStringLiteral("message_id")).toInteger() >
                    found.at(i).value(QStringLiteral("message_id")).toInteger());
    }

    void damagedDatabaseIsRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("import") << QStringList{QStringLiteral("import"),
                                               dataFile("import_good.jsonl")};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("carta")};
    }

    void damagedDatabaseIsRefusedAndLeftUnchanged()
    {
        QFETCH(QStringList, command);
        const QString db = newDbPath();
        {
            QByteArray noise(16384, Qt::Uninitialized);
            QRandomGenerator random(20261123u + quint32(m_counter));
            random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(noise), noise.size());
        }
        const QByteArray before = sha256Of(db);

        const Run r = cli(db, command);
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(sha256Of(db), before);
    }

    void newerDatabaseIsRefusedAndLeftUnchanged_data()
    {
        damagedDatabaseIsRefusedAndLeftUnchanged_data();
    }

    void newerDatabaseIsRefusedAndLeftUnchanged()
    {
        QFETCH(QStringList, command);
        const QString db = newDbPath();
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            sql.setDatabaseName(db);
            QVERIFY2(sql.open(), qPrintable(sql.lastError().text()));
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE from_the_future (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO from_the_future VALUES ('hello')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = sha256Of(db);

        const Run r = cli(db, command);
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY2(r.err.contains("newer"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(sha256Of(db), before);
    }

    void readOnlyDatabaseIsRefusedAndLeftUnchanged()
    {
        // A folder of its own that the unprivileged user can enter.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QFileDevice::Permissions open755 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), open755));

        const QString db = dir.filePath(QStringLiteral("readonly.db"));
        const Run created = cli(db, {QStringLiteral("import"), dataFile("import_good.jsonl")});
        QVERIFY2(created.exitCode == kOk, created.err.constData());
        const QString input = dir.filePath(QStringLiteral("import_mixed.jsonl"));
        QVERIFY(QFile::copy(dataFile("import_mixed.jsonl"), input));
        QVERIFY(QFile::setPermissions(input, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
        const QByteArray before = sha256Of(db);
        QVERIFY(!before.isEmpty());

        const QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("import"), input};
        Run r;
        if (geteuid() == 0) {
            // Root writes through any mode bits: run as nobody so the OS really refuses.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: a read-only file cannot be enforced");
            QString cliPath = QStringLiteral(SPORTELLO_CLI);
            if (!othersCanRun(cliPath)) {
                const QString copy = dir.filePath(QStringLiteral("sportello-cli"));
                QVERIFY(QFile::copy(cliPath, copy));
                QVERIFY(QFile::setPermissions(copy, open755));
                cliPath = copy;
            }
            r = run(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), cliPath} +
                        arguments,
                    setpriv);
        } else {
            r = run(arguments);
        }
        QCOMPARE(r.exitCode, kNothingRead);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        QCOMPARE(sha256Of(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }

    void checkPrintsOneObjectWithTheAgreedKeysAndExitsByVerdict_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        const QString x = QStringLiteral("x");
        QTest::newRow("plain courteous reply")
            << QStringList{QStringLiteral("--network"),
                           x,
                           QStringLiteral("--visibility"),
                           QStringLiteral("public"),
                           QStringLiteral("--text"),
                           QStringLiteral(
                               "Ciao Marco, grazie della segnalazione: ci pensiamo noi. ^FG")}
            << 0 << QStringLiteral("ok");
        QTest::newRow("bancarese warns")
            << QStringList{QStringLiteral("--network"),
                           QStringLiteral("facebook"),
                           QStringLiteral("--visibility"),
                           QStringLiteral("private"),
                           QStringLiteral("--text"),
                           QStringLiteral(
                               "Buongiorno, si comunica che la pratica è in lavorazione.")}
            << 1 << QStringLiteral("warn");
        QTest::newRow("iban in public blocks")
            << QStringList{QStringLiteral("--network"),
                           x,
                           QStringLiteral("--visibility"),
                           QStringLiteral("public"),
                           QStringLiteral("--text"),
                           QStringLiteral("Ciao, il tuo IBAN è IT60X0542811101000000123456 ^FG")}
            << 2 << QStringLiteral("block");
        QTest::newRow("card anywhere blocks")
            << QStringList{QStringLiteral("--network"),
                           QStringLiteral("whatsapp"),
                           QStringLiteral("--visibility"),
                           QStringLiteral("private"),
                           QStringLiteral("--text"),
                           QStringLiteral("Buongiorno, la carta 4539 1488 0343 6467 è attiva.")}
            << 2 << QStringLiteral("block");
        QTest::newRow("unfilled variable blocks")
            << QStringList{QStringLiteral("--network"),
                           QStringLiteral("telegram"),
                           QStringLiteral("--visibility"),
                           QStringLiteral("private"),
                           QStringLiteral("--text"),
                           QStringLiteral("Ciao {{customer_name}}, eccoci.")}
            << 2 << QStringLiteral("block");
        QTest::newRow("over the limit blocks")
            << QStringList{QStringLiteral("--network"),
                           x,
                           QStringLiteral("--visibility"),
                           QStringLiteral("public"),
                           QStringLiteral("--text"),
                           QStringLiteral("Ciao! ") + QString(300, QLatin1Char('a')) +
                               QStringLiteral(" ^FG")}
            << 2 << QStringLiteral("block");
    }
    void checkPrintsOneObjectWithTheAgreedKeysAndExitsByVerdict()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const Run r = run(QStringList{QStringLiteral("check")} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("courtesy"), QStringLiteral("length"),
                                    QStringLiteral("personal_data"), QStringLiteral("readability"),
                                    QStringLiteral("style"), QStringLiteral("verdict")}));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), verdict);
        QVERIFY(o.value(QStringLiteral("length")).toObject().contains(QStringLiteral("used")));
        QVERIFY(
            o.value(QStringLiteral("readability")).toObject().contains(QStringLiteral("gulpease")));
    }

    void checkSpansCountCodePoints()
    {
        // An emoji before the IBAN is two UTF-16 units but one code point.
        const QString text = QStringLiteral("😀 IT60X0542811101000000123456");
        const Run r = run({QStringLiteral("check"), QStringLiteral("--network"),
                           QStringLiteral("x"), QStringLiteral("--visibility"),
                           QStringLiteral("public"), QStringLiteral("--text"), text});
        const QJsonArray found = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("personal_data"))
                                     .toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("iban"));
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("end")).toInt(), 29);
    }

    void checkUsageErrorsExitThree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no network")
            << QStringList{QStringLiteral("--visibility"), QStringLiteral("public"),
                           QStringLiteral("--text"), QStringLiteral("x")};
        QTest::newRow("unknown network") << QStringList{
            QStringLiteral("--network"), QStringLiteral("myspace"), QStringLiteral("--visibility"),
            QStringLiteral("public"),    QStringLiteral("--text"),  QStringLiteral("x")};
        QTest::newRow("bad visibility") << QStringList{
            QStringLiteral("--network"), QStringLiteral("x"),      QStringLiteral("--visibility"),
            QStringLiteral("secret"),    QStringLiteral("--text"), QStringLiteral("x")};
        QTest::newRow("no text") << QStringList{QStringLiteral("--network"), QStringLiteral("x"),
                                                QStringLiteral("--visibility"),
                                                QStringLiteral("public")};
        QTest::newRow("missing file") << QStringList{
            QStringLiteral("--network"),    QStringLiteral("x"),
            QStringLiteral("--visibility"), QStringLiteral("public"),
            QStringLiteral("--file"),       QStringLiteral("/nonexistent/reply.txt")};
    }
    void checkUsageErrorsExitThree()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(run(QStringList{QStringLiteral("check")} + arguments).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
