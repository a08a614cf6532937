#include "WalCheckpointer.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace sportello {

std::unique_ptr<WalCheckpointer> WalCheckpointer::attach(sqlite3 *writer, qint64 thresholdBytes,
                                                         qint64 restartBytes)
{
    const char *file = writer ? sqlite3_db_filename(writer, "main") : nullptr;
    if (!file || !*file) // a temporary or in-memory database has no log to copy
        return nullptr;
    sqlite3 *own = nullptr;
    // NOMUTEX: the connection is only ever used by the checkpoint thread.
    if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(own);
        return nullptr;
    }
    bool wal = false;
    qint64 pageSize = 0;
    {
        // A new connection learns that the file is in WAL mode only when it first reads it;
        // until then a checkpoint on it does nothing. Asking also proves the mode is WAL.
        SqliteStatement journalMode(own, "PRAGMA journal_mode");
        SqliteStatement::Run journal(journalMode);
        wal = journal.next() &&
              journal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        SqliteStatement pageSizeOf(own, "PRAGMA page_size");
        SqliteStatement::Run page(pageSizeOf);
        pageSize = page.next() ? page.int64(0) : 0;
    } // finalized before the connection may close
    if (!wal || pageSize <= 0) {
        sqlite3_close(own);
        return nullptr;
    }
    // The writer's hook counts the log in pages (frames) of the file's page size.
    const auto frames = [&](qint64 bytes) { return int(std::max<qint64>(1, bytes / pageSize)); };
    return std::unique_ptr<WalCheckpointer>(
        new WalCheckpointer(writer, own, frames(thresholdBytes), frames(restartBytes)));
}

WalCheckpointer::WalCheckpointer(sqlite3 *writer, sqlite3 *own, int thresholdFrames,
                                 int restartFrames)
    : m_writer(writer), m_own(own), m_thresholdFrames(thresholdFrames),
      m_restartFrames(restartFrames)
{
    m_thread = std::thread([this] { run(); });
    // Replaces sqlite3_wal_autocheckpoint's hook: SQLite keeps one hook per connection.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer, 1000); // SQLite's default again
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_close(m_own);
}

int WalCheckpointer::completedRuns() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_pending && !m_running; });
}

void WalCheckpointer::beforeWrite()
{
    std::unique_lock lock(m_mutex);
    if (m_framesInLog < m_restartFrames)
        return;
    if (!m_pending && !m_running && m_copiedUpTo < m_commits) {
        m_pending = true;
        m_changed.notify_all();
    }
    // A reader still on old pages can stop a run short; the wait still ends with the run, and
    // the log starts again at a later transaction.
    m_changed.wait(lock, [&] { return m_stop || m_copiedUpTo >= m_commits; });
}

// Called by SQLite on the writer's thread after each commit, with the frames now in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int frames)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    std::unique_lock lock(c->m_mutex);
    c->m_framesInLog = frames;
    ++c->m_commits;
    if (frames < c->m_thresholdFrames)
        return SQLITE_OK;
    c->m_pending = true;
    lock.unlock();
    c->m_changed.notify_all();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || m_pending; });
        if (m_stop)
            return;
        m_pending = false;
        m_running = true;
        const qint64 upTo = m_commits; // the run reads the log's end as it starts
        lock.unlock();
        // PASSIVE copies what no reader still needs and returns; SQLITE_BUSY (another
        // checkpoint in progress) only means the next wake does it.
        sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_running = false;
        m_copiedUpTo = upTo;
        ++m_completed;
        m_changed.notify_all();
    }
}

} // namespace sportello
