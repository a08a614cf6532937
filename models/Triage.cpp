#include "Triage.h"

#include "LanguageDetector.h"
#include "PriorityRules.h"

#include <utility>

namespace sportello {

Triage::Triage(CategoryRules rules) : m_rules(std::move(rules)) {}

TriageResult Triage::assessNewCase(const QString &text, Visibility visibility) const
{
    const WordSplitter::Both words = WordSplitter::splitBoth(text);
    const Category category = m_rules.classifyWords(words.hashtagsAsWords);
    return {LanguageDetector::detectWords(words.hashtagsIgnored), category,
            PriorityRules::initial(category, visibility)};
}

Priority Triage::afterCustomerFollowUp(Priority current) const
{
    return PriorityRules::raisedForFollowUp(current);
}

} // namespace sportello
