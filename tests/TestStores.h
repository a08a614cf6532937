#pragma once

#include "SqliteCaseStore.h"
#include "StoreOpener.h"

// Stores as the tests open them: with a fixed audit key, since the keychain is the programs'
// business and has its own test.
namespace sportello::testing {

inline QByteArray testAuditKey()
{
    return QByteArrayLiteral("sportello test audit key, not a secret");
}

inline AuditKeySource testAuditKeySource()
{
    return []() -> Result<QByteArray> { return testAuditKey(); };
}

inline Result<std::unique_ptr<SqliteCaseStore>>
openKeyedStore(const QString &path, std::shared_ptr<const Triage> triage = {},
               SqliteConnection::Mode mode = SqliteConnection::Mode::ReadWrite)
{
    auto opened = SqliteCaseStore::open(path, std::move(triage), mode);
    if (opened)
        opened.value()->setAuditKey(testAuditKey());
    return opened;
}

inline StoreFactory keyedStoreFactory(const QString &path, std::shared_ptr<const Triage> triage)
{
    return sqliteStoreFactory(path, std::move(triage), testAuditKeySource());
}

} // namespace sportello::testing
