#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sportello {

// A statement prepared once on the connection's own sqlite3 handle, for ingest's hot path.
// QSqlQuery wraps every bound value and every column in a QVariant and copies each row into a
// cache; at ingest rates that cost more than the SQL itself. Values are still always bound,
// never written into the SQL text.
class SqliteStatement
{
public:
    // A statement that fails to prepare is kept: its first run fails with the reason.
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // One execution. Parameters are numbered from 0, as in QSqlQuery::bindValue. The statement
    // is reset when the run goes out of scope, so none is left mid-step when the transaction
    // commits or rolls back.
    class Run
    {
    public:
        explicit Run(SqliteStatement &statement) : m_s(statement) {}
        ~Run();
        Run(const Run &) = delete;
        Run &operator=(const Run &) = delete;

        void bind(int index, qint64 value);
        void bindNull(int index);
        void bindOptional(int index, qint64 value) // 0 binds NULL
        {
            value ? bind(index, value) : bindNull(index);
        }
        void bind(int index, const std::optional<qint64> &value); // nullopt binds NULL
        // A null QString binds '': the schema keeps text columns NOT NULL with '' for none.
        void bind(int index, const QString &text);

        // Bytes already in UTF-8 go in as they are; anything else is first converted as
        // QString::fromUtf8 would, so the column holds the same text either way.
        void bindUtf8(int index, const QByteArray &utf8);

        // Steps once: true when a row is there. A failed step is remembered in error().
        bool next();
        // Steps to the end: true when the statement ran without error.
        bool exec();
        bool failed() const { return !m_error.isEmpty(); }
        QString error() const;

        bool isNull(int column) const;
        qint64 int64(int column) const;
        QString text(int column) const;
        QByteArray bytes(int column) const; // a text column's UTF-8 as stored
        // Compares a text column with a string without building a QString for it.
        bool textEquals(int column, const QString &s) const;
        qint64 lastInsertId() const;

    private:
        SqliteStatement &m_s;
        QString m_error;
    };

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_text; // UTF-8 of bound strings, alive until the next run
};

} // namespace sportello
