#pragma once

#include "AuditChain.h"

#include <QThreadPool>

#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace sportello {

// AuditVerifier with the keyed hashes computed on every core. Each row's hash covers only
// its own stored fields and the stored link, so rows can be hashed in any order; the links
// are then followed in seq order on the caller's thread, which keeps the verdict (first
// altered, inserted or removed row) exactly that of AuditVerifier. Memory stays bounded:
// only a few batches are in flight while the caller goes on reading.
class ParallelAuditVerifier
{
public:
    explicit ParallelAuditVerifier(QByteArray key, std::optional<AuditHead> expectedHead = {},
                                   int threads = QThread::idealThreadCount(),
                                   std::size_t batchRows = 4096);
    ~ParallelAuditVerifier();
    ParallelAuditVerifier(const ParallelAuditVerifier &) = delete;
    ParallelAuditVerifier &operator=(const ParallelAuditVerifier &) = delete;

    void feed(AuditRecord r);
    // After the last row; the verdict is in result().
    void finish();
    const AuditVerifier &result() const { return m_verifier; }

private:
    struct Batch
    {
        std::vector<AuditRecord> rows;
        std::vector<char> matches;
        std::promise<void> hashed;
    };
    void dispatch();
    void settleOldest();

    QByteArray m_key;
    AuditVerifier m_verifier;
    QThreadPool m_pool;
    std::size_t m_batchRows;
    std::size_t m_maxInFlight;
    std::unique_ptr<Batch> m_filling;
    std::deque<std::pair<std::unique_ptr<Batch>, std::future<void>>> m_inFlight;
};

} // namespace sportello
