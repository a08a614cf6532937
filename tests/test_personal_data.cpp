#include "PersonalDataDetector.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using namespace sportello;

// The guard that keeps personal data out of public replies. Identifiers with a check digit are
// generated here with their own arithmetic, so that hundreds of valid and one-digit-off examples
// are tried rather than a handful of well-known ones.
namespace {

// Seeded, so that a failing row can be replayed.
class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return int(m_rng.bounded(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    QChar digit() { return QChar(u'0' + below(10)); }
    QChar letter() { return QChar(u'A' + below(26)); }

    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += digit();
        return s;
    }

    // "1a10n12c": one letter, ten digits, twelve letters or digits.
    QString fromSpec(const QString &spec)
    {
        QString out;
        int count = 0;
        for (QChar c : spec) {
            if (c.isDigit()) {
                count = count * 10 + c.digitValue();
                continue;
            }
            for (int i = 0; i < count; ++i) {
                if (c == u'n')
                    out += digit();
                else if (c == u'a')
                    out += letter();
                else
                    out += below(2) ? digit() : letter();
            }
            count = 0;
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
};

int ibanRemainder(const QString &rearranged)
{
    int remainder = 0;
    for (QChar c : rearranged) {
        if (c.isDigit())
            remainder = (remainder * 10 + c.digitValue()) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    }
    return remainder;
}

QString makeIban(const QString &country, const QString &bban)
{
    const int check = 98 - ibanRemainder(bban + country + QStringLiteral("00"));
    return country + QStringLiteral("%1").arg(check, 2, 10, QChar(u'0')) + bban;
}

bool ibanValid(const QString &iban)
{
    return ibanRemainder(iban.mid(4) + iban.left(4)) == 1;
}

QString grouped(const QString &compact, QChar separator, int size = 4)
{
    QString out;
    for (int i = 0; i < compact.size(); ++i) {
        if (i > 0 && i % size == 0)
            out += separator;
        out += compact[i];
    }
    return out;
}

int luhnSum(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (doubleIt)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum;
}

QString luhnComplete(const QString &partial)
{
    const int sum = luhnSum(partial + u'0');
    return partial + QChar(u'0' + (10 - sum % 10) % 10);
}

QString partitaIvaComplete(const QString &ten)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int v = ten[i].digitValue();
        if (i % 2 == 1)
            v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        sum += v;
    }
    return ten + QChar(u'0' + (10 - sum % 10) % 10);
}

QChar codiceFiscaleCheck(const QString &first15)
{
    static const int odd[] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                              20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = first15[i];
        const int index = c.isDigit() ? c.digitValue() : c.unicode() - u'A';
        sum += i % 2 == 0 ? odd[index] : index;
    }
    return QChar(u'A' + sum % 26);
}

// Replaces the last `count` digits with their omocodia letters, right to left as the Agenzia
// delle Entrate does, and recomputes the check character.
QString omocodia(const QString &cf, int count)
{
    static const int positions[] = {14, 13, 12, 10, 9, 7, 6};
    static const QString letters = QStringLiteral("LMNPQRSTUV");
    QString out = cf.left(15);
    for (int i = 0; i < count; ++i)
        out[positions[i]] = letters[out[positions[i]].digitValue()];
    return out + codiceFiscaleCheck(out);
}

QString makeCodiceFiscale(Generator &g)
{
    static const QString months = QStringLiteral("ABCDEHLMPRST");
    QString cf;
    for (int i = 0; i < 6; ++i)
        cf += g.letter();
    cf += g.digits(2);
    cf += months[g.below(12)];
    const int day = g.between(1, 28) + (g.below(2) ? 40 : 0);
    cf += QStringLiteral("%1").arg(day, 2, 10, QChar(u'0'));
    cf += g.letter();
    cf += g.digits(3);
    return cf + codiceFiscaleCheck(cf);
}

QString describe(const QList<PersonalDataFinding> &findings, const QString &text)
{
    QStringList parts;
    for (const PersonalDataFinding &f : findings)
        parts << QStringLiteral("%1[%2,%3)='%4'")
                     .arg(toKey(f.kind))
                     .arg(f.start)
                     .arg(f.end)
                     .arg(text.mid(f.start, f.end - f.start));
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

// The one finding expected in `text`: `identifier` where it occurs, of kind `key`.
void verifySingle(const QString &text, const QString &key, const QString &identifier)
{
    const QList<PersonalDataFinding> findings = PersonalDataDetector().find(text);
    const QString message = QStringLiteral("in \"%1\": %2").arg(text, describe(findings, text));
    QVERIFY2(findings.size() == 1, qPrintable(message));
    QCOMPARE(toKey(findings[0].kind), key);
    const qsizetype start = text.indexOf(identifier);
    QVERIFY2(findings[0].start == start && findings[0].end == start + identifier.size(),
             qPrintable(message));
}

void verifyNone(const QString &text)
{
    const QList<PersonalDataFinding> findings = PersonalDataDetector().find(text);
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("in \"%1\": %2").arg(text, describe(findings, text))));
}

double bestTimePerCallMs(const PersonalDataDetector &detector, const QString &text, int batches,
                         int callsPerBatch)
{
    double best = std::numeric_limits<double>::max();
    for (int b = 0; b < batches; ++b) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < callsPerBatch; ++i)
            detector.find(text);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6 / callsPerBatch);
    }
    return best;
}

struct IbanFormat
{
    const char *country;
    const char *bban;
};

const IbanFormat kIbanFormats[] = {
    {"IT", "1a10n12c"}, {"SM", "1a10n12c"}, {"DE", "18n"},   {"FR", "10n11c2n"},
    {"MC", "10n11c2n"}, {"ES", "20n"},      {"GB", "4a14n"}, {"IE", "4a14n"},
    {"NL", "4a10n"},    {"BE", "12n"},      {"CH", "5n12c"}, {"LI", "5n12c"},
    {"AT", "16n"},      {"PT", "21n"},      {"LU", "3n13c"}, {"PL", "24n"},
    {"NO", "11n"},      {"MT", "4a5n18c"},  {"SE", "20n"},   {"GR", "7n16c"},
    {"HR", "17n"},      {"SI", "15n"},      {"DK", "14n"},   {"FI", "14n"},
    {"CZ", "20n"},      {"SK", "20n"},      {"HU", "24n"},   {"RO", "4a16c"},
    {"BG", "4a6n8c"},
};

const char *const kIbanSentences[] = {
    "Il mio IBAN è %1, grazie.",     "IBAN: %1",
    "Please send the refund to %1.", "%1",
    "Accredito su (%1) per favore",  "ho cambiato conto, il nuovo è %1\nfatemi sapere",
};

struct CardIssuer
{
    const char *name;
    QString prefix;
    int length;
};

QList<CardIssuer> cardIssuers(Generator &g)
{
    return {
        {"visa16", QStringLiteral("4"), 16},
        {"visa13", QStringLiteral("4"), 13},
        {"visa19", QStringLiteral("4"), 19},
        {"mastercard", QString::number(g.between(51, 55)), 16},
        {"mastercard2", QString::number(g.between(2221, 2720)), 16},
        {"amex34", QStringLiteral("34"), 15},
        {"amex37", QStringLiteral("37"), 15},
        {"discover6011", QStringLiteral("6011"), 16},
        {"discover65", QStringLiteral("65"), 16},
        {"diners36", QStringLiteral("36"), 14},
        {"diners300", QStringLiteral("30") + QChar(u'0' + g.between(0, 5)), 14},
        {"jcb", QString::number(g.between(3528, 3589)), 16},
        {"maestro6759", QStringLiteral("6759"), 16},
        {"maestro5018", QStringLiteral("5018"), 16},
        {"maestro12", QStringLiteral("6759"), 12},
        {"maestro19", QStringLiteral("6759"), 19},
        {"unionpay16", QStringLiteral("62"), 16},
        {"unionpay19", QStringLiteral("62"), 19},
    };
}

QString cardNumber(Generator &g, const CardIssuer &issuer)
{
    const QString body = issuer.prefix + g.digits(int(issuer.length - issuer.prefix.size() - 1));
    return luhnComplete(body);
}

// How the number is printed on the card.
QString printedCard(const QString &number, QChar separator)
{
    if (number.size() == 15)
        return number.left(4) + separator + number.mid(4, 6) + separator + number.mid(10);
    if (number.size() == 14)
        return number.left(4) + separator + number.mid(4, 6) + separator + number.mid(10);
    return grouped(number, separator);
}

const char *const kCardSentences[] = {
    "Numero carta: %1",
    "la mia carta %1 è stata bloccata",
    "My card number is %1, can you check?",
    "%1",
    "carta (%1) scaduta",
};

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void keysAreStable()
    {
        QCOMPARE(toKey(PersonalDataKind::Iban), QStringLiteral("iban"));
        QCOMPARE(toKey(PersonalDataKind::Card), QStringLiteral("card"));
        QCOMPARE(toKey(PersonalDataKind::CodiceFiscale), QStringLiteral("codice_fiscale"));
        QCOMPARE(toKey(PersonalDataKind::PartitaIva), QStringLiteral("partita_iva"));
        QCOMPARE(toKey(PersonalDataKind::Phone), QStringLiteral("phone"));
        QCOMPARE(toKey(PersonalDataKind::Email), QStringLiteral("email"));
        QCOMPARE(toKey(PersonalDataKind::Otp), QStringLiteral("otp"));
    }

    void validIbansAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iban");
        QTest::newRow("textbook IT") << QStringLiteral("IBAN IT60X0542811101000000123456")
                                     << QStringLiteral("IT60X0542811101000000123456");
        QTest::newRow("textbook GB") << QStringLiteral("GB82 WEST 1234 5698 7654 32 thanks")
                                     << QStringLiteral("GB82 WEST 1234 5698 7654 32");
        QTest::newRow("textbook DE") << QStringLiteral("de89 3704 0044 0532 0130 00.")
                                     << QStringLiteral("de89 3704 0044 0532 0130 00");
        Generator g(13616);
        int sentence = 0;
        for (const IbanFormat &format : kIbanFormats) {
            for (int copy = 0; copy < 2; ++copy) {
                const QString iban = makeIban(QString::fromLatin1(format.country),
                                              g.fromSpec(QString::fromLatin1(format.bban)));
                const QStringList printed = {iban, grouped(iban, u' '), grouped(iban, u'-'),
                                             iban.toLower(), grouped(iban, u' ').toLower()};
                for (const QString &p : printed) {
                    const QString text =
                        QString::fromUtf8(kIbanSentences[sentence++ % std::size(kIbanSentences)])
                            .arg(p);
                    QTest::addRow("%s %s", format.country, qPrintable(p)) << text << p;
                }
            }
        }
    }

    void validIbansAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, iban);
        verifySingle(text, QStringLiteral("iban"), iban);
    }

    void ibansWithWrongChecksumAreIgnored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("textbook IT off by one")
            << QStringLiteral("IBAN IT60X0542811101000000123457");
        QTest::newRow("textbook IT truncated")
            << QStringLiteral("IBAN: IT60 X054 2811 1010 0000 0123 45");
        QTest::newRow("textbook IT too long") << QStringLiteral("IT60X05428111010000001234567");
        QTest::newRow("unknown country") << QStringLiteral("QQ60X0542811101000000123456");
        Generator g(97);
        for (const IbanFormat &format : kIbanFormats) {
            for (int copy = 0; copy < 3; ++copy) {
                const QString iban = makeIban(QString::fromLatin1(format.country),
                                              g.fromSpec(QString::fromLatin1(format.bban)));
                // One digit changed: MOD 97-10 catches every single substitution.
                QString changed = iban;
                qsizetype at;
                do {
                    at = g.between(2, int(iban.size()) - 1);
                } while (!iban[at].isDigit());
                changed[at] = QChar(u'0' + (iban[at].digitValue() + g.between(1, 9)) % 10);
                // Two neighbours swapped: and every transposition.
                QString swapped = iban;
                qsizetype i;
                do {
                    i = g.between(4, int(iban.size()) - 2);
                } while (iban[i] == iban[i + 1]);
                std::swap(swapped[i], swapped[i + 1]);
                for (const QString &bad : {changed, swapped}) {
                    if (ibanValid(bad))
                        continue;
                    QTest::addRow("%s %s", format.country, qPrintable(bad))
                        << QStringLiteral("IBAN %1 per il bonifico").arg(grouped(bad, u' '));
                    QTest::addRow("%s %s compact", format.country, qPrintable(bad))
                        << QStringLiteral("iban: %1").arg(bad);
                }
            }
        }
    }

    void ibansWithWrongChecksumAreIgnored()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    void validCardsAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("card");
        QTest::newRow("brief spaced") << QStringLiteral("carta 4539 1488 0343 6467 grazie")
                                      << QStringLiteral("4539 1488 0343 6467");
        QTest::newRow("brief hyphens") << QStringLiteral("carta 4539-1488-0343-6467.")
                                       << QStringLiteral("4539-1488-0343-6467");
        QTest::newRow("expiry after")
            << QStringLiteral("4539 1488 0343 6467 12/26") << QStringLiteral("4539 1488 0343 6467");
        QTest::newRow("carta n.") << QStringLiteral("carta n. 4539 1488 0343 6467")
                                  << QStringLiteral("4539 1488 0343 6467");
        QTest::newRow("order paid by card")
            << QStringLiteral("ordine pagato con la carta 4539148803436467")
            << QStringLiteral("4539148803436467");
        Generator g(4539);
        int sentence = 0;
        for (int copy = 0; copy < 4; ++copy) {
            for (const CardIssuer &issuer : cardIssuers(g)) {
                const QString number = cardNumber(g, issuer);
                for (const QString &p :
                     {number, printedCard(number, u' '), printedCard(number, u'-')}) {
                    const QString text =
                        QString::fromUtf8(kCardSentences[sentence++ % std::size(kCardSentences)])
                            .arg(p);
                    QTest::addRow("%s %s", issuer.name, qPrintable(p)) << text << p;
                }
            }
        }
    }

    void validCardsAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, card);
        verifySingle(text, QStringLiteral("card"), card);
    }

    void cardsFailingLuhnOrIssuerAreIgnored_data()
    {
        QTest::addColumn<QString>("text");
        Generator g(1954);
        for (int copy = 0; copy < 4; ++copy) {
            for (const CardIssuer &issuer : cardIssuers(g)) {
                const QString number = cardNumber(g, issuer);
                QString bad = number;
                bad[bad.size() - 1] = QChar(u'0' + (number.back().digitValue() + 1) % 10);
                QTest::addRow("%s luhn %s", issuer.name, qPrintable(bad))
                    << QStringLiteral("carta %1").arg(printedCard(bad, u' '));
                QTest::addRow("%s luhn compact %s", issuer.name, qPrintable(bad))
                    << QStringLiteral("carta %1").arg(bad);
            }
            // Luhn-valid, but no issuer uses that range or length.
            const QString noIssuer = luhnComplete(QStringLiteral("9") + g.digits(14));
            QTest::addRow("no issuer %s", qPrintable(noIssuer))
                << QStringLiteral("numero %1").arg(grouped(noIssuer, u' '));
            const QString visa17 = luhnComplete(QStringLiteral("4") + g.digits(15));
            QTest::addRow("visa 17 %s", qPrintable(visa17))
                << QStringLiteral("numero %1").arg(visa17);
            const QString mastercard15 = luhnComplete(QStringLiteral("53") + g.digits(12));
            QTest::addRow("mastercard 15 %s", qPrintable(mastercard15))
                << QStringLiteral("numero %1").arg(mastercard15);
            // A valid card inside a longer run of digits is not a card.
            const QString visa = cardNumber(g, cardIssuers(g).first());
            QTest::addRow("inside longer run %s", qPrintable(visa))
                << QStringLiteral("riferimento 0012%1889977").arg(visa);
            QTest::addRow("inside hyphenated run %s", qPrintable(visa))
                << QStringLiteral("riferimento %1-4455").arg(grouped(visa, u'-'));
            QTest::addRow("inside grouped run %s", qPrintable(visa))
                << QStringLiteral("rif. %1 4455").arg(grouped(visa, u' '));
            // Luhn-valid by chance, but labelled as a case or an order.
            QTest::addRow("case number %s", qPrintable(visa))
                << QStringLiteral("pratica n. %1").arg(visa);
            QTest::addRow("order number %s", qPrintable(visa))
                << QStringLiteral("ordine #%1").arg(visa);
        }
        QTest::newRow("sixteen digits failing luhn") << QStringLiteral("4539 1488 0343 6468");
    }

    void cardsFailingLuhnOrIssuerAreIgnored()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    void validCodiciFiscaliAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cf");
        QTest::newRow("textbook") << QStringLiteral("CF: RSSMRA85T10A562S.")
                                  << QStringLiteral("RSSMRA85T10A562S");
        QTest::newRow("textbook spaced") << QStringLiteral("codice fiscale RSS MRA 85T10 A562S")
                                         << QStringLiteral("RSS MRA 85T10 A562S");
        Generator g(605);
        const char *const sentences[] = {"Il mio codice fiscale è %1", "CF %1, grazie", "%1",
                                         "my tax code (%1) is on file"};
        int sentence = 0;
        for (int copy = 0; copy < 40; ++copy) {
            const QString cf = makeCodiceFiscale(g);
            const QStringList variants = {cf, cf.toLower(), omocodia(cf, 1 + copy % 7)};
            for (const QString &v : variants) {
                const QString text =
                    QString::fromUtf8(sentences[sentence++ % std::size(sentences)]).arg(v);
                QTest::addRow("%s", qPrintable(v)) << text << v;
            }
        }
        Generator h(606);
        const QString cf = makeCodiceFiscale(h);
        for (int count = 1; count <= 7; ++count) {
            const QString v = omocodia(cf, count);
            QTest::addRow("omocodia %d %s", count, qPrintable(v))
                << QStringLiteral("CF %1").arg(v.toLower()) << v.toLower();
        }
    }

    void validCodiciFiscaliAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, cf);
        verifySingle(text, QStringLiteral("codice_fiscale"), cf);
    }

    void codiciFiscaliWithWrongCheckAreIgnored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("textbook") << QStringLiteral("CF: RSSMRA85T10A562T");
        QTest::newRow("too long") << QStringLiteral("CF: RSSMRA85T10A562SX");
        QTest::newRow("digit where a letter goes") << QStringLiteral("CF: RSSMR185T10A562S");
        Generator g(1973);
        for (int copy = 0; copy < 40; ++copy) {
            QString cf =
                copy % 2 ? omocodia(makeCodiceFiscale(g), 1 + copy % 7) : makeCodiceFiscale(g);
            cf[15] = QChar(u'A' + (cf[15].unicode() - u'A' + g.between(1, 25)) % 26);
            QTest::addRow("%s", qPrintable(cf)) << QStringLiteral("codice fiscale %1").arg(cf);
        }
    }

    void codiciFiscaliWithWrongCheckAreIgnored()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    void validPartiteIvaAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("piva");
        Generator g(633);
        for (int copy = 0; copy < 40; ++copy) {
            const QString piva = partitaIvaComplete(g.digits(10));
            if (piva.startsWith(QStringLiteral("0000000")))
                continue;
            QTest::addRow("keyword %s", qPrintable(piva))
                << QStringLiteral("P.IVA %1").arg(piva) << piva;
            QTest::addRow("partita iva %s", qPrintable(piva))
                << QStringLiteral("la mia partita IVA è %1, grazie").arg(piva) << piva;
            QTest::addRow("attached IT %s", qPrintable(piva))
                << QStringLiteral("VAT: IT%1.").arg(piva) << QStringLiteral("IT") + piva;
            QTest::addRow("standalone %s", qPrintable(piva))
                << QStringLiteral("Ditta Rossi srl %1 Milano").arg(piva) << piva;
            QTest::addRow("P. IVA n. %s", qPrintable(piva))
                << QStringLiteral("P. IVA n. %1").arg(piva) << piva;
        }
    }

    void validPartiteIvaAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, piva);
        verifySingle(text, QStringLiteral("partita_iva"), piva);
    }

    void invalidPartiteIvaAreIgnored_data()
    {
        QTest::addColumn<QString>("text");
        Generator g(1972);
        for (int copy = 0; copy < 40; ++copy) {
            QString piva = partitaIvaComplete(g.digits(10));
            piva[10] = QChar(u'0' + (piva[10].digitValue() + g.between(1, 9)) % 10);
            QTest::addRow("keyword %s", qPrintable(piva)) << QStringLiteral("P.IVA %1").arg(piva);
            QTest::addRow("standalone %s", qPrintable(piva))
                << QStringLiteral("numero %1").arg(piva);
            QTest::addRow("IT %s", qPrintable(piva)) << QStringLiteral("IT%1").arg(piva);
        }
        const QString valid = partitaIvaComplete(QStringLiteral("0123456789"));
        QTest::newRow("inside longer run") << QStringLiteral("rif 77%1").arg(valid);
        QTest::newRow("case number") << QStringLiteral("pratica %1").arg(valid);
        QTest::newRow("all zeros") << QStringLiteral("P.IVA 00000000000");
    }

    void invalidPartiteIvaAreIgnored()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    void phoneNumbersAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phone");
        // '#' is a random digit.
        const char *const formats[] = {
            "+39 3## ### ####", "+393#########",    "0039 3## #######",  "3## ### ####",
            "3##-###-####",     "3##.###.####",     "3#########",        "3## #######",
            "3##/#######",      "+39 3## #######",  "(+39) 3## #######", "+39 (3##) #######",
            "02 #### ####",     "06 ########",      "011 ### ####",      "0521 ######",
            "(02) #### ####",   "+39 02 #### ####", "02-########",       "0521.######",
            "06/########",      "+44 20 #### ####", "+1 (212) 555-####", "+33 1 ## ## ## ##",
            "+49 30 #######",   "+41 44 ### ## ##", "0044 20 #### ####", "+1 212 555 ####",
            "+39 06 ########",  "081 ### ## ##",
        };
        const char *const sentences[] = {
            "Chiamami al %1",
            "Il mio numero è %1, grazie",
            "%1",
            "call me on %1.",
            "Potete richiamarmi al %1 dopo le 18?",
            "cell: %1",
            "scrivetemi su WhatsApp (%1)",
        };
        Generator g(39);
        int sentence = 0;
        for (const char *format : formats) {
            for (int copy = 0; copy < 3; ++copy) {
                QString phone = QString::fromLatin1(format);
                for (QChar &c : phone) {
                    if (c == u'#')
                        c = g.digit();
                }
                const QString text =
                    QString::fromUtf8(sentences[sentence++ % std::size(sentences)]).arg(phone);
                QTest::addRow("%s", qPrintable(phone)) << text << phone;
            }
        }
        QTest::newRow("keyword allows a short landline")
            << QStringLiteral("tel. 0784 1234") << QStringLiteral("0784 1234");
        QTest::newRow("n. after a phone word")
            << QStringLiteral("chiamami al n. 347 1234567") << QStringLiteral("347 1234567");
        QTest::newRow("trailing short number dropped")
            << QStringLiteral("chiamami al 347 1234567 2 volte") << QStringLiteral("347 1234567");
        QTest::newRow("next to an opening hour")
            << QStringLiteral("Tel 02 1234 5678 dalle 9.00 alle 18.00")
            << QStringLiteral("02 1234 5678");
    }

    void phoneNumbersAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, phone);
        verifySingle(text, QStringLiteral("phone"), phone);
    }

    void emailAddressesAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("email");
        const char *const addresses[] = {
            "mario.rossi@gmail.com",
            "MARIO.ROSSI@LIBERO.IT",
            "m.rossi+banca@example.co.uk",
            "giulia_bianchi84@hotmail.it",
            "info@sub-domain.example.org",
            "o'brien@example.ie",
            "a@b.io",
            "Luca.Verdi@Pec.Azienda.It",
            "x-y_z%1@mail.example.museum",
            "andrea.colombò@posta.it",
        };
        const char *const sentences[] = {"scrivetemi a %1.",
                                         "<%1>",
                                         "(%1)",
                                         "email: %1",
                                         "%1, grazie",
                                         "%1",
                                         "contact me at %1!",
                                         "@BancaSportello ciao, sono %1"};
        int sentence = 0;
        for (const char *address : addresses) {
            for (int copy = 0; copy < 3; ++copy) {
                const QString email = QString::fromUtf8(address);
                const QString text =
                    QString::fromUtf8(sentences[sentence++ % std::size(sentences)]).arg(email);
                QTest::addRow("%s %d", address, copy) << text << email;
            }
        }
    }

    void emailAddressesAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, email);
        verifySingle(text, QStringLiteral("email"), email);
    }

    void oneTimeCodesAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const char *const sentences[] = {
            "Il codice OTP è %1",
            "Mi è arrivato il codice %1 via SMS ma non funziona",
            "codice di verifica: %1",
            "Your verification code is %1.",
            "PIN %1",
            "Ho inserito la password %1 e mi dà errore",
            "%1 è il codice che mi avete mandato",
            "token: %1",
            "Codice dispositivo %1, cosa devo fare?",
            "secure code %1",
            "Il codice sms è %1 ma scade subito",
            "The one-time password %1 does not work",
            "Ho ricevuto questo: %1. È il codice giusto?",
            "Il mio codice di verifica valido 5 minuti era %1",
            "passcode=%1",
        };
        Generator g(2026);
        int sentence = 0;
        for (int copy = 0; copy < 60; ++copy) {
            const int length = 4 + copy % 5;
            QString code;
            do {
                code = g.digits(length);
            } while (length == 4 && code.toInt() >= 1900 && code.toInt() <= 2099);
            const QString text =
                QString::fromUtf8(sentences[sentence++ % std::size(sentences)]).arg(code);
            QTest::addRow("%s %d", qPrintable(code), copy) << text << code;
        }
        for (int copy = 0; copy < 6; ++copy) {
            const QString code = g.digits(3) + u' ' + g.digits(3);
            QTest::addRow("spaced %s", qPrintable(code))
                << QStringLiteral("il codice di verifica è %1").arg(code) << code;
        }
        QTest::newRow("year right after PIN")
            << QStringLiteral("PIN 1984") << QStringLiteral("1984");
        QTest::newRow("OTP closer than pratica")
            << QStringLiteral("per la pratica ho ricevuto l'OTP 482913")
            << QStringLiteral("482913");
    }

    void oneTimeCodesAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        verifySingle(text, QStringLiteral("otp"), code);
    }

    void lookAlikesAreNotFlagged_data()
    {
        QTest::addColumn<QString>("text");
        const char *const texts[] = {
            // dates
            "23/11/2026",
            "2026-11-23",
            "23.11.2026",
            "il 23-11-26",
            "11/23/2026",
            "entro 03/2026",
            "scadenza 12/26",
            "Il codice è valido fino al 23/11/2026",
            "Il codice scade il 2026-11-23",
            "dal 01.02.2026 al 28.02.2026",
            "nato il 05 06 1985",
            "23 novembre 2026",
            // times and opening hours
            "Siamo aperti 8:30-22:30",
            "dalle 9.00 alle 18.00",
            "ore 08.30 - 12.30",
            "dalle 09:00 alle 13:00 e dalle 14:30 alle 18:30",
            "alle 15:45:10 il codice",
            "Lun-Ven 8.30-19.30, Sab 9-13",
            "alle 18.00 ti mando il codice",
            "Open 9am-6pm, code desk at 10:30",
            // amounts and prices
            "1.250,00 EUR",
            "€ 1.250",
            "1,250.00",
            "250 euro",
            "€1.250.000",
            "EUR 3.450,50",
            "$1,250,000.00",
            "importo di 12.345.678,90 €",
            "1 250,00 €",
            "347.123.456,00 euro",
            "0,50 €",
            "costa 19,90",
            "€ 4,99 al mese",
            "prezzo 349 €",
            "saldo 3.471.234",
            "Il codice promozionale vale 1.250 euro",
            "codice sconto 2024 per 15,00 euro",
            "bonifico di 02.345.678 euro",
            "USD 1234567",
            // percentages
            "tasso del 3,5%",
            "TAN 4,25 %",
            "sconto del 20 per cento",
            "crescita del 12.5 percent",
            "codice promo: sconto 10000%",
            // case, order and reference numbers
            "pratica 123456",
            "pratica n. 12345678",
            "n. 12345",
            "#123456",
            "ordine 3471234567",
            "Numero pratica: 0212345678",
            "codice pratica 123456",
            "ticket #98765",
            "rif. 00123456",
            "pratica 12345, il codice OTP ti arriverà via SMS",
            "ordine n° 0612345678",
            "la segnalazione 34712345 è chiusa",
            "ID 482913",
            "codice errore 5003",
            "order #3471234567",
            "Il codice del reclamo è n. 556677",
            "codice del consumo, art. 1341",
            "codice articolo 88776655",
            "CRO 12345678903 del bonifico",
            "TRN 0306909606123",
            // postcodes, years, bank codes, tracking
            "CAP 20121",
            "20121 Milano",
            "00184 Roma",
            "Via Roma 12, 20121 Milano (MI)",
            "nel 2026",
            "dal 1998 al 2024",
            "codice valido per tutto il 2026",
            "ABI 03069 CAB 09606",
            "codice ABI 03069 e CAB 09606",
            "ABI 03069 - CAB 09606",
            "RR123456789IT",
            "spedizione 1Z999AA10123456784",
            "tracking 003404342595881",
            "codice tracking LY123456789CN",
            // short numbers, versions, toll-free numbers
            "ho 3 carte",
            "dal 10 al 15",
            "versione 4.12.3",
            "app 2.3.1",
            "ISO 9001",
            "numero verde 800 123 456",
            "il PIN deve avere 5 cifre",
            "codice a 6 cifre",
            "Il codice arriverà entro 30 secondi",
            "10.000 clienti",
            "45.4642, 9.1900",
            "+5,3%",
            "passo 2 di 3",
            // identifiers with a wrong check digit
            "IBAN IT60 X054 2811 1010 0000 0123 457",
            "GB82 WEST 1234 5698 7654 33",
            "NL91 ABNA 0417 1643 01",
            "carta 4539 1488 0343 6468",
            "5500 0000 0000 0005",
            "P.IVA 01234567891",
            "RSSMRA85T10A562T",
        };
        for (const char *text : texts)
            QTest::addRow("%s", text) << QString::fromUtf8(text);
    }

    void lookAlikesAreNotFlagged()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    // The same kinds of look-alike with random values, so that the rules and not the examples
    // are tested.
    void generatedLookAlikesAreNotFlagged_data()
    {
        QTest::addColumn<QString>("text");
        Generator g(1861);
        const auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QChar(u'0')); };
        const auto italianAmount = [&g]() {
            return QLocale(QLocale::Italian)
                .toString(double(g.between(1000, 99999999)) / 100, 'f', 2);
        };
        const auto englishAmount = [&g]() {
            return QLocale(QLocale::English)
                .toString(double(g.between(1000, 99999999)) / 100, 'f', 2);
        };
        const char *const around[] = {"%1", "Il codice scade il %1", "codice OTP valido fino a %1",
                                      "your code expires on %1", "pratica del %1, tel. domani"};
        for (int copy = 0; copy < 40; ++copy) {
            const int d = g.between(1, 28);
            const int m = g.between(1, 12);
            const int y = g.between(1950, 2035);
            const int h = g.between(0, 23);
            const int h2 = g.between(0, 23);
            const QString mm = two(g.below(60));
            const QString mm2 = two(g.below(60));
            const QStringList values = {
                two(d) + u'/' + two(m) + u'/' + QString::number(y),
                two(d) + u'.' + two(m) + u'.' + QString::number(y),
                two(d) + u'-' + two(m) + u'-' + QString::number(y).right(2),
                QString::number(y) + u'-' + two(m) + u'-' + two(d),
                two(m) + u'/' + QString::number(y),
                QString::number(d) + u'/' + QString::number(m) + u'/' + QString::number(y),
                two(h) + u':' + mm,
                QString::number(h) + u'.' + mm + u'-' + QString::number(h2) + u'.' + mm2,
                QStringLiteral("dalle %1.%2 alle %3.%4").arg(two(h), mm, two(h2), mm2),
                QStringLiteral("%1:%2-%3:%4").arg(two(h), mm, two(h2), mm2),
                italianAmount() + QStringLiteral(" EUR"),
                QStringLiteral("€ ") + italianAmount(),
                QStringLiteral("$") + englishAmount(),
                englishAmount(),
                italianAmount(),
                QString::number(g.between(10, 999999)) + QStringLiteral(" euro"),
                QString::number(g.between(1, 99)) + u',' + QString::number(g.below(10)) + u'%',
                QStringLiteral("CAP ") + g.digits(5),
                g.digits(5) + QStringLiteral(" Milano"),
                QStringLiteral("nel ") + QString::number(y),
                QStringLiteral("ABI ") + g.digits(5) + QStringLiteral(" CAB ") + g.digits(5),
                QStringLiteral("RR") + g.digits(9) + QStringLiteral("IT"),
                QStringLiteral("pratica ") + g.digits(g.between(4, 19)),
                QStringLiteral("pratica n. ") + g.digits(g.between(4, 19)),
                QStringLiteral("n. ") + g.digits(g.between(4, 11)),
                QStringLiteral("#") + g.digits(g.between(4, 19)),
                QStringLiteral("ordine ") + g.digits(g.between(4, 19)),
                QStringLiteral("ticket #") + g.digits(g.between(4, 11)),
                QStringLiteral("rif. ") + g.digits(g.between(4, 11)),
            };
            for (const QString &v : values) {
                const QString text =
                    QString::fromUtf8(around[g.below(int(std::size(around)))]).arg(v);
                QTest::addRow("%s", qPrintable(text)) << text;
            }
        }
    }

    void generatedLookAlikesAreNotFlagged()
    {
        QFETCH(QString, text);
        verifyNone(text);
    }

    void spansAreExact()
    {
        const QString text =
            QStringLiteral("Ciao, IBAN IT60X0542811101000000123456 e mail mario.rossi@example.com, "
                           "tel +39 347 123 4567. CF RSSMRA85T10A562S, OTP 482913.");
        const QList<PersonalDataFinding> expected = {
            {PersonalDataKind::Iban, 11, 38},  {PersonalDataKind::Email, 46, 69},
            {PersonalDataKind::Phone, 75, 91}, {PersonalDataKind::CodiceFiscale, 96, 112},
            {PersonalDataKind::Otp, 118, 124},
        };
        const QList<PersonalDataFinding> found = PersonalDataDetector().find(text);
        QVERIFY2(found == expected, qPrintable(describe(found, text)));
        QCOMPARE(text.mid(75, 16), QStringLiteral("+39 347 123 4567"));
        QCOMPARE(text.mid(118, 6), QStringLiteral("482913"));
    }

    void findingsAreSortedAndDisjoint()
    {
        Generator g(7);
        const QString card = cardNumber(g, cardIssuers(g).first());
        const QString iban = makeIban(QStringLiteral("IT"), g.fromSpec(QStringLiteral("1a10n12c")));
        const QString text =
            QStringLiteral("pin 4821 carta %1 iban %2 mail a.b@c.it cell 3331234567 p.iva %3 "
                           "mail mario3471234567@example.com codice 12345678")
                .arg(grouped(card, u' '), grouped(iban, u' '),
                     partitaIvaComplete(QStringLiteral("0774311015")));
        const QList<PersonalDataFinding> found = PersonalDataDetector().find(text);
        QStringList kinds;
        for (qsizetype i = 0; i < found.size(); ++i) {
            kinds << toKey(found[i].kind);
            QVERIFY(found[i].start < found[i].end);
            if (i > 0)
                QVERIFY2(found[i - 1].end <= found[i].start, qPrintable(describe(found, text)));
        }
        QCOMPARE(kinds, QStringList({"otp", "card", "iban", "email", "phone", "partita_iva",
                                     "email", "otp"}));
    }

    void samePhoneComparesAcrossFormats_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("national and +39") << "02 1234 5678"
                                          << "+39 02-12345678" << true;
        QTest::newRow("0039 and national") << "0039 347 1234567"
                                           << "347.123.4567" << true;
        QTest::newRow("bracketed prefix") << "(+39) 347 1234567"
                                          << "+393471234567" << true;
        QTest::newRow("00 and +") << "+44 20 7946 0958"
                                  << "0044 20 7946 0958" << true;
        QTest::newRow("different number") << "347 1234567"
                                          << "347 1234568" << false;
        QTest::newRow("different country") << "+41 44 123 45 67"
                                           << "+39 44 123 45 67" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }

    void samePhoneComparesAcrossFormats()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(PersonalDataDetector::samePhone(a, b), same);
        QCOMPARE(PersonalDataDetector::samePhone(b, a), same);
    }

    // The check runs on every keystroke of a reply, so it must stay far below a frame. The best
    // of several batches is taken so that other processes on a busy machine do not count.
    void scanningTwoThousandCharactersIsFast()
    {
        const QString chunk = QStringLiteral(
            "Gentile cliente, abbiamo verificato la pratica n. 123456 del 23/11/2026: il "
            "bonifico di 1.250,00 EUR verso IT60X0542811101000000123456 risulta eseguito alle "
            "15:30. Per assistenza chiami il 02 1234 5678 dalle 9.00 alle 18.00 oppure scriva a "
            "assistenza@banca.example.it. Non comunichi mai il codice OTP né il PIN della carta "
            "4539 1488 0343 6467; il tasso è del 3,5% e il CAP della filiale è 20121. ");
        QString text;
        while (text.size() < 2000)
            text += chunk;
        text.truncate(2000);
        const PersonalDataDetector detector;
        const qsizetype findings = detector.find(text).size(); // also compiles the patterns
        QVERIFY(findings > 0);

        const double perCallMs = bestTimePerCallMs(detector, text, 20, 20);
        qInfo("find() on %lld characters: %.3f ms (%lld findings)", qlonglong(text.size()),
              perCallMs, qlonglong(findings));
#ifdef QT_NO_DEBUG
        QVERIFY2(perCallMs < 1.0, qPrintable(QString::number(perCallMs)));
#else
        QVERIFY2(perCallMs < 10.0, qPrintable(QString::number(perCallMs)));
#endif
    }

    // One detector is shared by the reply editor and the send path, which run on different
    // threads.
    void findIsSafeFromManyThreads()
    {
        const PersonalDataDetector detector;
        const QStringList texts = {
            QStringLiteral("IBAN IT60X0542811101000000123456, tel +39 347 123 4567"),
            QStringLiteral("carta 4539 1488 0343 6467, mail mario.rossi@example.com"),
            QStringLiteral("CF RSSMRA85T10A562S, P.IVA 07643520567, OTP 482913"),
            QStringLiteral("dalle 9.00 alle 18.00, pratica n. 12345, 1.250,00 EUR"),
        };
        QList<QList<PersonalDataFinding>> expected;
        for (const QString &text : texts)
            expected.append(detector.find(text));
        QAtomicInt mismatches = 0;
        QList<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([&, t] {
                for (int i = 0; i < 300; ++i) {
                    const qsizetype k = (t + i) % texts.size();
                    if (detector.find(texts[k]) != expected[k])
                        mismatches.ref();
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(mismatches.loadRelaxed(), 0);
    }

    // Texts built to make a naive scanner quadratic: a thousand tiny numbers, "@" without
    // addresses, IBAN prefixes without IBANs.
    void adversarialTextStaysFast_data()
    {
        QTest::addColumn<QString>("unit");
        for (const char *unit : {"1 ", "3 ", "12 ", "4539 ", "0-", "1.2.", "a@", "a.b@c.", "IT60 ",
                                 "+39 ", "codice 1234 ", "€1", "#1 ", "RSSMRA85T10A562S "})
            QTest::addRow("%s", unit) << QString::fromUtf8(unit);
    }

    void adversarialTextStaysFast()
    {
        QFETCH(QString, unit);
        QString text;
        while (text.size() < 2000)
            text += unit;
        text.truncate(2000);
        const PersonalDataDetector detector;
        detector.find(text);
        const double perCallMs = bestTimePerCallMs(detector, text, 5, 5);
#ifdef QT_NO_DEBUG
        QVERIFY2(perCallMs < 5.0, qPrintable(QString::number(perCallMs)));
#else
        QVERIFY2(perCallMs < 50.0, qPrintable(QString::number(perCallMs)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personal_data.moc"
