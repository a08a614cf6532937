#pragma once

#include "Records.h"

#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace sportello {

class StoreWorker;

// Tells an agent which of their cases are about to owe an answer late: their own, and new
// ones nobody has taken yet. Asks the store worker now and then (never the UI thread), and
// names each debt once: a case is announced again only when it owes a new answer.
class DueSoonWatch : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    DueSoonWatch(StoreWorker &store, QString agent, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // ServiceLevels::dueSoonMs(): how long before its due time a case is announced.
    void setDueSoonMs(qint64 ms) { m_dueSoonMs = ms; }
    qint64 dueSoonMs() const { return m_dueSoonMs; }
    // Checks at once, then every `intervalMs`.
    void start(int intervalMs = 30'000);
    void checkNow();

    const QList<DueCase> &dueSoon() const { return m_dueSoon; }

signals:
    // After every check: every case due soon, soonest first.
    void dueSoonChanged(const QList<sportello::DueCase> &cases);
    // The ones not announced before, for a notification.
    void newlyDueSoon(const QList<sportello::DueCase> &cases);
    void failed(const QString &error);

private:
    void present(const QList<DueCase> &cases, const QDateTime &now);

    StoreWorker &m_store;
    QString m_agent;
    Clock m_clock;
    qint64 m_dueSoonMs = 5 * 60'000;
    QTimer *m_timer;
    QList<DueCase> m_dueSoon;
    QHash<qint64, qint64> m_announced; // case -> the due time it was announced for (ms)
};

} // namespace sportello
