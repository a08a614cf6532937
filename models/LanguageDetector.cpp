#include "LanguageDetector.h"

#include <QSet>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>

namespace sportello {
namespace {

bool isMark(QChar::Category c)
{
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining ||
           c == QChar::Mark_Enclosing;
}

// A word is built in a buffer on the stack and becomes a QString once, when it is complete:
// appending to a QString one character at a time reallocated it several times per word.
using WordBuffer = QVarLengthArray<char16_t, 64>;

void appendCodePoint(WordBuffer &word, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        word.append(QChar::highSurrogate(cp));
        word.append(QChar::lowSurrogate(cp));
    } else {
        word.append(char16_t(cp));
    }
}

QString toString(const WordBuffer &word)
{
    return QString::fromUtf16(word.constData(), word.size());
}

// Splits one whitespace-free chunk of already decomposed (NFKD) text into folded words.
// Hashtags are written in CamelCase ("#AppDown") because they cannot contain spaces, so
// a lower-to-upper change is treated as a word break there and nowhere else.
void appendWords(QStringView chunk, bool splitCamelCase, QStringList &out)
{
    WordBuffer word;
    bool previousWasLower = false;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            out.append(toString(word));
            word.clear();
        }
    };
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        char32_t cp = chunk[i].unicode();
        if (chunk[i].isHighSurrogate() && i + 1 < chunk.size() && chunk[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(chunk[i], chunk[i + 1]);
            ++i;
        }
        const QChar::Category category = QChar::category(cp);
        if (isMark(category))
            continue; // accents after decomposition, and emoji variation selectors
        if (QChar::isLetterOrNumber(cp)) {
            if (splitCamelCase && previousWasLower && QChar::isUpper(cp))
                flush();
            previousWasLower = QChar::isLower(cp);
            appendCodePoint(word, QChar::toCaseFolded(cp));
        } else if (category == QChar::Symbol_Other) {
            flush();
            WordBuffer emoji;
            appendCodePoint(emoji, cp);
            out.append(toString(emoji));
            previousWasLower = false;
        } else {
            flush();
            previousWasLower = false;
        }
    }
    flush();
}

bool startsWithUrlScheme(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) ||
           s.startsWith(u"https://", Qt::CaseInsensitive) ||
           s.startsWith(u"www.", Qt::CaseInsensitive);
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

// Lists hold folded forms (no accents) of frequent function words. A word shared by Italian
// and another language ("la", "con", "no", "a", "in", "un") is left out of both lists: it is
// no evidence either way. Spanish, French, German and Portuguese share one list because the
// console only needs to know that the message is neither Italian nor English.
const QSet<QString> &italianWords()
{
    static const QSet<QString> words = wordSet({
        "il",     "lo",     "gli",     "di",         "del",       "della",  "dello",  "delle",
        "degli",  "dei",    "nel",     "nella",      "nelle",     "nei",    "sul",    "sulla",
        "al",     "alla",   "alle",    "agli",       "dal",       "dalla",  "col",    "e",
        "che",    "non",    "nn",      "per",        "come",      "sono",   "sei",    "siamo",
        "siete",  "ho",     "hai",     "ha",         "abbiamo",   "avete",  "hanno",  "mi",
        "ti",     "ci",     "vi",      "io",         "lui",       "noi",    "voi",    "loro",
        "questo", "questa", "quello",  "quella",     "mio",       "mia",    "miei",   "mie",
        "tuo",    "suo",    "sua",     "vostro",     "vostra",    "nostro", "nostra", "anche",
        "ancora", "piu",    "molto",   "gia",        "sempre",    "mai",    "niente", "nulla",
        "perche", "xke",    "xche",    "ke",         "cmq",       "quando", "dove",   "cosa",
        "chi",    "grazie", "ciao",    "buongiorno", "buonasera", "salve",  "sto",    "sta",
        "stato",  "stata",  "fatto",   "posso",      "potete",    "puoi",   "riesco", "devo",
        "voglio", "vorrei", "volevo",  "ieri",       "oggi",      "domani", "adesso", "ora",
        "dopo",   "prima",  "senza",   "tra",        "fra",       "ma",     "va",     "funziona",
        "conto",  "soldi",  "proprio", "qualcuno",   "nessuno",   "tutti",  "tutto",  "bene",
        "buona",  "giorno", "allora",  "ogni",       "era",       "essere", "fare",   "mese",
    });
    return words;
}

const QSet<QString> &englishWords()
{
    static const QSet<QString> words = wordSet({
        "the",   "and",    "is",        "are",    "was",   "were",   "be",      "been",
        "have",  "has",    "had",       "do",     "does",  "did",    "don",     "doesn",
        "didn",  "isn",    "can",       "couldn", "won",   "t",      "not",     "you",
        "your",  "my",     "it",        "this",   "that",  "what",   "why",     "how",
        "where", "who",    "of",        "to",     "for",   "with",   "on",      "at",
        "from",  "by",     "about",     "just",   "still", "again",  "please",  "thanks",
        "thank", "hello",  "hi",        "hey",    "there", "they",   "we",      "our",
        "any",   "anyone", "some",      "get",    "got",   "will",   "would",   "should",
        "could", "if",     "or",        "but",    "all",   "an",     "am",      "m",
        "since", "today",  "yesterday", "money",  "bank",  "card",   "their",   "when",
        "here",  "which",  "anything",  "help",   "into",  "cannot", "morning", "anybody",
    });
    return words;
}

const QSet<QString> &otherLanguageWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        // Spanish
        set.unite(wordSet(
            {"el",      "los",    "las",   "y",        "es",       "esta",  "estoy",  "pero",
             "porque",  "muy",    "mas",   "hola",     "gracias",  "puedo", "tengo",  "cuenta",
             "tarjeta", "dinero", "por",   "para",     "como",     "donde", "cuando", "nada",
             "hay",     "ayuda",  "usted", "ustedes",  "nosotros", "algo",  "bien",   "buenos",
             "dias",    "que",    "yo",    "ya",       "tambien",  "aqui",  "hoy",    "ahora",
             "sin",     "desde",  "puede", "funciona", "mucho"}));
        // French
        set.unite(
            wordSet({"les",    "des",     "est",      "et",      "je",       "vous", "nous",
                     "pas",    "une",     "avec",     "pour",    "mon",      "mes",  "sur",
                     "dans",   "bonjour", "merci",    "compte",  "banque",   "suis", "avez",
                     "sont",   "tres",    "aussi",    "mais",    "ou",       "oui",  "ce",
                     "cette",  "quoi",    "pourquoi", "comment", "toujours", "rien", "ca",
                     "argent", "aide",    "j",        "qu",      "n",        "peux", "depuis"}));
        // German
        set.unite(
            wordSet({"der",  "die",   "das",   "und",   "ist",          "nicht", "ich",   "sie",
                     "wir",  "mein",  "meine", "mit",   "auf",          "fur",   "von",   "zu",
                     "ein",  "eine",  "kann",  "bitte", "danke",        "hallo", "konto", "karte",
                     "geld", "warum", "wie",   "ja",    "nein",         "auch",  "noch",  "schon",
                     "aber", "oder",  "sehr",  "heute", "funktioniert", "seit",  "mehr"}));
        // Portuguese
        set.unite(wordSet({"voce", "nao", "obrigado", "obrigada", "meu", "minha", "cartao",
                           "dinheiro", "ajuda", "estou", "isso", "muito", "com", "uma", "ola",
                           "bom", "sim", "ainda", "onde"}));
        return set;
    }();
    return words;
}

} // namespace

namespace {

// Walks the text once and appends its words to `asWords` (hashtags split into words) and,
// when given, to `ignored` (hashtags left out).
void splitInto(const QString &text, QStringList *asWords, QStringList *ignored)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    const QStringView all(decomposed);
    qsizetype i = 0;
    while (i < all.size()) {
        while (i < all.size() && all[i].isSpace())
            ++i;
        qsizetype end = i;
        while (end < all.size() && !all[end].isSpace())
            ++end;
        const QStringView chunk = all.mid(i, end - i);
        i = end;
        if (chunk.isEmpty())
            continue;

        qsizetype start = 0;
        while (start < chunk.size() && !chunk[start].isLetterOrNumber() && chunk[start] != u'@' &&
               chunk[start] != u'#')
            ++start;
        const QStringView core = chunk.mid(start);
        if (core.startsWith(u'@') || startsWithUrlScheme(core))
            continue;
        if (core.startsWith(u'#')) {
            if (asWords)
                appendWords(core.mid(1), true, *asWords);
            continue;
        }
        if (asWords && ignored) {
            const qsizetype before = asWords->size();
            appendWords(chunk, false, *asWords);
            ignored->append(asWords->mid(before)); // shared strings, not copies
        } else {
            appendWords(chunk, false, asWords ? *asWords : *ignored);
        }
    }
}

} // namespace

QStringList WordSplitter::split(const QString &text, Hashtags hashtags)
{
    QStringList words;
    if (hashtags == Hashtags::AsWords)
        splitInto(text, &words, nullptr);
    else
        splitInto(text, nullptr, &words);
    return words;
}

WordSplitter::Both WordSplitter::splitBoth(const QString &text)
{
    Both both;
    splitInto(text, &both.hashtagsAsWords, &both.hashtagsIgnored);
    return both;
}

Language LanguageDetector::detect(const QString &text)
{
    return detectWords(WordSplitter::split(text, WordSplitter::Hashtags::Ignore));
}

Language LanguageDetector::detectWords(const QStringList &words)
{
    int italian = 0;
    int english = 0;
    int other = 0;
    for (const QString &word : words) {
        if (italianWords().contains(word))
            ++italian;
        else if (englishWords().contains(word))
            ++english;
        else if (otherLanguageWords().contains(word))
            ++other;
    }
    // Ties, including "no evidence at all", go to the bank's own language first.
    if (italian >= english && italian >= other)
        return Language::Italian;
    if (english >= other)
        return Language::English;
    return Language::Other;
}

} // namespace sportello
