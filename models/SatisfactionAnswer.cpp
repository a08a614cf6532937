#include "SatisfactionAnswer.h"

#include <QRegularExpression>
#include <QSet>

namespace sportello {

std::optional<int> satisfactionScoreIn(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60)
        return std::nullopt;

    // Only stars (and spaces): their number is the score.
    int stars = 0;
    bool onlyStars = true;
    for (QChar c : trimmed) {
        if (c == QChar(0x2B50) || c == QChar(0x2605))
            ++stars;
        else if (!c.isSpace() && c != QChar(0xFE0F))
            onlyStars = false;
    }
    if (onlyStars)
        return stars >= 1 && stars <= 5 ? std::optional<int>(stars) : std::nullopt;

    // Words that may surround a score without saying anything else.
    static const QSet<QString> filler{
        QStringLiteral("voto"),   QStringLiteral("valutazione"), QStringLiteral("stelle"),
        QStringLiteral("stella"), QStringLiteral("su"),          QStringLiteral("punti"),
        QStringLiteral("punto"),  QStringLiteral("grazie"),      QStringLiteral("ciao"),
        QStringLiteral("do"),     QStringLiteral("direi"),       QStringLiteral("il"),
        QStringLiteral("mio"),    QStringLiteral("è"),           QStringLiteral("e"),
        QStringLiteral("un"),     QStringLiteral("rating"),      QStringLiteral("stars"),
        QStringLiteral("star"),   QStringLiteral("out"),         QStringLiteral("of"),
        QStringLiteral("thanks"), QStringLiteral("i"),           QStringLiteral("give"),
        QStringLiteral("score"),  QStringLiteral("my"),          QStringLiteral("is"),
        QStringLiteral("a"),      QStringLiteral("ok")};
    static const QRegularExpression token(QStringLiteral("[\\p{L}]+|\\d+"));
    std::optional<int> score;
    bool afterOutOf = false; // "4 su 5", "4/5", "4 out of 5": the 5 is the scale
    auto it = token.globalMatch(trimmed.toLower());
    while (it.hasNext()) {
        const QString t = it.next().captured();
        if (t.at(0).isDigit()) {
            bool ok = false;
            const int n = t.toInt(&ok);
            if (score && afterOutOf && n == 5) {
                afterOutOf = false;
                continue;
            }
            if (score || !ok || n < 1 || n > 5)
                return std::nullopt;
            score = n;
        } else if (!filler.contains(t)) {
            return std::nullopt;
        }
        afterOutOf = score && (t == QLatin1String("su") || t == QLatin1String("of") ||
                               (t.at(0).isDigit() && trimmed.contains(QLatin1Char('/'))));
    }
    return score;
}

} // namespace sportello
