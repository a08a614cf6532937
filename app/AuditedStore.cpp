#include "AuditedStore.h"

#include "StoreOpener.h"

namespace sportello {

Result<QByteArray> auditKeyFor(SqliteCaseStore &store, AuditKeychain::IfMissing ifMissing)
{
    auto chainId = store.setting(AuditKeychain::settingKey());
    if (!chainId)
        return Result<QByteArray>::failure(chainId.error());
    auto key = AuditKeychain::loadNow(chainId.value(), ifMissing);
    if (!key)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("AuditKeychain", "The audit key is not available: %1")
                .arg(key.error()));
    return key;
}

Result<std::unique_ptr<SqliteCaseStore>> openAuditedStore(const QString &path,
                                                          SqliteConnection::Mode mode,
                                                          AuditKeychain::IfMissing ifMissing)
{
    using R = Result<std::unique_ptr<SqliteCaseStore>>;
    auto store = SqliteCaseStore::open(
        path, mode == SqliteConnection::Mode::ReadWrite ? shippedTriage() : nullptr, mode);
    if (!store)
        return store;
    auto key = auditKeyFor(*store.value(), ifMissing);
    if (!key)
        return R::failure(key.error());
    store.value()->setAuditKey(key.value());
    return store;
}

} // namespace sportello
