#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sportello {

// One passage of a draft reply that sounds like "bancarese", the cold register of bank letters
// and legal offices. [start, end) are UTF-16 indices into the text given to check(), so the
// editor can underline exactly what the agent wrote, accents and emoji included.
struct StyleFinding
{
    QString rule; // the rule's id, e.g. "archaic_formula"
    qsizetype start = 0;
    qsizetype end = 0;
    QString message;         // why it reads cold, in the checker's language
    QStringList suggestions; // plainer wording to offer instead; may be empty

    friend bool operator==(const StyleFinding &, const StyleFinding &) = default;
};

// The style rules, kept as data (resources/style/rules.json, format in the README next to it)
// so that the bank's administrator can extend them without a new release. A rule lists phrases
// (case and accents ignored; "provved*" for any ending, "*are" for any beginning, a lone "*" for
// one word of any kind, "a|b" for alternatives, "vs." for a required dot), names one of the
// built-in checks that no phrase list can express (impersonal "si" passives, passives "da parte
// di" an office, chains of nominalisations, overlong sentences, sentences opening with a gerund
// or an absolute participle, capitals of courtesy), or both. The checks take their vocabulary
// and thresholds from the file too.
//
// Immutable once parsed and cheap to copy: the parsed form is shared.
class StyleRules
{
public:
    // On any error returns std::nullopt and sets *error to a clear English message naming the
    // rule (by position and id) and the key or pattern at fault.
    static std::optional<StyleRules> fromJson(const QByteArray &json, QString *error);
    static std::optional<StyleRules> fromFile(const QString &path, QString *error);
    // The rules shipped in resources (":/style/rules.json"). Falls back to no rules, with a
    // critical log message, if the resource is missing or broken: the agent can still send,
    // which beats blocking every reply over a broken style file.
    static StyleRules builtIn();

    int ruleCount() const;
    QStringList ruleIds() const;

private:
    friend class StyleChecker;
    struct Data;
    StyleRules();
    std::shared_ptr<const Data> m_data;
};

class StyleChecker
{
public:
    // language chooses the language of the reasons: "it" or "en"; anything else falls back to
    // Italian, the language the care team works in.
    explicit StyleChecker(StyleRules rules, QString language = QStringLiteral("it"));

    // Findings sorted by start and never overlapping. Where two rules claim the same words the
    // longer claim wins, and on equal length a phrase rule wins over a built-in check (its
    // suggestions are specific). A long sentence is reported on the longest stretch of it that
    // no other finding claims.
    QList<StyleFinding> check(const QString &text) const;

    // Gulpease readability index for Italian: 89 + (300 * sentences - 10 * letters) / words,
    // clamped to 0..100 (under 40 is hard for readers with a lower-secondary education, over
    // 60 easy for them). Words are runs of letters and digits, so an apostrophe splits "l'auto"
    // into two; links and @handles are not words; letters counts the letters and digits of the
    // words; a sentence ends at ".", "!", "?" or "…" (a run of them counts once; a dot after an
    // abbreviation such as "Sig." or "S.V." does not), and a last sentence without a full stop
    // still counts. A text without words returns 100: there is nothing in it that is hard to
    // read.
    static double gulpease(const QString &text);

private:
    StyleRules m_rules;
    bool m_english = false;
};

} // namespace sportello
