#include "SqliteRawStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sportello {

SqliteRawStatement::SqliteRawStatement(const QSqlDatabase &db, const char *sql)
{
    // The QSQLITE driver hands out its sqlite3* as a QVariant of that type name. Debian's
    // driver links the system libsqlite3, the same library this file is linked with.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QCoreApplication::translate("SqliteCaseStore",
                                              "Database error: not an open SQLite database");
        return;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QCoreApplication::translate("SqliteCaseStore",
                                              "Database error: not an open SQLite database");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail("prepare");
}

SqliteRawStatement::~SqliteRawStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteRawStatement::fail(const char *what)
{
    m_error = QCoreApplication::translate("SqliteCaseStore", "Database error: %1")
                  .arg(QStringLiteral("%1 (%2)")
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QLatin1String(what)));
}

void SqliteRawStatement::bind(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail("bind");
}

bool SqliteRawStatement::step()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail("step");
    return false;
}

qint64 SqliteRawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteRawStatement::bytes(int column) const
{
    // The pointer first, then the size: the order SQLite documents for a stable result.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteRawStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace sportello
