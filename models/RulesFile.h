#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What every rules file an administrator edits (triage, style, templates) needs to say
// precisely where it is wrong.
namespace sportello::rulesfile {

inline QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

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
    return QStringLiteral("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(offset - lastNewline);
}

// The top-level object of a rules file; `what` names the file for the person reading the
// error ("Triage rules"), `listKey` the list it must hold ("categories").
inline std::optional<QJsonObject> topObject(const QByteArray &json, const QString &what,
                                            const QString &listKey, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             QStringLiteral("%1 are not valid JSON: %2 at %3.")
                 .arg(what, parseError.errorString(), lineAndColumn(json, parseError.offset)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error,
             QStringLiteral("%1: the top level must be an object with \"version\" and \"%2\".")
                 .arg(what, listKey));
        return std::nullopt;
    }
    return document.object();
}

// Reads and parses a rules file; errors name the file.
template <typename Rules, typename Parse>
std::optional<Rules> fromFile(const QString &path, const QString &what, Parse parse, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("Cannot read %1 from %2: %3.")
                        .arg(what, quoted(path), file.errorString()));
        return std::nullopt;
    }
    QString parseError;
    std::optional<Rules> rules = parse(file.readAll(), &parseError);
    if (!rules)
        fail(error, quoted(path) + QStringLiteral(": ") + parseError);
    return rules;
}

} // namespace sportello::rulesfile
