#pragma once

#include "Domain.h"
#include "Result.h"
#include "ServiceHours.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace sportello {

// Where a case stands against its first-reply target at a given moment.
enum class SlaState
{
    None, // no target: nothing due
    OnTime,
    DueSoon,
    Breached
};

// None when due is invalid; Breached once now is past due; DueSoon from dueSoonMs before due
// (real time, not service time: a warning is about the clock on the wall).
SlaState slaStateAt(const QDateTime &due, const QDateTime &now, qint64 dueSoonMs);

// The bank's promises: first-reply targets in service minutes per network and visibility,
// when to warn, and the service hours the minutes count in. An administrator edits a copy
// that the store keeps as JSON text (settings key "service_levels").
class ServiceLevels
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLevels)
public:
    // Accepted target range, in minutes: up to 30 days.
    static constexpr int maxTargetMinutes = 30 * 24 * 60;
    static constexpr int maxDueSoonMinutes = 24 * 60;

    // The figures in resources/sla/service_levels.json, compiled in as a fallback.
    ServiceLevels();
    static ServiceLevels defaults() { return ServiceLevels(); }
    // Reads :/sla/service_levels.json; fails only if the shipped file is broken.
    static Result<ServiceLevels> loadDefaults();

    // Networks missing from "targets" keep their default, so a copy saved before a network
    // was added still loads. A number stands for the same target in public and in private.
    static Result<ServiceLevels> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The settings-table form: compact JSON text.
    static Result<ServiceLevels> fromJsonText(const QByteArray &text);
    QByteArray toJsonText() const;

    int targetMinutes(Network network, Visibility visibility) const;
    qint64 targetMs(Network network, Visibility visibility) const
    {
        return targetMinutes(network, visibility) * 60'000LL;
    }
    // Fails outside 1..maxTargetMinutes.
    Status setTargetMinutes(Network network, Visibility visibility, int minutes);

    int dueSoonMinutes() const { return m_dueSoonMinutes; }
    qint64 dueSoonMs() const { return m_dueSoonMinutes * 60'000LL; }
    Status setDueSoonMinutes(int minutes);

    const ServiceHours &hours() const { return m_hours; }
    void setHours(ServiceHours hours) { m_hours = std::move(hours); }

    bool operator==(const ServiceLevels &other) const;

private:
    static int key(Network network, Visibility visibility)
    {
        return static_cast<int>(network) * 2 + static_cast<int>(visibility);
    }
    QHash<int, int> m_targets; // key() -> minutes, every network and visibility present
    int m_dueSoonMinutes = 5;
    ServiceHours m_hours;
};

} // namespace sportello
