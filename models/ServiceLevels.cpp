#include "ServiceLevels.h"

#include "RulesFile.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace sportello {

namespace {

using rulesfile::quoted;

constexpr int formatVersion = 1;

int defaultTargetMinutes(Network network)
{
    switch (network) {
    case Network::X:
    case Network::WhatsApp:
    case Network::Telegram:
        return 15;
    case Network::Facebook:
    case Network::Instagram:
    case Network::Messenger:
    case Network::Mastodon:
    case Network::Bluesky:
        return 30;
    }
    return 30;
}

// Whole minutes only: a fraction would not survive the administrator's spin boxes.
std::optional<int> wholeMinutes(const QJsonValue &value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return static_cast<int>(d);
}

} // namespace

SlaState slaStateAt(const QDateTime &due, const QDateTime &now, qint64 dueSoonMs)
{
    if (!due.isValid())
        return SlaState::None;
    const qint64 left = now.msecsTo(due);
    if (left < 0)
        return SlaState::Breached;
    if (left <= dueSoonMs)
        return SlaState::DueSoon;
    return SlaState::OnTime;
}

ServiceLevels::ServiceLevels() : m_hours(ServiceHours::defaults())
{
    for (Network n : allNetworks()) {
        m_targets.insert(key(n, Visibility::Public), defaultTargetMinutes(n));
        m_targets.insert(key(n, Visibility::Private), defaultTargetMinutes(n));
    }
}

Result<ServiceLevels> ServiceLevels::loadDefaults()
{
    const QString path = QStringLiteral(":/sla/service_levels.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ServiceLevels>::failure(tr("Cannot read the service levels from %1: %2.")
                                                  .arg(quoted(path), file.errorString()));
    auto levels = fromJsonText(file.readAll());
    if (!levels)
        return Result<ServiceLevels>::failure(quoted(path) + QStringLiteral(": ") + levels.error());
    return levels;
}

int ServiceLevels::targetMinutes(Network network, Visibility visibility) const
{
    return m_targets.value(key(network, visibility), defaultTargetMinutes(network));
}

Status ServiceLevels::setTargetMinutes(Network network, Visibility visibility, int minutes)
{
    if (minutes < 1 || minutes > maxTargetMinutes)
        return Status::failure(
            tr("A target must be between 1 and %1 minutes.").arg(maxTargetMinutes));
    m_targets.insert(key(network, visibility), minutes);
    return {};
}

Status ServiceLevels::setDueSoonMinutes(int minutes)
{
    if (minutes < 0 || minutes > maxDueSoonMinutes)
        return Status::failure(tr("The warning must come between 0 and %1 minutes before the "
                                  "target.")
                                   .arg(maxDueSoonMinutes));
    m_dueSoonMinutes = minutes;
    return {};
}

bool ServiceLevels::operator==(const ServiceLevels &other) const
{
    return m_targets == other.m_targets && m_dueSoonMinutes == other.m_dueSoonMinutes &&
           m_hours == other.m_hours;
}

Result<ServiceLevels> ServiceLevels::fromJson(const QJsonObject &json)
{
    using R = Result<ServiceLevels>;
    static const QStringList known = {QStringLiteral("version"), QStringLiteral("dueSoonMinutes"),
                                      QStringLiteral("targets"), QStringLiteral("serviceHours")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(tr("Service levels: unknown key %1 (allowed keys: %2).")
                                  .arg(quoted(it.key()), known.join(QStringLiteral(", "))));
    }
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != formatVersion)
        return R::failure(
            tr("Service levels: this program reads version %1 of the format.").arg(formatVersion));

    ServiceLevels levels;
    const QJsonValue dueSoon = json.value(QStringLiteral("dueSoonMinutes"));
    if (!dueSoon.isUndefined()) {
        const auto minutes = wholeMinutes(dueSoon, 0, maxDueSoonMinutes);
        if (!minutes)
            return R::failure(tr("Service levels: \"dueSoonMinutes\" must be a whole number "
                                 "from 0 to %1.")
                                  .arg(maxDueSoonMinutes));
        levels.m_dueSoonMinutes = *minutes;
    }

    const QJsonValue targets = json.value(QStringLiteral("targets"));
    if (!targets.isUndefined() && !targets.isObject())
        return R::failure(tr("Service levels: \"targets\" must be an object with one entry "
                             "per network, such as \"x\": {\"public\": 15, \"private\": 15}."));
    const QJsonObject targetObject = targets.toObject();
    for (auto it = targetObject.begin(); it != targetObject.end(); ++it) {
        const std::optional<Network> network = networkFromKey(it.key());
        if (!network)
            return R::failure(tr("Service levels: unknown network %1.").arg(quoted(it.key())));
        const auto badTarget = [&] {
            return R::failure(tr("Service levels, %1: a target is a whole number of minutes "
                                 "from 1 to %2, or {\"public\": minutes, \"private\": minutes}.")
                                  .arg(it.key())
                                  .arg(maxTargetMinutes));
        };
        if (it.value().isDouble()) {
            const auto minutes = wholeMinutes(it.value(), 1, maxTargetMinutes);
            if (!minutes)
                return badTarget();
            levels.m_targets.insert(key(*network, Visibility::Public), *minutes);
            levels.m_targets.insert(key(*network, Visibility::Private), *minutes);
            continue;
        }
        if (!it.value().isObject())
            return badTarget();
        const QJsonObject perVisibility = it.value().toObject();
        for (auto v = perVisibility.begin(); v != perVisibility.end(); ++v) {
            const std::optional<Visibility> visibility = visibilityFromKey(v.key());
            const auto minutes = wholeMinutes(v.value(), 1, maxTargetMinutes);
            if (!visibility || !minutes)
                return badTarget();
            levels.m_targets.insert(key(*network, *visibility), *minutes);
        }
    }

    const QJsonValue hours = json.value(QStringLiteral("serviceHours"));
    if (!hours.isUndefined()) {
        if (!hours.isObject())
            return R::failure(tr("Service levels: \"serviceHours\" must be an object."));
        auto parsed = ServiceHours::fromJson(hours.toObject());
        if (!parsed)
            return R::failure(parsed.error());
        levels.m_hours = parsed.takeValue();
    }
    return levels;
}

QJsonObject ServiceLevels::toJson() const
{
    QJsonObject targets;
    for (Network n : allNetworks()) {
        targets.insert(
            toKey(n),
            QJsonObject{{toKey(Visibility::Public), targetMinutes(n, Visibility::Public)},
                        {toKey(Visibility::Private), targetMinutes(n, Visibility::Private)}});
    }
    return QJsonObject{{QStringLiteral("version"), formatVersion},
                       {QStringLiteral("dueSoonMinutes"), m_dueSoonMinutes},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("serviceHours"), m_hours.toJson()}};
}

Result<ServiceLevels> ServiceLevels::fromJsonText(const QByteArray &text)
{
    QString error;
    const std::optional<QJsonObject> object =
        rulesfile::topObject(text, tr("Service levels"), QStringLiteral("targets"), &error);
    if (!object)
        return Result<ServiceLevels>::failure(error);
    return fromJson(*object);
}

QByteArray ServiceLevels::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace sportello
