#pragma once

#include "StoreWorker.h"

#include <QObject>
#include <QThread>

namespace sportello {

// Runs the OutboxSender on a thread of its own, with its own store connection and its own
// connectors, so sending never waits on the UI and the UI never waits on a network.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    // `demoLedgerPath`: where the demo network keeps what it accepted (demo accounts only).
    OutboxWorker(StoreFactory factory, QString demoLedgerPath, QObject *parent = nullptr);
    ~OutboxWorker() override;

    void start(int intervalMs = 1000);
    void processNow();

signals:
    void replyChanged(qint64 caseId);
    void failed(const QString &error);

private:
    class Backend;
    QThread m_thread;
    Backend *m_backend;
};

} // namespace sportello
