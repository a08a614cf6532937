#include "ReplyChecker.h"

#include "ReplyTemplate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sportello {
namespace {

qsizetype codePoints(const QString &text, qsizetype utf16Index)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < utf16Index && i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        ++n;
    }
    return n;
}

QString folded(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (QChar c : d) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

bool expectsSignature(const ReplyContext &c)
{
    return c.visibility == Visibility::Public &&
           (c.network == Network::X || c.network == Network::Facebook ||
            c.network == Network::Instagram);
}

} // namespace

ReplyChecker::ReplyChecker(StyleRules rules) : m_style(std::move(rules)) {}

std::shared_ptr<const ReplyChecker> ReplyChecker::shipped()
{
    // An administrator extends the rules by placing a complete rules file in the data folder
    // (…/Sportello/sportello/style/rules.json); a broken one is reported and the shipped
    // rules stay in force, so a typo never silences the checker.
    const QString custom =
        QStandardPaths::locate(QStandardPaths::AppDataLocation, QStringLiteral("style/rules.json"));
    if (!custom.isEmpty()) {
        QString error;
        if (auto rules = StyleRules::fromFile(custom, &error))
            return std::make_shared<const ReplyChecker>(*rules);
        qWarning("Sportello: %s is not used: %s", qPrintable(custom), qPrintable(error));
    }
    return std::make_shared<const ReplyChecker>(StyleRules::builtIn());
}

bool ReplyChecker::hasPrivateChannel(Network network)
{
    return network == Network::X || network == Network::Facebook || network == Network::Instagram ||
           network == Network::Mastodon;
}

QList<CourtesyHint> ReplyChecker::courtesyHints(const QString &text,
                                                const ReplyContext &context) const
{
    QList<CourtesyHint> hints;
    const QString f = folded(text).trimmed();
    if (f.isEmpty())
        return hints;
    static const QRegularExpression greeting(QStringLiteral(
        "^(?:@\\w+\\s+)*(ciao|buongiorno|buonasera|buon pomeriggio|salve|gentile|gent\\.|caro|cara|"
        "hi|hello|hey|dear|good (morning|afternoon|evening))\\b"));
    if (!greeting.match(f).hasMatch())
        hints.append({QStringLiteral("greeting"), tr("Open with a greeting (Ciao, Buongiorno).")});
    if (!context.customerName.trimmed().isEmpty()) {
        const QString first =
            folded(context.customerName.trimmed().section(QLatin1Char(' '), 0, 0));
        if (!first.isEmpty() && !f.contains(first))
            hints.append({QStringLiteral("customer_name"),
                          tr("Call the customer by name (%1).")
                              .arg(context.customerName.section(QLatin1Char(' '), 0, 0))});
    }
    static const QRegularExpression signature(
        QStringLiteral("(\\^\\s*[A-Za-z]{1,4}|\\b[A-Z]{2,3})\\W*$"));
    if (expectsSignature(context) && !signature.match(text.trimmed()).hasMatch())
        hints.append({QStringLiteral("signature"),
                      tr("Sign with your initials (^FG): on this channel customers expect it.")});
    return hints;
}

CheckResult ReplyChecker::check(const QString &text, const ReplyContext &context) const
{
    CheckResult r;
    r.style = m_style.check(text);
    r.personalData = m_personalData.find(text);
    r.unfilledVariables = TemplateFiller::unfilledSpans(text);
    r.length = LengthRules::count(context.network, context.visibility, text);
    r.gulpease = StyleChecker::gulpease(text);
    r.courtesy = courtesyHints(text, context);

    for (const PersonalDataFinding &f : std::as_const(r.personalData)) {
        const bool alwaysSecret =
            f.kind == PersonalDataKind::Card || f.kind == PersonalDataKind::Otp;
        const bool ownNumber =
            f.kind == PersonalDataKind::Phone && !context.bankPhone.isEmpty() &&
            PersonalDataDetector::samePhone(text.mid(f.start, f.end - f.start), context.bankPhone);
        if (alwaysSecret || (context.visibility == Visibility::Public && !ownNumber))
            r.blockingPersonalData.append(f);
    }
    if (!r.blockingPersonalData.isEmpty())
        r.blockReasons
            << (context.visibility == Visibility::Public
                    ? tr("Personal data in a public reply: move the details to a private channel.")
                    : tr("Card numbers and one-time codes are never sent, not even in private."));
    if (!r.unfilledVariables.isEmpty())
        r.blockReasons << tr("Fill in every {{variable}} first.");
    if (r.length.over())
        r.blockReasons
            << tr("Too long for this channel: %1 of %2.").arg(r.length.used).arg(r.length.limit);
    if (text.trimmed().isEmpty())
        r.blockReasons << tr("The reply is empty.");

    if (!r.blockReasons.isEmpty())
        r.verdict = CheckResult::Verdict::Block;
    else if (!r.style.isEmpty() || !r.courtesy.isEmpty())
        r.verdict = CheckResult::Verdict::Warn;
    return r;
}

QString CheckResult::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Block:
        return QStringLiteral("block");
    }
    return {};
}

QJsonObject CheckResult::toJson(const QString &text) const
{
    QJsonArray style;
    for (const StyleFinding &f : this->style) {
        style.append(QJsonObject{
            {QStringLiteral("rule"), f.rule},
            {QStringLiteral("start"), codePoints(text, f.start)},
            {QStringLiteral("end"), codePoints(text, f.end)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(f.suggestions)}});
    }
    QJsonArray personal;
    for (const PersonalDataFinding &f : personalData) {
        personal.append(QJsonObject{{QStringLiteral("kind"), toKey(f.kind)},
                                    {QStringLiteral("start"), codePoints(text, f.start)},
                                    {QStringLiteral("end"), codePoints(text, f.end)}});
    }
    QJsonArray courtesy;
    for (const CourtesyHint &h : this->courtesy)
        courtesy.append(
            QJsonObject{{QStringLiteral("hint"), h.hint}, {QStringLiteral("message"), h.message}});
    return {
        {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("style"), style},
        {QStringLiteral("personal_data"), personal},
        {QStringLiteral("length"), QJsonObject{{QStringLiteral("used"), length.used},
                                               {QStringLiteral("limit"), length.limit}}},
        {QStringLiteral("readability"),
         QJsonObject{{QStringLiteral("gulpease"), qRound(gulpease * 10) / 10.0}}},
        {QStringLiteral("courtesy"), courtesy},
    };
}

} // namespace sportello
