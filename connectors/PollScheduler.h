#pragma once

#include "Connector.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sportello {

// Polls every polling connector on its own rhythm. A cursor only moves once the store has
// saved the batch (confirm()), so a crash or a failed save makes the next poll fetch the
// same items again; the store drops them as duplicates. Errors back off, rate limits wait
// for the time the network named.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PollScheduler(int intervalMs = 2000, QObject *parent = nullptr);

    // The scheduler does not own connectors.
    void addConnector(Connector *connector, const QString &savedCursor);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void pollNow();

    // The store saved a batch together with this cursor.
    void confirm(const std::pair<QString, QString> &cursor);
    // The store could not save: poll again from the last saved cursor.
    void saveFailed();

    QString cursorFor(const Connector *connector) const;

signals:
    void batchReady(const QList<sportello::InboundItem> &items,
                    const std::pair<QString, QString> &cursor);
    void connectorError(const sportello::AccountRecord &account, const QString &message);

private:
    struct State
    {
        Connector *connector = nullptr;
        QString cursor;
        bool inFlight = false;
        int failures = 0;
        QDateTime notBefore;
    };
    void onFetched(Connector *connector, const FetchResult &result);
    void tick();

    QTimer m_timer;
    QHash<QString, State> m_states; // by cursor key
};

} // namespace sportello
