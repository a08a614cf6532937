#pragma once

#include "StoreWorker.h"

#include <memory>

namespace sportello {

class Triage;

// How both programs open the case store: the SQLite file at `path`, with the shipped triage
// rules. A team's PostgreSQL backend will be chosen here too.
StoreFactory sqliteStoreFactory(const QString &path, std::shared_ptr<const Triage> triage);
std::shared_ptr<const Triage> shippedTriage();

} // namespace sportello
