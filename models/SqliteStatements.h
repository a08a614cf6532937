#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Small pieces every SQLite source of the store shares.
namespace sportello::sqlite {

inline QString dbError(const QSqlQuery &q)
{
    return QCoreApplication::translate("SqliteCaseStore", "Database error: %1")
        .arg(q.lastError().text());
}

inline QDateTime fromMs(const QVariant &ms, int offsetSeconds = 0)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::OffsetFromUTC, offsetSeconds);
}

inline QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the schema keeps text columns NOT NULL with '' for none.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace sportello::sqlite
