#pragma once

#include "DemoConnector.h"
#include "PollScheduler.h"

#include <QObject>

#include <memory>
#include <vector>

namespace sportello {

class StoreWorker;

// Runs the demo network when no real account is configured: registers the demo accounts,
// remembers when the demo started (so a restart resumes the same story), and polls one
// DemoConnector per account through the same scheduler and ingest path a real network uses.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(StoreWorker &store, QObject *parent = nullptr);
    ~DemoSession() override;

    // Decides from the configured accounts whether this is a demo, and starts it if so.
    void startIfNeeded(const QList<AccountRecord> &accounts);
    void setSpeed(double speed) { m_speed = speed; }
    void setPollInterval(int ms) { m_intervalMs = ms; }
    bool isActive() const { return m_active; }

signals:
    void demoActive(bool active);
    void failed(const QString &error);

private:
    void onSettings(const QHash<QString, QString> &values);

    StoreWorker &m_store;
    PollScheduler m_scheduler;
    std::unique_ptr<DemoScenario> m_scenario;
    std::vector<std::unique_ptr<DemoConnector>> m_connectors;
    double m_speed = 1.0;
    int m_intervalMs = 2000;
    bool m_active = false;
    bool m_waitingForSettings = false;
};

} // namespace sportello
