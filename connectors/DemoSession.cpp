#include "DemoSession.h"

#include "StoreWorker.h"

#include <QCoreApplication>

namespace sportello {
namespace {
const QString kStartedAtKey = QStringLiteral("demo/started_at");
// The demo bank's own details, as an administrator would set them (ReplyVariables' keys).
const QString kServiceHoursKey = QStringLiteral("bank/service_hours");
const QString kBankPhoneKey = QStringLiteral("bank/phone");

QString cursorKeyOf(const AccountRecord &a)
{
    return QStringLiteral("cursor/%1/%2").arg(toKey(a.network), a.handle);
}
} // namespace

DemoSession::DemoSession(StoreWorker &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_store, &StoreWorker::settingsLoaded, this, &DemoSession::onSettings);
    connect(&m_scheduler, &PollScheduler::batchReady, this,
            [this](const QList<InboundItem> &items, const std::pair<QString, QString> &cursor) {
                m_store.ingest(items, cursor);
            });
    connect(&m_store, &StoreWorker::ingested, this, [this](const IngestReport &report) {
        if (!report.cursor.first.isEmpty())
            m_scheduler.confirm(report.cursor);
    });
    connect(&m_store, &StoreWorker::ingestFailed, this, [this] { m_scheduler.saveFailed(); });
    connect(
        &m_scheduler, &PollScheduler::connectorError, this,
        [this](const AccountRecord &account, const QString &message) {
            emit failed(
                QStringLiteral("%1 %2: %3").arg(toKey(account.network), account.handle, message));
        });
}

DemoSession::~DemoSession() = default;

void DemoSession::startIfNeeded(const QList<AccountRecord> &accounts)
{
    for (const AccountRecord &a : accounts) {
        if (!a.isDemo) {
            emit demoActive(false);
            return;
        }
    }
    auto scenario = DemoScenario::builtIn();
    if (!scenario) {
        emit failed(scenario.error());
        emit demoActive(false);
        return;
    }
    m_scenario = std::make_unique<DemoScenario>(scenario.takeValue());
    m_store.upsertAccounts(m_scenario->accounts());
    QStringList keys{kStartedAtKey, kServiceHoursKey, kBankPhoneKey};
    for (const AccountRecord &a : m_scenario->accounts())
        keys << cursorKeyOf(a);
    m_waitingForSettings = true;
    m_store.loadSettings(keys);
}

void DemoSession::onSettings(const QHash<QString, QString> &values)
{
    if (!m_waitingForSettings || !values.contains(kStartedAtKey))
        return;
    m_waitingForSettings = false;
    if (values.value(kServiceHoursKey).isEmpty())
        m_store.setSetting(kServiceHoursKey, QStringLiteral("8:30-22:30"));
    if (values.value(kBankPhoneKey).isEmpty())
        m_store.setSetting(kBankPhoneKey, QStringLiteral("02 1234 5678"));
    QDateTime startedAt = QDateTime::fromString(values.value(kStartedAtKey), Qt::ISODateWithMs);
    if (!startedAt.isValid()) {
        startedAt = QDateTime::currentDateTimeUtc();
        m_store.setSetting(kStartedAtKey, startedAt.toString(Qt::ISODateWithMs));
    }
    for (const AccountRecord &a : m_scenario->accounts()) {
        auto connector = std::make_unique<DemoConnector>(*m_scenario, a, startedAt);
        connector->setSpeed(m_speed);
        m_scheduler.addConnector(connector.get(), values.value(cursorKeyOf(a)));
        m_connectors.push_back(std::move(connector));
    }
    m_scheduler.setInterval(m_intervalMs);
    m_scheduler.start();
    m_active = true;
    emit demoActive(true);
}

} // namespace sportello
