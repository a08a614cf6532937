#pragma once

#include "ServiceLevels.h"
#include "StoreWorker.h"

#include <QAbstractTableModel>
#include <QThread>

#include <map>
#include <set>

namespace sportello {

class TimelinePageLoader;

// Every message of every account, newest first, over a history of any size. rowCount() is
// the true size; index() does no I/O; data() serves a bounded cache of fixed-size pages that
// a loader thread reads by keyset (placeholder first, then dataChanged). New messages are
// inserted at the top without moving the rows an agent is looking at.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NetworkColumn,
        AccountColumn,
        AuthorColumn,
        TextColumn,
        AgeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        MessageIdRole,
        SentAtRole, // QDateTime, UTC
        NetworkRole,
        StatusRole,
        PriorityRole,
        CategoryRole,
        VisibilityRole,
        DirectionRole,
        AssigneeRole,
        LoadedRole,
        DueAtRole,    // QDateTime, UTC; invalid when the case owes no answer
        SlaStateRole, // int(SlaState) at now(), warned dueSoonMs ahead
        DueLabelRole, // "12 min", "3 min late": the clock's text beside its symbol
        KeyRole,      // TimelineKey: the row's place in the current queue's order
    };

    static constexpr int kPageSize = 100;
    static constexpr int kMaxCachedPages = 48;

    explicit TimelineModel(StoreFactory factory, QObject *parent = nullptr);
    ~TimelineModel() override;

    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    // Re-reads after messages arrived or a case changed: new rows go on top, the rest stays.
    void refresh();
    // The row the agent has selected; it is found again if the model has to reset.
    void setStickyKey(const TimelineKey &key) { m_sticky = key; }
    // For age labels: injected so tests and screenshots are repeatable.
    void setNow(const QDateTime &now) { m_now = now; }
    // How long before its due time a case turns "due soon" (ServiceLevels::dueSoonMs()).
    void setDueSoonMs(qint64 ms) { m_dueSoonMs = ms; }
    qint64 dueSoonMs() const { return m_dueSoonMs; }

    std::optional<TimelineRow> loadedRow(int row) const;
    int cachedPageCount() const { return int(m_chunks.size()); }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded(); // a filter's first page is in
    void rowsAddedAtTop(int count);
    void stickyRowRestored(int row);
    void loadFailed(const QString &error);

private:
    struct Chunk
    {
        QList<TimelineRow> rows;
        bool stale = false;
        quint64 lastUse = 0;
    };

    const TimelineRow *rowPointer(int row) const;
    QDateTime now() const;
    QString dueLabel(const TimelineRow &row) const;
    void requestRow(int row) const;
    void requestChunk(qint64 startRow, const TimelineKey &after, int limit) const;
    void evict() const;
    qint64 shiftSince(quint64 epoch) const;

    void onResetDone(quint64 generation, qint64 count, const QList<TimelineRow> &firstPage,
                     qint64 stickyRow);
    void onFetched(quint64 generation, quint64 epoch, qint64 startRow,
                   const QList<TimelineRow> &rows);
    void onAnchorsBuilt(quint64 generation, quint64 epoch, const QList<TimelineKey> &anchors);
    void onRefreshed(quint64 generation, quint64 epoch, qint64 newCount, qint64 addedAtTop);

    QThread m_thread;
    TimelinePageLoader *m_loader;
    TimelineFilter m_filter;
    TimelineKey m_sticky;
    QDateTime m_now;
    qint64 m_dueSoonMs = 5 * 60'000;
    quint64 m_generation = 0;
    qint64 m_count = 0;
    bool m_loading = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;

    // Top inserts shift every row below; answers asked for in an earlier epoch are moved by
    // the rows added since. m_shifts[e] is the total shift when epoch e began.
    QList<qint64> m_shifts{0};
    QList<TimelineKey> m_anchors; // anchors[k]: key of row (k+1)*kPageSize-1 + m_anchorShift
    qint64 m_anchorShift = 0;
    mutable std::map<qint64, Chunk> m_chunks; // by first row
    mutable std::set<qint64> m_pending;       // first rows asked for, current epoch
    mutable quint64 m_useCounter = 0;
};

} // namespace sportello
