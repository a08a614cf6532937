#pragma once

#include "Domain.h"
#include "LengthRules.h"
#include "PersonalDataDetector.h"
#include "StyleChecker.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace sportello {

// What is known about the reply being written, beyond its text.
struct ReplyContext
{
    Network network = Network::X;
    Visibility visibility = Visibility::Public;
    QString customerName; // to hint when the reply does not use it; empty when unknown
    QString bankPhone;    // the bank's own public number may appear in a public reply
};

struct CourtesyHint
{
    QString hint; // "greeting", "customer_name", "signature"
    QString message;
};

struct CheckResult
{
    enum class Verdict
    {
        Ok,
        Warn,
        Block
    };
    Verdict verdict = Verdict::Ok;
    QList<StyleFinding> style;
    QList<PersonalDataFinding> personalData;
    QList<PersonalDataFinding> blockingPersonalData; // the ones that stop this reply
    QList<QPair<qsizetype, qsizetype>> unfilledVariables;
    LengthCount length;
    double gulpease = 100;
    QList<CourtesyHint> courtesy;
    QStringList blockReasons; // why, in words, for the Send button's tooltip

    // The CLI's object: spans in Unicode code points of `text`.
    QJsonObject toJson(const QString &text) const;
    static QString verdictKey(Verdict v);
};

// Every check a reply goes through, live while typing and again before sending; the GUI and
// `sportello-cli check` both use this class. Safe to share between threads.
class ReplyChecker
{
    Q_DECLARE_TR_FUNCTIONS(ReplyChecker)
public:
    explicit ReplyChecker(StyleRules rules);
    static std::shared_ptr<const ReplyChecker> shipped();

    CheckResult check(const QString &text, const ReplyContext &context) const;

    // Where a network lets the conversation continue in private.
    static bool hasPrivateChannel(Network network);

private:
    QList<CourtesyHint> courtesyHints(const QString &text, const ReplyContext &context) const;
    StyleChecker m_style;
    PersonalDataDetector m_personalData;
};

} // namespace sportello
