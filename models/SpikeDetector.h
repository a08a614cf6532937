#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <vector>

namespace sportello {

// When a topic counts as spiking. Kept by the store as JSON text under "spike_settings".
struct SpikeSettings
{
    int windowMinutes = 10; // the sliding window customers are counted in
    int minCustomers = 5;   // distinct customers a window needs, however quiet the topic was
    double factor = 4.0;    // how many times its usual rate a topic must reach
    int baselineHours = 24; // how far back the usual rate is measured

    static SpikeSettings defaults() { return {}; }
    // A key left out keeps its default, so settings saved by an older release still load; an
    // unknown key or an out-of-range value is refused with a reason.
    static Result<SpikeSettings> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    bool operator==(const SpikeSettings &) const = default;
};

// One spike episode: from the first to the latest message of the windows that spiked.
struct SpikeAlert
{
    QString topic;
    int customers = 0; // distinct customers across the episode's spiking windows
    QDateTime windowStart, windowEnd;
    double baselinePerHour = 0; // the topic's usual rate, measured when the episode began
    double ratePerHour = 0;     // the highest window rate reached during the episode
};

// Notices when many customers raise the same topic within minutes: a topic spikes when the
// distinct customers in the sliding window reach minCustomers AND their rate is at least
// `factor` times the topic's rate over the preceding baselineHours. A rate over a baseline, not
// a fixed count, so a topic that is always busy does not alert all day; minCustomers is the
// floor that keeps two customers on a never-seen topic from being an "infinite" spike.
//
// Alerts relate to the times the messages were written, not to when they were fed: a backlog
// of old messages can form episodes in the past, never an alert "now". Messages arriving up to
// one window out of order are counted in full; older ones only feed the baseline.
//
// Memory stays bounded: raw events are kept for two windows (one customer at most once per
// minute), the baseline as per-minute counts for baselineHours, episodes for baselineHours.
// Not thread-safe; the owner feeds and reads it from one thread.
class SpikeDetector
{
public:
    explicit SpikeDetector(SpikeSettings settings = SpikeSettings::defaults());

    // An empty topic is ignored: most messages are about nothing many customers share.
    void observe(const QDateTime &at, const QString &topic, qint64 customerId);

    // Episodes still going at `now` (or at the newest message seen, if that is later): their
    // latest spiking window ended less than one window ago. Largest first.
    QList<SpikeAlert> activeAlerts(const QDateTime &now) const;
    // Every episode within the baseline period, oldest first; an episode appears once however
    // long it lasts, and updates in place while it grows.
    QList<SpikeAlert> alerts() const;

    const SpikeSettings &settings() const { return m_settings; }
    // Events, baseline minutes and episode customers held: what memory grows with.
    qsizetype size() const;

private:
    struct Event
    {
        qint64 ms = 0;
        qint64 customer = 0;
    };
    struct Episode
    {
        qint64 firstMs = 0;      // first message of the first spiking window
        qint64 lastMs = 0;       // end of the latest spiking window
        qint64 firstSpikeMs = 0; // end of the first spiking window
        QSet<qint64> customers;
        double baselinePerHour = 0;
        double peakPerHour = 0;
    };
    struct TopicState
    {
        std::vector<Event> recent;   // sorted by time, within two windows of m_newestMs
        QMap<qint64, int> perMinute; // baseline: customers per minute, older than `recent`
        qint64 perMinuteTotal = 0;
        QList<Episode> episodes; // sorted by time
    };

    void evaluate(TopicState &state, qint64 fromMs, qint64 toMs);
    void spiked(TopicState &state, const Event *begin, const Event *end, double baselinePerHour,
                double ratePerHour);
    double baselinePerHour(const TopicState &state, qint64 windowStartMs) const;
    void forget(TopicState &state);
    SpikeAlert toAlert(const QString &topic, const Episode &episode) const;

    SpikeSettings m_settings;
    qint64 m_windowMs = 0;
    qint64 m_baselineMs = 0;
    qint64 m_firstMs = 0; // the oldest message seen: the baseline cannot reach further back
    qint64 m_newestMs = 0;
    bool m_seenAny = false;
    int m_offsetSeconds = 0; // of the newest message, so alerts read in the customers' time
    QHash<QString, TopicState> m_topics;
};

} // namespace sportello

Q_DECLARE_METATYPE(sportello::SpikeAlert)
