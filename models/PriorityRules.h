#pragma once

#include "Domain.h"

namespace sportello {

// The priority a case starts with and how it moves when the customer writes again. Priority
// orders work inside a queue; SLA deadlines still apply to every case.
class PriorityRules
{
public:
    static Priority initial(Category c, Visibility v);
    // A customer who has to write again is waiting too long: one level up, capped at Urgent.
    static Priority raisedForFollowUp(Priority p);
};

} // namespace sportello
