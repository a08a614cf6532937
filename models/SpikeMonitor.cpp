#include "SpikeMonitor.h"

#include "StoreWorker.h"

#include <QTimer>

namespace sportello {

namespace {
constexpr int kBatch = 5000;
const QString kSettingsKey = QStringLiteral("spike_settings");
} // namespace

struct SpikeMonitor::State
{
    SpikeDetector detector;
    qint64 lastId = 0;
};

SpikeMonitor::SpikeMonitor(StoreWorker &store, std::shared_ptr<const TopicRules> rules,
                           QObject *parent)
    : QObject(parent), m_store(store), m_rules(std::move(rules)),
      m_state(std::make_shared<State>()), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_tick(new QTimer(this))
{
    qRegisterMetaType<QList<SpikeAlert>>();
    connect(m_tick, &QTimer::timeout, this, &SpikeMonitor::catchUp);
}

SpikeMonitor::~SpikeMonitor() = default;

void SpikeMonitor::start(int tickMs)
{
    m_tick->start(tickMs);
    feed(true, std::nullopt);
}

void SpikeMonitor::catchUp()
{
    feed(false, std::nullopt);
}

void SpikeMonitor::restart(const SpikeSettings &settings)
{
    feed(true, settings);
}

void SpikeMonitor::feed(bool fromStart, std::optional<SpikeSettings> given)
{
    const QDateTime now = m_clock();
    m_store.runOnStore(
        this,
        [this, now, fromStart, given, state = m_state,
         rules = m_rules](CaseStore &store) -> std::function<void()> {
            if (fromStart) {
                SpikeSettings settings = given.value_or(SpikeSettings::defaults());
                if (!given) {
                    if (auto text = store.setting(kSettingsKey); text && !text.value().isEmpty()) {
                        if (auto parsed = SpikeSettings::fromJson(text.value().toUtf8()))
                            settings = parsed.value();
                    }
                }
                *state = State{SpikeDetector(settings), 0};
            }
            const SpikeSettings settings = state->detector.settings();
            const QDateTime since = now.addSecs(-qint64(settings.baselineHours) * 3600);
            for (;;) {
                auto batch = store.recentInbound(since, state->lastId, kBatch);
                if (!batch)
                    return [this, error = batch.error()] { emit failed(error); };
                for (const RecentMessage &m : batch.value()) {
                    state->detector.observe(m.sentAt, rules->topicOf(m.text), m.customerId);
                    state->lastId = m.id;
                }
                if (batch.value().size() < kBatch)
                    break;
            }
            return [this, alerts = state->detector.activeAlerts(now), settings, fromStart] {
                present(alerts, settings, fromStart);
            };
        });
}

void SpikeMonitor::present(const QList<SpikeAlert> &alerts, const SpikeSettings &settings,
                           bool always)
{
    m_settings = settings;
    auto same = [](const SpikeAlert &a, const SpikeAlert &b) {
        return a.topic == b.topic && a.customers == b.customers && a.windowStart == b.windowStart &&
               a.windowEnd == b.windowEnd;
    };
    const bool changed = alerts.size() != m_alerts.size() ||
                         !std::equal(alerts.begin(), alerts.end(), m_alerts.begin(), same);
    m_alerts = alerts;
    if (changed || always)
        emit alertsChanged(alerts);
}

Result<QList<qint64>> SpikeMonitor::casesMatching(CaseStore &store, const TopicRules &rules,
                                                  const SpikeAlert &alert)
{
    QList<qint64> cases;
    qint64 afterId = 0;
    for (;;) {
        auto batch = store.recentInbound(alert.windowStart, afterId, kBatch);
        if (!batch)
            return Result<QList<qint64>>::failure(batch.error());
        for (const RecentMessage &m : batch.value()) {
            afterId = m.id;
            if (m.sentAt <= alert.windowEnd && !cases.contains(m.caseId) &&
                rules.topicOf(m.text) == alert.topic)
                cases.append(m.caseId);
        }
        if (batch.value().size() < kBatch)
            break;
    }
    return cases;
}

} // namespace sportello
