#include "ParallelAuditVerifier.h"

namespace sportello {

ParallelAuditVerifier::ParallelAuditVerifier(QByteArray key, std::optional<AuditHead> expectedHead,
                                             int threads, std::size_t batchRows)
    // A batch is large enough that handing it to a thread costs nothing next to hashing it,
    // and small enough that the first problem is reported without hashing far past it.
    : m_key(key), m_verifier(std::move(key), std::move(expectedHead)),
      m_batchRows(std::max<std::size_t>(batchRows, 1)),
      m_maxInFlight(std::size_t(std::max(threads, 1)) * 2 + 1)
{
    m_pool.setMaxThreadCount(std::max(threads, 1));
}

ParallelAuditVerifier::~ParallelAuditVerifier()
{
    m_pool.waitForDone();
}

void ParallelAuditVerifier::feed(AuditRecord r)
{
    if (!m_filling) {
        m_filling = std::make_unique<Batch>();
        m_filling->rows.reserve(m_batchRows);
    }
    m_filling->rows.push_back(std::move(r));
    if (m_filling->rows.size() == m_batchRows)
        dispatch();
}

void ParallelAuditVerifier::dispatch()
{
    while (m_inFlight.size() >= m_maxInFlight)
        settleOldest();
    Batch *batch = m_filling.get();
    std::future<void> hashed = batch->hashed.get_future();
    m_pool.start([batch, key = m_key] {
        AuditChain chain(key);
        batch->matches.resize(batch->rows.size());
        for (std::size_t i = 0; i < batch->rows.size(); ++i)
            batch->matches[i] = chain.hashOf(batch->rows[i]) == batch->rows[i].hash;
        batch->hashed.set_value();
    });
    m_inFlight.emplace_back(std::move(m_filling), std::move(hashed));
}

void ParallelAuditVerifier::settleOldest()
{
    auto &[batch, hashed] = m_inFlight.front();
    hashed.wait();
    for (std::size_t i = 0; i < batch->rows.size() && m_verifier.ok(); ++i)
        m_verifier.feedHashed(batch->rows[i], batch->matches[i]);
    m_inFlight.pop_front();
}

void ParallelAuditVerifier::finish()
{
    if (m_filling && !m_filling->rows.empty())
        dispatch();
    while (!m_inFlight.empty())
        settleOldest();
    m_verifier.finish();
}

} // namespace sportello
