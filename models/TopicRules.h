#pragma once

#include "Domain.h"
#include "KeywordPattern.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello {

// Names what a customer's message is about ("log-in fails", "card declined") so that spike
// detection can count customers raising the same problem. Topics are data (see
// resources/triage/topics.json), written in the pattern language of the triage rules: words
// are compared folded (case and accents ignored), a trailing "*" makes a prefix ("bloccat*"),
// a lone "*" allows one word of any kind inside a phrase ("non * entrare").
//
// Each topic scores the sum of the weights of its patterns found in the message, a pattern
// counting once; the best score wins and a tie goes to the topic listed first in the file, so
// the file's order is its precedence. A parsed TopicRules is immutable: safe from any thread.
class TopicRules
{
public:
    // Errors name the topic, the keyword group and the pattern at fault.
    static Result<TopicRules> fromJson(const QByteArray &json);
    static Result<TopicRules> fromFile(const QString &path);
    static Result<TopicRules> loadDefaults(); // ":/triage/topics.json"

    QString topicOf(const QString &text) const; // the best topic's key, empty when none matches
    // The topic's label in the agent's language (English for Language::Other); the key itself
    // when the topic is unknown, so a stale key still shows something readable.
    QString label(const QString &key, Language language) const;
    QStringList keys() const; // in precedence order

private:
    using Step = PatternStep;
    struct Pattern
    {
        QList<Step> steps; // never starts or ends with a gap
        int topic = 0;     // index into m_topics
        int weight = 0;
    };
    struct Topic
    {
        QString key;
        QString labelItalian;
        QString labelEnglish;
    };

    TopicRules() = default;

    QList<Topic> m_topics;
    QList<Pattern> m_patterns;
    QHash<QString, int> m_topicByKey;
};

} // namespace sportello
