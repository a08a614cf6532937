#include "Labels.h"

#include <QLocale>

namespace sportello {

QString Labels::network(Network n)
{
    switch (n) {
    case Network::X:
        return tr("X");
    case Network::Facebook:
        return tr("Facebook");
    case Network::Instagram:
        return tr("Instagram");
    case Network::Messenger:
        return tr("Messenger");
    case Network::WhatsApp:
        return tr("WhatsApp");
    case Network::Telegram:
        return tr("Telegram");
    case Network::Mastodon:
        return tr("Mastodon");
    case Network::Bluesky:
        return tr("Bluesky");
    }
    return {};
}

QString Labels::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
        return tr("New");
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Waiting:
        return tr("Waiting");
    case CaseStatus::Escalated:
        return tr("Escalated");
    case CaseStatus::Resolved:
        return tr("Resolved");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::category(Category c)
{
    switch (c) {
    case Category::None:
        return tr("Uncategorised");
    case Category::SupportRequest:
        return tr("Support request");
    case Category::EmergingProblem:
        return tr("Emerging problem");
    case Category::WidespreadAnomaly:
        return tr("Widespread anomaly");
    case Category::MisSelling:
        return tr("Mis-selling");
    case Category::ReputationalRisk:
        return tr("Reputational risk");
    case Category::WishOrIdea:
        return tr("Wish or idea");
    case Category::Praise:
        return tr("Praise");
    case Category::SpamOrAbuse:
        return tr("Spam or abuse");
    case Category::FakeProfile:
        return tr("Fake profile");
    case Category::PhishingOrFraud:
        return tr("Phishing or fraud");
    }
    return {};
}

QString Labels::priority(Priority p)
{
    switch (p) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString Labels::language(Language l)
{
    switch (l) {
    case Language::Italian:
        return tr("Italian");
    case Language::English:
        return tr("English");
    case Language::Other:
        return tr("Other language");
    }
    return {};
}

QString Labels::visibility(Visibility v)
{
    return v == Visibility::Public ? tr("Public") : tr("Private");
}

QString Labels::age(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds < 7 * 86400)
        return tr("%1 d").arg(seconds / 86400);
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace sportello
