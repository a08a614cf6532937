#include "StyleChecker.h"
#include "RulesFile.h"

#include <QChar>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>
#include <QVarLengthArray>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <utility>
#include <variant>

namespace sportello {
namespace {

using rulesfile::lineAndColumn;
using rulesfile::onlyKnownKeys;
using rulesfile::quoted;

constexpr int kSupportedVersion = 1;
// A shorter prefix ("co*") would match half the dictionary; three letters is also the key
// length of the prefix index.
constexpr qsizetype kHeadLength = 3;

// ---------------------------------------------------------------------------------------------
// Text to tokens

// What separates a token from the one before it, besides spaces and the joiners that split
// words without ending a phrase (apostrophe, hyphen, slash).
enum class Gap : quint8
{
    None,
    Dot, // exactly one "." right after the previous word: "Vs. richiesta", "c.a."
    Other,
};

struct Token
{
    QString folded; // lower case, no accents: patterns are written once for every spelling
    qsizetype start = 0;
    qsizetype end = 0;
    int letters = 0;
    Gap gapBefore = Gap::None;
    bool boundaryBefore = false; // a sentence or clause ends before this token
    bool dotAfter = false;
    bool endsSentence = false;   // Gulpease counts sentences at ".", "!", "?" and "…"
    bool accentedEnding = false; // "città", "citta'": tells "-ità" nouns from "-ita" participles
    bool diacritics = false;     // tells "sì" (yes) from the impersonal "si"
};

bool isMark(QChar::Category c)
{
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining ||
           c == QChar::Mark_Enclosing;
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u00B4' ||
           c == u'\u02BC';
}

// Apostrophes, hyphens and slashes split words ("all'uopo", "e-mail", "V/s") but do not end a
// phrase, so "all'uopo" still matches the pattern "all uopo".
bool isJoiner(char32_t c)
{
    return isApostrophe(c) || c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'/';
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029';
}

char32_t codePointAt(QStringView text, qsizetype at, int *length)
{
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[at + 1]);
    }
    *length = 1;
    return c.unicode();
}

void appendCodePoint(QString &s, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        s.append(QChar(QChar::highSurrogate(cp)));
        s.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        s.append(QChar(char16_t(cp)));
    }
}

// Dots after these do not end a sentence ("Sig. Rossi", "Vs. richiesta", "art. 119").
bool isAbbreviationWord(const QString &folded)
{
    static const QSet<QString> words{
        QStringLiteral("sig"),  QStringLiteral("sigg"), QStringLiteral("dott"),
        QStringLiteral("dr"),   QStringLiteral("avv"),  QStringLiteral("ing"),
        QStringLiteral("prof"), QStringLiteral("geom"), QStringLiteral("rag"),
        QStringLiteral("gent"), QStringLiteral("egr"),  QStringLiteral("spett"),
        QStringLiteral("ill"),  QStringLiteral("es"),   QStringLiteral("nr"),
        QStringLiteral("num"),  QStringLiteral("art"),  QStringLiteral("artt"),
        QStringLiteral("pag"),  QStringLiteral("tel"),  QStringLiteral("cell"),
        QStringLiteral("rif"),  QStringLiteral("prot"), QStringLiteral("vs"),
        QStringLiteral("ns"),   QStringLiteral("cfr"),  QStringLiteral("ss"),
        QStringLiteral("lett"), QStringLiteral("cod"),  QStringLiteral("sez"),
        QStringLiteral("mod"),  QStringLiteral("lgs"),  QStringLiteral("dlgs"),
        QStringLiteral("reg"),
    };
    return words.contains(folded);
}

// Whether the dot after the last token belongs to an abbreviation. A lone consonant is an
// initial ("S.V.", "p.c."), and so is any letter inside a dotted run ("c.a."); a lone vowel or
// digit otherwise is a word of its own that can end a sentence ("lo è.", "entro il 5.").
bool abbreviationBeforeDot(const QList<Token> &tokens)
{
    const Token &t = tokens.last();
    if (t.folded.size() != 1)
        return isAbbreviationWord(t.folded);
    if (t.diacritics || !t.folded[0].isLetter())
        return false;
    const bool dottedRun = tokens.size() >= 2 && t.gapBefore == Gap::Dot &&
                           tokens[tokens.size() - 2].end + 1 == t.start;
    return dottedRun || !QStringView(u"aeiou").contains(t.folded[0]);
}

bool startsWithUrl(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) ||
           s.startsWith(u"https://", Qt::CaseInsensitive) ||
           s.startsWith(u"www.", Qt::CaseInsensitive);
}

// Splits text into words with their UTF-16 span in the original, folded for matching. @handles
// and links are skipped: they name accounts and pages, not how the reply sounds.
QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    Gap gap = Gap::None;
    bool boundary = true;
    bool atChunkStart = true; // only whitespace since the last word or the start
    const qsizetype n = text.size();
    qsizetype i = 0;

    const auto noteGap = [&gap](Gap g) {
        if (g == Gap::Other || gap != Gap::None)
            gap = Gap::Other;
        else
            gap = g;
    };

    while (i < n) {
        int len = 1;
        const char32_t cp = codePointAt(text, i, &len);
        const QChar::Category category = QChar::category(cp);

        if (QChar::isLetterOrNumber(cp)) {
            if (atChunkStart && startsWithUrl(text.mid(i))) {
                while (i < n && !text[i].isSpace())
                    ++i;
                noteGap(Gap::Other);
                continue;
            }
            Token t;
            t.start = i;
            t.gapBefore = gap;
            t.boundaryBefore = boundary;
            bool lastAccented = false;
            while (i < n) {
                int l = 1;
                const char32_t c = codePointAt(text, i, &l);
                const QChar::Category cat = QChar::category(c);
                if (isMark(cat)) {
                    t.diacritics = true;
                    lastAccented = true;
                } else if (QChar::isLetterOrNumber(c)) {
                    ++t.letters;
                    lastAccented = false;
                    if (c < 0x80) {
                        t.folded.append(QChar(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c)));
                    } else {
                        // Compatibility decomposition also turns the "𝐛𝐨𝐥𝐝" and full-width
                        // letters that social posts use for emphasis back into plain ones.
                        const QString decomposed =
                            QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
                        const QStringView d(decomposed);
                        for (qsizetype k = 0; k < d.size();) {
                            int dl = 1;
                            const char32_t dc = codePointAt(d, k, &dl);
                            k += dl;
                            if (isMark(QChar::category(dc))) {
                                t.diacritics = true;
                                lastAccented = true;
                            } else {
                                appendCodePoint(t.folded, QChar::toCaseFolded(dc));
                            }
                        }
                    }
                } else {
                    break;
                }
                i += l;
            }
            t.end = i;
            t.accentedEnding = lastAccented;
            // "perche'" and "citta'": an apostrophe that elides nothing stands for an accent.
            if (i < n && isApostrophe(text[i].unicode()) &&
                (i + 1 >= n || !text[i + 1].isLetterOrNumber()))
                t.accentedEnding = true;
            tokens.append(std::move(t));
            gap = Gap::None;
            boundary = false;
            atChunkStart = false;
            continue;
        }

        i += len;
        if (QChar::isSpace(cp)) {
            atChunkStart = true;
            if (isLineBreak(cp)) {
                boundary = true;
                noteGap(Gap::Other);
            }
            continue;
        }
        const bool wasChunkStart = atChunkStart;
        atChunkStart = false;
        if (isJoiner(cp) || isMark(category) || category == QChar::Other_Format)
            continue; // joiners, and emoji variation selectors or zero-width joiners
        if (cp == u'@' && wasChunkStart) {
            while (i < n && !text[i].isSpace())
                ++i;
            noteGap(Gap::Other);
            continue;
        }
        if (cp == u'.') {
            Token *previous = tokens.isEmpty() ? nullptr : &tokens.last();
            const bool rightAfterWord = previous && previous->end == i - 1;
            if (rightAfterWord)
                previous->dotAfter = true;
            const bool glued = i < n && text[i].isLetterOrNumber(); // "Sig.ra", "1.000"
            const bool ellipsis = i < n && text[i] == u'.';
            const bool abbreviation = rightAfterWord && !ellipsis && abbreviationBeforeDot(tokens);
            if (!glued && !abbreviation) {
                boundary = true;
                if (previous)
                    previous->endsSentence = true;
            }
            noteGap(rightAfterWord ? Gap::Dot : Gap::Other);
            continue;
        }
        if (cp == u'!' || cp == u'?' || cp == u'\u2026') {
            boundary = true;
            if (!tokens.isEmpty())
                tokens.last().endsSentence = true;
        } else if (cp == u';' || cp == u':' || category == QChar::Symbol_Other) {
            boundary = true; // emoji end a thought in social replies as a full stop would
        }
        noteGap(Gap::Other);
    }
    return tokens;
}

// ---------------------------------------------------------------------------------------------
// Patterns

struct Alternative
{
    QString text;        // folded
    bool prefix = false; // "provved*": any ending
    bool suffix = false; // "*are": any beginning, so "voglia *are" is "voglia" + an infinitive
    bool dot = false;    // the word must be followed by "." ("vs.", "c.a.")
};

struct Step
{
    QList<Alternative> alternatives; // empty for a gap
    bool isGap() const { return alternatives.isEmpty(); }
};

using Steps = QList<Step>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<Steps> parsePattern(const QString &source, const QString &where, QString *error)
{
    Steps steps;
    const QStringList chunks = source.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &chunk : chunks) {
        if (chunk == u"*") {
            steps.append(Step{});
            continue;
        }
        const QStringList options = chunk.split(u'|');
        const bool alternatives = options.size() > 1;
        Step step;
        for (const QString &option : options) {
            const bool prefix = option.endsWith(u'*');
            const bool suffix = !prefix && option.startsWith(u'*') && option.size() > 1;
            const QString body = prefix ? option.chopped(1) : suffix ? option.mid(1) : option;
            if (suffix && steps.isEmpty()) {
                fail(error, where + QStringLiteral(": a pattern cannot start with an ending "
                                                   "such as %1; start it with a word.")
                                        .arg(quoted(option)));
                return std::nullopt;
            }
            if (body.contains(u'*')) {
                fail(error, where + QStringLiteral(": \"*\" may only end a word (any ending), "
                                                   "begin one (any beginning) or stand alone "
                                                   "(any one word)."));
                return std::nullopt;
            }
            if (prefix && body.endsWith(u'.')) {
                fail(error, where + QStringLiteral(": %1 cannot both require a following \".\" "
                                                   "and allow any ending.")
                                        .arg(quoted(option)));
                return std::nullopt;
            }
            const QList<Token> words = tokenize(body);
            if (words.isEmpty()) {
                fail(error, where + QStringLiteral(": %1 has no letters or digits to match.")
                                        .arg(quoted(option.isEmpty() ? chunk : option)));
                return std::nullopt;
            }
            if (suffix && (words.size() != 1 || words.first().folded.size() < 2)) {
                fail(error, where + QStringLiteral(": the ending %1 must be one word of at least 2 "
                                                   "letters after \"*\".")
                                        .arg(quoted(option)));
                return std::nullopt;
            }
            if (alternatives && words.size() != 1) {
                fail(error, where + QStringLiteral(": the alternatives in %1 must be single "
                                                   "words; %2 is %3 words.")
                                        .arg(quoted(chunk), quoted(option))
                                        .arg(words.size()));
                return std::nullopt;
            }
            for (qsizetype k = 0; k < words.size(); ++k) {
                const bool isPrefix = prefix && k == words.size() - 1;
                if (isPrefix && words[k].folded.size() < kHeadLength) {
                    fail(error, where + QStringLiteral(": the prefix %1 is too short; write at "
                                                       "least %2 letters before \"*\".")
                                            .arg(quoted(option))
                                            .arg(kHeadLength));
                    return std::nullopt;
                }
                const Alternative alternative{words[k].folded, isPrefix, suffix, words[k].dotAfter};
                if (alternatives) {
                    step.alternatives.append(alternative);
                } else {
                    steps.append(Step{{alternative}});
                }
            }
        }
        if (alternatives)
            steps.append(step);
    }
    if (steps.isEmpty()) {
        fail(error, where + QStringLiteral(": the pattern is empty."));
        return std::nullopt;
    }
    if (steps.first().isGap() || steps.last().isGap()) {
        fail(error, where + QStringLiteral(": a lone \"*\" (any one word) must sit between two "
                                           "words."));
        return std::nullopt;
    }
    return steps;
}

QString canonical(const Steps &steps)
{
    QStringList words;
    for (const Step &step : steps) {
        if (step.isGap()) {
            words.append(QStringLiteral("*"));
            continue;
        }
        QStringList options;
        for (const Alternative &a : step.alternatives)
            options.append((a.suffix ? QStringLiteral("*") : QString()) + a.text +
                           (a.prefix ? QStringLiteral("*") : QString()) +
                           (a.dot ? QStringLiteral(".") : QString()));
        options.sort();
        words.append(options.join(u'|'));
    }
    return words.join(u' ');
}

// A phrase does not run across a full stop, comma or emoji, except through the dot of an
// abbreviation the pattern itself asks for ("vs. richiesta").
bool joins(const Token &t, bool previousDot)
{
    return t.gapBefore == Gap::None || (t.gapBefore == Gap::Dot && previousDot);
}

bool alternativeMatches(const Alternative &a, const Token &t)
{
    if (a.dot && !t.dotAfter)
        return false;
    if (a.prefix)
        return t.folded.startsWith(a.text);
    if (a.suffix)
        return t.folded.size() > a.text.size() && t.folded.endsWith(a.text);
    return t.folded == a.text;
}

// Returns one past the last token matched, or -1. A gap tries "no word" before "one word";
// patterns are a few words long, so the recursion stays shallow.
qsizetype matchAt(const Steps &steps, qsizetype step, const QList<Token> &tokens, qsizetype at,
                  bool previousDot)
{
    if (step == steps.size())
        return at;
    const Step &s = steps[step];
    if (s.isGap()) {
        const qsizetype r = matchAt(steps, step + 1, tokens, at, previousDot);
        if (r >= 0)
            return r;
        if (at < tokens.size() && joins(tokens[at], previousDot))
            return matchAt(steps, step + 1, tokens, at + 1, false);
        return -1;
    }
    if (at >= tokens.size())
        return -1;
    const Token &t = tokens[at];
    if (step > 0 && !joins(t, previousDot))
        return -1;
    for (const Alternative &a : s.alternatives) {
        if (alternativeMatches(a, t)) {
            const qsizetype r = matchAt(steps, step + 1, tokens, at + 1, a.dot);
            if (r >= 0)
                return r;
        }
    }
    return -1;
}

// Patterns indexed by what their first word can be, so that a check only tries the patterns
// that can start at a given word.
class PatternIndex
{
public:
    void add(const Steps &steps, int id)
    {
        for (const Alternative &a : steps.first().alternatives) {
            QList<int> &list = a.prefix ? m_byHead[head(a.text)] : m_byWord[a.text];
            if (list.isEmpty() || list.last() != id)
                list.append(id);
        }
    }

    template <typename F> void forCandidates(const Token &t, F &&f) const
    {
        if (const auto it = m_byWord.constFind(t.folded); it != m_byWord.cend()) {
            for (int id : *it)
                f(id);
        }
        if (t.folded.size() >= kHeadLength) {
            const auto it = m_byHead.constFind(head(t.folded));
            if (it != m_byHead.cend()) {
                for (int id : *it)
                    f(id);
            }
        }
    }

private:
    // The first three UTF-16 units packed in a number: looked up for every word of every
    // check, so it must not allocate.
    static quint64 head(const QString &s)
    {
        return (quint64(s[0].unicode()) << 32) | (quint64(s[1].unicode()) << 16) |
               quint64(s[2].unicode());
    }

    QHash<QString, QList<int>> m_byWord;
    QHash<quint64, QList<int>> m_byHead;
};

struct Match
{
    qsizetype first = 0; // token indices, [first, last)
    qsizetype last = 0;
    int id = 0;
};

// Every match of every pattern, at most one per pattern and start word (the first found).
QList<Match> findAll(const QList<Steps> &patterns, const PatternIndex &index,
                     const QList<Token> &tokens)
{
    QList<Match> matches;
    for (qsizetype at = 0; at < tokens.size(); ++at) {
        index.forCandidates(tokens[at], [&](int id) {
            const qsizetype end = matchAt(patterns[id], 0, tokens, at, false);
            if (end > at)
                matches.append({at, end, id});
        });
    }
    return matches;
}

// ---------------------------------------------------------------------------------------------
// Built-in checks

struct ImpersonalSi
{
    QStringList stems;
};

struct AgentPassive
{
    QList<Steps> agents;
    PatternIndex agentIndex;
    QSet<QString> participles;
    int window = 8;
    int maxPassives = 3;
};

struct Suffix
{
    QString text;          // folded
    bool accented = false; // written with a final accent ("ità"): the word must carry it too
};

struct NominalChain
{
    QSet<QString> links;
    QList<Suffix> suffixes;
    QSet<QString> nominalisations;
    QSet<QString> exceptions;
    QSet<QString> bareAfter; // "per superamento del limite": no article, straight to the noun
    int minNouns = 3;
    int minNominalisations = 2;
    int longChain = 5;
    int longChainNominalisations = 1;
};

struct LongSentence
{
    QList<Steps> markers;
    PatternIndex markerIndex;
    int maxWords = 35;
    int maxWordsWithClauses = 25;
    int minClauses = 3;
    bool countGerunds = true;
};

struct OpeningConstruction
{
    QSet<QString> participles; // irregular ones: "preso", "premesso", "trascorso"
    QSet<QString> followers;   // what makes a participle absolute: "che", "la", "tale", "atto"
    QSet<QString> exceptions;  // openings that are plain Italian: "visto", "quando"
    QSet<QString> greetings;   // "Ciao Marco, facendo seguito...": the greeting does not count
    int greetingWords = 4;
};

struct CourtesyCapital
{
    QStringList words;   // as written: "Sua", "Vostro"
    QStringList clitics; // as written, glued to a verb: "La" in "contattarLa"
};

using CheckSettings = std::variant<ImpersonalSi, AgentPassive, NominalChain, LongSentence,
                                   OpeningConstruction, CourtesyCapital>;

struct Check
{
    int rule = 0;
    CheckSettings settings;
};

// Which rule wins where two claim the same words and the same length: phrase rules first
// (their suggestions are specific), then the checks from the most to the least pointed.
enum Priority
{
    PhrasePriority = 0,
    AgentPassivePriority = 1,
    ImpersonalSiPriority = 2,
    OpeningPriority = 3,
    CourtesyCapitalPriority = 3,
    NominalChainPriority = 4,
    LongSentencePriority = 5,
};

struct Candidate
{
    qsizetype start = 0; // UTF-16, [start, end)
    qsizetype end = 0;
    int rule = 0;
    int group = -1; // phrase group for its suggestions; -1 for a check
    int priority = 0;
};

bool endsWithAny(QStringView word, std::initializer_list<QStringView> endings)
{
    for (QStringView e : endings) {
        if (word.endsWith(e))
            return true;
    }
    return false;
}

bool inList(QStringView word, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool hasLetter(const QString &s)
{
    for (QChar c : s) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// "si" + a verb of communication or procedure in the third person: "si comunica", "si
// provvederà", "si è proceduto", "si sta provvedendo", "si dovrà procedere". The endings are
// grammar, so they live here; the verbs are vocabulary, so they live in the rules file.
// Subjunctives in -i ("si informi", "si ricordi") are left out: they are the courteous Lei
// imperative, not an impersonal passive.
void impersonalSi(const ImpersonalSi &check, int rule, const QList<Token> &tokens,
                  QList<Candidate> &out)
{
    static constexpr std::initializer_list<QStringView> finite{
        u"a",      u"e",      u"ano",     u"ono",     u"isce",   u"iscono", u"era",
        u"eranno", u"ira",    u"iranno",  u"ara",     u"aranno", u"hera",   u"heranno",
        u"erebbe", u"irebbe", u"herebbe", u"ava",     u"avano",  u"eva",    u"evano",
        u"iva",    u"ivano",  u"ebbe",    u"erebbero"};
    static constexpr std::initializer_list<QStringView> participle{u"ato", u"ata", u"ati", u"ate",
                                                                   u"uto", u"uta", u"uti", u"ute",
                                                                   u"ito", u"ita", u"iti", u"ite"};
    static constexpr std::initializer_list<QStringView> gerund{u"ando", u"endo"};
    static constexpr std::initializer_list<QStringView> infinitive{u"are", u"ere", u"ire"};
    static constexpr std::initializer_list<QStringView> perfectAux{u"e", u"era", u"sara",
                                                                   u"sarebbe", u"fu"};
    static constexpr std::initializer_list<QStringView> progressiveAux{u"sta", u"stava"};
    static constexpr std::initializer_list<QStringView> modals{
        u"deve",    u"devono", u"dovra",    u"dovranno", u"dovrebbe", u"puo",
        u"possono", u"potra",  u"potranno", u"potrebbe", u"intende",  u"vuole"};

    const auto verbWith = [&](const Token &t, std::initializer_list<QStringView> endings) {
        for (const QString &stem : check.stems) {
            if (t.folded.size() > stem.size() && t.folded.startsWith(stem) &&
                inList(QStringView(t.folded).mid(stem.size()), endings))
                return true;
        }
        return false;
    };

    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const Token &si = tokens[i];
        if (si.folded != u"si" || si.diacritics || si.accentedEnding)
            continue;
        const Token &next = tokens[i + 1];
        if (next.gapBefore != Gap::None)
            continue;
        qsizetype verb = -1;
        if (verbWith(next, finite)) {
            verb = i + 1;
        } else if (i + 2 < tokens.size() && tokens[i + 2].gapBefore == Gap::None) {
            const Token &after = tokens[i + 2];
            const QStringView aux(next.folded);
            if ((inList(aux, perfectAux) && verbWith(after, participle)) ||
                (inList(aux, progressiveAux) && verbWith(after, gerund)) ||
                (inList(aux, modals) && verbWith(after, infinitive)))
                verb = i + 2;
        }
        if (verb >= 0)
            out.append({si.start, tokens[verb].end, rule, -1, ImpersonalSiPriority});
    }
}

QList<int> segmentsOf(const QList<Token> &tokens)
{
    QList<int> segments(tokens.size());
    int segment = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].boundaryBefore)
            ++segment;
        segments[i] = segment;
    }
    return segments;
}

bool isParticiple(const AgentPassive &check, const Token &t)
{
    static constexpr std::initializer_list<QStringView> endings{u"ato", u"ata", u"ati", u"ate",
                                                                u"uto", u"uta", u"uti", u"ute",
                                                                u"ito", u"ita", u"iti", u"ite"};
    if (check.participles.contains(t.folded))
        return true;
    return t.folded.size() >= 5 && !t.accentedEnding && endsWithAny(t.folded, endings);
}

// A passive that names who acted through "da parte di" or "a cura di" ("è stata presa in carico
// da parte dell'ufficio") hides the bank behind its offices; a single short passive reporting an
// outcome ("la carta è stata bloccata") is fine. Several passives in one sentence read as a
// report, not a reply.
void agentPassive(const AgentPassive &check, int rule, const QList<Token> &tokens,
                  const QList<int> &segments, QList<Candidate> &out)
{
    static constexpr std::initializer_list<QStringView> auxiliaries{
        u"e",     u"sono",    u"era",    u"erano",    u"sara",    u"saranno",
        u"fu",    u"furono",  u"sia",    u"siano",    u"fosse",   u"fossero",
        u"viene", u"vengono", u"veniva", u"venivano", u"verra",   u"verranno",
        u"venga", u"vengano", u"venne",  u"vennero",  u"risulta", u"risultano"};
    static constexpr std::initializer_list<QStringView> beenForms{u"stato", u"stata", u"stati",
                                                                  u"state"};
    static constexpr std::initializer_list<QStringView> adverbs{
        u"gia", u"ora", u"anche", u"ormai", u"subito", u"pure", u"stesso", u"appena"};

    struct Passive
    {
        qsizetype aux = 0;
        qsizetype participle = 0;
    };
    QList<Passive> passives;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const Token &aux = tokens[i];
        if (!inList(aux.folded, auxiliaries))
            continue;
        qsizetype j = i + 1;
        const bool been = inList(tokens[j].folded, beenForms) && tokens[j].gapBefore == Gap::None;
        // A bare "e" is "and" unless "stato" follows: "e stata trasmessa" lacks only its accent.
        if (aux.folded == u"e" && !aux.diacritics && !aux.accentedEnding && !been)
            continue;
        if (been)
            ++j;
        if (j < tokens.size() && tokens[j].gapBefore == Gap::None &&
            (tokens[j].folded.endsWith(u"mente") || inList(tokens[j].folded, adverbs)) &&
            j + 1 < tokens.size() && tokens[j + 1].gapBefore == Gap::None &&
            isParticiple(check, tokens[j + 1]))
            ++j;
        if (j >= tokens.size() || tokens[j].gapBefore != Gap::None ||
            !isParticiple(check, tokens[j]) || inList(tokens[j].folded, beenForms))
            continue;
        passives.append({i, j});
        i = j;
    }
    if (passives.isEmpty())
        return;

    QList<Match> agents;
    if (!check.agents.isEmpty())
        agents = findAll(check.agents, check.agentIndex, tokens);
    for (const Passive &p : passives) {
        for (const Match &a : agents) {
            if (segments[a.first] != segments[p.aux])
                continue;
            const bool after = a.first > p.participle && a.first - p.participle <= check.window;
            const bool before = a.last <= p.aux && p.aux - a.last < check.window;
            if (after || before) {
                const qsizetype first = std::min(a.first, p.aux);
                const qsizetype last = std::max(a.last, p.participle + 1);
                out.append(
                    {tokens[first].start, tokens[last - 1].end, rule, -1, AgentPassivePriority});
                break;
            }
        }
    }
    if (check.maxPassives <= 0)
        return;
    for (qsizetype k = 0; k < passives.size();) {
        qsizetype m = k;
        while (m + 1 < passives.size() &&
               segments[passives[m + 1].aux] == segments[passives[k].aux])
            ++m;
        if (m - k + 1 >= check.maxPassives) {
            out.append({tokens[passives[k].aux].start, tokens[passives[m].participle].end, rule, -1,
                        AgentPassivePriority});
        }
        k = m + 1;
    }
}

// Words that never carry a chain of nouns ("di" is a link, the rest are grammar).
bool isFunctionWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *s :
             {"il",     "lo",     "la",     "i",       "gli",    "le",     "un",     "uno",
              "una",    "l",      "a",      "al",      "alla",   "allo",   "ai",     "agli",
              "alle",   "all",    "da",     "dal",     "dalla",  "dallo",  "dai",    "dagli",
              "dalle",  "dall",   "in",     "nel",     "nella",  "nello",  "nei",    "negli",
              "nelle",  "nell",   "con",    "col",     "su",     "sul",    "sulla",  "sullo",
              "sui",    "sugli",  "sulle",  "sull",    "per",    "tra",    "fra",    "e",
              "ed",     "o",      "od",     "ma",      "che",    "chi",    "cui",    "non",
              "si",     "ci",     "vi",     "ti",      "mi",     "ne",     "se",     "come",
              "anche",  "gia",    "piu",    "molto",   "poco",   "questo", "questa", "questi",
              "queste", "quello", "quella", "quelli",  "quelle", "suo",    "sua",    "suoi",
              "sue",    "tuo",    "tua",    "tuoi",    "tue",    "nostro", "nostra", "nostri",
              "nostre", "vostro", "vostra", "vostri",  "vostre", "loro",   "mio",    "mia",
              "miei",   "mie",    "ogni",   "tutto",   "tutta",  "tutti",  "tutte",  "ha",
              "hanno",  "sono",   "siamo",  "abbiamo", "hai",    "ho",     "sei",    "era",
              "quando", "dove",   "perche", "qui",     "li",     "la",     "lei",    "voi",
              "noi",    "lui",    "io",     "tu"})
            set.insert(QString::fromLatin1(s));
        return set;
    }();
    return words.contains(w);
}

bool isChainWord(const NominalChain &check, const Token &t)
{
    static constexpr std::initializer_list<QStringView> infinitives{u"are", u"ere", u"ire"};
    return t.folded.size() >= 3 && hasLetter(t.folded) && !check.links.contains(t.folded) &&
           !isFunctionWord(t.folded) &&
           (!endsWithAny(t.folded, infinitives) || check.nominalisations.contains(t.folded));
}

bool isNominalisation(const NominalChain &check, const Token &t)
{
    if (check.exceptions.contains(t.folded))
        return false;
    if (check.nominalisations.contains(t.folded))
        return true;
    for (const Suffix &s : check.suffixes) {
        if (t.folded.size() >= s.text.size() + 3 && t.folded.endsWith(s.text) &&
            (!s.accented || t.accentedEnding))
            return true;
    }
    return false;
}

// "l'attivazione della procedura di verifica della conformità": nouns strung together with
// "di", most of them verbs turned into nouns, where a reply would use the verb ("per
// verificare che sia conforme, attiviamo la procedura").
void nominalChain(const NominalChain &check, int rule, const QList<Token> &tokens,
                  QList<Candidate> &out)
{
    static constexpr std::initializer_list<QStringView> determiners{
        u"un",   u"una",    u"uno",    u"questo", u"questa", u"questi", u"queste",
        u"tuo",  u"tua",    u"tuoi",   u"tue",    u"suo",    u"sua",    u"suoi",
        u"sue",  u"nostro", u"nostra", u"vostro", u"vostra", u"loro",   u"ogni",
        u"tale", u"tali",   u"detta",  u"detto"};
    const qsizetype n = tokens.size();
    const auto smooth = [&](qsizetype k) { return k < n && tokens[k].gapBefore == Gap::None; };

    for (qsizetype i = 0; i < n; ++i) {
        if (!isChainWord(check, tokens[i]))
            continue;
        QVarLengthArray<qsizetype, 8> nouns{i};
        qsizetype pos = i + 1;
        while (true) {
            qsizetype p = pos;
            // One adjective may follow a noun: "procedura automatica di verifica".
            if (smooth(p) && isChainWord(check, tokens[p]) && smooth(p + 1) &&
                check.links.contains(tokens[p + 1].folded))
                ++p;
            if (!smooth(p) || !check.links.contains(tokens[p].folded))
                break;
            ++p;
            if (smooth(p) && inList(tokens[p].folded, determiners))
                ++p;
            if (!smooth(p) || !isChainWord(check, tokens[p]))
                break;
            nouns.append(p);
            pos = p + 1;
        }
        int nominal = 0;
        for (qsizetype k : nouns)
            nominal += isNominalisation(check, tokens[k]) ? 1 : 0;
        const int count = int(nouns.size());
        const bool bare = count >= 2 && i > 0 && tokens[i].gapBefore == Gap::None &&
                          check.bareAfter.contains(tokens[i - 1].folded) &&
                          isNominalisation(check, tokens[i]);
        if (bare || (count >= check.minNouns && nominal >= check.minNominalisations) ||
            (check.longChain > 0 && count >= check.longChain &&
             nominal >= check.longChainNominalisations)) {
            out.append({tokens[nouns.first()].start, tokens[nouns.last()].end, rule, -1,
                        NominalChainPriority});
            i = nouns.last();
        }
    }
}

// A sentence (or clause after ";" or ":") longer than a reader takes in at once, or a
// shorter one stacked with subordinate clauses and gerunds.
void longSentence(const LongSentence &check, int rule, const QList<Token> &tokens,
                  const QList<int> &segments, QList<Candidate> &out)
{
    static constexpr std::initializer_list<QStringView> gerunds{u"ando", u"endo"};
    static constexpr std::initializer_list<QStringView> notGerunds{
        u"quando", u"dividendo", u"stupendo", u"tremendo", u"orrendo", u"comando", u"mando"};
    // Elisions ("l'", "d'", "c'") are not words a reader counts.
    static constexpr std::initializer_list<QStringView> elisions{u"l", u"d", u"c", u"s",
                                                                 u"n", u"m", u"t", u"v"};
    QList<Match> markers;
    if (!check.markers.isEmpty())
        markers = findAll(check.markers, check.markerIndex, tokens);
    std::sort(markers.begin(), markers.end(),
              [](const Match &a, const Match &b) { return a.first < b.first; });

    qsizetype m = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        qsizetype j = i;
        while (j < tokens.size() && segments[j] == segments[i])
            ++j;
        int words = 0;
        int clauses = 0;
        for (qsizetype k = i; k < j; ++k) {
            const QString &w = tokens[k].folded;
            if (!inList(w, elisions))
                ++words;
            if (check.countGerunds && w.size() >= 6 && endsWithAny(w, gerunds) &&
                !inList(w, notGerunds))
                ++clauses;
        }
        qsizetype lastMarkerStart = -1;
        for (; m < markers.size() && markers[m].first < j; ++m) {
            if (markers[m].first >= i && markers[m].first != lastMarkerStart) {
                ++clauses;
                lastMarkerStart = markers[m].first;
            }
        }
        if (words > check.maxWords ||
            (words > check.maxWordsWithClauses && clauses >= check.minClauses))
            out.append({tokens[i].start, tokens[j - 1].end, rule, -1, LongSentencePriority});
        i = j;
    }
}

// "facendo", and with a pronoun attached, "ringraziandola", "scusandoci".
bool isGerund(QStringView w)
{
    static constexpr std::initializer_list<QStringView> pronouns{
        u"glielo", u"gliela", u"celo", u"cela", u"vene", u"sene", u"gli", u"ci", u"vi",
        u"la",     u"le",     u"lo",   u"li",   u"si",   u"ne",   u"mi",  u"ti"};
    const auto bare = [](QStringView v) {
        return v.size() >= 6 && (v.endsWith(u"ando") || v.endsWith(u"endo"));
    };
    if (bare(w))
        return true;
    for (QStringView p : pronouns) {
        if (w.endsWith(p) && bare(w.chopped(p.size())))
            return true;
    }
    return false;
}

// A sentence that opens like a deed: a gerund ("Facendo seguito", "Restando in attesa",
// "Ringraziandola") or an absolute participle ("Verificato che", "Preso atto", "Esaminata la
// documentazione"). A reply opens with what the customer wants to know. The opening may follow
// a short greeting ("Ciao Marco, facendo seguito...").
void openingConstruction(const OpeningConstruction &check, int rule, const QList<Token> &tokens,
                         QList<Candidate> &out)
{
    static constexpr std::initializer_list<QStringView> participle{u"ato", u"ata", u"ati", u"ate",
                                                                   u"uto", u"uta", u"uti", u"ute",
                                                                   u"ito", u"ita", u"iti", u"ite"};
    qsizetype segmentStart = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (i == 0 || t.boundaryBefore)
            segmentStart = i;
        const bool opensSentence = i == segmentStart;
        const bool opensAfterGreeting = !opensSentence && t.gapBefore == Gap::Other &&
                                        i - segmentStart <= check.greetingWords &&
                                        check.greetings.contains(tokens[segmentStart].folded);
        if (!opensSentence && !opensAfterGreeting)
            continue;
        if (check.exceptions.contains(t.folded) || t.accentedEnding)
            continue;
        const bool hasNext = i + 1 < tokens.size() && !tokens[i + 1].boundaryBefore &&
                             tokens[i + 1].gapBefore == Gap::None;
        bool flagged = isGerund(t.folded) && hasNext;
        if (!flagged && hasNext && check.followers.contains(tokens[i + 1].folded)) {
            flagged = check.participles.contains(t.folded) ||
                      (t.folded.size() >= 6 && endsWithAny(t.folded, participle));
        }
        if (flagged)
            out.append({t.start, tokens[i + 1].end, rule, -1, OpeningPriority});
    }
}

// The capital of courtesy of formal letters: "la Sua richiesta", "contattarLa". Text in capitals
// throughout is shouting, not a letter, so it is left alone; so is the first word of a sentence.
void courtesyCapital(const CourtesyCapital &check, int rule, QStringView text,
                     const QList<Token> &tokens, QList<Candidate> &out)
{
    const auto hasLower = [](QStringView s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLower(); });
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        const QStringView word = text.mid(t.start, t.end - t.start);
        bool flagged = false;
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }))
            continue; // most words: nothing for either rule to look at
        if (i > 0 && !t.boundaryBefore && check.words.contains(word)) {
            // Shouting in capitals is not a letter: only count when the neighbours are written
            // in lower case.
            const Token &before = tokens[i - 1];
            flagged = hasLower(text.mid(before.start, before.end - before.start));
        }
        if (!flagged) {
            for (const QString &clitic : check.clitics) {
                if (word.size() >= clitic.size() + 4 && word.endsWith(clitic) &&
                    hasLower(word.first(word.size() - clitic.size())) &&
                    word[word.size() - clitic.size() - 1].isLower()) {
                    flagged = true;
                    break;
                }
            }
        }
        if (flagged)
            out.append({t.start, t.end, rule, -1, CourtesyCapitalPriority});
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the rules file

bool readStrings(const QJsonObject &object, const QString &key, const QString &where, bool required,
                 QStringList *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(error, where + QStringLiteral(": %1 is missing; it must be an array of "
                                                      "strings.")
                                           .arg(quoted(key)));
        return true;
    }
    if (!value.isArray())
        return fail(error,
                    where + QStringLiteral(": %1 must be an array of strings.").arg(quoted(key)));
    const QJsonArray array = value.toArray();
    for (qsizetype k = 0; k < array.size(); ++k) {
        if (!array[k].isString() || array[k].toString().trimmed().isEmpty())
            return fail(
                error,
                where +
                    QStringLiteral(": %1[%2] must be a non-empty string.").arg(quoted(key)).arg(k));
        out->append(array[k].toString().trimmed());
    }
    return true;
}

bool readInt(const QJsonObject &object, const QString &key, const QString &where, int min, int max,
             int *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const double d = value.toDouble(-1e9);
    if (!value.isDouble() || d != std::floor(d) || d < min || d > max)
        return fail(error, where + QStringLiteral(": %1 must be a whole number from %2 to %3.")
                                       .arg(quoted(key))
                                       .arg(min)
                                       .arg(max));
    *out = int(d);
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, const QString &where, bool *out,
              QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(error, where + QStringLiteral(": %1 must be true or false.").arg(quoted(key)));
    *out = value.toBool();
    return true;
}

// Single folded words, for the checks' word lists ("di", "verifica", "ità").
bool readWords(const QJsonObject &object, const QString &key, const QString &where, bool required,
               QStringList *folded, QList<bool> *accented, QString *error)
{
    QStringList raw;
    if (!readStrings(object, key, where, required, &raw, error))
        return false;
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const QList<Token> words = tokenize(raw[k]);
        if (words.size() != 1 || raw[k].contains(u'*'))
            return fail(error, where + QStringLiteral(": %1[%2] %3 must be one word, without "
                                                      "\"*\".")
                                           .arg(quoted(key))
                                           .arg(k)
                                           .arg(quoted(raw[k])));
        folded->append(words.first().folded);
        if (accented)
            accented->append(words.first().accentedEnding);
    }
    return true;
}

bool readPatterns(const QJsonObject &object, const QString &key, const QString &where,
                  bool required, QList<Steps> *patterns, PatternIndex *index, QString *error)
{
    QStringList raw;
    if (!readStrings(object, key, where, required, &raw, error))
        return false;
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const std::optional<Steps> steps = parsePattern(
            raw[k], where + QStringLiteral(", %1[%2] %3").arg(key).arg(k).arg(quoted(raw[k])),
            error);
        if (!steps)
            return false;
        index->add(*steps, int(patterns->size()));
        patterns->append(*steps);
    }
    return true;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

std::optional<CheckSettings> readCheck(const QString &kind, const QJsonObject &settings,
                                       const QString &where, QString *error)
{
    const QString at = where + QStringLiteral(", settings");
    if (kind == u"impersonal_si") {
        if (!onlyKnownKeys(settings, {QStringLiteral("verbs"), QStringLiteral("comment")}, at,
                           error))
            return std::nullopt;
        ImpersonalSi check;
        if (!readWords(settings, QStringLiteral("verbs"), at, true, &check.stems, nullptr, error))
            return std::nullopt;
        for (const QString &stem : std::as_const(check.stems)) {
            if (stem.size() < kHeadLength) {
                fail(error, at + QStringLiteral(": the verb stem %1 is too short; write at least "
                                                "%2 letters.")
                                     .arg(quoted(stem))
                                     .arg(kHeadLength));
                return std::nullopt;
            }
        }
        return check;
    }
    if (kind == u"agent_passive") {
        if (!onlyKnownKeys(settings,
                           {QStringLiteral("agents"), QStringLiteral("participles"),
                            QStringLiteral("window"), QStringLiteral("maxPassives"),
                            QStringLiteral("comment")},
                           at, error))
            return std::nullopt;
        AgentPassive check;
        QStringList participles;
        if (!readPatterns(settings, QStringLiteral("agents"), at, true, &check.agents,
                          &check.agentIndex, error) ||
            !readWords(settings, QStringLiteral("participles"), at, false, &participles, nullptr,
                       error) ||
            !readInt(settings, QStringLiteral("window"), at, 1, 30, &check.window, error) ||
            !readInt(settings, QStringLiteral("maxPassives"), at, 0, 20, &check.maxPassives, error))
            return std::nullopt;
        check.participles = toSet(participles);
        return check;
    }
    if (kind == u"nominal_chain") {
        if (!onlyKnownKeys(settings,
                           {QStringLiteral("links"), QStringLiteral("suffixes"),
                            QStringLiteral("nominalisations"), QStringLiteral("exceptions"),
                            QStringLiteral("minNouns"), QStringLiteral("minNominalisations"),
                            QStringLiteral("longChain"), QStringLiteral("longChainNominalisations"),
                            QStringLiteral("bareAfter"), QStringLiteral("comment")},
                           at, error))
            return std::nullopt;
        NominalChain check;
        QStringList links, suffixes, nominalisations, exceptions, bareAfter;
        QList<bool> accented;
        if (!readWords(settings, QStringLiteral("links"), at, true, &links, nullptr, error) ||
            !readWords(settings, QStringLiteral("suffixes"), at, true, &suffixes, &accented,
                       error) ||
            !readWords(settings, QStringLiteral("nominalisations"), at, false, &nominalisations,
                       nullptr, error) ||
            !readWords(settings, QStringLiteral("exceptions"), at, false, &exceptions, nullptr,
                       error) ||
            !readInt(settings, QStringLiteral("minNouns"), at, 2, 20, &check.minNouns, error) ||
            !readInt(settings, QStringLiteral("minNominalisations"), at, 1, 20,
                     &check.minNominalisations, error) ||
            !readWords(settings, QStringLiteral("bareAfter"), at, false, &bareAfter, nullptr,
                       error) ||
            !readInt(settings, QStringLiteral("longChain"), at, 0, 30, &check.longChain, error) ||
            !readInt(settings, QStringLiteral("longChainNominalisations"), at, 0, 30,
                     &check.longChainNominalisations, error))
            return std::nullopt;
        check.links = toSet(links);
        for (qsizetype k = 0; k < suffixes.size(); ++k)
            check.suffixes.append({suffixes[k], accented[k]});
        check.nominalisations = toSet(nominalisations);
        check.exceptions = toSet(exceptions);
        check.bareAfter = toSet(bareAfter);
        return check;
    }
    if (kind == u"long_sentence") {
        if (!onlyKnownKeys(settings,
                           {QStringLiteral("maxWords"), QStringLiteral("maxWordsWithClauses"),
                            QStringLiteral("minClauses"), QStringLiteral("clauseMarkers"),
                            QStringLiteral("countGerunds"), QStringLiteral("comment")},
                           at, error))
            return std::nullopt;
        LongSentence check;
        if (!readInt(settings, QStringLiteral("maxWords"), at, 5, 500, &check.maxWords, error) ||
            !readInt(settings, QStringLiteral("maxWordsWithClauses"), at, 5, 500,
                     &check.maxWordsWithClauses, error) ||
            !readInt(settings, QStringLiteral("minClauses"), at, 1, 50, &check.minClauses, error) ||
            !readPatterns(settings, QStringLiteral("clauseMarkers"), at, false, &check.markers,
                          &check.markerIndex, error) ||
            !readBool(settings, QStringLiteral("countGerunds"), at, &check.countGerunds, error))
            return std::nullopt;
        return check;
    }
    if (kind == u"opening_construction") {
        if (!onlyKnownKeys(settings,
                           {QStringLiteral("participles"), QStringLiteral("followers"),
                            QStringLiteral("exceptions"), QStringLiteral("greetings"),
                            QStringLiteral("greetingWords"), QStringLiteral("comment")},
                           at, error))
            return std::nullopt;
        OpeningConstruction check;
        QStringList participles, followers, exceptions, greetings;
        if (!readWords(settings, QStringLiteral("participles"), at, false, &participles, nullptr,
                       error) ||
            !readWords(settings, QStringLiteral("followers"), at, true, &followers, nullptr,
                       error) ||
            !readWords(settings, QStringLiteral("exceptions"), at, false, &exceptions, nullptr,
                       error) ||
            !readWords(settings, QStringLiteral("greetings"), at, false, &greetings, nullptr,
                       error) ||
            !readInt(settings, QStringLiteral("greetingWords"), at, 0, 10, &check.greetingWords,
                     error))
            return std::nullopt;
        check.participles = toSet(participles);
        check.followers = toSet(followers);
        check.exceptions = toSet(exceptions);
        check.greetings = toSet(greetings);
        return check;
    }
    if (kind == u"courtesy_capital") {
        if (!onlyKnownKeys(
                settings,
                {QStringLiteral("words"), QStringLiteral("clitics"), QStringLiteral("comment")}, at,
                error))
            return std::nullopt;
        CourtesyCapital check;
        QStringList words;
        // Kept as written: capitals are the point of this check.
        if (!readStrings(settings, QStringLiteral("words"), at, true, &words, error) ||
            !readStrings(settings, QStringLiteral("clitics"), at, false, &check.clitics, error))
            return std::nullopt;
        check.words = words;
        return check;
    }
    fail(error, where + QStringLiteral(": unknown check %1; expected one of: impersonal_si, "
                                       "agent_passive, nominal_chain, long_sentence, "
                                       "opening_construction, courtesy_capital.")
                            .arg(quoted(kind)));
    return std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct StyleRules::Data
{
    struct Rule
    {
        QString id;
        QString reasonIt;
        QString reasonEn;
        QStringList suggestions;
    };
    struct Group
    {
        int rule = 0;
        QStringList suggestions;
    };

    QList<Rule> rules;
    QList<Group> groups;
    QList<Steps> patterns;
    QList<int> patternGroup;
    PatternIndex index;
    QList<Check> checks;
};

StyleRules::StyleRules() : m_data(std::make_shared<const Data>()) {}

std::optional<StyleRules> StyleRules::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> parsed =
        rulesfile::topObject(json, QStringLiteral("Style rules"), QStringLiteral("rules"), error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    const QString top = QStringLiteral("Style rules");
    if (!onlyKnownKeys(
            root, {QStringLiteral("version"), QStringLiteral("rules"), QStringLiteral("comment")},
            top, error))
        return std::nullopt;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toInt(-1) != kSupportedVersion) {
        const QString found = version.isUndefined()
                                  ? QStringLiteral("it is missing")
                                  : QStringLiteral("found %1").arg(version.toVariant().toString());
        fail(error, QStringLiteral("Style rules: \"version\" must be %1 (%2).")
                        .arg(kSupportedVersion)
                        .arg(found));
        return std::nullopt;
    }
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray()) {
        fail(error, QStringLiteral("Style rules: \"rules\" must be an array."));
        return std::nullopt;
    }

    auto data = std::make_shared<Data>();
    QHash<QString, QString> seenPatterns; // canonical form -> where it was first written
    static const QRegularExpression idFormat(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype ri = 0; ri < rules.size(); ++ri) {
        QString where = QStringLiteral("rules[%1]").arg(ri);
        if (!rules[ri].isObject()) {
            fail(error, where + QStringLiteral(": must be an object."));
            return std::nullopt;
        }
        const QJsonObject entry = rules[ri].toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            where += QStringLiteral(" (%1)").arg(quoted(id));
        if (!onlyKnownKeys(entry,
                           {QStringLiteral("id"), QStringLiteral("reason"),
                            QStringLiteral("suggestions"), QStringLiteral("phrases"),
                            QStringLiteral("check"), QStringLiteral("settings"),
                            QStringLiteral("comment")},
                           where, error))
            return std::nullopt;
        if (id.isEmpty() || !idFormat.match(id).hasMatch()) {
            fail(error, where + QStringLiteral(": \"id\" must be a name in lower case letters, "
                                               "digits and \"_\", such as \"archaic_formula\"."));
            return std::nullopt;
        }
        for (const Data::Rule &earlier : std::as_const(data->rules)) {
            if (earlier.id == id) {
                fail(error, where + QStringLiteral(": the id is already used by an earlier "
                                                   "rule; ids must be unique."));
                return std::nullopt;
            }
        }

        Data::Rule rule;
        rule.id = id;
        const QJsonValue reasonValue = entry.value(QStringLiteral("reason"));
        const QString reasonFormat = QStringLiteral(": \"reason\" must be an object with the "
                                                    "message in Italian (\"it\") and English "
                                                    "(\"en\").");
        if (!reasonValue.isObject()) {
            fail(error, where + reasonFormat);
            return std::nullopt;
        }
        const QJsonObject reason = reasonValue.toObject();
        if (!onlyKnownKeys(reason, {QStringLiteral("it"), QStringLiteral("en")},
                           where + QStringLiteral(", reason"), error))
            return std::nullopt;
        if (reason.value(QStringLiteral("it")).toString().trimmed().isEmpty() ||
            reason.value(QStringLiteral("en")).toString().trimmed().isEmpty()) {
            fail(error, where + reasonFormat);
            return std::nullopt;
        }
        rule.reasonIt = reason.value(QStringLiteral("it")).toString().trimmed();
        rule.reasonEn = reason.value(QStringLiteral("en")).toString().trimmed();
        if (!readStrings(entry, QStringLiteral("suggestions"), where, false, &rule.suggestions,
                         error))
            return std::nullopt;

        const int ruleIndex = int(data->rules.size());
        const QJsonValue phrasesValue = entry.value(QStringLiteral("phrases"));
        const QJsonValue checkValue = entry.value(QStringLiteral("check"));
        if (phrasesValue.isUndefined() && checkValue.isUndefined()) {
            fail(error, where + QStringLiteral(": a rule needs \"phrases\", a \"check\", or "
                                               "both."));
            return std::nullopt;
        }
        if (!phrasesValue.isUndefined()) {
            if (!phrasesValue.isArray()) {
                fail(error, where + QStringLiteral(": \"phrases\" must be an array of "
                                                   "{\"patterns\", \"suggestions\"} groups."));
                return std::nullopt;
            }
            const QJsonArray groups = phrasesValue.toArray();
            for (qsizetype gi = 0; gi < groups.size(); ++gi) {
                const QString groupWhere = where + QStringLiteral(", phrases[%1]").arg(gi);
                if (!groups[gi].isObject()) {
                    fail(error, groupWhere + QStringLiteral(": must be an object with "
                                                            "\"patterns\"."));
                    return std::nullopt;
                }
                const QJsonObject group = groups[gi].toObject();
                if (!onlyKnownKeys(group,
                                   {QStringLiteral("patterns"), QStringLiteral("suggestions"),
                                    QStringLiteral("comment")},
                                   groupWhere, error))
                    return std::nullopt;
                Data::Group g;
                g.rule = ruleIndex;
                QStringList patterns;
                if (!readStrings(group, QStringLiteral("patterns"), groupWhere, true, &patterns,
                                 error) ||
                    !readStrings(group, QStringLiteral("suggestions"), groupWhere, false,
                                 &g.suggestions, error))
                    return std::nullopt;
                if (patterns.isEmpty()) {
                    fail(error, groupWhere + QStringLiteral(": \"patterns\" is empty."));
                    return std::nullopt;
                }
                const int groupIndex = int(data->groups.size());
                data->groups.append(g);
                for (qsizetype pi = 0; pi < patterns.size(); ++pi) {
                    const QString patternWhere =
                        groupWhere +
                        QStringLiteral(", patterns[%1] %2").arg(pi).arg(quoted(patterns[pi]));
                    std::optional<Steps> steps = parsePattern(patterns[pi], patternWhere, error);
                    if (!steps)
                        return std::nullopt;
                    const QString canon = canonical(*steps);
                    if (const auto it = seenPatterns.constFind(canon); it != seenPatterns.cend()) {
                        fail(error, patternWhere +
                                        QStringLiteral(": duplicate of %1 (case and accents are "
                                                       "ignored).")
                                            .arg(*it));
                        return std::nullopt;
                    }
                    seenPatterns.insert(canon, patternWhere);
                    const int patternIndex = int(data->patterns.size());
                    data->index.add(*steps, patternIndex);
                    data->patterns.append(std::move(*steps));
                    data->patternGroup.append(groupIndex);
                }
            }
        }
        const QJsonValue settingsValue = entry.value(QStringLiteral("settings"));
        if (!checkValue.isUndefined()) {
            if (!checkValue.isString()) {
                fail(error, where + QStringLiteral(": \"check\" must be the name of a built-in "
                                                   "check."));
                return std::nullopt;
            }
            if (!settingsValue.isUndefined() && !settingsValue.isObject()) {
                fail(error, where + QStringLiteral(": \"settings\" must be an object."));
                return std::nullopt;
            }
            std::optional<CheckSettings> settings =
                readCheck(checkValue.toString(), settingsValue.toObject(), where, error);
            if (!settings)
                return std::nullopt;
            data->checks.append({ruleIndex, std::move(*settings)});
        } else if (!settingsValue.isUndefined()) {
            fail(error, where + QStringLiteral(": \"settings\" belong to a \"check\"; this rule "
                                               "has none."));
            return std::nullopt;
        }
        data->rules.append(std::move(rule));
    }
    StyleRules result;
    result.m_data = std::move(data);
    return result;
}

std::optional<StyleRules> StyleRules::fromFile(const QString &path, QString *error)
{
    return rulesfile::fromFile<StyleRules>(path, QStringLiteral("style rules"),
                                           &StyleRules::fromJson, error);
}

StyleRules StyleRules::builtIn()
{
    QString error;
    std::optional<StyleRules> rules = fromFile(QStringLiteral(":/style/rules.json"), &error);
    if (!rules) {
        qCritical("Built-in style rules unusable, replies will not be checked for style: %s",
                  qUtf8Printable(error));
        return StyleRules();
    }
    return std::move(*rules);
}

int StyleRules::ruleCount() const
{
    return int(m_data->rules.size());
}

QStringList StyleRules::ruleIds() const
{
    QStringList ids;
    for (const Data::Rule &rule : m_data->rules)
        ids.append(rule.id);
    return ids;
}

StyleChecker::StyleChecker(StyleRules rules, QString language)
    : m_rules(std::move(rules)), m_english(language.compare(u"en", Qt::CaseInsensitive) == 0)
{
}

QList<StyleFinding> StyleChecker::check(const QString &text) const
{
    const StyleRules::Data &data = *m_rules.m_data;
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return {};

    QList<Candidate> candidates;
    for (const Match &m : findAll(data.patterns, data.index, tokens)) {
        const int group = data.patternGroup[m.id];
        const Token &lastToken = tokens[m.last - 1];
        qsizetype end = lastToken.end;
        // Underline an abbreviation with its dot: "Vs." rather than "Vs", "la S.V." rather
        // than "la S.V".
        const Step &lastStep = data.patterns[m.id].last();
        if (lastToken.dotAfter &&
            ((lastToken.folded.size() == 1 && lastToken.folded[0].isLetter()) ||
             isAbbreviationWord(lastToken.folded) ||
             std::any_of(lastStep.alternatives.begin(), lastStep.alternatives.end(),
                         [](const Alternative &a) { return a.dot; })))
            ++end;
        candidates.append(
            {tokens[m.first].start, end, data.groups[group].rule, group, PhrasePriority});
    }
    const QList<int> segments = segmentsOf(tokens);
    for (const Check &check : data.checks) {
        if (const auto *si = std::get_if<ImpersonalSi>(&check.settings))
            impersonalSi(*si, check.rule, tokens, candidates);
        else if (const auto *passive = std::get_if<AgentPassive>(&check.settings))
            agentPassive(*passive, check.rule, tokens, segments, candidates);
        else if (const auto *chain = std::get_if<NominalChain>(&check.settings))
            nominalChain(*chain, check.rule, tokens, candidates);
        else if (const auto *sentence = std::get_if<LongSentence>(&check.settings))
            longSentence(*sentence, check.rule, tokens, segments, candidates);
        else if (const auto *opening = std::get_if<OpeningConstruction>(&check.settings))
            openingConstruction(*opening, check.rule, tokens, candidates);
        else if (const auto *capital = std::get_if<CourtesyCapital>(&check.settings))
            courtesyCapital(*capital, check.rule, text, tokens, candidates);
    }

    // The longer claim wins, so that a nominal chain is reported as a chain rather than as
    // one of its words; on equal length the phrase rules win, as their suggestions are
    // specific. Long sentences come last: they are reported on whatever the others leave.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const bool aLong = a.priority == LongSentencePriority;
        const bool bLong = b.priority == LongSentencePriority;
        if (aLong != bLong)
            return bLong;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.start < b.start;
    });

    QList<Candidate> chosen; // kept sorted by start
    const auto overlaps = [&chosen](qsizetype start, qsizetype end) {
        auto it = std::lower_bound(chosen.begin(), chosen.end(), start,
                                   [](const Candidate &c, qsizetype s) { return c.end <= s; });
        return it != chosen.end() && it->start < end;
    };
    const auto insert = [&chosen](const Candidate &c) {
        auto it = std::lower_bound(chosen.begin(), chosen.end(), c.start,
                                   [](const Candidate &x, qsizetype s) { return x.start < s; });
        chosen.insert(it, c);
    };
    for (const Candidate &c : std::as_const(candidates)) {
        if (!overlaps(c.start, c.end)) {
            insert(c);
            continue;
        }
        if (c.priority != LongSentencePriority)
            continue;
        // A long sentence is still worth saying when phrases inside it were already marked:
        // mark the longest stretch of it that nothing else claims.
        qsizetype bestStart = -1;
        qsizetype bestEnd = -1;
        qsizetype cursor = c.start;
        for (const Candidate &other : std::as_const(chosen)) {
            if (other.end <= c.start || other.start >= c.end)
                continue;
            if (other.start - cursor > bestEnd - bestStart) {
                bestStart = cursor;
                bestEnd = other.start;
            }
            cursor = std::max(cursor, other.end);
        }
        if (c.end - cursor > bestEnd - bestStart) {
            bestStart = cursor;
            bestEnd = c.end;
        }
        // Trim to whole words.
        qsizetype first = -1;
        qsizetype last = -1;
        for (const Token &t : tokens) {
            if (t.start >= bestStart && t.end <= bestEnd) {
                if (first < 0)
                    first = t.start;
                last = t.end;
            }
        }
        if (first >= 0 && !overlaps(first, last))
            insert({first, last, c.rule, c.group, c.priority});
    }

    QList<StyleFinding> findings;
    findings.reserve(chosen.size());
    for (const Candidate &c : std::as_const(chosen)) {
        const StyleRules::Data::Rule &rule = data.rules[c.rule];
        QStringList suggestions = rule.suggestions;
        if (c.group >= 0 && !data.groups[c.group].suggestions.isEmpty())
            suggestions = data.groups[c.group].suggestions;
        findings.append(
            {rule.id, c.start, c.end, m_english ? rule.reasonEn : rule.reasonIt, suggestions});
    }
    return findings;
}

double StyleChecker::gulpease(const QString &text)
{
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return 100.0;
    qsizetype letters = 0;
    qsizetype sentences = 0;
    for (const Token &t : tokens) {
        letters += t.letters;
        if (t.endsSentence)
            ++sentences;
    }
    if (!tokens.last().endsSentence)
        ++sentences;
    const double words = double(tokens.size());
    const double index = 89.0 + (300.0 * double(sentences) - 10.0 * double(letters)) / words;
    return std::clamp(index, 0.0, 100.0);
}

} // namespace sportello
