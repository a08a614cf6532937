#pragma once

#include "AuditKeychain.h"
#include "SqliteCaseStore.h"

namespace sportello {

// Opens the SQLite store for a command that audits or verifies: the audit key comes from
// this workstation's keychain, under the name the database gives it.
Result<std::unique_ptr<SqliteCaseStore>> openAuditedStore(const QString &path,
                                                          SqliteConnection::Mode mode,
                                                          AuditKeychain::IfMissing ifMissing);

// The audit key of an open store, from the keychain.
Result<QByteArray> auditKeyFor(SqliteCaseStore &store, AuditKeychain::IfMissing ifMissing);

} // namespace sportello
