#pragma once

#include <QString>

#include <optional>

namespace sportello {

// Recognises a customer's answer to the satisfaction question: a score from 1 to 5 written
// the ways people write it ("4", "5/5", "voto 4", "4 su 5", "3 stelle", "★★★★"). Anything
// that says more than a score is a message, not an answer, and gets nullopt.
std::optional<int> satisfactionScoreIn(const QString &text);

} // namespace sportello
