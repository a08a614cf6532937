// Service-level clocks of SqliteCaseStore: due times count service time only, by the
// targets and hours an administrator keeps in the settings ("service_levels").
#include "SqliteCaseStore.h"
#include "SqliteStatements.h"

#include <QLoggingCategory>

namespace sportello {
using namespace sqlite;

Q_LOGGING_CATEGORY(lcServiceLevels, "sportello.servicelevels")

const QString SqliteCaseStore::kServiceLevelsKey = QStringLiteral("service_levels");

const ServiceLevels &SqliteCaseStore::serviceLevels()
{
    if (m_serviceLevels)
        return *m_serviceLevels;
    auto shipped = ServiceLevels::loadDefaults();
    ServiceLevels levels = shipped ? shipped.value() : ServiceLevels::defaults();
    if (auto saved = setting(kServiceLevelsKey); saved && !saved.value().isEmpty()) {
        auto parsed = ServiceLevels::fromJsonText(saved.value().toUtf8());
        // Saving validates, so this only happens to a file edited by hand: the shipped
        // levels keep the clocks running and the reason goes to the log.
        if (parsed)
            levels = parsed.value();
        else
            qCWarning(lcServiceLevels) << "Saved service levels ignored:" << parsed.error();
    }
    m_serviceLevels = levels;
    m_serviceClock.emplace(levels.hours());
    return *m_serviceLevels;
}

void SqliteCaseStore::setServiceLevels(const ServiceLevels &levels)
{
    m_serviceLevels = levels;
    m_serviceClock.emplace(levels.hours());
}

qint64 SqliteCaseStore::dueAfter(qint64 startMs, qint64 serviceMs)
{
    serviceLevels();
    const QDateTime due =
        m_serviceClock->addServiceMs(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC), serviceMs);
    // A schedule without any service time: the target runs on the wall clock instead of
    // never falling due.
    return due.isValid() ? due.toMSecsSinceEpoch() : startMs + serviceMs;
}

qint64 SqliteCaseStore::resumedDue(qint64 waitingSinceMs, qint64 dueMs, qint64 resumeMs)
{
    serviceLevels();
    const qint64 left =
        m_serviceClock->serviceMsBetween(QDateTime::fromMSecsSinceEpoch(waitingSinceMs, Qt::UTC),
                                         QDateTime::fromMSecsSinceEpoch(dueMs, Qt::UTC));
    return dueAfter(resumeMs, left);
}

qint64 SqliteCaseStore::targetMs(Network network, Visibility visibility)
{
    return serviceLevels().targetMs(network, visibility);
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
