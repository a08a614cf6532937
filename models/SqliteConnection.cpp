#include "SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace sportello {
namespace {

// Migrations are numbered files; the number is the schema version they lead to.
const QStringList &migrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/sql/sqlite/0001_initial.sql"),
        QStringLiteral(":/sql/sqlite/0002_replies.sql"),
        QStringLiteral(":/sql/sqlite/0003_batch_fts.sql"),
        QStringLiteral(":/sql/sqlite/0004_service_levels_escalation_audit.sql"),
        QStringLiteral(":/sql/sqlite/0005_lean_ingest_indexes.sql"),
    };
    return files;
}

// Splits a migration into statements. Trigger bodies hold semicolons of their own, so a
// statement that opened with CREATE TRIGGER only ends at its END;.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString describeOpenError(const QString &path, const QString &sqliteMessage)
{
    const QString lower = sqliteMessage.toLower();
    if (lower.contains(QLatin1String("not a database")) ||
        lower.contains(QLatin1String("malformed")))
        return QCoreApplication::translate(
                   "SqliteConnection",
                   "%1 is damaged or is not a Sportello database (%2). It was left as it is.")
            .arg(QDir::toNativeSeparators(path), sqliteMessage);
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return QCoreApplication::translate("SqliteConnection",
                                           "%1 is read-only: Sportello needs to write to it (%2).")
            .arg(QDir::toNativeSeparators(path), sqliteMessage);
    return QCoreApplication::translate("SqliteConnection", "Cannot open %1: %2")
        .arg(QDir::toNativeSeparators(path), sqliteMessage);
}

} // namespace

SqliteConnection::SqliteConnection(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *SqliteConnection::handle() const
{
    const QVariant h = database().driver()->handle();
    return qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData())
                                                  : nullptr;
}

int SqliteConnection::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString SqliteConnection::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/sportello.db");
}

Result<std::shared_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode,
                                                                 int upToVersion)
{
    using R = Result<std::shared_ptr<SqliteConnection>>;
    static std::atomic<int> counter{0};

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(QCoreApplication::translate("SqliteConnection", "%1 is not a file.")
                              .arg(QDir::toNativeSeparators(path)));
    if (mode == Mode::ReadWrite) {
        if (info.exists() && !info.isWritable())
            return R::failure(
                QCoreApplication::translate("SqliteConnection",
                                            "%1 is read-only: Sportello needs to write to it.")
                    .arg(QDir::toNativeSeparators(path)));
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            return R::failure(
                QCoreApplication::translate("SqliteConnection", "Cannot create the folder %1.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    const QString name = QStringLiteral("sportello-%1").arg(counter.fetch_add(1));
    std::shared_ptr<SqliteConnection> connection(new SqliteConnection(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return R::failure(describeOpenError(path, db.lastError().text()));

        // Read the version before anything writes: a newer file must stay byte-for-byte as is.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return R::failure(describeOpenError(path, q.lastError().text()));
        connection->m_schemaVersion = q.value(0).toInt();
        q.finish();
        if (connection->m_schemaVersion > latestSchemaVersion())
            return R::failure(
                QCoreApplication::translate(
                    "SqliteConnection",
                    "%1 was written by a newer version of Sportello (schema %2; this version "
                    "knows up to %3). It was not changed: please update Sportello.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(connection->m_schemaVersion)
                    .arg(latestSchemaVersion()));
        // A damaged file can still report a version; a schema read proves the pages are sound.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return R::failure(describeOpenError(path, q.lastError().text()));
        q.finish();

        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return R::failure(describeOpenError(path, q.lastError().text()));
        if (mode == Mode::ReadWrite) {
            // Only a file with no schema yet takes a page size; an existing one keeps its own.
            if (connection->m_schemaVersion == 0)
                q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kNewFilePageSize));
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                return R::failure(describeOpenError(path, q.lastError().text()));
            q.finish();
            // WAL with NORMAL sync is durable across application crashes; only a power loss
            // may lose the last transactions, never corrupt the file.
            q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
    }
    if (mode == Mode::ReadWrite) {
        if (Status s = connection->migrate(upToVersion); !s)
            return R::failure(s.error());
    } else if (connection->m_schemaVersion < latestSchemaVersion()) {
        return R::failure(QCoreApplication::translate("SqliteConnection",
                                                      "%1 uses an older format: open it once with "
                                                      "write access so Sportello can upgrade it.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    return connection;
}

Status SqliteConnection::migrate(int upToVersion)
{
    QSqlDatabase db = database();
    const QStringList &files = migrationFiles();
    const int last = upToVersion < 0 ? int(files.size()) : std::min(upToVersion, int(files.size()));
    for (int version = m_schemaVersion + 1; version <= last; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                QStringLiteral("migration %1 is missing from the build").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        if (!db.transaction())
            return Status::failure(describeOpenError(m_path, db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return Status::failure(describeOpenError(
                    m_path, QStringLiteral("migration %1: %2").arg(version).arg(error)));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString error = q.lastError().text() + db.lastError().text();
            db.rollback();
            return Status::failure(describeOpenError(m_path, error));
        }
        m_schemaVersion = version;
    }
    return {};
}

} // namespace sportello
