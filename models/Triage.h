#pragma once

#include "CategoryRules.h"
#include "Domain.h"

#include <QString>

namespace sportello {

struct TriageResult
{
    Language language;
    Category category;
    Priority priority;
};

// First look at a new case at ingest: its language, a suggested category and the priority it
// starts with. The agent can correct any of them; triage only has to make the queue useful
// before anyone has read the message.
class Triage
{
public:
    explicit Triage(CategoryRules rules);

    TriageResult assessNewCase(const QString &text, Visibility visibility) const;
    Priority afterCustomerFollowUp(Priority current) const;

private:
    CategoryRules m_rules;
};

} // namespace sportello
