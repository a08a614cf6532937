#include "TopicRules.h"

#include "LanguageDetector.h"
#include "RulesFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>

#include <cmath>
#include <optional>
#include <utility>

namespace sportello {
namespace {

using rulesfile::onlyKnownKeys;
using rulesfile::quoted;

constexpr int kSupportedVersion = 1;
constexpr int kMinWeight = 1;
constexpr int kMaxWeight = 10;
// As in the triage rules: a shorter prefix ("ac*") would match half the dictionary.
constexpr qsizetype kMinPrefixLength = 3;
const QString kWhat = QStringLiteral("Topic rules");

// A key travels into settings, the incident record and translations: keep it to what survives
// all three unchanged.
bool isValidKey(const QString &key)
{
    if (key.isEmpty() || !key.front().isLower())
        return false;
    for (QChar c : key) {
        if (!(c.isLower() && c.unicode() < 128) && !c.isDigit() && c != u'_')
            return false;
    }
    return true;
}

QString requiredText(const QJsonObject &o, const QString &key, const QString &where, QString *error)
{
    const QString text = o.value(key).toString().trimmed();
    if (text.isEmpty())
        *error = where + QStringLiteral(": %1 must be a non-empty string.").arg(quoted(key));
    return text;
}

} // namespace

Result<TopicRules> TopicRules::fromJson(const QByteArray &json)
{
    using R = Result<TopicRules>;
    QString error;
    const std::optional<QJsonObject> parsed =
        rulesfile::topObject(json, kWhat, QStringLiteral("topics"), &error);
    if (!parsed)
        return R::failure(error);
    const QJsonObject &root = *parsed;
    if (!onlyKnownKeys(
            root, {QStringLiteral("version"), QStringLiteral("topics"), QStringLiteral("comment")},
            kWhat, &error))
        return R::failure(error);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toInt(-1) != kSupportedVersion) {
        const QString found = version.isUndefined()
                                  ? QStringLiteral("it is missing")
                                  : QStringLiteral("found %1").arg(version.toVariant().toString());
        return R::failure(QStringLiteral("%1: \"version\" must be %2 (%3).")
                              .arg(kWhat)
                              .arg(kSupportedVersion)
                              .arg(found));
    }
    const QJsonValue topicsValue = root.value(QStringLiteral("topics"));
    if (!topicsValue.isArray() || topicsValue.toArray().isEmpty())
        return R::failure(kWhat + QStringLiteral(": \"topics\" must be a non-empty array."));

    TopicRules rules;
    const QJsonArray topics = topicsValue.toArray();
    for (qsizetype ti = 0; ti < topics.size(); ++ti) {
        QString where = QStringLiteral("topics[%1]").arg(ti);
        if (!topics[ti].isObject())
            return R::failure(where + QStringLiteral(": must be an object."));
        const QJsonObject entry = topics[ti].toObject();
        if (!onlyKnownKeys(entry,
                           {QStringLiteral("key"), QStringLiteral("label_it"),
                            QStringLiteral("label_en"), QStringLiteral("keywords"),
                            QStringLiteral("comment")},
                           where, &error))
            return R::failure(error);
        const QString key = entry.value(QStringLiteral("key")).toString();
        if (!isValidKey(key))
            return R::failure(where + QStringLiteral(": \"key\" must be lower-case ASCII letters, "
                                                     "digits and \"_\", starting with a letter "
                                                     "(found %1).")
                                          .arg(quoted(key)));
        where += QStringLiteral(" (%1)").arg(quoted(key));
        if (rules.m_topicByKey.contains(key))
            return R::failure(where + QStringLiteral(": the key appears twice; merge the two "
                                                     "topics into one entry."));
        Topic topic{key, requiredText(entry, QStringLiteral("label_it"), where, &error),
                    requiredText(entry, QStringLiteral("label_en"), where, &error)};
        if (!error.isEmpty())
            return R::failure(error);
        const int topicIndex = int(rules.m_topics.size());
        rules.m_topicByKey.insert(key, topicIndex);
        rules.m_topics.append(std::move(topic));

        const QJsonValue keywordsValue = entry.value(QStringLiteral("keywords"));
        if (!keywordsValue.isArray() || keywordsValue.toArray().isEmpty())
            return R::failure(where + QStringLiteral(": \"keywords\" must be a non-empty array "
                                                     "of {\"weight\", \"patterns\"} groups."));
        QSet<QString> seenPatterns; // folded, so "perché" and "perche" count as the same
        const QJsonArray groups = keywordsValue.toArray();
        for (qsizetype gi = 0; gi < groups.size(); ++gi) {
            const QString groupWhere = where + QStringLiteral(", keywords[%1]").arg(gi);
            if (!groups[gi].isObject())
                return R::failure(groupWhere + QStringLiteral(": must be an object with "
                                                              "\"weight\" and \"patterns\"."));
            const QJsonObject group = groups[gi].toObject();
            if (!onlyKnownKeys(group,
                               {QStringLiteral("weight"), QStringLiteral("patterns"),
                                QStringLiteral("comment")},
                               groupWhere, &error))
                return R::failure(error);
            const QJsonValue weightValue = group.value(QStringLiteral("weight"));
            const double weight = weightValue.toDouble(0.0);
            if (!weightValue.isDouble() || weight != std::floor(weight) || weight < kMinWeight ||
                weight > kMaxWeight)
                return R::failure(groupWhere +
                                  QStringLiteral(": \"weight\" must be a whole number from %1 "
                                                 "to %2.")
                                      .arg(kMinWeight)
                                      .arg(kMaxWeight));
            const QJsonValue patternsValue = group.value(QStringLiteral("patterns"));
            if (!patternsValue.isArray())
                return R::failure(groupWhere +
                                  QStringLiteral(": \"patterns\" must be an array of strings."));
            const QJsonArray patterns = patternsValue.toArray();
            for (qsizetype pi = 0; pi < patterns.size(); ++pi) {
                if (!patterns[pi].isString())
                    return R::failure(groupWhere +
                                      QStringLiteral(", patterns[%1]: must be a string.").arg(pi));
                const QString source = patterns[pi].toString();
                const QString patternWhere =
                    groupWhere + QStringLiteral(", patterns[%1] %2").arg(pi).arg(quoted(source));
                Pattern pattern{{}, topicIndex, int(weight)};
                QStringList canonical;
                for (const QString &raw : source.simplified().split(u' ', Qt::SkipEmptyParts)) {
                    if (raw == u"*") {
                        pattern.steps.append({Step::Kind::Gap, {}});
                        canonical.append(raw);
                        continue;
                    }
                    const bool prefix = raw.endsWith(u'*');
                    const QString body = prefix ? raw.chopped(1) : raw;
                    if (body.contains(u'*'))
                        return R::failure(patternWhere +
                                          QStringLiteral(": \"*\" may only end a word (prefix) "
                                                         "or stand alone (any one word)."));
                    // Split like a message, so "dell'app" becomes the words a message has.
                    const QStringList words =
                        WordSplitter::split(body, WordSplitter::Hashtags::AsWords);
                    if (words.isEmpty())
                        return R::failure(patternWhere +
                                          QStringLiteral(": %1 has no letters, digits or emoji "
                                                         "to match.")
                                              .arg(quoted(raw)));
                    for (qsizetype i = 0; i < words.size(); ++i) {
                        const bool isPrefix = prefix && i == words.size() - 1;
                        if (isPrefix && words[i].size() < kMinPrefixLength)
                            return R::failure(patternWhere +
                                              QStringLiteral(": the prefix is too short; write "
                                                             "at least %1 letters before \"*\".")
                                                  .arg(kMinPrefixLength));
                        pattern.steps.append(
                            {isPrefix ? Step::Kind::Prefix : Step::Kind::Word, words[i]});
                        canonical.append(isPrefix ? words[i] + u'*' : words[i]);
                    }
                }
                if (pattern.steps.isEmpty())
                    return R::failure(patternWhere + QStringLiteral(": the pattern is empty."));
                if (pattern.steps.first().kind == Step::Kind::Gap ||
                    pattern.steps.last().kind == Step::Kind::Gap)
                    return R::failure(patternWhere + QStringLiteral(": a lone \"*\" (any one "
                                                                    "word) must sit between two "
                                                                    "words."));
                const QString canonicalText = canonical.join(u' ');
                if (seenPatterns.contains(canonicalText))
                    return R::failure(patternWhere +
                                      QStringLiteral(": duplicate of an earlier pattern of this "
                                                     "topic (case and accents are ignored)."));
                seenPatterns.insert(canonicalText);
                rules.m_patterns.append(std::move(pattern));
            }
        }
    }
    return rules;
}

Result<TopicRules> TopicRules::fromFile(const QString &path)
{
    QString error;
    std::optional<TopicRules> rules = rulesfile::fromFile<TopicRules>(
        path, QStringLiteral("topic rules"),
        [](const QByteArray &json, QString *parseError) -> std::optional<TopicRules> {
            Result<TopicRules> parsed = fromJson(json);
            if (!parsed) {
                *parseError = parsed.error();
                return std::nullopt;
            }
            return parsed.takeValue();
        },
        &error);
    if (!rules)
        return Result<TopicRules>::failure(error);
    return std::move(*rules);
}

Result<TopicRules> TopicRules::loadDefaults()
{
    return fromFile(QStringLiteral(":/triage/topics.json"));
}

QString TopicRules::topicOf(const QString &text) const
{
    const QStringList words = WordSplitter::split(text, WordSplitter::Hashtags::AsWords);
    if (words.isEmpty())
        return {};
    QVarLengthArray<int, 32> scores(m_topics.size());
    std::fill(scores.begin(), scores.end(), 0);
    // A few hundred patterns over a message of a few dozen words: trying each pattern at each
    // word costs less than building an index would save.
    for (const Pattern &pattern : m_patterns) {
        for (qsizetype at = 0; at < words.size(); ++at) {
            if (patternMatchesAt(pattern.steps, 0, words, at)) {
                scores[pattern.topic] += pattern.weight;
                break; // a pattern counts once, however often the customer repeats it
            }
        }
    }
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < scores.size(); ++i) {
        if (scores[i] > bestScore) {
            best = i;
            bestScore = scores[i];
        }
    }
    return best < 0 ? QString() : m_topics[best].key;
}

QString TopicRules::label(const QString &key, Language language) const
{
    const auto it = m_topicByKey.constFind(key);
    if (it == m_topicByKey.cend())
        return key;
    const Topic &topic = m_topics[*it];
    return language == Language::Italian ? topic.labelItalian : topic.labelEnglish;
}

QStringList TopicRules::keys() const
{
    QStringList out;
    for (const Topic &topic : m_topics)
        out.append(topic.key);
    return out;
}

} // namespace sportello
