#include "Domain.h"

#include "Records.h"

#include <array>
#include <utility>

namespace sportello {
namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Network, const char *>, 8> kNetworks{{
    {Network::X, "x"},
    {Network::Facebook, "facebook"},
    {Network::Instagram, "instagram"},
    {Network::Messenger, "messenger"},
    {Network::WhatsApp, "whatsapp"},
    {Network::Telegram, "telegram"},
    {Network::Mastodon, "mastodon"},
    {Network::Bluesky, "bluesky"},
}};
constexpr std::array<std::pair<Direction, const char *>, 2> kDirections{{
    {Direction::Inbound, "in"},
    {Direction::Outbound, "out"},
}};
constexpr std::array<std::pair<Visibility, const char *>, 2> kVisibilities{{
    {Visibility::Public, "public"},
    {Visibility::Private, "private"},
}};
constexpr std::array<std::pair<CaseStatus, const char *>, 6> kStatuses{{
    {CaseStatus::New, "new"},
    {CaseStatus::Open, "open"},
    {CaseStatus::Waiting, "waiting"},
    {CaseStatus::Escalated, "escalated"},
    {CaseStatus::Resolved, "resolved"},
    {CaseStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<Category, const char *>, 11> kCategories{{
    {Category::None, "none"},
    {Category::SupportRequest, "support_request"},
    {Category::EmergingProblem, "emerging_problem"},
    {Category::WidespreadAnomaly, "widespread_anomaly"},
    {Category::MisSelling, "mis_selling"},
    {Category::ReputationalRisk, "reputational_risk"},
    {Category::WishOrIdea, "wish_or_idea"},
    {Category::Praise, "praise"},
    {Category::SpamOrAbuse, "spam_or_abuse"},
    {Category::FakeProfile, "fake_profile"},
    {Category::PhishingOrFraud, "phishing_or_fraud"},
}};
constexpr std::array<std::pair<Priority, const char *>, 4> kPriorities{{
    {Priority::Low, "low"},
    {Priority::Normal, "normal"},
    {Priority::High, "high"},
    {Priority::Urgent, "urgent"},
}};
constexpr std::array<std::pair<Language, const char *>, 3> kLanguages{{
    {Language::Italian, "it"},
    {Language::English, "en"},
    {Language::Other, "other"},
}};

} // namespace

QList<Network> allNetworks()
{
    QList<Network> out;
    for (const auto &entry : kNetworks)
        out.append(entry.first);
    return out;
}

QList<CaseStatus> allStatuses()
{
    QList<CaseStatus> out;
    for (const auto &entry : kStatuses)
        out.append(entry.first);
    return out;
}

QList<Category> allCategories()
{
    QList<Category> out;
    for (const auto &entry : kCategories) {
        if (entry.first != Category::None)
            out.append(entry.first);
    }
    return out;
}

QString toKey(Network n)
{
    return keyOf(kNetworks, n);
}
QString toKey(Direction d)
{
    return keyOf(kDirections, d);
}
QString toKey(Visibility v)
{
    return keyOf(kVisibilities, v);
}
QString toKey(CaseStatus s)
{
    return keyOf(kStatuses, s);
}
QString toKey(Category c)
{
    return keyOf(kCategories, c);
}
QString toKey(Priority p)
{
    return keyOf(kPriorities, p);
}
QString toKey(Language l)
{
    return keyOf(kLanguages, l);
}

std::optional<Network> networkFromKey(const QString &key)
{
    return valueOf(kNetworks, key);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return valueOf(kDirections, key);
}
std::optional<Visibility> visibilityFromKey(const QString &key)
{
    return valueOf(kVisibilities, key);
}
std::optional<CaseStatus> statusFromKey(const QString &key)
{
    return valueOf(kStatuses, key);
}
std::optional<Category> categoryFromKey(const QString &key)
{
    return valueOf(kCategories, key);
}
std::optional<Priority> priorityFromKey(const QString &key)
{
    return valueOf(kPriorities, key);
}
std::optional<Language> languageFromKey(const QString &key)
{
    return valueOf(kLanguages, key);
}

QString toKey(OutboxState s)
{
    switch (s) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString &key)
{
    for (OutboxState s :
         {OutboxState::Pending, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString toKey(EscalationState s)
{
    switch (s) {
    case EscalationState::Open:
        return QStringLiteral("open");
    case EscalationState::Answered:
        return QStringLiteral("answered");
    case EscalationState::Withdrawn:
        return QStringLiteral("withdrawn");
    case EscalationState::Moved:
        return QStringLiteral("moved");
    case EscalationState::Raised:
        return QStringLiteral("raised");
    }
    return {};
}

std::optional<EscalationState> escalationStateFromKey(const QString &key)
{
    for (EscalationState s :
         {EscalationState::Open, EscalationState::Answered, EscalationState::Withdrawn,
          EscalationState::Moved, EscalationState::Raised}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool isActive(CaseStatus s)
{
    return s == CaseStatus::New || s == CaseStatus::Open || s == CaseStatus::Waiting ||
           s == CaseStatus::Escalated;
}

} // namespace sportello
