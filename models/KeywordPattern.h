#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The keyword patterns the triage rules (categories, topics) are written in: folded words,
// word prefixes ("bloccat*") and an optional one-word gap ("*").
namespace sportello {

struct PatternStep
{
    enum class Kind
    {
        Word,
        Prefix,
        Gap
    };
    Kind kind = Kind::Word;
    QString text; // folded; empty for a gap
};

// Whether `steps` from `step` on match the folded `words` starting at `at`. The optional gap
// tries both "skip nothing" and "skip one word"; patterns are a few words long, so the
// recursion stays shallow.
inline bool patternMatchesAt(const QList<PatternStep> &steps, qsizetype step,
                             const QStringList &words, qsizetype at)
{
    if (step == steps.size())
        return true;
    const PatternStep &s = steps[step];
    if (s.kind == PatternStep::Kind::Gap) {
        return patternMatchesAt(steps, step + 1, words, at) ||
               (at < words.size() && patternMatchesAt(steps, step + 1, words, at + 1));
    }
    if (at >= words.size())
        return false;
    const bool same =
        s.kind == PatternStep::Kind::Prefix ? words[at].startsWith(s.text) : words[at] == s.text;
    return same && patternMatchesAt(steps, step + 1, words, at + 1);
}

} // namespace sportello
