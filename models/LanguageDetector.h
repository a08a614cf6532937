#pragma once

#include "Domain.h"

#include <QString>
#include <QStringList>

namespace sportello {

// Turns a social-media message into the words triage reasons about, so that the language
// detector and the category rules agree on what a "word" is. Words are case-folded and stripped
// of diacritics ("Perché" -> "perche") because customers type accents inconsistently; @handles
// and URLs are dropped because they name accounts and pages, not what the customer says.
// Each emoji is a word of its own, so rules can react to 👏 or ❤.
class WordSplitter
{
public:
    enum class Hashtags
    {
        AsWords, // "#AppDown" -> "app", "down": hashtags often carry the topic
        Ignore,  // hashtags are shared vocabulary across languages, so they are no evidence
    };

    static QStringList split(const QString &text, Hashtags hashtags);

    // Both splits of one text in a single pass: triage needs the words with hashtags (for the
    // categories) and without (for the language), and decomposing the text is most of the cost.
    struct Both
    {
        QStringList hashtagsAsWords;
        QStringList hashtagsIgnored;
    };
    static Both splitBoth(const QString &text);
};

// Guesses the language of a customer's message from common function words. Italian is the
// default because the bank is Italian: a message with no evidence ("ok", "👍") is best
// answered in Italian.
class LanguageDetector
{
public:
    static Language detect(const QString &text);
    // The same from words already split with Hashtags::Ignore.
    static Language detectWords(const QStringList &words);
};

} // namespace sportello
