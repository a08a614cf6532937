#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What every rules file an administrator edits (triage, style, templates) needs to say
// precisely where it is wrong.
namespace sportello::rulesfile {

inline QString quoted(const QString &s) { return u'"' + s + u'"'; }

inline void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Rejects keys the format does not know, so that a typo such as "wieght" is reported instead
// of silently dropping a rule.
inline bool onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where,
                          QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, QStringLiteral("%1: unknown key %2 (allowed keys: %3).")
                            .arg(where, quoted(it.key()), known.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

inline QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return QStringLiteral("line %1, column %2").arg(before.count('\n') + 1).arg(offset - lastNewline);
}

} // namespace sportello::rulesfile
