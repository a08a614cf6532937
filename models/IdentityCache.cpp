#include "IdentityCache.h"

namespace sportello {

IdentityCache::IdentityCache(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

std::optional<IdentityCache::Entry> IdentityCache::find(Network network, const QString &externalId)
{
    const Key key{int(network), externalId};
    if (auto it = m_current.constFind(key); it != m_current.cend())
        return it.value();
    auto old = m_previous.find(key);
    if (old == m_previous.end())
        return std::nullopt;
    Entry entry = old.value();
    m_previous.erase(old);
    put(network, externalId, entry); // still in use: it moves to the newer generation
    return entry;
}

void IdentityCache::put(Network network, const QString &externalId, Entry entry)
{
    if (m_current.size() >= m_capacity) {
        m_previous = std::move(m_current);
        m_current = {};
    }
    m_current.insert({int(network), externalId}, std::move(entry));
}

void IdentityCache::clear()
{
    m_current.clear();
    m_previous.clear();
}

} // namespace sportello
