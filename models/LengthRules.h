#pragma once

#include "Domain.h"

#include <QString>

namespace sportello {

struct LengthCount
{
    int used = 0;
    int limit = 0;
    bool over() const { return used > limit; }
};

// Each network's own limit and its own way of counting, so the counter an agent sees agrees
// with what the network will accept: X weighs characters (links 23, most emoji and CJK 2),
// Bluesky counts graphemes, Mastodon counts links as 23, the rest count characters.
class LengthRules
{
public:
    static LengthCount count(Network network, Visibility visibility, const QString &text);
    static int limit(Network network, Visibility visibility);
    static int xWeightedLength(const QString &text);
    static int graphemeCount(const QString &text);
    static int codePointCount(const QString &text);
};

} // namespace sportello
