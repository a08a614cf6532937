#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace sportello {

// Copies a database's write-ahead log back into the database file on a thread of its own, so the
// connection that ingests only appends to the log. SQLite's automatic checkpoint runs inside the
// committing connection: after every large batch it read back and rewrote each page the batch
// changed, and synced the file, before the next batch could start; on a million-message store
// that was over half of ingest's time.
//
// The writer's commits wake the thread once the log holds `thresholdBytes` (SQLite's own automatic
// checkpoint waits for 1000 pages of 4 KiB). The copy is
// SQLite's PASSIVE checkpoint: it never waits for or blocks readers or the writer, and what it
// cannot copy yet is copied at the next wake. The log only starts again from its beginning when a
// write transaction begins with every committed page already copied; a writer that never pauses
// would find a copy still running each time, and the log would grow without end. So once it holds
// `restartBytes`, beforeWrite() makes the next transaction wait for a copy of everything
// committed so far: one short wait every few batches, instead of a copy inside every commit.
class WalCheckpointer
{
public:
    // Attaches to `writer`, a connection to a database file in WAL mode, replacing its automatic
    // checkpoint. Null for an in-memory database, a file not in WAL mode, or when a second
    // connection to the file cannot be opened; the writer then keeps checkpointing by itself.
    static std::unique_ptr<WalCheckpointer> attach(sqlite3 *writer, qint64 thresholdBytes = 4 << 20,
                                                   qint64 restartBytes = 128 << 20);
    // Restores the writer's automatic checkpoint, lets a copy in progress finish, and closes the
    // second connection. Destroy it before the writer's connection is closed.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Call on the writer's thread before it begins a write transaction. Waits only when the log
    // has reached `restartBytes`; see above.
    void beforeWrite();
    // Checkpoint runs that have completed, successful or not; for tests.
    int completedRuns() const;
    // Waits until no copy is pending or running; for tests and for an orderly close.
    void waitUntilIdle();

private:
    WalCheckpointer(sqlite3 *writer, sqlite3 *own, int thresholdFrames, int restartFrames);
    static int onCommit(void *self, sqlite3 *writer, const char *schema, int frames);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_own; // used on m_thread only
    const int m_thresholdFrames;
    const int m_restartFrames;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_framesInLog = 0; // as of the last commit
    qint64 m_commits = 0;
    qint64 m_copiedUpTo = 0; // commits whose pages a finished run has copied (as far as it could)
    bool m_pending = false;
    bool m_running = false;
    bool m_stop = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace sportello
