#pragma once

#include "Domain.h"

#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace sportello {

// The identities ingest met lately, so a customer's follow-up finds its identity and customer
// without a lookup in the identities index, which grows with every person who ever wrote.
// Bounded: two generations of `capacity` entries; when the newer one is full the older is
// dropped, so what is still in use survives and memory stays flat however long the history.
// It only knows what its store told it: SqliteCaseStore empties it whenever something else
// may have written identities (see SqliteCaseStore::ingest).
class IdentityCache
{
public:
    struct Entry
    {
        qint64 identityId = 0;
        qint64 customerId = 0;
        QString handle;
        QString name;
    };

    explicit IdentityCache(qsizetype capacity = 16384);

    std::optional<Entry> find(Network network, const QString &externalId);
    void put(Network network, const QString &externalId, Entry entry);
    void clear();
    qsizetype size() const { return m_current.size() + m_previous.size(); }

private:
    using Key = std::pair<int, QString>;

    qsizetype m_capacity;
    QHash<Key, Entry> m_current;
    QHash<Key, Entry> m_previous;
};

} // namespace sportello
