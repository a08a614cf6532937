#pragma once

#include "SpikeDetector.h"
#include "TopicRules.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace sportello {

class CaseStore;
class StoreWorker;

// Feeds SpikeDetector from the store: on start the inbound messages of the last baselineHours,
// then, after each ingest, the messages that came in since. Topic matching and the detector
// live on the store worker's thread, so a day of history never blocks the window; alerts
// come back by alertsChanged, also when an episode ends because time passed.
class SpikeMonitor : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    SpikeMonitor(StoreWorker &store, std::shared_ptr<const TopicRules> rules,
                 QObject *parent = nullptr);
    ~SpikeMonitor() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Reads "spike_settings" (defaults when absent or unreadable) and the history; re-evaluates
    // every `tickMs` so alerts expire without new messages.
    void start(int tickMs = 60'000);
    // New messages were stored: reads those after the last one seen.
    void catchUp();
    // Starts over with other settings (the supervisor changed them).
    void restart(const SpikeSettings &settings);

    const QList<SpikeAlert> &alerts() const { return m_alerts; }
    const SpikeSettings &settings() const { return m_settings; }
    const TopicRules &rules() const { return *m_rules; }

    // The cases whose inbound messages within the alert's window match its topic: the ones an
    // incident opened from the alert offers to link. Runs on the store's thread.
    static Result<QList<qint64>> casesMatching(CaseStore &store, const TopicRules &rules,
                                               const SpikeAlert &alert);

signals:
    void alertsChanged(const QList<sportello::SpikeAlert> &alerts); // also after each (re)start
    void failed(const QString &error);

private:
    struct State; // only ever touched on the store's thread
    void feed(bool fromStart, std::optional<SpikeSettings> settings);
    void present(const QList<SpikeAlert> &alerts, const SpikeSettings &settings, bool always);

    StoreWorker &m_store;
    std::shared_ptr<const TopicRules> m_rules;
    std::shared_ptr<State> m_state;
    Clock m_clock;
    QTimer *m_tick;
    QList<SpikeAlert> m_alerts;
    SpikeSettings m_settings;
};

} // namespace sportello
