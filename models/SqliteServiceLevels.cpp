// Service-level clocks of SqliteCaseStore.
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

namespace sportello {
using namespace sqlite;

qint64 SqliteCaseStore::dueAfter(qint64 startMs, qint64 serviceMs) const
{
    return startMs + serviceMs;
}

qint64 SqliteCaseStore::resumedDue(qint64 waitingSinceMs, qint64 dueMs, qint64 resumeMs) const
{
    return resumeMs + std::max<qint64>(0, dueMs - waitingSinceMs);
}

qint64 SqliteCaseStore::targetMs(Network network, Visibility) const
{
    switch (network) {
    case Network::X:
    case Network::WhatsApp:
    case Network::Telegram:
        return 15 * 60000;
    default:
        return 30 * 60000;
    }
}

qint64 SqliteCaseStore::targetMsForCase(qint64 caseId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT network, visibility FROM cases WHERE id = ?"));
    q.bindValue(0, caseId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return targetMs(Network::X, Visibility::Public);
    }
    const Network network = networkFromKey(q.value(0).toString()).value_or(Network::X);
    const Visibility visibility =
        visibilityFromKey(q.value(1).toString()).value_or(Visibility::Public);
    q.finish();
    return targetMs(network, visibility);
}

} // namespace sportello
