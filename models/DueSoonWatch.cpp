#include "DueSoonWatch.h"

#include "StoreWorker.h"

#include <QTimer>

namespace sportello {

DueSoonWatch::DueSoonWatch(StoreWorker &store, QString agent, QObject *parent)
    : QObject(parent), m_store(store), m_agent(std::move(agent)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }), m_timer(new QTimer(this))
{
    qRegisterMetaType<QList<DueCase>>();
    connect(m_timer, &QTimer::timeout, this, &DueSoonWatch::checkNow);
}

void DueSoonWatch::start(int intervalMs)
{
    m_timer->start(intervalMs);
    checkNow();
}

void DueSoonWatch::checkNow()
{
    const QDateTime now = m_clock();
    const QDateTime until = now.addMSecs(m_dueSoonMs);
    m_store.runOnStore(this, [this, now, until, agent = m_agent](CaseStore &store) {
        auto due = store.casesDueBetween(now, until, agent);
        return std::function<void()>([this, due, now] {
            if (due)
                present(due.value(), now);
            else
                emit failed(due.error());
        });
    });
}

void DueSoonWatch::present(const QList<DueCase> &cases, const QDateTime &now)
{
    // Debts that were paid or have passed their time are forgotten: the next one is news.
    for (auto it = m_announced.begin(); it != m_announced.end();) {
        if (it.value() < now.toMSecsSinceEpoch())
            it = m_announced.erase(it);
        else
            ++it;
    }
    QList<DueCase> fresh;
    for (const DueCase &c : cases) {
        const qint64 due = c.dueAt.toMSecsSinceEpoch();
        if (m_announced.value(c.caseId, -1) == due)
            continue;
        m_announced.insert(c.caseId, due);
        fresh.append(c);
    }
    m_dueSoon = cases;
    emit dueSoonChanged(cases);
    if (!fresh.isEmpty())
        emit newlyDueSoon(fresh);
}

} // namespace sportello
