#include "StoreOpener.h"

#include "SqliteCaseStore.h"
#include "Triage.h"

namespace sportello {

StoreFactory sqliteStoreFactory(const QString &path, std::shared_ptr<const Triage> triage,
                                AuditKeySource auditKey)
{
    return [path, triage, auditKey]() -> Result<std::unique_ptr<CaseStore>> {
        auto store = SqliteCaseStore::open(path, triage);
        if (!store)
            return Result<std::unique_ptr<CaseStore>>::failure(store.error());
        if (auditKey)
            store.value()->setAuditKeySource(auditKey);
        return std::unique_ptr<CaseStore>(store.takeValue());
    };
}

std::shared_ptr<const Triage> shippedTriage()
{
    return std::make_shared<const Triage>(CategoryRules::builtIn());
}

} // namespace sportello
