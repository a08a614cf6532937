#include "CategoryRules.h"
#include "RulesFile.h"

#include "LanguageDetector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace sportello {
namespace {

using rulesfile::fail;
using rulesfile::lineAndColumn;
using rulesfile::onlyKnownKeys;
using rulesfile::quoted;

constexpr int kSupportedVersion = 1;
constexpr int kMinWeight = 1;
constexpr int kMaxWeight = 10;
// A shorter prefix ("co*") would match half the dictionary; three letters is also the key
// length of the prefix index.
constexpr qsizetype kHeadLength = 3;
constexpr std::size_t kCategoryCount = std::size_t(Category::PhishingOrFraud) + 1;

// When two categories score the same, the one whose mistake costs most wins: a fraud report
// filed as a support question waits in the wrong queue while money leaves the account, while a
// support question filed as fraud is merely looked at early.
constexpr std::array<Category, kCategoryCount - 1> kPrecedence{
    Category::PhishingOrFraud,  Category::FakeProfile, Category::WidespreadAnomaly,
    Category::ReputationalRisk, Category::MisSelling,  Category::EmergingProblem,
    Category::SupportRequest,   Category::SpamOrAbuse, Category::WishOrIdea,
    Category::Praise,
};

QString allCategoryKeys()
{
    QStringList keys;
    for (Category c : allCategories())
        keys.append(toKey(c));
    return keys.join(QStringLiteral(", "));
}

} // namespace

// Turns one pattern as the administrator wrote it into the steps classify() walks.
std::optional<QList<CategoryRules::Step>>
CategoryRules::parseSteps(const QString &source, const QString &where, QString *error)
{
    QList<Step> steps;
    const QStringList rawWords = source.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &raw : rawWords) {
        if (raw == u"*") {
            steps.append({Step::Kind::Gap, {}});
            continue;
        }
        const bool prefix = raw.endsWith(u'*');
        const QString body = prefix ? raw.chopped(1) : raw;
        if (body.contains(u'*')) {
            fail(error, where + QStringLiteral(": \"*\" may only end a word (prefix) or stand "
                                               "alone (any one word)."));
            return std::nullopt;
        }
        // Split like a message, so "dell'app" or "e-mail" become the same words the message
        // will be split into.
        const QStringList folded = WordSplitter::split(body, WordSplitter::Hashtags::AsWords);
        if (folded.isEmpty()) {
            fail(error, where + QStringLiteral(": %1 has no letters, digits or emoji to match.")
                                    .arg(quoted(raw)));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < folded.size(); ++i) {
            const bool isPrefix = prefix && i == folded.size() - 1;
            if (isPrefix && folded[i].size() < kHeadLength) {
                fail(error, where + QStringLiteral(": the prefix %1 is too short; write at "
                                                   "least %2 letters before \"*\".")
                                        .arg(quoted(raw))
                                        .arg(kHeadLength));
                return std::nullopt;
            }
            steps.append({isPrefix ? Step::Kind::Prefix : Step::Kind::Word, folded[i]});
        }
    }
    if (steps.isEmpty()) {
        fail(error, where + QStringLiteral(": the pattern is empty."));
        return std::nullopt;
    }
    if (steps.first().kind == Step::Kind::Gap || steps.last().kind == Step::Kind::Gap) {
        fail(error, where + QStringLiteral(": a lone \"*\" (any one word) must sit between two "
                                           "words."));
        return std::nullopt;
    }
    return steps;
}

std::optional<CategoryRules> CategoryRules::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> parsed = rulesfile::topObject(
        json, QStringLiteral("Triage rules"), QStringLiteral("categories"), error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    const QString top = QStringLiteral("Triage rules");
    if (!onlyKnownKeys(
            root,
            {QStringLiteral("version"), QStringLiteral("categories"), QStringLiteral("comment")},
            top, error))
        return std::nullopt;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toInt(-1) != kSupportedVersion) {
        const QString found = version.isUndefined()
                                  ? QStringLiteral("it is missing")
                                  : QStringLiteral("found %1").arg(version.toVariant().toString());
        fail(error, QStringLiteral("Triage rules: \"version\" must be %1 (%2).")
                        .arg(kSupportedVersion)
                        .arg(found));
        return std::nullopt;
    }
    const QJsonValue categoriesValue = root.value(QStringLiteral("categories"));
    if (!categoriesValue.isArray()) {
        fail(error, QStringLiteral("Triage rules: \"categories\" must be an array."));
        return std::nullopt;
    }

    CategoryRules rules;
    QSet<Category> seenCategories;
    const QJsonArray categories = categoriesValue.toArray();
    for (qsizetype ci = 0; ci < categories.size(); ++ci) {
        QString where = QStringLiteral("categories[%1]").arg(ci);
        if (!categories[ci].isObject()) {
            fail(error, where + QStringLiteral(": must be an object."));
            return std::nullopt;
        }
        const QJsonObject entry = categories[ci].toObject();
        if (!onlyKnownKeys(
                entry,
                {QStringLiteral("category"), QStringLiteral("keywords"), QStringLiteral("comment")},
                where, error))
            return std::nullopt;
        const QString key = entry.value(QStringLiteral("category")).toString();
        if (key.isEmpty()) {
            fail(error, where + QStringLiteral(": \"category\" is missing; expected one of: ") +
                            allCategoryKeys() + u'.');
            return std::nullopt;
        }
        const std::optional<Category> category = categoryFromKey(key);
        if (!category || *category == Category::None) {
            fail(error, QStringLiteral("%1: unknown category %2; expected one of: %3.")
                            .arg(where, quoted(key), allCategoryKeys()));
            return std::nullopt;
        }
        where += QStringLiteral(" (%1)").arg(quoted(key));
        if (seenCategories.contains(*category)) {
            fail(error, where + QStringLiteral(": the category appears twice; merge its "
                                               "keywords into one entry."));
            return std::nullopt;
        }
        seenCategories.insert(*category);

        const QJsonValue keywordsValue = entry.value(QStringLiteral("keywords"));
        if (!keywordsValue.isArray()) {
            fail(error, where + QStringLiteral(": \"keywords\" must be an array of "
                                               "{\"weight\", \"patterns\"} groups."));
            return std::nullopt;
        }
        QSet<QString> seenPatterns; // folded, so "perché" and "perche" count as the same
        const QJsonArray groups = keywordsValue.toArray();
        for (qsizetype gi = 0; gi < groups.size(); ++gi) {
            const QString groupWhere = where + QStringLiteral(", keywords[%1]").arg(gi);
            if (!groups[gi].isObject()) {
                fail(error, groupWhere + QStringLiteral(": must be an object with \"weight\" "
                                                        "and \"patterns\"."));
                return std::nullopt;
            }
            const QJsonObject group = groups[gi].toObject();
            if (!onlyKnownKeys(group,
                               {QStringLiteral("weight"), QStringLiteral("patterns"),
                                QStringLiteral("comment")},
                               groupWhere, error))
                return std::nullopt;
            const QJsonValue weightValue = group.value(QStringLiteral("weight"));
            const double weight = weightValue.toDouble(0.0);
            if (!weightValue.isDouble() || weight != std::floor(weight) || weight < kMinWeight ||
                weight > kMaxWeight) {
                fail(error, groupWhere + QStringLiteral(": \"weight\" must be a whole number "
                                                        "from %1 to %2.")
                                             .arg(kMinWeight)
                                             .arg(kMaxWeight));
                return std::nullopt;
            }
            const QJsonValue patternsValue = group.value(QStringLiteral("patterns"));
            if (!patternsValue.isArray()) {
                fail(error,
                     groupWhere + QStringLiteral(": \"patterns\" must be an array of strings."));
                return std::nullopt;
            }
            const QJsonArray patterns = patternsValue.toArray();
            for (qsizetype pi = 0; pi < patterns.size(); ++pi) {
                const QString source = patterns[pi].toString();
                const QString patternWhere =
                    groupWhere + QStringLiteral(", patterns[%1] %2").arg(pi).arg(quoted(source));
                if (!patterns[pi].isString()) {
                    fail(error,
                         groupWhere + QStringLiteral(", patterns[%1]: must be a string.").arg(pi));
                    return std::nullopt;
                }
                std::optional<QList<Step>> steps = parseSteps(source, patternWhere, error);
                if (!steps)
                    return std::nullopt;
                Pattern pattern{std::move(*steps), *category, int(weight)};
                QStringList canonical;
                for (const Step &step : pattern.steps)
                    canonical.append(step.kind == Step::Kind::Prefix ? step.text + u'*'
                                     : step.kind == Step::Kind::Gap  ? QStringLiteral("*")
                                                                     : step.text);
                const QString canonicalText = canonical.join(u' ');
                if (seenPatterns.contains(canonicalText)) {
                    fail(error,
                         patternWhere + QStringLiteral(": duplicate of an earlier pattern of this "
                                                       "category (case and accents are ignored)."));
                    return std::nullopt;
                }
                seenPatterns.insert(canonicalText);
                rules.add(std::move(pattern));
            }
        }
    }
    return rules;
}

std::optional<CategoryRules> CategoryRules::fromFile(const QString &path, QString *error)
{
    return rulesfile::fromFile<CategoryRules>(path, QStringLiteral("triage rules"),
                                              &CategoryRules::fromJson, error);
}

CategoryRules CategoryRules::builtIn()
{
    QString error;
    std::optional<CategoryRules> rules =
        fromFile(QStringLiteral(":/triage/categories.json"), &error);
    if (!rules) {
        qCritical("Built-in triage rules unusable, cases will not be categorised: %s",
                  qUtf8Printable(error));
        return CategoryRules();
    }
    return std::move(*rules);
}

void CategoryRules::add(Pattern pattern)
{
    const int index = int(m_patterns.size());
    const Step &first = pattern.steps.first();
    if (first.kind == Step::Kind::Prefix)
        m_byFirstPrefixHead[first.text.left(kHeadLength)].append(index);
    else
        m_byFirstWord[first.text].append(index);
    m_patterns.append(std::move(pattern));
}

Category CategoryRules::classify(const QString &text) const
{
    if (m_patterns.isEmpty())
        return Category::None;
    return classifyWords(WordSplitter::split(text, WordSplitter::Hashtags::AsWords));
}

Category CategoryRules::classifyWords(const QStringList &words) const
{
    if (m_patterns.isEmpty())
        return Category::None;

    std::array<int, kCategoryCount> scores{};
    // A pattern counts once per message: repeating "truffa" five times is one report of
    // fraud, not five.
    QVarLengthArray<bool, 2048> counted(m_patterns.size());
    std::fill(counted.begin(), counted.end(), false);
    const auto tryCandidates = [&](const QList<int> &candidates, qsizetype at) {
        for (int index : candidates) {
            if (counted[index])
                continue;
            const Pattern &pattern = m_patterns[index];
            if (patternMatchesAt(pattern.steps, 0, words, at)) {
                counted[index] = true;
                scores[std::size_t(pattern.category)] += pattern.weight;
            }
        }
    };
    for (qsizetype at = 0; at < words.size(); ++at) {
        const QString &word = words[at];
        if (const auto it = m_byFirstWord.constFind(word); it != m_byFirstWord.cend())
            tryCandidates(*it, at);
        if (word.size() >= kHeadLength) {
            const auto it = m_byFirstPrefixHead.constFind(word.left(kHeadLength));
            if (it != m_byFirstPrefixHead.cend())
                tryCandidates(*it, at);
        }
    }

    Category best = Category::None;
    int bestScore = 0;
    for (Category c : kPrecedence) {
        if (scores[std::size_t(c)] > bestScore) {
            best = c;
            bestScore = scores[std::size_t(c)];
        }
    }
    return best;
}

int CategoryRules::ruleCount() const
{
    return int(m_patterns.size());
}

} // namespace sportello
