#pragma once

#include "Records.h"
#include "ReplyTemplate.h"

#include <QCoreApplication>
#include <QHash>

namespace sportello {

struct AgentProfile
{
    QString name;
    QString initials; // the signature, "FG"; derived from the name when empty
};

// The values a template's {{variables}} take for one case: who the customer is, who signs,
// and what the bank has set (service hours, its public phone, custom variables).
class ReplyVariables
{
    Q_DECLARE_TR_FUNCTIONS(ReplyVariables)
public:
    static QHash<QString, QString> forCase(const CaseSnapshot &snapshot, const AgentProfile &agent,
                                           const QList<TemplateVariable> &custom,
                                           const QHash<QString, QString> &bankSettings);
    static QString initialsOf(const QString &name);
    static QString firstName(const QString &displayName);
    // Where a public conversation continues in private, in the words customers know.
    static QString privateChannelFor(Network network);

    static inline const QString kServiceHoursKey = QStringLiteral("bank/service_hours");
    static inline const QString kBankPhoneKey = QStringLiteral("bank/phone");
};

} // namespace sportello
