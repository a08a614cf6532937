#pragma once

#include <QList>
#include <QString>

namespace sportello {

enum class PersonalDataKind
{
    Iban,
    Card,
    CodiceFiscale,
    PartitaIva,
    Phone,
    Email,
    Otp,
};

// Stable keys for logs, settings and UI lookups: "iban", "card", "codice_fiscale",
// "partita_iva", "phone", "email", "otp".
QString toKey(PersonalDataKind kind);

// [start, end) in UTF-16 indices of the scanned QString.
struct PersonalDataFinding
{
    PersonalDataKind kind;
    qsizetype start;
    qsizetype end;

    friend bool operator==(const PersonalDataFinding &, const PersonalDataFinding &) = default;
};

// Keeps personal and banking data out of public replies (PRODUCT.md, "Personal data").
// Every identifier with a check digit (IBAN, card, codice fiscale, partita IVA) is reported only
// when the check digit is right, so that look-alikes do not block an innocent reply; phone numbers
// and one-time codes have no checksum, so they are recognised by shape and by the words around
// them, and dates, times, amounts and case numbers are ruled out first.
//
// Stateless and const: one instance may be shared by any number of threads.
class PersonalDataDetector
{
public:
    // Sorted by start and non-overlapping; when two readings compete the more specific wins
    // (e-mail, IBAN, codice fiscale, card, partita IVA, phone, one-time code).
    QList<PersonalDataFinding> find(const QString &text) const;

    // The detector reports the bank's own public number like any other; the caller exempts it
    // with this. Both sides are reduced to digits with the country code, a national Italian
    // number ("02 1234 5678", "347 123 4567") being read as +39.
    static bool samePhone(const QString &a, const QString &b);
};

} // namespace sportello
