#include "PersonalDataDetector.h"

#include <QRegularExpression>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace sportello {

QString toKey(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Iban:
        return QStringLiteral("iban");
    case PersonalDataKind::Card:
        return QStringLiteral("card");
    case PersonalDataKind::CodiceFiscale:
        return QStringLiteral("codice_fiscale");
    case PersonalDataKind::PartitaIva:
        return QStringLiteral("partita_iva");
    case PersonalDataKind::Phone:
        return QStringLiteral("phone");
    case PersonalDataKind::Email:
        return QStringLiteral("email");
    case PersonalDataKind::Otp:
        return QStringLiteral("otp");
    }
    return {};
}

namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - start; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
};

// ---------------------------------------------------------------------------------------------
// Characters

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool isAsciiAlnum(QChar c)
{
    return isDigit(c) || isAsciiLetter(c);
}

// Spaces that may sit inside a printed number; a line break never does, because two numbers on
// consecutive lines are two numbers.
bool isInlineSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x2009 || u == 0x202F;
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// ---------------------------------------------------------------------------------------------
// Check digits

struct IbanCountry
{
    char16_t first;
    char16_t second;
    int length;
};

// ISO 13616 registry (SWIFT IBAN registry). Territories such as GP or RE use the FR entry.
constexpr std::array kIbanCountries = {
    IbanCountry{u'A', u'D', 24}, IbanCountry{u'A', u'E', 23}, IbanCountry{u'A', u'L', 28},
    IbanCountry{u'A', u'T', 20}, IbanCountry{u'A', u'Z', 28}, IbanCountry{u'B', u'A', 20},
    IbanCountry{u'B', u'E', 16}, IbanCountry{u'B', u'G', 22}, IbanCountry{u'B', u'H', 22},
    IbanCountry{u'B', u'I', 27}, IbanCountry{u'B', u'R', 29}, IbanCountry{u'B', u'Y', 28},
    IbanCountry{u'C', u'H', 21}, IbanCountry{u'C', u'R', 22}, IbanCountry{u'C', u'Y', 28},
    IbanCountry{u'C', u'Z', 24}, IbanCountry{u'D', u'E', 22}, IbanCountry{u'D', u'J', 27},
    IbanCountry{u'D', u'K', 18}, IbanCountry{u'D', u'O', 28}, IbanCountry{u'E', u'E', 20},
    IbanCountry{u'E', u'G', 29}, IbanCountry{u'E', u'S', 24}, IbanCountry{u'F', u'I', 18},
    IbanCountry{u'F', u'K', 18}, IbanCountry{u'F', u'O', 18}, IbanCountry{u'F', u'R', 27},
    IbanCountry{u'G', u'B', 22}, IbanCountry{u'G', u'E', 22}, IbanCountry{u'G', u'I', 23},
    IbanCountry{u'G', u'L', 18}, IbanCountry{u'G', u'R', 27}, IbanCountry{u'G', u'T', 28},
    IbanCountry{u'H', u'N', 28}, IbanCountry{u'H', u'R', 21}, IbanCountry{u'H', u'U', 28},
    IbanCountry{u'I', u'E', 22}, IbanCountry{u'I', u'L', 23}, IbanCountry{u'I', u'Q', 23},
    IbanCountry{u'I', u'S', 26}, IbanCountry{u'I', u'T', 27}, IbanCountry{u'J', u'O', 30},
    IbanCountry{u'K', u'W', 30}, IbanCountry{u'K', u'Z', 20}, IbanCountry{u'L', u'B', 28},
    IbanCountry{u'L', u'C', 32}, IbanCountry{u'L', u'I', 21}, IbanCountry{u'L', u'T', 20},
    IbanCountry{u'L', u'U', 20}, IbanCountry{u'L', u'V', 21}, IbanCountry{u'L', u'Y', 25},
    IbanCountry{u'M', u'C', 27}, IbanCountry{u'M', u'D', 24}, IbanCountry{u'M', u'E', 22},
    IbanCountry{u'M', u'K', 19}, IbanCountry{u'M', u'N', 20}, IbanCountry{u'M', u'R', 27},
    IbanCountry{u'M', u'T', 31}, IbanCountry{u'M', u'U', 30}, IbanCountry{u'N', u'I', 28},
    IbanCountry{u'N', u'L', 18}, IbanCountry{u'N', u'O', 15}, IbanCountry{u'O', u'M', 23},
    IbanCountry{u'P', u'K', 24}, IbanCountry{u'P', u'L', 28}, IbanCountry{u'P', u'S', 29},
    IbanCountry{u'P', u'T', 25}, IbanCountry{u'Q', u'A', 29}, IbanCountry{u'R', u'O', 24},
    IbanCountry{u'R', u'S', 22}, IbanCountry{u'R', u'U', 33}, IbanCountry{u'S', u'A', 24},
    IbanCountry{u'S', u'C', 31}, IbanCountry{u'S', u'D', 18}, IbanCountry{u'S', u'E', 24},
    IbanCountry{u'S', u'I', 19}, IbanCountry{u'S', u'K', 24}, IbanCountry{u'S', u'M', 27},
    IbanCountry{u'S', u'O', 23}, IbanCountry{u'S', u'T', 25}, IbanCountry{u'S', u'V', 28},
    IbanCountry{u'T', u'L', 23}, IbanCountry{u'T', u'N', 24}, IbanCountry{u'T', u'R', 26},
    IbanCountry{u'U', u'A', 29}, IbanCountry{u'V', u'A', 22}, IbanCountry{u'V', u'G', 24},
    IbanCountry{u'X', u'K', 20}, IbanCountry{u'Y', u'E', 30},
};
constexpr int kShortestIban = 15;
constexpr int kLongestIban = 34;

int ibanLength(QChar a, QChar b)
{
    const char16_t first = a.toUpper().unicode();
    const char16_t second = b.toUpper().unicode();
    for (const IbanCountry &c : kIbanCountries) {
        if (c.first == first && c.second == second)
            return c.length;
    }
    return 0;
}

// ISO 7064 MOD 97-10 on the upper-cased compact form.
bool ibanChecksumOk(QStringView iban)
{
    // 00, 01 and 99 can satisfy the modulus but are never issued.
    const int check = digitValue(iban[2]) * 10 + digitValue(iban[3]);
    if (check < 2 || check > 98)
        return false;
    int remainder = 0;
    const auto feed = [&remainder](QChar c) {
        if (isDigit(c))
            remainder = (remainder * 10 + digitValue(c)) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    };
    for (qsizetype i = 4; i < iban.size(); ++i)
        feed(iban[i]);
    for (qsizetype i = 0; i < 4; ++i)
        feed(iban[i]);
    return remainder == 1;
}

bool luhnOk(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitValue(digits[i]);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

// A Luhn-valid number is one in ten of all numbers, so the issuer range and length are what
// tell a card from an order number.
bool plausibleCardIssuer(QStringView d)
{
    const qsizetype n = d.size();
    const auto prefix = [d](qsizetype k) { return d.left(k).toInt(); };
    const auto lengthIn = [n](qsizetype lo, qsizetype hi) { return n >= lo && n <= hi; };
    const int p2 = prefix(2);
    const int p3 = prefix(3);
    const int p4 = prefix(4);
    if (d[0] == u'4')
        return n == 13 || n == 16 || n == 19; // Visa, Visa Electron
    if (p2 >= 51 && p2 <= 55)
        return n == 16; // Mastercard
    if (p4 >= 2221 && p4 <= 2720)
        return n == 16; // Mastercard 2-series
    if (p4 >= 2200 && p4 <= 2204)
        return lengthIn(16, 19); // Mir
    if (p2 == 34 || p2 == 37)
        return n == 15; // American Express
    if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36)
        return lengthIn(14, 19); // Diners Club
    if (p2 == 38 || p2 == 39)
        return lengthIn(16, 19); // Diners Club
    if (p4 >= 3528 && p4 <= 3589)
        return lengthIn(16, 19); // JCB
    if (p2 == 50 || (p2 >= 56 && p2 <= 58))
        return lengthIn(12, 19); // Maestro
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || p2 == 62)
        return lengthIn(16, 19); // Discover, UnionPay
    if (d[0] == u'6')
        return lengthIn(12, 19); // Maestro (56-69), RuPay, InterPayment, InstaPayment
    if (p2 == 81 || p2 == 82)
        return lengthIn(16, 19); // UnionPay, RuPay
    return false;
}

// Agenzia delle Entrate algorithm: odd positions as they are, even positions doubled with the
// digits of the result summed.
bool partitaIvaOk(QStringView d)
{
    if (d.left(7) == u"0000000")
        return false; // no taxpayer has serial zero
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        int v = digitValue(d[i]);
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return (10 - sum % 10) % 10 == digitValue(d[10]);
}

// Decree 605/1973 tables. Omocodia letters go through the same tables as any letter.
bool codiceFiscaleOk(QStringView cf)
{
    static constexpr std::array<int, 26> kOdd = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                                 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (qsizetype i = 0; i < 15; ++i) {
        const QChar c = cf[i];
        const int index = isDigit(c) ? digitValue(c) : c.unicode() - u'A';
        sum += (i % 2 == 0) ? kOdd[size_t(index)] : index;
    }
    return cf[15].unicode() == u'A' + sum % 26;
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once for the life of the process. Each is compiled (and JIT-compiled) in
// its function-local static initialiser, which C++ runs exactly once even when threads race to
// it; afterwards the detector only matches against const patterns, which is thread-safe.

QRegularExpression compiled(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    Q_ASSERT_X(re.isValid(), "PersonalDataDetector", qPrintable(re.errorString()));
    return re;
}

const QRegularExpression &emailPattern()
{
    // Practical addr-spec: the quoted and IP-literal forms never appear in a customer message.
    // Labels cannot end in "." or "-", so trailing punctuation stays outside the match.
    static const QRegularExpression re = compiled(QStringLiteral(
        R"((?<![\p{L}\p{N}_%+'-])[\p{L}\p{N}_][\p{L}\p{N}_%+'-]*(?:\.[\p{L}\p{N}_%+'-]+)*)"
        R"(@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+)"
        R"((?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}]))"));
    return re;
}

const QRegularExpression &codiceFiscalePattern()
{
    // Surname, name, year, month, day, place, check; the printed form sometimes spaces the
    // parts ("RSS MRA 85T10 A562S").
    static const QRegularExpression re = compiled(
        QStringLiteral(R"((?<![\p{L}\p{N}])[A-Z]{3} ?[A-Z]{3} ?[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2} ?)"
                       R"([A-Z][0-9LMNP-V]{3}[A-Z](?![\p{L}\p{N}]))"));
    return re;
}

// Numbers that are plainly not personal data. Phone numbers and one-time codes overlapping one
// of these are not reported. The look-arounds stop a pattern from biting into a longer number
// ("347.123.4567" is not the amount "347.123").
const QList<QRegularExpression> &harmlessNumberPatterns()
{
    static const QList<QRegularExpression> patterns = {
        // dates: 23/11/2026, 23.11.26, 2026-11-23, 11/2026, 23 11 2026
        compiled(QStringLiteral(
            R"((?<![\d.,/-])(?<d1>\d{1,2})[./-](?<m1>\d{1,2})[./-](?:\d{4}|\d{2})(?!\d|[./-]\d))")),
        compiled(QStringLiteral(
            R"((?<![\d.,/-])(?:19|20)\d{2}[./-](?<m1>\d{1,2})[./-](?<d1>\d{1,2})(?!\d|[./-]\d))")),
        compiled(QStringLiteral(R"((?<![\d.,/-])(?<m1>\d{1,2})/(?:\d{4}|\d{2})(?!\d|[./-]\d))")),
        compiled(QStringLiteral(
            R"((?<![\d.,/-])(?<d1>\d{1,2}) (?<m1>\d{1,2}) (?:19|20)\d{2}(?!\d|[./-]\d))")),
        // times and opening hours: 8:30, 9.00, 18.00.00
        compiled(QStringLiteral(
            R"((?<![\d.,:])(?:[01]?\d|2[0-4])[:.][0-5]\d(?:[:.][0-5]\d)?(?!\d|[.,:]\d))")),
        // opening hours without a separator: 0830-1730
        compiled(QStringLiteral(R"((?<![\d.,:/-])(?:[01]\d|2[0-3])[0-5]\d\s?[-–]\s?)"
                                R"((?:[01]\d|2[0-4])[0-5]\d(?!\d|[.,:/-]\d))")),
        // amounts: 1.250,00  1,250.00  12,50  € 1.250  250 euro  1 250,00 €
        compiled(QStringLiteral(R"((?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|[.,]\d))")),
        compiled(QStringLiteral(R"((?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|[.,]\d))")),
        compiled(QStringLiteral(R"((?<![\d.,])\d+,\d{1,2}(?!\d|[.,]\d))")),
        compiled(QStringLiteral(R"((?:[€$£]|\b(?:eur|euro|usd|gbp|chf)\b)\s?\d(?:[\d.,]*\d)?)")),
        compiled(
            QStringLiteral(R"((?<![\d.,])\d(?:[\d.,]*\d)?\s?)"
                           R"((?:[€$£]|\b(?:eur|euro|euros|usd|gbp|chf|dollari|dollars?)\b))")),
        compiled(QStringLiteral(
            R"((?<![\d.,])\d{1,3}(?:[ \x{A0}\x{202F}]\d{3})+(?:,\d{1,2})?\s?(?:€|\beur\b|\beuro\b))")),
        // percentages: 3,5%  10 %  5 per cento
        compiled(
            QStringLiteral(R"((?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|\bper\s?cento\b|\bpercent\b))")),
    };
    return patterns;
}

bool plausibleDate(const QRegularExpressionMatch &m)
{
    const QString day = m.captured(QStringLiteral("d1"));
    const int month = m.captured(QStringLiteral("m1")).toInt();
    if (day.isEmpty())
        return month >= 1 && month <= 12;
    // Either order, so that the American 11/23/2026 counts as well.
    const int d = day.toInt();
    return d >= 1 && d <= 31 && month >= 1 && month <= 31 && (d <= 12 || month <= 12);
}

// Words that introduce a one-time code, a PIN or a password, in Italian and English.
const QRegularExpression &otpKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:otp|codic[ei]|codes?|pin|passcode|password|passw|pwd|token|one[- ]?time|2fa|mfa)"
        R"(|chiave|verification|cvv2?|cvc)\b)"));
    return re;
}

// Words that vouch for a phone number when its shape alone is not enough ("tel. 0784 1234").
const QRegularExpression &phoneKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:tel|telef\w*|cell|cellulare|cel|mobile|cellphone|phone|telephone|call|chiam\w*)"
        R"(|contatt\w*|whatsapp|fax|recapit\w*|squill\w*)\b)"));
    return re;
}

// Words that keep a card a card when a reference label is near too ("carta n. 4539...").
const QRegularExpression &cardKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:cart[ae]|cards?|visa|mastercard|maestro|amex|american express|bancomat|postepay)"
        R"(|prepagata|credito|debito|credit|debit|pan)\b)"));
    return re;
}

// Labels of a VAT number; a company's codice fiscale is the same 11 digits.
const QRegularExpression &vatKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\bp\.?\s?iva\b|\bpartita\s+i\.?v\.?a\b|\bp\.\s?i\.(?!\w)|\bvat\b|\bi\.v\.a\b|\biva\b)"
        R"(|\bc\.\s?f\.(?!\w)|\bcodice\s+fiscale\b)"));
    return re;
}

// Labels that introduce a number the bank itself issued or that is public: a case, an order, a
// transfer reference (CRO, TRN), a postcode, a bank branch code, an article of law.
const QRegularExpression &referenceKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:pratic[ae]|ordin[ei]|orders?|rif|riferimento|ref|reference|ticket|protocollo|prot)"
        R"(|tracking|tracciamento|spedizion[ei]|pacco|fattur[ae]|invoices?|cap|zip|postal[e]?|abi)"
        R"(|cab|bic|swift|contratto|polizza|matricola|sconto|promo|promozionale|coupon|errore)"
        R"(|error|articolo|art|comma|legge|decreto|dpr|regolamento|prodotto|segnalazione|reclamo)"
        R"(|cro|trn|id)\b)"));
    return re;
}

// "n. 12345", "nr 12345", "#12345": only a label when it touches the number.
const QRegularExpression &numberSignKeywords()
{
    static const QRegularExpression re =
        compiled(QStringLiteral(R"(\bn\s?[.°º]|\bnr\b\.?|\bnum\.|\bno\.|#)"));
    return re;
}

// PCRE2 re-validates the whole subject as UTF-16 on every match, which for a text with many
// numbers costs more than the matching itself. The text is checked once instead, and lone
// surrogates (possible in text from the network) become U+FFFD so that skipping the check stays
// safe; the length, and so every index, is unchanged.
QString validUtf16(const QString &text)
{
    QString out = text;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

// `subject` must have been through validUtf16().
QRegularExpressionMatchIterator matchAll(const QRegularExpression &re, const QString &subject)
{
    return re.globalMatch(subject, 0, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
}

QList<Span> matchSpans(const QRegularExpression &re, const QString &text)
{
    QList<Span> spans;
    auto it = matchAll(re, text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

// Characters between the end of the keyword and the candidate, or -1 when there is no keyword
// within the window.
qsizetype gapBefore(const QList<Span> &keywords, const Span &c, qsizetype window)
{
    qsizetype best = -1;
    for (const Span &k : keywords) {
        if (k.end > c.start)
            break;
        const qsizetype gap = c.start - k.end;
        if (gap <= window)
            best = gap; // keywords are in text order, so the last one is the nearest
    }
    return best;
}

qsizetype gapAfter(const QList<Span> &keywords, const Span &c, qsizetype window)
{
    for (const Span &k : keywords) {
        if (k.start < c.end)
            continue;
        const qsizetype gap = k.start - c.end;
        return gap <= window ? gap : -1;
    }
    return -1;
}

qsizetype nearest(qsizetype a, qsizetype b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

// ---------------------------------------------------------------------------------------------
// The text being scanned and what has been decided about its parts so far.

class Page
{
public:
    explicit Page(const QString &text) : m_text(validUtf16(text)), m_view(m_text) {}
    Q_DISABLE_COPY_MOVE(Page) // m_view points into m_text

    const QString &text() const { return m_text; }
    QStringView view() const { return m_view; }

    // A null QChar outside the text, so that neighbours can be asked about without bounds checks.
    QChar at(qsizetype i) const { return i >= 0 && i < m_view.size() ? m_view[i] : QChar(); }

    bool letterAttached(const Span &s) const
    {
        return at(s.start - 1).isLetter() || at(s.end).isLetter();
    }

    // "12.3456" or "12,3456": the span continues a number written with other punctuation.
    bool glued(const Span &s, QStringView joiners = u".,:/-") const
    {
        return (joiners.contains(at(s.start - 1)) && isDigit(at(s.start - 2))) ||
               (joiners.contains(at(s.end)) && isDigit(at(s.end + 1)));
    }

    void report(PersonalDataKind kind, const Span &s) { m_findings.append({kind, s.start, s.end}); }
    void markLookAlike(const Span &s) { m_lookAlikes.append(s); }
    void markHarmless(const Span &s) { m_harmless.append(s); }

    // Already reported, or part of a longer code.
    bool claimed(const Span &s) const
    {
        const auto hits = [&s](const Span &o) { return s.overlaps(o); };
        return std::any_of(m_lookAlikes.cbegin(), m_lookAlikes.cend(), hits) ||
               std::any_of(m_findings.cbegin(), m_findings.cend(), [&s](const auto &f) {
                   return s.overlaps(Span{f.start, f.end});
               });
    }

    // Claimed, or a number that is not personal data (a date, an amount). Cards ask only
    // claimed(): their checksum is evidence enough, and a date pattern may well fit across two
    // groups of a card number.
    bool taken(const Span &s) const
    {
        const auto hits = [&s](const Span &o) { return s.overlaps(o); };
        return claimed(s) || std::any_of(m_harmless.cbegin(), m_harmless.cend(), hits);
    }

    QList<PersonalDataFinding> findings() const
    {
        QList<PersonalDataFinding> sorted = m_findings;
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        return sorted;
    }

private:
    const QString m_text;
    const QStringView m_view;
    QList<PersonalDataFinding> m_findings;
    QList<Span> m_lookAlikes; // IBAN-shaped codes with a wrong checksum
    QList<Span> m_harmless;   // dates, times, amounts, percentages
};

// ---------------------------------------------------------------------------------------------
// Identifiers made of letters and digits

// The pattern is tried only where an "@" could end a local part: left to roam, it would try
// every letter of the text.
void scanEmails(Page &page)
{
    const auto isLocalPartChar = [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u"._%+'-").contains(c);
    };
    const QString &text = page.text();
    qsizetype searchFrom = 0;
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype start = at;
        while (start > searchFrom && at - start < 64 && isLocalPartChar(text[start - 1]))
            --start;
        for (; start < at; ++start) {
            const QRegularExpressionMatch m =
                emailPattern().match(text, start, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption |
                                         QRegularExpression::DontCheckSubjectStringMatchOption);
            if (m.hasMatch()) {
                page.report(PersonalDataKind::Email, {m.capturedStart(), m.capturedEnd()});
                searchFrom = m.capturedEnd();
                at = searchFrom - 1;
                break;
            }
        }
    }
}

// Collects "CCdd" followed by alphanumerics, allowing one space or hyphen after every fourth
// character, which covers both the compact and the printed form. A checksum failure still marks
// the span, so that its digit groups are not read as a phone number or a code.
void scanIbans(Page &page)
{
    const QStringView text = page.view();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 <= n; ++i) {
        if (!isAsciiLetter(text[i]) || !isAsciiLetter(text[i + 1]) || !isDigit(text[i + 2]) ||
            !isDigit(text[i + 3]) || page.at(i - 1).isLetterOrNumber())
            continue;
        const int length = ibanLength(text[i], text[i + 1]);
        if (length == 0)
            continue;
        QVarLengthArray<char16_t, kLongestIban> compact;
        qsizetype p = i;
        qsizetype endOfIban = -1;
        while (p < n && compact.size() < kLongestIban) {
            const QChar c = text[p];
            if (isAsciiAlnum(c)) {
                compact.append(c.toUpper().unicode());
                ++p;
                if (compact.size() == length)
                    endOfIban = p;
            } else if ((isInlineSpace(c) || c == u'-') && compact.size() % 4 == 0 &&
                       isAsciiAlnum(page.at(p + 1))) {
                ++p;
            } else {
                break;
            }
        }
        if (endOfIban > 0 && !page.at(endOfIban).isLetterOrNumber() &&
            ibanChecksumOk(QStringView(compact.data(), length))) {
            page.report(PersonalDataKind::Iban, {i, endOfIban});
            i = endOfIban - 1;
        } else if (compact.size() >= kShortestIban) {
            page.markLookAlike({i, p});
            i = p - 1;
        }
    }
}

void scanCodiciFiscali(Page &page)
{
    auto it = matchAll(codiceFiscalePattern(), page.text());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const Span s{m.capturedStart(), m.capturedEnd()};
        const QString compact = m.captured().remove(u' ').toUpper();
        if (!page.claimed(s) && codiceFiscaleOk(compact))
            page.report(PersonalDataKind::CodiceFiscale, s);
    }
}

void scanHarmlessNumbers(Page &page)
{
    for (const QRegularExpression &re : harmlessNumberPatterns()) {
        auto it = matchAll(re, page.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart(QStringLiteral("m1")) >= 0 && !plausibleDate(m))
                continue;
            page.markHarmless({m.capturedStart(), m.capturedEnd()});
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

// What separates two runs of digits, as far as each kind of number is concerned.
struct Link
{
    bool card = false;  // one space or hyphen: "4539 1488", "4539-1488"
    bool phone = false; // up to three of space . - / ( ): "347.123", "(02) 1234", "347 - 123"
    bool space = false; // a single space: what separates two unrelated numbers too
    bool list = false;  // " / ", " - ": how two numbers are listed side by side
};

Link linkBetween(QStringView between)
{
    Link link;
    if (between.isEmpty() || between.size() > 3)
        return link;
    int punctuation = 0;
    int open = 0;
    int close = 0;
    for (QChar c : between) {
        const char16_t u = c.unicode();
        if (u == u'.' || u == u'-' || u == u'/' || u == 0x2013)
            ++punctuation;
        else if (u == u'(')
            ++open;
        else if (u == u')')
            ++close;
        else if (!isInlineSpace(c))
            return link;
    }
    link.phone = punctuation <= 1 && open <= 1 && close <= 1;
    link.list = between.size() == 3 && punctuation == 1 && isInlineSpace(between[0]) &&
                isInlineSpace(between[2]);
    if (between.size() == 1) {
        link.space = isInlineSpace(between[0]);
        link.card = link.space || between[0] == u'-';
    }
    return link;
}

// The maximal runs of ASCII digits in a text and what joins each to the next. Cards and phone
// numbers are chains of runs ("4539 1488 0343 6467", "(02) 1234-5678").
class DigitRuns
{
public:
    explicit DigitRuns(QStringView text) : m_text(text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (!isDigit(text[i]))
                continue;
            qsizetype j = i;
            while (j < n && isDigit(text[j]))
                ++j;
            m_runs.append({i, j});
            i = j;
        }
        for (qsizetype r = 0; r + 1 < m_runs.size(); ++r)
            m_links.append(
                linkBetween(text.sliced(m_runs[r].end, m_runs[r + 1].start - m_runs[r].end)));
    }

    qsizetype size() const { return m_runs.size(); }
    bool isEmpty() const { return m_runs.isEmpty(); }
    const Span &operator[](qsizetype r) const { return m_runs[r]; }
    QChar firstDigit(qsizetype r) const { return m_text[m_runs[r].start]; }

    // What joins run r to run r + 1; nothing past the last run.
    Link linkAfter(qsizetype r) const { return r >= 0 && r < m_links.size() ? m_links[r] : Link(); }

    qsizetype digitCount(qsizetype first, qsizetype last) const
    {
        qsizetype count = 0;
        for (qsizetype r = first; r <= last; ++r)
            count += m_runs[r].size();
        return count;
    }

    // Callers keep to 19 digits, so this never allocates.
    using Digits = QVarLengthArray<char16_t, 24>;
    Digits digits(qsizetype first, qsizetype last) const
    {
        Digits digits;
        for (qsizetype r = first; r <= last; ++r)
            digits.append(m_text.utf16() + m_runs[r].start, m_runs[r].size());
        return digits;
    }

    // A neighbouring run joined by a single space may be left out of a card or phone number
    // when it is too short to belong to it ("347 1234567 2 volte"); a longer neighbour means the
    // number goes on, and a part of it is not the number. Across " / ", or between two long
    // runs ("3471234567 3487654321"), it is another number.
    bool canDrop(qsizetype link, qsizetype neighbour) const
    {
        const Link &l = m_links[link];
        const bool bothLong = m_runs[link].size() >= 6 && m_runs[link + 1].size() >= 6;
        return l.list || (l.space && (m_runs[neighbour].size() <= 2 || bothLong));
    }

    // Splits the runs into chains joined by `joins`, leaving out runs that are `blocked`, and
    // hands each chain to `visit(first, last)`.
    template <typename Joins, typename Blocked, typename Visit>
    void forEachChain(Joins joins, Blocked blocked, Visit visit) const
    {
        qsizetype first = -1;
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            if (blocked(m_runs[r])) {
                if (first >= 0)
                    visit(first, r - 1);
                first = -1;
                continue;
            }
            if (first < 0)
                first = r;
            if (r + 1 == m_runs.size() || !joins(m_links[r])) {
                visit(first, r);
                first = -1;
            }
        }
    }

    // Within a chain, the longest sub-chain that `accept(i, j)` takes wins at each start. No
    // sub-chain longer than `maxDigits` is tried, which keeps a text of "1 1 1 ..." linear.
    template <typename CanStart, typename Accept>
    void scanChain(qsizetype first, qsizetype last, qsizetype maxDigits, CanStart canStart,
                   Accept accept) const
    {
        for (qsizetype i = first; i <= last; ++i) {
            if ((i > first && !canDrop(i - 1, i - 1)) || !canStart(i))
                continue;
            qsizetype end = i;
            for (qsizetype digits = m_runs[i].size(); end < last; ++end) {
                digits += m_runs[end + 1].size();
                if (digits > maxDigits)
                    break;
            }
            for (qsizetype j = end; j >= i; --j) {
                if (j < last && !canDrop(j, j + 1))
                    continue;
                if (accept(i, j)) {
                    i = j;
                    break;
                }
            }
        }
    }

private:
    QStringView m_text;
    QList<Span> m_runs;  // in text order
    QList<Link> m_links; // m_links[r] joins m_runs[r] and m_runs[r + 1]
};

// Words around a number, found once per text.
struct Context
{
    QList<Span> otp;
    QList<Span> card;
    QList<Span> phone;
    QList<Span> vat;
    QList<Span> reference;
    QList<Span> numberSign;

    explicit Context(const QString &text)
        : otp(matchSpans(otpKeywords(), text)), card(matchSpans(cardKeywords(), text)),
          phone(matchSpans(phoneKeywords(), text)), vat(matchSpans(vatKeywords(), text)),
          reference(matchSpans(referenceKeywords(), text)),
          numberSign(matchSpans(numberSignKeywords(), text))
    {
    }

    // How close the nearest label saying "this is a reference number" is, or -1.
    qsizetype referenceGap(const Span &c, qsizetype window) const
    {
        return nearest(gapBefore(reference, c, window), gapBefore(numberSign, c, 3));
    }

    qsizetype phoneGap(const Span &c) const
    {
        return nearest(gapBefore(phone, c, 30), gapAfter(phone, c, 20));
    }

    qsizetype otpGap(const Span &c, qsizetype window) const
    {
        return nearest(gapBefore(otp, c, window), gapAfter(otp, c, window));
    }
};

// What every number scanner works on.
class NumberScanner
{
public:
    NumberScanner(Page &page, const DigitRuns &runs, const Context &context)
        : m_page(page), m_runs(runs), m_context(context)
    {
    }

protected:
    Page &m_page;
    const DigitRuns &m_runs;
    const Context &m_context;

    Span spanOf(qsizetype first, qsizetype last) const
    {
        return {m_runs[first].start, m_runs[last].end};
    }
};

class CardScanner : public NumberScanner
{
public:
    using NumberScanner::NumberScanner;

    void scan()
    {
        const auto canStart = [this](qsizetype r) {
            const char16_t d = m_runs.firstDigit(r).unicode();
            return (d >= u'2' && d <= u'6') || d == u'8'; // every issuer range
        };
        const auto accept = [this](qsizetype i, qsizetype j) { return tryCard(i, j); };
        m_runs.forEachChain([](const Link &l) { return l.card; },
                            [this](const Span &s) { return m_page.claimed(s); },
                            [&](qsizetype first, qsizetype last) {
                                m_runs.scanChain(first, last, 19, canStart, accept);
                            });
    }

private:
    // Compact, 4-4-4-4 (with a shorter last group for 13, 15 and 19 digits), or the American
    // Express 4-6-5 and Diners 4-6-4.
    bool grouping(qsizetype i, qsizetype j) const
    {
        const auto size = [this](qsizetype r) { return m_runs[r].size(); };
        if (i == j)
            return true;
        if (j - i == 2 && size(i) == 4 && size(i + 1) == 6 && (size(j) == 5 || size(j) == 4))
            return true;
        for (qsizetype r = i; r < j; ++r) {
            if (size(r) != 4)
                return false;
        }
        return j - i >= 2 && size(j) <= 4;
    }

    bool tryCard(qsizetype i, qsizetype j)
    {
        const qsizetype count = m_runs.digitCount(i, j);
        if (count < 12 || count > 19 || !grouping(i, j))
            return false;
        const Span s = spanOf(i, j);
        const DigitRuns::Digits buffer = m_runs.digits(i, j);
        const QStringView digits(buffer.data(), buffer.size());
        if (m_page.letterAttached(s) || m_page.at(s.start - 1) == u'+' || m_page.glued(s) ||
            !luhnOk(digits) || !plausibleCardIssuer(digits) || m_page.claimed(s))
            return false;
        // One random number in ten passes Luhn, so a long case or order number labelled as such
        // ("pratica 4539...", "ordine n. 4539...") is not a card, unless "carta" is closer or,
        // for a bare "n.", near at all ("carta n. 4539...").
        const qsizetype cardGap = gapBefore(m_context.card, s, 40);
        const qsizetype labelGap = gapBefore(m_context.reference, s, 12);
        const bool numberSign = gapBefore(m_context.numberSign, s, 3) >= 0;
        if ((numberSign && cardGap < 0) || (labelGap >= 0 && (cardGap < 0 || labelGap < cardGap)))
            return false;
        m_page.report(PersonalDataKind::Card, s);
        return true;
    }
};

// Decision: a valid check digit is enough when the number stands alone, because a bank would
// rather hold a reply than publish a customer's VAT number. The exceptions are an 11-digit
// number labelled as something else ("pratica", "ordine", "n.") and one next to a phone word
// when it can be a landline (starts with 0). "IT" written against the digits belongs to the
// number and is part of the span.
class PartitaIvaScanner : public NumberScanner
{
public:
    using NumberScanner::NumberScanner;

    void scan()
    {
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            if (m_runs[r].size() == 11 && !partOfLongerNumber(r))
                tryPartitaIva(m_runs[r]);
        }
    }

private:
    bool partOfLongerNumber(qsizetype r) const
    {
        return (r > 0 && m_runs.linkAfter(r - 1).phone && !m_runs.canDrop(r - 1, r - 1)) ||
               (r + 1 < m_runs.size() && m_runs.linkAfter(r).phone && !m_runs.canDrop(r, r + 1));
    }

    // "IT" right before, as a word of its own.
    bool itPrefixEndsAt(qsizetype end) const
    {
        return m_page.at(end - 1).toUpper() == u'T' && m_page.at(end - 2).toUpper() == u'I' &&
               !m_page.at(end - 3).isLetterOrNumber();
    }

    void tryPartitaIva(Span s)
    {
        const QStringView digits = m_page.view().sliced(s.start, 11);
        if (m_page.taken(s) || !partitaIvaOk(digits) || m_page.at(s.start - 1) == u'+' ||
            m_page.at(s.end).isLetter() || m_page.glued(s))
            return;
        bool labelled = false;
        if (m_page.at(s.start - 1).isLetter()) {
            if (!itPrefixEndsAt(s.start))
                return;
            s.start -= 2;
            labelled = true;
        }
        labelled = labelled || gapBefore(m_context.vat, s, 30) >= 0 ||
                   (m_page.at(s.start - 1) == u' ' && itPrefixEndsAt(s.start - 1));
        if (!labelled && (m_context.referenceGap(s, 30) >= 0 ||
                          (digits[0] == u'0' && m_context.phoneGap(s) >= 0)))
            return;
        m_page.report(PersonalDataKind::PartitaIva, s);
    }
};

// Decision: the shape must fit a numbering plan and the number must not be something else.
//  - +CC or 00CC: 7-15 digits (E.164); after +39 or 0039 the Italian plan below.
//  - Mobile: 3xx with 10 digits (9 only next to a phone word).
//  - Landline: 0 + area code, 6-11 digits; compact numbers of 6-8 or 11 digits, and grouped ones
//    of 6-7, only next to a phone word, because they are as often codes or VAT numbers.
//  - Toll-free and shared-cost numbers (800, 848...) are the bank's own, not personal data.
// A date, time or amount is never a phone number, nor are "347.123.456" (a large amount) or a
// number labelled "pratica", "ordine", "P.IVA" or "n." unless a phone word is closer.
class PhoneScanner : public NumberScanner
{
public:
    using NumberScanner::NumberScanner;

    void scan()
    {
        const auto canStart = [this](qsizetype r) {
            const QChar d = m_runs.firstDigit(r);
            return d == u'0' || d == u'3' || m_page.at(m_runs[r].start - 1) == u'+';
        };
        const auto accept = [this](qsizetype i, qsizetype j) { return tryPhone(i, j); };
        m_runs.forEachChain([](const Link &l) { return l.phone; },
                            [this](const Span &s) { return m_page.taken(s); },
                            [&](qsizetype first, qsizetype last) {
                                m_runs.scanChain(first, last, 17, canStart, accept);
                            });
    }

private:
    // Italian numbering plan after +39: mobiles 3xx with 9-10 digits, geographic numbers 0x
    // with 6-11, and the rest (toll-free 800, shared cost 84x) with 6-10.
    static bool italianNational(QStringView n)
    {
        if (n.isEmpty())
            return false;
        if (n[0] == u'3')
            return n.size() == 9 || n.size() == 10;
        if (n[0] == u'0')
            return n.size() >= 6 && n.size() <= 11;
        return n.size() >= 6 && n.size() <= 10;
    }

    // "347.123.456" is how a large amount is written.
    bool groupedInThousands(qsizetype i, qsizetype j) const
    {
        if (i == j || m_runs[i].size() > 3)
            return false;
        for (qsizetype r = i; r < j; ++r) {
            const Span between{m_runs[r].end, m_runs[r + 1].start};
            if (m_page.view().sliced(between.start, between.size()) != u"." ||
                m_runs[r + 1].size() != 3)
                return false;
        }
        return true;
    }

    struct Shape
    {
        bool fits = false;
        bool needsWord = false; // only a phone number when a phone word is near
    };

    Shape shapeOf(QStringView digits, bool plus, bool separated, qsizetype firstRun) const
    {
        Shape shape;
        if (plus) {
            shape.fits = digits.startsWith(u"39") ? italianNational(digits.sliced(2))
                                                  : digits.size() >= 7 && digits.size() <= 15;
        } else if (digits.startsWith(u"00")) {
            const QStringView international = digits.sliced(2);
            if (international.startsWith(u"39"))
                shape.fits = italianNational(international.sliced(2));
            else
                shape.fits = !international.startsWith(u'0') && international.size() >= 7 &&
                             international.size() <= 15;
            // Compact, only a mobile or a landline after 0039 is evidence enough.
            shape.needsWord = !separated && !international.startsWith(u"393") &&
                              !international.startsWith(u"390");
        } else if (digits[0] == u'3') {
            shape.fits = firstRun >= 3 && (digits.size() == 9 || digits.size() == 10);
            shape.needsWord = digits.size() == 9;
        } else if (digits[0] == u'0') {
            shape.fits = firstRun >= 2 && digits.size() >= 6 && digits.size() <= 11;
            shape.needsWord =
                separated ? digits.size() < 8 : (digits.size() < 9 || digits.size() == 11);
        }
        return shape;
    }

    bool tryPhone(qsizetype i, qsizetype j)
    {
        const qsizetype count = m_runs.digitCount(i, j);
        if (count < 6 || count > 17)
            return false; // the shortest Italian landline, the longest E.164 number after 00
        const bool plus = m_page.at(m_runs[i].start - 1) == u'+';
        Span s = spanOf(i, j);
        s.start -= plus ? 1 : 0;
        if (m_page.letterAttached(s) || m_page.glued(s, u",:") || m_page.taken(s) ||
            (!plus && groupedInThousands(i, j)))
            return false;

        const DigitRuns::Digits buffer = m_runs.digits(i, j);
        const Shape shape =
            shapeOf(QStringView(buffer.data(), buffer.size()), plus, i != j, m_runs[i].size());
        const qsizetype phoneGap = m_context.phoneGap(s);
        if (!shape.fits || (shape.needsWord && phoneGap < 0))
            return false;
        if (!plus && labelledOtherwise(s, shape, phoneGap))
            return false;

        // "(02) 1234 5678", "(+39) 347...": keep the bracket with the prefix it encloses.
        if (i != j && m_page.at(s.start - 1) == u'(' && m_page.at(m_runs[i].end) == u')')
            --s.start;
        m_page.report(PersonalDataKind::Phone, s);
        return true;
    }

    // A label before the number says what it is ("pratica 347...", "P.IVA 0...") unless a phone
    // word is closer still ("per la pratica chiamami al 347..."); "n." and "#" give way to any
    // phone word before them ("chiamami al n. 347...").
    bool labelledOtherwise(const Span &s, const Shape &shape, qsizetype phoneGap) const
    {
        const qsizetype phoneBefore = gapBefore(m_context.phone, s, 30);
        const auto outranks = [phoneBefore](qsizetype labelGap) {
            return labelGap >= 0 && (phoneBefore < 0 || labelGap < phoneBefore);
        };
        if (gapBefore(m_context.numberSign, s, 3) >= 0 && phoneBefore < 0)
            return true;
        if (outranks(gapBefore(m_context.reference, s, 30)) ||
            outranks(gapBefore(m_context.vat, s, 30)))
            return true;
        // A short code next to "codice" is a one-time code rather than a landline.
        const qsizetype otpGap = m_context.otpGap(s, 40);
        return shape.needsWord && otpGap >= 0 && otpGap < phoneGap;
    }
};

// Decision: 4-8 digits (or "123 456") standing alone within 40 characters of a word such as
// "codice", "OTP" or "PIN". A closer reference label ("pratica", "n.", "ordine", "CAP") wins,
// dates, times and amounts never count, a year is a code only right after the keyword
// ("PIN 1984"), and a 5-digit number before a capitalised word is a postcode ("20121 Milano").
class OtpScanner : public NumberScanner
{
public:
    using NumberScanner::NumberScanner;

    void scan()
    {
        if (m_context.otp.isEmpty())
            return;
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            if (m_runs.linkAfter(r - 1).phone)
                continue; // the tail of a longer printed number
            const qsizetype size = m_runs[r].size();
            const bool linkedAfter = m_runs.linkAfter(r).phone;
            Span s = m_runs[r];
            if (size == 3 && m_runs.linkAfter(r).space && r + 1 < m_runs.size() &&
                m_runs[r + 1].size() == 3 && !m_runs.linkAfter(r + 1).phone) {
                s.end = m_runs[r + 1].end; // "123 456"
                ++r;
            } else if (size < 4 || size > 8 || linkedAfter) {
                continue;
            }
            if (isCode(s))
                m_page.report(PersonalDataKind::Otp, s);
        }
    }

private:
    bool isCode(const Span &s) const
    {
        static constexpr QStringView kMoney = u"+€$£%";
        if (m_page.letterAttached(s) || kMoney.contains(m_page.at(s.start - 1)) ||
            kMoney.contains(m_page.at(s.end)) || m_page.glued(s) || m_page.taken(s))
            return false;
        const qsizetype keywordGap = m_context.otpGap(s, 40);
        if (keywordGap < 0)
            return false;
        const qsizetype referenceGap = m_context.referenceGap(s, 40);
        if (referenceGap >= 0 && referenceGap <= keywordGap)
            return false;
        if (s.size() == 4) {
            const int value = m_page.view().sliced(s.start, 4).toInt();
            if (value >= 1900 && value <= 2099 && gapBefore(m_context.otp, s, 12) < 0)
                return false;
        }
        const bool keywordRightBefore = gapBefore(m_context.otp, s, 3) >= 0;
        return !(s.size() == 5 && isInlineSpace(m_page.at(s.end)) &&
                 m_page.at(s.end + 1).isUpper() && m_page.at(s.end + 2).isLower() &&
                 !keywordRightBefore);
    }
};

// Digits with the country code: "+39 02 1234 5678", "0039 02-12345678" and "02 12345678" all
// become "390212345678". A number without a prefix is taken as Italian.
QString phoneDigits(const QString &number)
{
    QString digits;
    bool international = false;
    for (QChar c : number) {
        if (isDigit(c))
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            international = true;
    }
    if (digits.isEmpty() || international)
        return digits;
    if (digits.startsWith(u"00"))
        return digits.sliced(2);
    if (digits.size() <= 11 && (digits[0] == u'0' || digits[0] == u'3'))
        return QStringLiteral("39") + digits;
    return digits;
}

} // namespace

// The most specific readings go first and claim their characters: an e-mail address or an IBAN
// may contain what looks like a phone number, a card number what looks like a code.
QList<PersonalDataFinding> PersonalDataDetector::find(const QString &text) const
{
    Page page(text);
    scanEmails(page);
    scanIbans(page);
    scanCodiciFiscali(page);
    const DigitRuns runs(page.view());
    if (runs.isEmpty())
        return page.findings();
    scanHarmlessNumbers(page);
    const Context context(page.text());
    CardScanner(page, runs, context).scan();
    PartitaIvaScanner(page, runs, context).scan();
    PhoneScanner(page, runs, context).scan();
    OtpScanner(page, runs, context).scan();
    return page.findings();
}

bool PersonalDataDetector::samePhone(const QString &a, const QString &b)
{
    const QString left = phoneDigits(a);
    return !left.isEmpty() && left == phoneDigits(b);
}

} // namespace sportello
