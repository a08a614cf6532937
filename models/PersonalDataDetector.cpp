#include "PersonalDataDetector.h"

#include <QRegularExpression>
#include <QStringView>

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
    static constexpr std::array<int, 26> kOdd = {1,  0,  5,  7,  9,  13, 15, 17, 19,
                                                 21, 2,  4,  18, 20, 11, 3,  6,  8,
                                                 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (qsizetype i = 0; i < 15; ++i) {
        const QChar c = cf[i];
        const int index = isDigit(c) ? digitValue(c) : c.unicode() - u'A';
        sum += (i % 2 == 0) ? kOdd[size_t(index)] : index;
    }
    return cf[15].unicode() == u'A' + sum % 26;
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once for the life of the process. QRegularExpression serialises its lazy
// compilation internally, so sharing these between threads is safe.

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
    static const QRegularExpression re = compiled(QStringLiteral(
        R"((?<![\p{L}\p{N}])[A-Z]{3} ?[A-Z]{3} ?[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2} ?)"
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
        compiled(QStringLiteral(R"((?<![\d.,])\d(?:[\d.,]*\d)?\s?)"
                                R"((?:[€$£]|\b(?:eur|euro|euros|usd|gbp|chf|dollari|dollars?)\b))")),
        compiled(QStringLiteral(
            R"((?<![\d.,])\d{1,3}(?:[ \x{A0}\x{202F}]\d{3})+(?:,\d{1,2})?\s?(?:€|\beur\b|\beuro\b))")),
        // percentages: 3,5%  10 %  5 per cento
        compiled(QStringLiteral(
            R"((?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|\bper\s?cento\b|\bpercent\b))")),
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

const QRegularExpression &otpKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:otp|codic[ei]|codes?|pin|passcode|password|passw|pwd|token|one[- ]?time|2fa|mfa)\b)"));
    return re;
}

const QRegularExpression &phoneKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:tel|telef\w*|cell|cellulare|cel|mobile|cellphone|phone|telephone|call|chiam\w*)"
        R"(|contatt\w*|whatsapp|fax|recapit\w*|squill\w*)\b)"));
    return re;
}

const QRegularExpression &cardKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:cart[ae]|cards?|visa|mastercard|maestro|amex|american express|bancomat|postepay)"
        R"(|prepagata|credito|debito|credit|debit|pan)\b)"));
    return re;
}

const QRegularExpression &vatKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\bp\.?\s?iva\b|\bpartita\s+i\.?v\.?a\b|\bp\.\s?i\.(?!\w)|\bvat\b|\bi\.v\.a\b|\biva\b)"
        R"(|\bc\.\s?f\.(?!\w)|\bcodice\s+fiscale\b)"));
    return re;
}

// Labels that introduce a number the bank itself issued or that is public: a case, an order, a
// postcode, a bank branch code.
const QRegularExpression &referenceKeywords()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"(\b(?:pratic[ae]|ordin[ei]|orders?|rif|riferimento|ref|reference|ticket|protocollo|prot)"
        R"(|tracking|tracciamento|spedizion[ei]|pacco|fattur[ae]|invoices?|cap|zip|postal[e]?|abi)"
        R"(|cab|bic|swift|contratto|polizza|matricola|sconto|promo|promozionale|coupon|errore)"
        R"(|error|articolo|art|comma|legge|decreto|dpr|regolamento|prodotto|segnalazione|reclamo)"
        R"(|id)\b)"));
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
          phone(matchSpans(phoneKeywords(), text)),
          vat(matchSpans(vatKeywords(), text)), reference(matchSpans(referenceKeywords(), text)),
          numberSign(matchSpans(numberSignKeywords(), text))
    {
    }

    // How close the nearest label saying "this is a reference number" is, or -1.
    qsizetype referenceGap(const Span &c, qsizetype window) const
    {
        const qsizetype sign = gapBefore(numberSign, c, 3);
        return nearest(gapBefore(reference, c, window), sign);
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

// What separates two runs of digits, as far as each kind of number is concerned.
struct Link
{
    bool card = false;   // one space or hyphen: "4539 1488", "4539-1488"
    bool phone = false;  // up to three of space . - / ( ): "347.123", "(02) 1234", "347 - 123"
    bool space = false;  // a single space: what separates two unrelated numbers too
    bool list = false;   // " / ", " - ": how two numbers are listed side by side
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

class Scan
{
public:
    explicit Scan(const QString &text) : m_text(validUtf16(text)), m_view(m_text) {}

    QList<PersonalDataFinding> run()
    {
        scanEmails();
        scanIbans();
        scanCodiciFiscali();
        if (!collectDigitRuns())
            return sorted();
        scanHarmlessNumbers();
        const Context context(m_text);
        scanCards(context);
        scanPartiteIva(context);
        scanPhones(context);
        scanOtps(context);
        return sorted();
    }

private:
    const QString m_text;
    QStringView m_view;
    QList<PersonalDataFinding> m_findings;
    QList<Span> m_lookAlikes; // IBAN-shaped codes with a wrong checksum
    QList<Span> m_harmless;   // dates, times, amounts, percentages
    QList<Span> m_runs;     // maximal runs of ASCII digits, in text order
    QList<Link> m_links;    // m_links[i] joins m_runs[i] and m_runs[i + 1]

    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_view.size() ? m_view[i] : QChar();
    }

    // Already reported, or part of a longer code.
    bool claimed(const Span &s) const
    {
        const auto hits = [&s](const Span &o) { return s.overlaps(o); };
        return std::any_of(m_lookAlikes.cbegin(), m_lookAlikes.cend(), hits) ||
               std::any_of(m_findings.cbegin(), m_findings.cend(), [&s](const auto &f) {
                   return s.overlaps(Span{f.start, f.end});
               });
    }

    // Claimed, or a number that is not personal data. Cards ignore the latter: their checksum
    // is evidence enough, and a date pattern may well fit across two groups of a card number.
    bool taken(const Span &s) const
    {
        const auto hits = [&s](const Span &o) { return s.overlaps(o); };
        return claimed(s) || std::any_of(m_harmless.cbegin(), m_harmless.cend(), hits);
    }

    void add(PersonalDataKind kind, const Span &s) { m_findings.append({kind, s.start, s.end}); }

    QList<PersonalDataFinding> sorted()
    {
        std::sort(m_findings.begin(), m_findings.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        return m_findings;
    }

    // ---- letters and symbols ----------------------------------------------------------------

    // The pattern is tried only where an "@" could end a local part: left to roam, it would try
    // every letter of the text.
    void scanEmails()
    {
        qsizetype searchFrom = 0;
        for (qsizetype at = m_text.indexOf(u'@'); at > 0; at = m_text.indexOf(u'@', at + 1)) {
            qsizetype start = at;
            while (start > searchFrom && at - start < 64 && isLocalPartChar(m_view[start - 1]))
                --start;
            for (; start < at; ++start) {
                const QRegularExpressionMatch m = emailPattern().match(
                    m_text, start, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption |
                        QRegularExpression::DontCheckSubjectStringMatchOption);
                if (m.hasMatch()) {
                    add(PersonalDataKind::Email, {m.capturedStart(), m.capturedEnd()});
                    searchFrom = m.capturedEnd();
                    at = searchFrom - 1;
                    break;
                }
            }
        }
    }

    static bool isLocalPartChar(QChar c)
    {
        return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'%' || c == u'+' ||
               c == u'\'' || c == u'-';
    }

    // Collects "CCdd" followed by alphanumerics, allowing one space or hyphen after every fourth
    // character, which covers both the compact and the printed form. A checksum failure still
    // marks the span harmless so that its digit groups are not read as a phone number.
    void scanIbans()
    {
        const qsizetype n = m_view.size();
        for (qsizetype i = 0; i + 4 <= n; ++i) {
            if (!isAsciiLetter(m_view[i]) || !isAsciiLetter(m_view[i + 1]) ||
                !isDigit(m_view[i + 2]) || !isDigit(m_view[i + 3]) || at(i - 1).isLetterOrNumber())
                continue;
            const int length = ibanLength(m_view[i], m_view[i + 1]);
            if (length == 0)
                continue;
            QString compact;
            qsizetype p = i;
            qsizetype endOfIban = -1;
            while (p < n && compact.size() < kLongestIban) {
                const QChar c = m_view[p];
                if (isAsciiAlnum(c)) {
                    compact.append(c.toUpper());
                    ++p;
                    if (compact.size() == length)
                        endOfIban = p;
                } else if ((isInlineSpace(c) || c == u'-') && compact.size() % 4 == 0 &&
                           isAsciiAlnum(at(p + 1))) {
                    ++p;
                } else {
                    break;
                }
            }
            if (endOfIban > 0 && !at(endOfIban).isLetterOrNumber() &&
                ibanChecksumOk(QStringView(compact).left(length))) {
                add(PersonalDataKind::Iban, {i, endOfIban});
                i = endOfIban - 1;
            } else if (compact.size() >= kShortestIban) {
                m_lookAlikes.append({i, p});
                i = p - 1;
            }
        }
    }

    void scanCodiciFiscali()
    {
        auto it = matchAll(codiceFiscalePattern(), m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const Span s{m.capturedStart(), m.capturedEnd()};
            QString compact = m.captured().remove(u' ').toUpper();
            if (!taken(s) && codiceFiscaleOk(compact))
                add(PersonalDataKind::CodiceFiscale, s);
        }
    }

    // ---- digits -----------------------------------------------------------------------------

    bool collectDigitRuns()
    {
        const qsizetype n = m_view.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (!isDigit(m_view[i]))
                continue;
            qsizetype j = i;
            while (j < n && isDigit(m_view[j]))
                ++j;
            m_runs.append({i, j});
            i = j;
        }
        for (qsizetype r = 0; r + 1 < m_runs.size(); ++r)
            m_links.append(linkBetween(m_view.sliced(m_runs[r].end,
                                                     m_runs[r + 1].start - m_runs[r].end)));
        return !m_runs.isEmpty();
    }

    void scanHarmlessNumbers()
    {
        for (const QRegularExpression &re : harmlessNumberPatterns()) {
            auto it = matchAll(re, m_text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedStart(QStringLiteral("m1")) >= 0 && !plausibleDate(m))
                    continue;
                m_harmless.append({m.capturedStart(), m.capturedEnd()});
            }
        }
    }

    QString digitsOf(qsizetype first, qsizetype last) const
    {
        QString digits;
        for (qsizetype r = first; r <= last; ++r)
            digits += m_view.sliced(m_runs[r].start, m_runs[r].size());
        return digits;
    }

    bool letterAttached(const Span &s) const
    {
        return at(s.start - 1).isLetter() || at(s.end).isLetter();
    }

    // "12.3456" or "12,3456": the run continues a number written with other punctuation.
    bool glued(qsizetype start, qsizetype end) const
    {
        static const QString kJoiners = QStringLiteral(".,:/-");
        return (kJoiners.contains(at(start - 1)) && isDigit(at(start - 2))) ||
               (kJoiners.contains(at(end)) && isDigit(at(end + 1)));
    }

    // A neighbouring run joined by a single space may be dropped from a card or phone number
    // when it is too short to be part of it ("347 1234567 2 volte"); a longer neighbour means the
    // number goes on, and a part of it is not the number. Across " / " it is another number.
    bool canDrop(qsizetype link, qsizetype neighbour) const
    {
        return m_links[link].list || (m_links[link].space && m_runs[neighbour].size() <= 2);
    }

    // Splits the runs into chains joined by `joins`, skipping runs that are `blocked`, and
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

    // Within a chain, the longest acceptable sub-chain starting at each position wins.
    template <typename Accept>
    void scanChain(qsizetype first, qsizetype last, Accept accept)
    {
        for (qsizetype i = first; i <= last; ++i) {
            if (i > first && !canDrop(i - 1, i - 1))
                continue;
            for (qsizetype j = last; j >= i; --j) {
                if (j < last && !canDrop(j, j + 1))
                    continue;
                if (accept(i, j)) {
                    i = j;
                    break;
                }
            }
        }
    }

    // ---- cards ------------------------------------------------------------------------------

    static bool cardGrouping(const QList<qsizetype> &sizes)
    {
        if (sizes.size() == 1)
            return true;
        if (sizes.size() == 3 && sizes[0] == 4 && sizes[1] == 6 && (sizes[2] == 5 || sizes[2] == 4))
            return true; // American Express 4-6-5, Diners 4-6-4
        for (qsizetype k = 0; k + 1 < sizes.size(); ++k) {
            if (sizes[k] != 4)
                return false;
        }
        return sizes.size() >= 3 && sizes.last() >= 1 && sizes.last() <= 4;
    }

    void scanCards(const Context &context)
    {
        forEachChain([](const Link &l) { return l.card; },
                     [this](const Span &s) { return claimed(s); },
                     [this, &context](qsizetype first, qsizetype last) {
                         scanChain(first, last, [this, &context](qsizetype i, qsizetype j) {
                             return acceptCard(context, i, j);
                         });
                     });
    }

    bool acceptCard(const Context &context, qsizetype i, qsizetype j)
    {
        const Span s{m_runs[i].start, m_runs[j].end};
        QList<qsizetype> sizes;
        for (qsizetype r = i; r <= j; ++r)
            sizes.append(m_runs[r].size());
        const QString digits = digitsOf(i, j);
        if (digits.size() < 12 || digits.size() > 19 || !cardGrouping(sizes))
            return false;
        if (letterAttached(s) || at(s.start - 1) == u'+' || glued(s.start, s.end) ||
            !luhnOk(digits) || !plausibleCardIssuer(digits) || claimed(s))
            return false;
        // One random number in ten passes Luhn, so a long case or order number labelled as
        // such ("pratica 4539...", "ordine n. 4539...") is not a card unless "carta" is closer.
        const qsizetype cardGap = gapBefore(context.card, s, 40);
        const qsizetype labelGap = context.referenceGap(s, 12);
        if (labelGap >= 0 && (cardGap < 0 || labelGap < cardGap))
            return false;
        add(PersonalDataKind::Card, s);
        return true;
    }

    // ---- partita IVA ------------------------------------------------------------------------

    // Decision: a valid check digit is enough when the number stands alone, because a bank
    // would rather hold a reply than publish a customer's VAT number; the exceptions are an
    // 11-digit number labelled as something else (a case, an order) and one labelled as a
    // phone number when it can be one (a landline starts with 0).
    void scanPartiteIva(const Context &context)
    {
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            Span s = m_runs[r];
            if (s.size() != 11 || taken(s))
                continue;
            if ((r > 0 && m_links[r - 1].phone && !canDrop(r - 1, r - 1)) ||
                (r + 1 < m_runs.size() && m_links[r].phone && !canDrop(r, r + 1)))
                continue; // one group of a longer printed number
            const QStringView digits = m_view.sliced(s.start, 11);
            if (!partitaIvaOk(digits) || at(s.start - 1) == u'+' || at(s.end).isLetter() ||
                glued(s.start, s.end))
                continue;
            bool labelled = false;
            if (at(s.start - 1).isLetter()) {
                // "IT12345678901" is the VAT number as written on an invoice.
                if (at(s.start - 1).toUpper() != u'T' || at(s.start - 2).toUpper() != u'I' ||
                    at(s.start - 3).isLetterOrNumber())
                    continue;
                s.start -= 2;
                labelled = true;
            }
            labelled = labelled || gapBefore(context.vat, s, 30) >= 0 ||
                       (at(s.start - 1) == u' ' && at(s.start - 2).toUpper() == u'T' &&
                        at(s.start - 3).toUpper() == u'I' && !at(s.start - 4).isLetterOrNumber());
            if (!labelled) {
                if (context.referenceGap(s, 30) >= 0)
                    continue;
                if (digits[0] == u'0' && context.phoneGap(s) >= 0)
                    continue;
            }
            add(PersonalDataKind::PartitaIva, s);
        }
    }

    // ---- phone numbers ----------------------------------------------------------------------

    void scanPhones(const Context &context)
    {
        forEachChain([](const Link &l) { return l.phone; },
                     [this](const Span &s) { return taken(s); },
                     [this, &context](qsizetype first, qsizetype last) {
                         scanChain(first, last, [this, &context](qsizetype i, qsizetype j) {
                             return acceptPhone(context, i, j);
                         });
                     });
    }

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

    bool acceptPhone(const Context &context, qsizetype i, qsizetype j)
    {
        const bool plus = at(m_runs[i].start - 1) == u'+';
        Span s{m_runs[i].start - (plus ? 1 : 0), m_runs[j].end};
        if (at(s.start - 1).isLetter() || at(s.end).isLetter() || taken(s))
            return false;
        static const QString kJoiners = QStringLiteral(",:");
        if ((kJoiners.contains(at(s.start - 1)) && isDigit(at(s.start - 2))) ||
            (kJoiners.contains(at(s.end)) && isDigit(at(s.end + 1))))
            return false;

        const QString digits = digitsOf(i, j);
        const bool separated = i != j;
        const qsizetype firstRun = m_runs[i].size();

        // "347.123.456" is how a large amount is written, not a phone number.
        bool thousands = separated && firstRun <= 3;
        for (qsizetype r = i; thousands && r < j; ++r) {
            const QStringView between =
                m_view.sliced(m_runs[r].end, m_runs[r + 1].start - m_runs[r].end);
            thousands = between == u"." && m_runs[r + 1].size() == 3;
        }
        if (thousands && !plus)
            return false;

        const qsizetype phoneGap = context.phoneGap(s);
        const qsizetype phoneBefore = gapBefore(context.phone, s, 30);
        const bool phoneWord = phoneGap >= 0;
        // A label before the number says what it is ("pratica 347...", "P.IVA 0...") unless a
        // phone word is closer still ("per la pratica chiamami al 347...").
        const auto outranked = [phoneBefore](qsizetype labelGap) {
            return labelGap >= 0 && (phoneBefore < 0 || labelGap < phoneBefore);
        };

        bool accepted = false;
        bool needsWord = false;
        if (plus) {
            accepted = digits.startsWith(u"39") ? italianNational(QStringView(digits).sliced(2))
                                                : digits.size() >= 7 && digits.size() <= 15;
        } else if (digits.startsWith(u"00")) {
            const QStringView international = QStringView(digits).sliced(2);
            if (international.startsWith(u"39"))
                accepted = italianNational(international.sliced(2));
            else
                accepted = !international.startsWith(u'0') && international.size() >= 7 &&
                           international.size() <= 15;
            needsWord = !separated && !international.startsWith(u"39");
        } else if (digits[0] == u'3') {
            accepted = firstRun >= 3 && (digits.size() == 9 || digits.size() == 10);
            needsWord = digits.size() == 9;
        } else if (digits[0] == u'0') {
            accepted = firstRun >= 2 && digits.size() >= 6 && digits.size() <= 11;
            // Short or 11-digit compact numbers are as often codes or VAT numbers.
            needsWord = separated ? digits.size() < 8 : (digits.size() < 9 || digits.size() == 11);
        }
        if (!accepted || (needsWord && !phoneWord))
            return false;
        // "n." and "#" give way to any phone word before them ("chiamami al n. 347...").
        const bool numberSign = gapBefore(context.numberSign, s, 3) >= 0;
        const qsizetype otpGap = context.otpGap(s, 40);
        if (!plus && ((numberSign && phoneBefore < 0) ||
                      outranked(gapBefore(context.reference, s, 30)) ||
                      outranked(gapBefore(context.vat, s, 30)) ||
                      (needsWord && otpGap >= 0 && otpGap < phoneGap)))
            return false;

        // "(02) 1234 5678", "(+39) 347...": keep the bracket with the prefix it encloses.
        if (i != j && at(s.start - 1) == u'(' && at(m_runs[i].end) == u')')
            --s.start;
        add(PersonalDataKind::Phone, s);
        return true;
    }

    // ---- one-time codes ---------------------------------------------------------------------

    // Decision: 4-8 digits (or "123 456") standing alone within 40 characters of a word such as
    // "codice", "OTP" or "PIN". A closer reference label ("pratica", "n.", "ordine", "CAP")
    // wins, harmless numbers (dates, times, amounts) never count, and a year is a code only when
    // the keyword comes right before it ("PIN 1984").
    void scanOtps(const Context &context)
    {
        if (context.otp.isEmpty())
            return;
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            const qsizetype size = m_runs[r].size();
            const bool linkedBefore = r > 0 && m_links[r - 1].phone;
            if (linkedBefore)
                continue;
            Span s = m_runs[r];
            const bool linkedAfter = r + 1 < m_runs.size() && m_links[r].phone;
            if (size == 3 && linkedAfter && m_links[r].space && m_runs[r + 1].size() == 3 &&
                !(r + 2 < m_runs.size() && m_links[r + 1].phone)) {
                s.end = m_runs[r + 1].end; // "123 456"
                ++r;
            } else if (size < 4 || size > 8 || linkedAfter) {
                continue;
            }
            if (acceptOtp(context, s))
                add(PersonalDataKind::Otp, s);
        }
    }

    bool acceptOtp(const Context &context, const Span &s) const
    {
        static const QString kCurrency = QStringLiteral("+€$£%");
        if (letterAttached(s) || kCurrency.contains(at(s.start - 1)) ||
            kCurrency.contains(at(s.end)) || glued(s.start, s.end) || taken(s))
            return false;
        const qsizetype keywordGap = context.otpGap(s, 40);
        if (keywordGap < 0)
            return false;
        const qsizetype referenceGap = context.referenceGap(s, 40);
        if (referenceGap >= 0 && referenceGap <= keywordGap)
            return false;
        const bool keywordRightBefore = gapBefore(context.otp, s, 3) >= 0;
        if (s.size() == 4) {
            const int value = m_view.sliced(s.start, 4).toInt();
            if (value >= 1900 && value <= 2099 && gapBefore(context.otp, s, 12) < 0)
                return false;
        }
        // "20121 Milano": a postcode before the town.
        if (s.size() == 5 && isInlineSpace(at(s.end)) && at(s.end + 1).isUpper() &&
            at(s.end + 2).isLower() && !keywordRightBefore)
            return false;
        return true;
    }
};

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
    if (digits.isEmpty())
        return digits;
    if (international)
        return digits;
    if (digits.startsWith(u"00"))
        return digits.sliced(2);
    return QStringLiteral("39") + digits;
}

} // namespace

QList<PersonalDataFinding> PersonalDataDetector::find(const QString &text) const
{
    return Scan(text).run();
}

bool PersonalDataDetector::samePhone(const QString &a, const QString &b)
{
    const QString left = phoneDigits(a);
    return !left.isEmpty() && left == phoneDigits(b);
}

} // namespace sportello
