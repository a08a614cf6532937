#include "SpikeDetector.h"

#include "RulesFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sportello {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
const QString kWindowMinutes = QStringLiteral("windowMinutes");
const QString kMinCustomers = QStringLiteral("minCustomers");
const QString kFactor = QStringLiteral("factor");
const QString kBaselineHours = QStringLiteral("baselineHours");

qint64 minuteOf(qint64 ms)
{
    return ms >= 0 ? ms / kMinuteMs : -((-ms + kMinuteMs - 1) / kMinuteMs);
}

QString shown(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
    QByteArray text = doc.toJson(QJsonDocument::Compact);
    if (!value.isObject())
        text = text.mid(1, text.size() - 2); // drop the wrapping array's brackets
    return QString::fromUtf8(text);
}

// Reads one number if present; a missing key keeps `fallback`.
std::optional<double> number(const QJsonObject &o, const QString &key, double fallback, double min,
                             double max, bool whole, QString *error)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return fallback;
    const double n = value.toDouble(std::nan(""));
    if (!value.isDouble() || (whole && n != std::floor(n)) || !(n >= min && n <= max)) {
        *error = QStringLiteral("Spike settings: \"%1\" must be a %2 from %3 to %4 (found %5).")
                     .arg(key, whole ? QStringLiteral("whole number") : QStringLiteral("number"))
                     .arg(min)
                     .arg(max)
                     .arg(shown(value));
        return std::nullopt;
    }
    return n;
}

} // namespace

Result<SpikeSettings> SpikeSettings::fromJson(const QByteArray &json)
{
    using R = Result<SpikeSettings>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(
            QStringLiteral("Spike settings are not valid JSON: %1 at %2.")
                .arg(parseError.errorString(), rulesfile::lineAndColumn(json, parseError.offset)));
    if (!doc.isObject())
        return R::failure(QStringLiteral("Spike settings must be a JSON object."));
    const QJsonObject o = doc.object();
    QString error;
    if (!rulesfile::onlyKnownKeys(o, {kWindowMinutes, kMinCustomers, kFactor, kBaselineHours},
                                  QStringLiteral("Spike settings"), &error))
        return R::failure(error);

    const SpikeSettings d;
    // Below two customers every message would be a spike; below factor 1 a topic quieter than
    // usual would be one.
    const auto window = number(o, kWindowMinutes, d.windowMinutes, 1, 24 * 60, true, &error);
    const auto min =
        window ? number(o, kMinCustomers, d.minCustomers, 2, 100000, true, &error) : std::nullopt;
    const auto factor = min ? number(o, kFactor, d.factor, 1, 1000, false, &error) : std::nullopt;
    const auto baseline = factor
                              ? number(o, kBaselineHours, d.baselineHours, 1, 30 * 24, true, &error)
                              : std::nullopt;
    if (!baseline)
        return R::failure(error);
    SpikeSettings s;
    s.windowMinutes = int(*window);
    s.minCustomers = int(*min);
    s.factor = *factor;
    s.baselineHours = int(*baseline);
    if (qint64(s.baselineHours) * 60 <= s.windowMinutes)
        return R::failure(QStringLiteral("Spike settings: \"baselineHours\" (%1 h) must be longer "
                                         "than \"windowMinutes\" (%2 min): the usual rate is "
                                         "measured over more than one window.")
                              .arg(s.baselineHours)
                              .arg(s.windowMinutes));
    return s;
}

QByteArray SpikeSettings::toJson() const
{
    const QJsonObject o{{kWindowMinutes, windowMinutes},
                        {kMinCustomers, minCustomers},
                        {kFactor, factor},
                        {kBaselineHours, baselineHours}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SpikeDetector::SpikeDetector(SpikeSettings settings)
    : m_settings(settings), m_windowMs(qint64(settings.windowMinutes) * kMinuteMs),
      m_baselineMs(qint64(settings.baselineHours) * kHourMs)
{
}

void SpikeDetector::observe(const QDateTime &at, const QString &topic, qint64 customerId)
{
    if (!at.isValid())
        return;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (!m_seenAny) {
        m_seenAny = true;
        m_firstMs = m_newestMs = ms;
        m_offsetSeconds = at.offsetFromUtc();
    }
    m_firstMs = std::min(m_firstMs, ms);
    const bool newMinute = minuteOf(ms) > minuteOf(m_newestMs);
    if (ms >= m_newestMs) {
        m_newestMs = ms;
        m_offsetSeconds = at.offsetFromUtc();
    }
    // A message on no topic still tells how long the detector has been watching, which is
    // what a topic's usual rate is measured over.
    if (topic.isEmpty())
        return;

    TopicState &state = m_topics[topic];
    if (ms < m_newestMs - 2 * m_windowMs) {
        // Too old to sit in any window still open: it only tells what usual was.
        if (ms >= m_newestMs - 2 * m_windowMs - m_baselineMs) {
            ++state.perMinute[minuteOf(ms)];
            ++state.perMinuteTotal;
        }
    } else {
        // A customer counts once per minute: writing ten times is one voice, and it keeps a
        // single insistent customer from filling memory.
        const qint64 minuteStart = minuteOf(ms) * kMinuteMs;
        auto it = std::lower_bound(state.recent.begin(), state.recent.end(), minuteStart,
                                   [](const Event &e, qint64 t) { return e.ms < t; });
        for (; it != state.recent.end() && it->ms < minuteStart + kMinuteMs; ++it) {
            if (it->customer == customerId)
                return;
        }
        const auto pos = std::upper_bound(state.recent.begin(), state.recent.end(), ms,
                                          [](qint64 t, const Event &e) { return t < e.ms; });
        state.recent.insert(pos, Event{ms, customerId});
        // Windows that already closed before this message was written are settled history.
        if (ms >= m_newestMs - m_windowMs)
            evaluate(state, ms, ms + m_windowMs);
    }

    if (newMinute) {
        for (auto t = m_topics.begin(); t != m_topics.end();) {
            forget(*t);
            if (t->recent.empty() && t->perMinute.isEmpty() && t->episodes.isEmpty())
                t = m_topics.erase(t);
            else
                ++t;
        }
    }
}

// Slides the window's end over every message written in [fromMs, toMs]: an out-of-order
// message can complete windows that end after it.
void SpikeDetector::evaluate(TopicState &state, qint64 fromMs, qint64 toMs)
{
    const std::vector<Event> &events = state.recent;
    const auto first = std::upper_bound(events.begin(), events.end(), fromMs - m_windowMs,
                                        [](qint64 t, const Event &e) { return t < e.ms; });
    std::size_t lo = std::size_t(first - events.begin());
    QHash<qint64, int> inWindow; // customer -> messages in the window
    const double windowHours = double(m_windowMs) / kHourMs;
    for (std::size_t j = lo; j < events.size() && events[j].ms <= toMs; ++j) {
        ++inWindow[events[j].customer];
        const qint64 end = events[j].ms;
        if (end < fromMs || (j + 1 < events.size() && events[j + 1].ms == end))
            continue; // evaluate once per instant, with every message of that instant in
        for (; events[lo].ms <= end - m_windowMs; ++lo) {
            if (--inWindow[events[lo].customer] == 0)
                inWindow.remove(events[lo].customer);
        }
        const qint64 windowStart = end - m_windowMs;
        // Without one window of history there is no "usual" to compare with.
        if (windowStart - m_firstMs < m_windowMs)
            continue;
        const int customers = int(inWindow.size());
        if (customers < m_settings.minCustomers)
            continue;
        const double rate = customers / windowHours;
        const double baseline = baselinePerHour(state, windowStart);
        if (rate >= m_settings.factor * baseline)
            spiked(state, &events[lo], &events[j] + 1, baseline, rate);
    }
}

double SpikeDetector::baselinePerHour(const TopicState &state, qint64 windowStartMs) const
{
    const qint64 from = std::max(m_firstMs, windowStartMs - m_baselineMs);
    const qint64 fromMinute = minuteOf(from);
    qint64 count = state.perMinuteTotal;
    // Older minutes are pruned as time moves on, so this walks at most a couple of windows.
    for (auto it = state.perMinute.cbegin(); it != state.perMinute.cend() && it.key() < fromMinute;
         ++it)
        count -= it.value();
    for (const Event &e : state.recent) {
        if (e.ms >= windowStartMs)
            break;
        if (e.ms >= from)
            ++count;
    }
    const double hours = double(windowStartMs - from) / kHourMs;
    return hours > 0 ? count / hours : 0.0;
}

void SpikeDetector::spiked(TopicState &state, const Event *begin, const Event *end,
                           double baselinePerHour, double ratePerHour)
{
    const qint64 windowEnd = (end - 1)->ms;
    // A spiking window within one window of an episode continues it; the topic has to stay
    // quiet for a full window before a new episode (and a new alert) can start.
    auto episode =
        std::find_if(state.episodes.begin(), state.episodes.end(), [&](const Episode &e) {
            return windowEnd >= e.firstSpikeMs - m_windowMs && windowEnd <= e.lastMs + m_windowMs;
        });
    if (episode == state.episodes.end()) {
        Episode fresh;
        fresh.firstMs = begin->ms;
        fresh.lastMs = fresh.firstSpikeMs = windowEnd;
        fresh.baselinePerHour = baselinePerHour;
        const auto at =
            std::upper_bound(state.episodes.begin(), state.episodes.end(), windowEnd,
                             [](qint64 t, const Episode &e) { return t < e.firstSpikeMs; });
        episode = state.episodes.insert(at, fresh);
    }
    episode->firstMs = std::min(episode->firstMs, begin->ms);
    episode->lastMs = std::max(episode->lastMs, windowEnd);
    episode->firstSpikeMs = std::min(episode->firstSpikeMs, windowEnd);
    episode->peakPerHour = std::max(episode->peakPerHour, ratePerHour);
    for (const Event *e = begin; e != end; ++e)
        episode->customers.insert(e->customer);
}

void SpikeDetector::forget(TopicState &state)
{
    const qint64 recentFrom = m_newestMs - 2 * m_windowMs;
    auto keep = std::lower_bound(state.recent.begin(), state.recent.end(), recentFrom,
                                 [](const Event &e, qint64 t) { return e.ms < t; });
    for (auto it = state.recent.begin(); it != keep; ++it)
        ++state.perMinute[minuteOf(it->ms)];
    state.perMinuteTotal += keep - state.recent.begin();
    state.recent.erase(state.recent.begin(), keep);

    const qint64 oldestMinute = minuteOf(recentFrom - m_baselineMs);
    while (!state.perMinute.isEmpty() && state.perMinute.firstKey() < oldestMinute) {
        state.perMinuteTotal -= state.perMinute.first();
        state.perMinute.erase(state.perMinute.begin());
    }
    state.episodes.removeIf([&](const Episode &e) { return e.lastMs < m_newestMs - m_baselineMs; });
}

SpikeAlert SpikeDetector::toAlert(const QString &topic, const Episode &episode) const
{
    SpikeAlert alert;
    alert.topic = topic;
    alert.customers = int(episode.customers.size());
    alert.windowStart =
        QDateTime::fromMSecsSinceEpoch(episode.firstMs, Qt::OffsetFromUTC, m_offsetSeconds);
    alert.windowEnd =
        QDateTime::fromMSecsSinceEpoch(episode.lastMs, Qt::OffsetFromUTC, m_offsetSeconds);
    alert.baselinePerHour = episode.baselinePerHour;
    alert.ratePerHour = episode.peakPerHour;
    return alert;
}

QList<SpikeAlert> SpikeDetector::activeAlerts(const QDateTime &now) const
{
    const qint64 reference =
        std::max(now.isValid() ? now.toMSecsSinceEpoch() : m_newestMs, m_newestMs);
    QList<SpikeAlert> out;
    for (auto t = m_topics.cbegin(); t != m_topics.cend(); ++t) {
        for (const Episode &e : t->episodes) {
            if (e.lastMs > reference - m_windowMs)
                out.append(toAlert(t.key(), e));
        }
    }
    std::sort(out.begin(), out.end(), [](const SpikeAlert &a, const SpikeAlert &b) {
        return a.customers != b.customers ? a.customers > b.customers : a.topic < b.topic;
    });
    return out;
}

QList<SpikeAlert> SpikeDetector::alerts() const
{
    QList<SpikeAlert> out;
    for (auto t = m_topics.cbegin(); t != m_topics.cend(); ++t) {
        for (const Episode &e : t->episodes)
            out.append(toAlert(t.key(), e));
    }
    std::sort(out.begin(), out.end(), [](const SpikeAlert &a, const SpikeAlert &b) {
        return a.windowStart != b.windowStart ? a.windowStart < b.windowStart : a.topic < b.topic;
    });
    return out;
}

qsizetype SpikeDetector::size() const
{
    qsizetype n = 0;
    for (const TopicState &t : m_topics) {
        n += qsizetype(t.recent.size()) + t.perMinute.size();
        for (const Episode &e : t.episodes)
            n += e.customers.size();
    }
    return n;
}

} // namespace sportello
