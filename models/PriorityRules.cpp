#include "PriorityRules.h"

namespace sportello {

Priority PriorityRules::initial(Category c, Visibility v)
{
    // A complaint in public is read by every other customer until it is answered, so it ranks
    // one level above the same complaint in private.
    const bool isPublic = v == Visibility::Public;
    switch (c) {
    case Category::PhishingOrFraud:
        return Priority::Urgent; // money can still be stopped, and others may be targeted
    case Category::FakeProfile:
    case Category::WidespreadAnomaly:
    case Category::ReputationalRisk:
        return Priority::High;
    case Category::EmergingProblem:
    case Category::MisSelling:
        return isPublic ? Priority::High : Priority::Normal;
    case Category::SupportRequest:
        return isPublic ? Priority::Normal : Priority::Low;
    case Category::WishOrIdea:
    case Category::Praise:
    case Category::SpamOrAbuse:
        return Priority::Low;
    case Category::None:
        // Nothing recognised: someone has to read it to know, so it is not buried.
        return Priority::Normal;
    }
    return Priority::Normal;
}

Priority PriorityRules::raisedForFollowUp(Priority p)
{
    switch (p) {
    case Priority::Low:
        return Priority::Normal;
    case Priority::Normal:
        return Priority::High;
    case Priority::High:
    case Priority::Urgent:
        return Priority::Urgent;
    }
    return Priority::Urgent;
}

} // namespace sportello
