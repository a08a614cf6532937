#pragma once

#include "StoreWorker.h"

#include <memory>

namespace sportello {

class Triage;

// How both programs open the case store: the SQLite file at `path`, with the shipped triage
// rules. A team's PostgreSQL backend will be chosen here too.
// Every store it opens asks `auditKey` for the audit trail's key.
StoreFactory sqliteStoreFactory(const QString &path, std::shared_ptr<const Triage> triage,
                                AuditKeySource auditKey = {});
std::shared_ptr<const Triage> shippedTriage();

} // namespace sportello
