#include "LengthRules.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace sportello {
namespace {

constexpr int kUrlLength = 23;

// Links as the networks shorten them: with a scheme, or a bare www./domain.tld/path.
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?:https?://"
                       "|www\\.)[^\\s]+|\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:it|com|eu|net|"
                       "org|io|ly|co|me|app|info|biz)"
                       "(?:/[^\\s]*)?"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1F1E6 && c <= 0x1F1FF) || c == 0x2122 ||
           c == 0x2139 || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) ||
           c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

// twitter-text v3: code points in these ranges weigh 1, everything else 2.
bool isLightForX(char32_t c)
{
    return c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) ||
           (c >= 8242 && c <= 8247);
}

// Replaces each link by a placeholder of the length the network counts for it.
QString withUrlsReplaced(const QString &text, QList<qsizetype> *urlCount = nullptr)
{
    QString out;
    qsizetype last = 0;
    qsizetype urls = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QString(kUrlLength, QLatin1Char('x'));
        last = m.capturedEnd();
        ++urls;
    }
    out += QStringView(text).mid(last);
    if (urlCount)
        urlCount->append(urls);
    return out;
}

} // namespace

int LengthRules::codePointCount(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

int LengthRules::graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int n = 0;
    while (finder.toNextBoundary() != -1)
        ++n;
    return n;
}

int LengthRules::xWeightedLength(const QString &raw)
{
    const QString text = withUrlsReplaced(raw.normalized(QString::NormalizationForm_C));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int weight = 0;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QStringView cluster = QStringView(text).mid(start, end - start);
        const auto points = cluster.toUcs4();
        bool emoji = false;
        for (char32_t c : points)
            emoji = emoji || isEmojiCodePoint(c);
        if (emoji) {
            weight += 2; // an emoji sequence counts as one heavy character, however it is built
        } else {
            for (char32_t c : points)
                weight += isLightForX(c) ? 1 : 2;
        }
        start = end;
    }
    return weight;
}

int LengthRules::limit(Network network, Visibility visibility)
{
    const bool pub = visibility == Visibility::Public;
    switch (network) {
    case Network::X:
        return pub ? 280 : 10000;
    case Network::Facebook:
        return pub ? 8000 : 2000; // a comment; in private it is Messenger
    case Network::Instagram:
        return pub ? 2200 : 1000; // a comment; Direct messages
    case Network::Messenger:
        return 2000;
    case Network::WhatsApp:
        return 4096;
    case Network::Telegram:
        return 4096;
    case Network::Mastodon:
        return 500;
    case Network::Bluesky:
        return 300;
    }
    return 0;
}

LengthCount LengthRules::count(Network network, Visibility visibility, const QString &text)
{
    LengthCount c;
    c.limit = limit(network, visibility);
    switch (network) {
    case Network::X:
        c.used = visibility == Visibility::Public ? xWeightedLength(text) : codePointCount(text);
        break;
    case Network::Bluesky:
        c.used = graphemeCount(text);
        break;
    case Network::Mastodon:
        c.used = codePointCount(withUrlsReplaced(text));
        break;
    case Network::Telegram:
        c.used = int(text.size());
        break; // Telegram counts UTF-16 units
    default:
        c.used = codePointCount(text);
        break;
    }
    return c;
}

} // namespace sportello
