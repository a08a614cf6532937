#include "ReplyVariables.h"

#include <QRegularExpression>

namespace sportello {

QString ReplyVariables::initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part :
         name.split(QRegularExpression(QStringLiteral("[\\s.\\-]+")), Qt::SkipEmptyParts)) {
        if (part.at(0).isLetter())
            initials += part.at(0).toUpper();
    }
    return initials.left(3);
}

QString ReplyVariables::firstName(const QString &displayName)
{
    // Handles and page-scoped names are not names: "@marco_r" greets nobody.
    const QString trimmed = displayName.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('@')) ||
        trimmed.startsWith(QLatin1Char('+')))
        return {};
    return trimmed.section(QLatin1Char(' '), 0, 0);
}

QString ReplyVariables::privateChannelFor(Network network)
{
    switch (network) {
    case Network::X:
        return tr("DM");
    case Network::Facebook:
    case Network::Messenger:
        return tr("Messenger");
    case Network::Instagram:
        return tr("Direct");
    case Network::Mastodon:
        return tr("a private mention");
    case Network::WhatsApp:
        return tr("WhatsApp");
    case Network::Telegram:
        return tr("Telegram");
    case Network::Bluesky:
        return tr("DM");
    }
    return {};
}

QHash<QString, QString> ReplyVariables::forCase(const CaseSnapshot &snapshot,
                                                const AgentProfile &agent,
                                                const QList<TemplateVariable> &custom,
                                                const QHash<QString, QString> &bankSettings)
{
    QHash<QString, QString> values;
    for (const TemplateVariable &v : custom)
        values.insert(v.name, v.defaultValue);
    values.insert(QStringLiteral("customer_name"), firstName(snapshot.customer.displayName));
    values.insert(QStringLiteral("agent_name"), agent.name);
    values.insert(QStringLiteral("agent_initials"),
                  agent.initials.isEmpty() ? initialsOf(agent.name) : agent.initials);
    values.insert(QStringLiteral("service_hours"), bankSettings.value(kServiceHoursKey));
    values.insert(QStringLiteral("bank_phone"), bankSettings.value(kBankPhoneKey));
    values.insert(QStringLiteral("private_channel"), privateChannelFor(snapshot.kase.network));
    return values;
}

} // namespace sportello
