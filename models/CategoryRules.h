#pragma once

#include "Domain.h"
#include "KeywordPattern.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello {

// Suggests a case's category from weighted keyword rules kept as data (see
// resources/triage/README.md for the file format), so that the bank can tune triage without a
// new release. Patterns and messages are compared as folded words (case and accents ignored);
// a trailing "*" makes a word a prefix ("bloccat*"), a lone "*" allows at most one word of any
// kind inside a phrase ("non * funziona"). Each category scores the sum of the weights of its
// patterns found in the message; the best score wins, and ties go to the category whose mistake
// costs most.
//
// A parsed CategoryRules is immutable, so classify() can run from any thread.
class CategoryRules
{
public:
    // Parses rules; on any error returns std::nullopt and sets *error to a clear English
    // message (which key, which rule).
    static std::optional<CategoryRules> fromJson(const QByteArray &json, QString *error);
    static std::optional<CategoryRules> fromFile(const QString &path, QString *error);
    // The rules shipped in resources (":/triage/categories.json"). Falls back to no rules, with
    // a critical log message, if the resource is missing or broken: triage then files every
    // case under Category::None instead of stopping ingest.
    static CategoryRules builtIn();

    Category classify(const QString &text) const; // Category::None when nothing matches
    // The same from words already split with WordSplitter::Hashtags::AsWords.
    Category classifyWords(const QStringList &words) const;
    int ruleCount() const;

private:
    using Step = PatternStep;
    struct Pattern
    {
        QList<Step> steps; // never starts or ends with a gap
        Category category = Category::None;
        int weight = 0;
    };

    CategoryRules() = default;
    static std::optional<QList<Step>> parseSteps(const QString &source, const QString &where,
                                                 QString *error);
    void add(Pattern pattern);

    QList<Pattern> m_patterns;
    // Candidate patterns by their first word, so classify() only tries patterns that can
    // start at a given word instead of every pattern at every word.
    QHash<QString, QList<int>> m_byFirstWord;
    QHash<QString, QList<int>> m_byFirstPrefixHead; // keyed by the prefix's first three letters
};

} // namespace sportello
