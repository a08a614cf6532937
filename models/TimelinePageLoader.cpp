#include "TimelinePageLoader.h"

namespace sportello {

TimelinePageLoader::TimelinePageLoader(StoreFactory factory) : m_factory(std::move(factory)) {}

TimelinePageLoader::~TimelinePageLoader() = default;

CaseStore *TimelinePageLoader::store()
{
    if (!m_store) {
        auto opened = m_factory();
        if (!opened) {
            emit failed(opened.error());
            return nullptr;
        }
        m_store = opened.takeValue();
    }
    return m_store.get();
}

void TimelinePageLoader::close()
{
    m_store.reset();
}

void TimelinePageLoader::reset(quint64 generation, const TimelineFilter &filter, int pageSize,
                               const TimelineKey &sticky)
{
    CaseStore *s = store();
    if (!s)
        return;
    auto count = s->timelineCount(filter);
    if (!count) {
        emit failed(count.error());
        return;
    }
    auto first = s->timelinePage(filter, std::nullopt, pageSize);
    if (!first) {
        emit failed(first.error());
        return;
    }
    qint64 stickyRow = -1;
    if (sticky.messageId != 0) {
        // The row keeps its place only if it is still in the filtered history.
        auto row = s->timelineRowOf(filter, sticky);
        auto same = s->timelinePage(filter, keyJustAbove(sticky, filter.queue), 1);
        if (row && same && !same.value().isEmpty() && same.value().first().key == sticky)
            stickyRow = row.value();
    }
    emit resetDone(generation, count.value(), first.value(), stickyRow);

    // Anchors cost one scan of the index; the first page is already on screen meanwhile.
    auto anchors = s->timelineAnchors(filter, pageSize);
    if (!anchors) {
        emit failed(anchors.error());
        return;
    }
    emit anchorsBuilt(generation, 0, anchors.value());
}

void TimelinePageLoader::fetch(quint64 generation, quint64 epoch, const TimelineFilter &filter,
                               qint64 startRow, const TimelineKey &after, int limit)
{
    CaseStore *s = store();
    if (!s)
        return;
    // An empty key is the top; a key just above a row can have messageId 0 in Queue::Due.
    auto rows = s->timelinePage(
        filter, after == TimelineKey{} ? std::nullopt : std::optional(after), limit);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit fetched(generation, epoch, startRow, rows.value());
}

void TimelinePageLoader::refresh(quint64 generation, quint64 epoch, const TimelineFilter &filter,
                                 const TimelineKey &oldTop, qint64 oldCount)
{
    CaseStore *s = store();
    if (!s)
        return;
    auto count = s->timelineCount(filter);
    if (!count) {
        emit failed(count.error());
        return;
    }
    qint64 added = -1;
    if (filter.queue == Queue::Due) {
        // Rows leave the due queue whenever a case is answered and join it anywhere in its
        // order, so growth cannot be told from reordering: read it again (it is short).
    } else if (oldTop.messageId != 0) {
        auto above = s->timelineRowOf(filter, oldTop);
        if (!above) {
            emit failed(above.error());
            return;
        }
        if (count.value() == oldCount + above.value())
            added = above.value();
    } else if (oldCount == 0) {
        added = count.value();
    }
    emit refreshed(generation, epoch, count.value(), added);
}

} // namespace sportello
