#pragma once

#include "StoreWorker.h"

#include <QObject>

namespace sportello {

// Reads timeline pages for TimelineModel on a thread of its own, with its own connection, so
// scrolling never waits behind ingest and the UI thread never touches the disk. Every answer
// carries the generation (which filter) and epoch (how many top inserts) it was asked in,
// so the model can drop or shift answers that arrive late.
class TimelinePageLoader : public QObject
{
    Q_OBJECT
public:
    explicit TimelinePageLoader(StoreFactory factory);
    ~TimelinePageLoader() override;

public slots:
    void reset(quint64 generation, const sportello::TimelineFilter &filter, int pageSize,
               const sportello::TimelineKey &sticky);
    void fetch(quint64 generation, quint64 epoch, const sportello::TimelineFilter &filter,
               qint64 startRow, const sportello::TimelineKey &after, int limit);
    void refresh(quint64 generation, quint64 epoch, const sportello::TimelineFilter &filter,
                 const sportello::TimelineKey &oldTop, qint64 oldCount);
    void close();

signals:
    // sticky.messageId != 0: stickyRow is where that row now is (-1 when it left the filter).
    void resetDone(quint64 generation, qint64 count, const QList<sportello::TimelineRow> &firstPage,
                   qint64 stickyRow);
    void fetched(quint64 generation, quint64 epoch, qint64 startRow,
                 const QList<sportello::TimelineRow> &rows);
    // anchors[k] is the key of row (k + 1) * pageSize - 1 in the given epoch.
    void anchorsBuilt(quint64 generation, quint64 epoch,
                      const QList<sportello::TimelineKey> &anchors);
    // addedAtTop < 0: the history changed below the top too, and the model must reset.
    void refreshed(quint64 generation, quint64 epoch, qint64 newCount, qint64 addedAtTop);
    void failed(const QString &error);

private:
    CaseStore *store();
    StoreFactory m_factory;
    std::unique_ptr<CaseStore> m_store;
};

} // namespace sportello
