#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sportello {

// A statement prepared straight on the sqlite3 handle under a QSqlDatabase, for the few
// reads that walk a million rows (verifying the audit trail): QtSql wraps every value in a
// QVariant, which there costs more than reading the row. Bound values still go through
// sqlite3_bind_*, never into the SQL text. Finalized when it goes out of scope.
class SqliteRawStatement
{
public:
    SqliteRawStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteRawStatement();
    SqliteRawStatement(const SqliteRawStatement &) = delete;
    SqliteRawStatement &operator=(const SqliteRawStatement &) = delete;

    // Empty when the statement is ready; the reason otherwise.
    const QString &error() const { return m_error; }
    void bind(int index, qint64 value); // 1-based, as in SQLite
    // True with a row to read, false at the end or on an error (then error() says which).
    bool step();

    qint64 integer(int column) const;
    QByteArray bytes(int column) const;
    QString text(int column) const;

private:
    void fail(const char *what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace sportello
