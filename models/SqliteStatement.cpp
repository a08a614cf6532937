#include "SqliteStatement.h"

#include <QAnyStringView>
#include <QCoreApplication>

#include <sqlite3.h>

namespace sportello {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::Run::~Run()
{
    if (m_s.m_stmt) {
        sqlite3_reset(m_s.m_stmt);
        sqlite3_clear_bindings(m_s.m_stmt);
    }
}

void SqliteStatement::Run::bind(int index, qint64 value)
{
    if (m_s.m_stmt)
        sqlite3_bind_int64(m_s.m_stmt, index + 1, value);
}

void SqliteStatement::Run::bindNull(int index)
{
    if (m_s.m_stmt)
        sqlite3_bind_null(m_s.m_stmt, index + 1);
}

void SqliteStatement::Run::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::Run::bind(int index, const QString &text)
{
    if (!m_s.m_stmt || index < 0 || size_t(index) >= m_s.m_text.size())
        return;
    // Converted here once: the database is UTF-8, and SQLite would otherwise translate a
    // UTF-16 value itself on every step.
    QByteArray &utf8 = m_s.m_text[size_t(index)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_s.m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::Run::bindUtf8(int index, const QByteArray &utf8)
{
    // A leading byte-order mark is also left to the conversion, whatever it makes of it.
    if (!utf8.isValidUtf8() || utf8.startsWith("\xEF\xBB\xBF")) {
        bind(index, QString::fromUtf8(utf8));
        return;
    }
    if (!m_s.m_stmt || index < 0 || size_t(index) >= m_s.m_text.size())
        return;
    m_s.m_text[size_t(index)] = utf8; // shared, not copied: keeps the bytes alive for the step
    sqlite3_bind_text(m_s.m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_STATIC);
}

bool SqliteStatement::Run::next()
{
    if (!m_s.m_stmt) {
        m_error = m_s.m_prepareError;
        return false;
    }
    if (failed())
        return false;
    const int rc = sqlite3_step(m_s.m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_s.m_db));
    return false;
}

bool SqliteStatement::Run::exec()
{
    while (next()) {
    }
    return !failed();
}

QString SqliteStatement::Run::error() const
{
    return QCoreApplication::translate("SqliteCaseStore", "Database error: %1").arg(m_error);
}

bool SqliteStatement::Run::isNull(int column) const
{
    return sqlite3_column_type(m_s.m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::Run::int64(int column) const
{
    return sqlite3_column_int64(m_s.m_stmt, column);
}

QString SqliteStatement::Run::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_s.m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_s.m_stmt, column));
}

QByteArray SqliteStatement::Run::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_s.m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_s.m_stmt, column));
}

bool SqliteStatement::Run::textEquals(int column, const QString &s) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_s.m_stmt, column));
    return QAnyStringView::equal(QUtf8StringView(data, sqlite3_column_bytes(m_s.m_stmt, column)),
                                 s);
}

qint64 SqliteStatement::Run::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_s.m_db);
}

} // namespace sportello
