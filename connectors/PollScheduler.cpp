#include "PollScheduler.h"

#include <algorithm>

namespace sportello {

PollScheduler::PollScheduler(int intervalMs, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<FetchResult>();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::tick);
}

void PollScheduler::addConnector(Connector *connector, const QString &savedCursor)
{
    if (connector->delivery() != Connector::Delivery::Polling)
        return;
    m_states.insert(connector->cursorKey(), State{connector, savedCursor, false, 0, {}});
    connect(connector, &Connector::fetched, this,
            [this, connector](const FetchResult &r) { onFetched(connector, r); });
}

void PollScheduler::start()
{
    m_timer.start();
    tick();
}

void PollScheduler::stop()
{
    m_timer.stop();
}

void PollScheduler::pollNow()
{
    tick();
}

QString PollScheduler::cursorFor(const Connector *connector) const
{
    return m_states.value(connector->cursorKey()).cursor;
}

void PollScheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (State &s : m_states) {
        if (s.inFlight || (s.notBefore.isValid() && now < s.notBefore))
            continue;
        s.inFlight = true;
        s.connector->poll(s.cursor);
    }
}

void PollScheduler::onFetched(Connector *connector, const FetchResult &result)
{
    auto it = m_states.find(connector->cursorKey());
    if (it == m_states.end())
        return;
    State &s = it.value();
    if (result.error) {
        s.inFlight = false;
        ++s.failures;
        // 2, 4, 8 … seconds, at most five minutes; a network's own retry time wins.
        const qint64 backoffMs = std::min<qint64>(300000, 1000LL << std::min(s.failures, 9));
        s.notBefore = result.error->retryAfter.isValid()
                          ? result.error->retryAfter
                          : QDateTime::currentDateTimeUtc().addMSecs(backoffMs);
        emit connectorError(connector->account(), result.error->message);
        return;
    }
    s.failures = 0;
    s.notBefore = {};
    if (result.items.isEmpty()) {
        s.inFlight = false;
        s.cursor = result.nextCursor.isEmpty() ? s.cursor : result.nextCursor;
        return;
    }
    // Stays in flight until the store confirms the batch.
    emit batchReady(result.items, {it.key(), result.nextCursor});
}

void PollScheduler::confirm(const std::pair<QString, QString> &cursor)
{
    auto it = m_states.find(cursor.first);
    if (it == m_states.end())
        return;
    it->cursor = cursor.second;
    it->inFlight = false;
}

void PollScheduler::saveFailed()
{
    for (State &s : m_states)
        s.inFlight = false;
}

} // namespace sportello
