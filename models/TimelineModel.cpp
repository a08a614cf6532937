#include "TimelineModel.h"

#include "Labels.h"
#include "TimelinePageLoader.h"

namespace sportello {

TimelineModel::TimelineModel(StoreFactory factory, QObject *parent)
    : QAbstractTableModel(parent), m_loader(new TimelinePageLoader(std::move(factory)))
{
    qRegisterMetaType<TimelineFilter>();
    qRegisterMetaType<TimelineKey>();
    qRegisterMetaType<QList<TimelineRow>>();
    qRegisterMetaType<QList<TimelineKey>>();
    m_thread.setObjectName(QStringLiteral("sportello-timeline"));
    m_loader->moveToThread(&m_thread);
    connect(m_loader, &TimelinePageLoader::resetDone, this, &TimelineModel::onResetDone);
    connect(m_loader, &TimelinePageLoader::fetched, this, &TimelineModel::onFetched);
    connect(m_loader, &TimelinePageLoader::anchorsBuilt, this, &TimelineModel::onAnchorsBuilt);
    connect(m_loader, &TimelinePageLoader::refreshed, this, &TimelineModel::onRefreshed);
    connect(m_loader, &TimelinePageLoader::failed, this, [this](const QString &error) {
        m_loading = false;
        m_refreshing = false;
        m_pending.clear();
        emit loadFailed(error);
    });
    m_thread.start();
}

TimelineModel::~TimelineModel()
{
    QMetaObject::invokeMethod(m_loader, &TimelinePageLoader::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_loader;
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    m_loading = true;
    m_refreshing = false;
    m_refreshAgain = false;
    QMetaObject::invokeMethod(m_loader, "reset", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(sportello::TimelineFilter, m_filter), Q_ARG(int, kPageSize),
                              Q_ARG(sportello::TimelineKey, m_sticky));
}

void TimelineModel::refresh()
{
    if (m_loading)
        return; // the reset under way reads the newest state anyway
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    TimelineKey top;
    if (const TimelineRow *r = rowPointer(0))
        top = r->key;
    QMetaObject::invokeMethod(
        m_loader, "refresh", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
        Q_ARG(quint64, quint64(m_shifts.size() - 1)), Q_ARG(sportello::TimelineFilter, m_filter),
        Q_ARG(sportello::TimelineKey, top), Q_ARG(qint64, m_count));
}

qint64 TimelineModel::shiftSince(quint64 epoch) const
{
    if (epoch >= quint64(m_shifts.size()))
        return 0;
    return m_shifts.last() - m_shifts.at(qsizetype(epoch));
}

const TimelineRow *TimelineModel::rowPointer(int row) const
{
    auto it = m_chunks.upper_bound(row);
    if (it == m_chunks.begin())
        return nullptr;
    --it;
    const qint64 offset = row - it->first;
    if (offset >= it->second.rows.size())
        return nullptr;
    return &it->second.rows.at(qsizetype(offset));
}

std::optional<TimelineRow> TimelineModel::loadedRow(int row) const
{
    if (const TimelineRow *r = rowPointer(row))
        return *r;
    return std::nullopt;
}

void TimelineModel::requestChunk(qint64 startRow, const TimelineKey &after, int limit) const
{
    if (!m_pending.insert(startRow).second)
        return;
    QMetaObject::invokeMethod(m_loader, "fetch", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(quint64, quint64(m_shifts.size() - 1)),
                              Q_ARG(sportello::TimelineFilter, m_filter), Q_ARG(qint64, startRow),
                              Q_ARG(sportello::TimelineKey, after), Q_ARG(int, limit));
}

void TimelineModel::requestRow(int row) const
{
    if (row < kPageSize) {
        requestChunk(0, {}, kPageSize);
        return;
    }
    // The closest known key above the row: the end of the chunk before it, or an anchor.
    qint64 bestRow = -1;
    TimelineKey bestKey;
    auto it = m_chunks.upper_bound(row);
    if (it != m_chunks.begin()) {
        --it;
        const qint64 last = it->first + it->second.rows.size() - 1;
        if (last < row && row - last <= kPageSize) {
            bestRow = last;
            bestKey = it->second.rows.last().key;
        }
    }
    const qint64 k = (row - m_anchorShift) / kPageSize - 1;
    if (k >= 0 && k < m_anchors.size()) {
        const qint64 anchorRow = (k + 1) * kPageSize - 1 + m_anchorShift;
        if (anchorRow < row && anchorRow > bestRow) {
            bestRow = anchorRow;
            bestKey = m_anchors.at(qsizetype(k));
        }
    }
    if (bestRow >= 0) {
        requestChunk(bestRow + 1, bestKey, kPageSize);
        return;
    }
    // Close under the top after many live inserts: read down from the top.
    if (row < 20 * kPageSize)
        requestChunk(0, {}, row + kPageSize);
    // Otherwise the anchors are still being built; their arrival repaints the view.
}

void TimelineModel::evict() const
{
    // The least recently used goes, but never the top: refresh() places new rows against it.
    while (m_chunks.size() > kMaxCachedPages) {
        auto oldest = m_chunks.end();
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            if (it->first != 0 &&
                (oldest == m_chunks.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest == m_chunks.end())
            break;
        m_chunks.erase(oldest);
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TimelineRow *r = nullptr;
    auto it = m_chunks.upper_bound(row);
    if (it != m_chunks.begin()) {
        --it;
        if (row - it->first < it->second.rows.size()) {
            r = &it->second.rows.at(qsizetype(row - it->first));
            it->second.lastUse = ++m_useCounter;
            if (it->second.stale) {
                // Shown as it was until the fresh copy arrives: no flicker.
                const TimelineKey first = it->second.rows.first().key;
                it->second.stale = false;
                requestChunk(it->first, keyJustAbove(first, m_filter.queue),
                             int(it->second.rows.size()));
            }
        }
    }
    if (!r) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            requestRow(row);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return QStringLiteral("…");
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NetworkColumn:
            return Labels::network(r->network);
        case AccountColumn:
            return r->account;
        case AuthorColumn:
            return r->author;
        case TextColumn:
            return r->snippet;
        case AgeColumn:
            return Labels::age(QDateTime::fromMSecsSinceEpoch(r->key.sentAt, Qt::UTC),
                               m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
        case StatusColumn:
            return Labels::status(r->status);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn)
            return QDateTime::fromMSecsSinceEpoch(r->key.sentAt, Qt::UTC).toLocalTime();
        if (index.column() == StatusColumn && r->dueAt.isValid())
            return tr("Case %1 · %2 · priority %3 · answer due %4")
                .arg(r->caseId)
                .arg(Labels::category(r->category), Labels::priority(r->priority),
                     QLocale().toString(r->dueAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == StatusColumn)
            return tr("Case %1 · %2 · priority %3")
                .arg(r->caseId)
                .arg(Labels::category(r->category), Labels::priority(r->priority));
        return {};
    case CaseIdRole:
        return r->caseId;
    case MessageIdRole:
        return r->key.messageId;
    case SentAtRole:
        return QDateTime::fromMSecsSinceEpoch(r->key.sentAt, Qt::UTC);
    case NetworkRole:
        return toKey(r->network);
    case StatusRole:
        return toKey(r->status);
    case PriorityRole:
        return int(r->priority);
    case CategoryRole:
        return toKey(r->category);
    case VisibilityRole:
        return toKey(r->visibility);
    case DirectionRole:
        return toKey(r->direction);
    case AssigneeRole:
        return r->assignee;
    case LoadedRole:
        return true;
    case DueAtRole:
        return r->dueAt;
    case SlaStateRole:
        return int(slaStateAt(r->dueAt, now(), m_dueSoonMs));
    case DueLabelRole:
        return dueLabel(*r);
    case KeyRole:
        return QVariant::fromValue(r->key);
    }
    return {};
}

QDateTime TimelineModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString TimelineModel::dueLabel(const TimelineRow &row) const
{
    if (!row.dueAt.isValid())
        return {};
    const QDateTime at = now();
    if (at > row.dueAt)
        return tr("%1 late").arg(Labels::age(row.dueAt, at));
    if (at.secsTo(row.dueAt) < 60)
        return tr("< 1 min");
    return Labels::age(at, row.dueAt);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NetworkColumn:
        return tr("Network");
    case AccountColumn:
        return tr("Account");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Message");
    case AgeColumn:
        return tr("Age");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void TimelineModel::onResetDone(quint64 generation, qint64 count,
                                const QList<TimelineRow> &firstPage, qint64 stickyRow)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_count = count;
    m_chunks.clear();
    m_pending.clear();
    m_anchors.clear();
    m_anchorShift = 0;
    m_shifts = {0};
    if (!firstPage.isEmpty())
        m_chunks[0] = Chunk{firstPage, false, ++m_useCounter};
    m_loading = false;
    endResetModel();
    emit loaded();
    if (stickyRow >= 0 && stickyRow < m_count)
        emit stickyRowRestored(int(stickyRow));
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void TimelineModel::onFetched(quint64 generation, quint64 epoch, qint64 startRow,
                              const QList<TimelineRow> &rows)
{
    if (generation != m_generation)
        return;
    m_pending.erase(startRow + shiftSince(epoch));
    if (epoch != quint64(m_shifts.size() - 1)) {
        // Asked before rows were added on top: the pending entry was already shifted.
        m_pending.erase(startRow);
    }
    if (rows.isEmpty())
        return;
    const qint64 start = startRow + shiftSince(epoch);
    if (start >= m_count)
        return;
    QList<TimelineRow> fitted =
        rows.mid(0, qsizetype(std::min<qint64>(rows.size(), m_count - start)));
    // A fresh chunk replaces the rows it covers in cached chunks; what they hold beyond it
    // stays, so no row is held twice and none is dropped (row 0 above all: refresh needs it).
    const qint64 end = start + fitted.size();
    std::vector<std::pair<qint64, Chunk>> kept;
    for (auto it = m_chunks.begin(); it != m_chunks.end();) {
        const qint64 s = it->first;
        const qint64 e = s + it->second.rows.size();
        if (s < end && e > start) {
            const Chunk &old = it->second;
            if (s < start)
                kept.push_back({s, Chunk{old.rows.mid(0, start - s), old.stale, old.lastUse}});
            if (e > end)
                kept.push_back({end, Chunk{old.rows.mid(end - s), old.stale, old.lastUse}});
            it = m_chunks.erase(it);
        } else {
            ++it;
        }
    }
    for (auto &[s, chunk] : kept)
        m_chunks.emplace(s, std::move(chunk));
    m_chunks[start] = Chunk{fitted, false, ++m_useCounter};
    evict();
    emit dataChanged(index(int(start), 0), index(int(end - 1), ColumnCount - 1));
}

void TimelineModel::onAnchorsBuilt(quint64 generation, quint64 epoch,
                                   const QList<TimelineKey> &anchors)
{
    if (generation != m_generation)
        return;
    m_anchors = anchors;
    m_anchorShift = shiftSince(epoch);
    // Rows asked for before the anchors existed are read now that the view repaints.
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count - 1), ColumnCount - 1), {LoadedRole});
}

void TimelineModel::onRefreshed(quint64 generation, quint64 epoch, qint64 newCount,
                                qint64 addedAtTop)
{
    if (generation != m_generation)
        return;
    m_refreshing = false;
    if (addedAtTop < 0 || epoch != quint64(m_shifts.size() - 1)) {
        // Rows arrived below the top (an old backlog): read everything again, keep the selection.
        setFilter(m_filter);
        return;
    }
    if (addedAtTop > 0) {
        beginInsertRows({}, 0, int(addedAtTop - 1));
        std::map<qint64, Chunk> shifted;
        for (auto &[start, chunk] : m_chunks)
            shifted.emplace(start + addedAtTop, std::move(chunk));
        m_chunks = std::move(shifted);
        std::set<qint64> pending;
        for (qint64 p : m_pending)
            pending.insert(p + addedAtTop);
        m_pending = std::move(pending);
        m_anchorShift += addedAtTop;
        m_shifts.append(m_shifts.last() + addedAtTop);
        m_count = newCount;
        endInsertRows();
        emit rowsAddedAtTop(int(addedAtTop));
    }
    // Statuses of rows already shown may have changed: serve them until a fresh copy arrives.
    for (auto &[start, chunk] : m_chunks)
        chunk.stale = true;
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count - 1), ColumnCount - 1));
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

} // namespace sportello
