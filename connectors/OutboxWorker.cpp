#include "OutboxWorker.h"

#include "DemoConnector.h"
#include "DemoReplyLedger.h"
#include "OutboxSender.h"

#include <map>
#include <memory>

namespace sportello {

class OutboxWorker::Backend : public QObject
{
public:
    Backend(StoreFactory factory, QString ledgerPath)
        : m_factory(std::move(factory)), m_ledgerPath(std::move(ledgerPath))
    {
    }

    bool open(OutboxWorker *owner)
    {
        if (m_sender)
            return true;
        auto store = m_factory();
        if (!store) {
            emit owner->failed(store.error());
            return false;
        }
        m_store = store.takeValue();
        m_ledger = std::make_unique<DemoReplyLedger>(m_ledgerPath);
        m_sender = std::make_unique<OutboxSender>(
            *m_store, [this](const OutboxEntry &e) { return connectorFor(e); });
        QObject::connect(m_sender.get(), &OutboxSender::replyChanged, owner,
                         [owner](qint64, qint64 caseId, OutboxState, const QString &) {
                             emit owner->replyChanged(caseId);
                         });
        QObject::connect(m_sender.get(), &OutboxSender::storeFailed, owner, &OutboxWorker::failed);
        return true;
    }

    // Demo accounts send to the demo network; a real account has no connector in this
    // version, so its replies fail with that reason instead of pretending to go out.
    Connector *connectorFor(const OutboxEntry &e)
    {
        auto it = m_connectors.find(e.accountId);
        if (it != m_connectors.end())
            return it->second.get();
        auto accounts = m_store->accounts();
        if (!accounts)
            return nullptr;
        for (const AccountRecord &a : accounts.value()) {
            if (a.id != e.accountId || !a.isDemo)
                continue;
            auto connector =
                std::make_unique<DemoConnector>(DemoScenario(), a, QDateTime::currentDateTimeUtc());
            connector->setReplyLedger(m_ledger.get());
            Connector *raw = connector.get();
            m_connectors.emplace(a.id, std::move(connector));
            return raw;
        }
        return nullptr;
    }

    StoreFactory m_factory;
    QString m_ledgerPath;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<DemoReplyLedger> m_ledger;
    std::map<qint64, std::unique_ptr<Connector>> m_connectors;
    std::unique_ptr<OutboxSender> m_sender;
};

OutboxWorker::OutboxWorker(StoreFactory factory, QString demoLedgerPath, QObject *parent)
    : QObject(parent), m_backend(new Backend(std::move(factory), std::move(demoLedgerPath)))
{
    m_thread.setObjectName(QStringLiteral("sportello-outbox"));
    m_backend->moveToThread(&m_thread);
    m_thread.start();
}

OutboxWorker::~OutboxWorker()
{
    QMetaObject::invokeMethod(
        m_backend,
        [b = m_backend] {
            b->m_sender.reset();
            b->m_connectors.clear();
            b->m_ledger.reset();
            b->m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_backend;
}

void OutboxWorker::start(int intervalMs)
{
    QMetaObject::invokeMethod(m_backend, [this, intervalMs] {
        if (m_backend->open(this))
            m_backend->m_sender->start(intervalMs);
    });
}

void OutboxWorker::processNow()
{
    QMetaObject::invokeMethod(m_backend, [this] {
        if (m_backend->open(this))
            m_backend->m_sender->processDue();
    });
}

} // namespace sportello
