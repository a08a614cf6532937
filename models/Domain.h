#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of a care team's work. Enums are stored in the database as the stable
// lower-case keys returned by toKey(), never as their numeric value, so reordering an enum
// never rewrites history.
namespace sportello {

enum class Network
{
    X,
    Facebook,
    Instagram,
    Messenger,
    WhatsApp,
    Telegram,
    Mastodon,
    Bluesky
};
enum class Direction
{
    Inbound,
    Outbound
};
enum class Visibility
{
    Public,
    Private
};
enum class CaseStatus
{
    New,
    Open,
    Waiting,
    Escalated,
    Resolved,
    Closed
};
enum class Category
{
    None,
    SupportRequest,
    EmergingProblem,
    WidespreadAnomaly,
    MisSelling,
    ReputationalRisk,
    WishOrIdea,
    Praise,
    SpamOrAbuse,
    FakeProfile,
    PhishingOrFraud,
};
enum class Priority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3
};
enum class Language
{
    Italian,
    English,
    Other
};

QList<Network> allNetworks();
QList<CaseStatus> allStatuses();
QList<Category> allCategories(); // without Category::None

QString toKey(Network n);
QString toKey(Direction d);
QString toKey(Visibility v);
QString toKey(CaseStatus s);
QString toKey(Category c);
QString toKey(Priority p);
QString toKey(Language l);

std::optional<Network> networkFromKey(const QString &key);
std::optional<Direction> directionFromKey(const QString &key);
std::optional<Visibility> visibilityFromKey(const QString &key);
std::optional<CaseStatus> statusFromKey(const QString &key);
std::optional<Category> categoryFromKey(const QString &key);
std::optional<Priority> priorityFromKey(const QString &key);
std::optional<Language> languageFromKey(const QString &key);

// Which of a case's statuses mean "someone still has to act".
bool isActive(CaseStatus s);

} // namespace sportello

Q_DECLARE_METATYPE(sportello::Network)
Q_DECLARE_METATYPE(sportello::CaseStatus)
Q_DECLARE_METATYPE(sportello::Category)
Q_DECLARE_METATYPE(sportello::Priority)
