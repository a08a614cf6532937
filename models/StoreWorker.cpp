#include "StoreWorker.h"

#include <QCoreApplication>
#include <QPointer>

namespace sportello {

class StoreWorker::Backend : public QObject
{
public:
    explicit Backend(StoreFactory factory) : m_factory(std::move(factory)) {}
    StoreFactory m_factory;
    std::unique_ptr<CaseStore> m_store;

    CaseStore *store(StoreWorker *owner)
    {
        if (!m_store)
            QMetaObject::invokeMethod(
                owner, "failed", Qt::QueuedConnection,
                Q_ARG(QString,
                      QCoreApplication::translate("StoreWorker", "The database is not open.")));
        return m_store.get();
    }
};

StoreWorker::StoreWorker(StoreFactory factory, QObject *parent)
    : QObject(parent), m_backend(new Backend(std::move(factory)))
{
    qRegisterMetaType<IngestReport>();
    qRegisterMetaType<CaseSnapshot>();
    qRegisterMetaType<CaseAction>();
    qRegisterMetaType<QList<AccountRecord>>();
    qRegisterMetaType<DepartmentRecord>();
    qRegisterMetaType<QList<DepartmentRecord>>();
    m_thread.setObjectName(QStringLiteral("sportello-store"));
    m_backend->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_backend, [this] { m_backend->m_store.reset(); });
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // The connection must close in the thread that opened it.
    QMetaObject::invokeMethod(
        m_backend, [b = m_backend] { b->m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_backend;
}

void StoreWorker::open()
{
    QMetaObject::invokeMethod(m_backend, [this] {
        auto store = m_backend->m_factory();
        if (!store) {
            emit openFailed(store.error());
            return;
        }
        m_backend->m_store = store.takeValue();
        emit opened(m_backend->m_store->description());
    });
}

void StoreWorker::ingest(const QList<InboundItem> &items, const std::pair<QString, QString> &cursor)
{
    QMetaObject::invokeMethod(m_backend, [this, items, cursor] {
        if (CaseStore *s = m_backend->store(this)) {
            auto report = s->ingest(items, cursor);
            if (report)
                emit ingested(report.value());
            else
                emit ingestFailed(report.error());
        }
    });
}

void StoreWorker::upsertAccounts(const QList<AccountRecord> &accounts)
{
    QMetaObject::invokeMethod(m_backend, [this, accounts] {
        if (CaseStore *s = m_backend->store(this)) {
            for (const AccountRecord &a : accounts) {
                if (auto r = s->upsertAccount(a); !r) {
                    emit failed(r.error());
                    return;
                }
            }
            if (auto all = s->accounts())
                emit accountsLoaded(all.value());
            else
                emit failed(all.error());
        }
    });
}

void StoreWorker::loadAccounts()
{
    QMetaObject::invokeMethod(m_backend, [this] {
        if (CaseStore *s = m_backend->store(this)) {
            if (auto all = s->accounts())
                emit accountsLoaded(all.value());
            else
                emit failed(all.error());
        }
    });
}

void StoreWorker::loadCase(qint64 caseId)
{
    QMetaObject::invokeMethod(m_backend, [this, caseId] {
        if (CaseStore *s = m_backend->store(this)) {
            if (auto snap = s->loadCase(caseId))
                emit caseLoaded(snap.value());
            else
                emit caseLoadFailed(caseId, snap.error());
        }
    });
}

void StoreWorker::perform(const CaseAction &action)
{
    QMetaObject::invokeMethod(m_backend, [this, action] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->perform(action))
                emit actionDone(action);
            else
                emit actionFailed(action, st.error());
        }
    });
}

void StoreWorker::loadSettings(const QStringList &keys)
{
    QMetaObject::invokeMethod(m_backend, [this, keys] {
        if (CaseStore *s = m_backend->store(this)) {
            QHash<QString, QString> values;
            for (const QString &key : keys) {
                auto value = s->setting(key);
                if (!value) {
                    emit failed(value.error());
                    return;
                }
                values.insert(key, value.value());
            }
            emit settingsLoaded(values);
        }
    });
}

void StoreWorker::setSetting(const QString &key, const QString &value)
{
    QMetaObject::invokeMethod(m_backend, [this, key, value] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->setSetting(key, value); !st)
                emit failed(st.error());
        }
    });
}

void StoreWorker::changeSetting(const QString &key, const QString &value, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, key, value, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->changeSetting(key, value, actor); !st)
                emit failed(st.error());
        }
    });
}

void StoreWorker::saveDraft(const DraftRecord &draft)
{
    QMetaObject::invokeMethod(m_backend, [this, draft] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->saveDraft(draft); !st)
                emit failed(tr("The draft could not be saved: %1").arg(st.error()));
        }
    });
}

void StoreWorker::enqueueReply(const OutboxEntry &entry)
{
    QMetaObject::invokeMethod(m_backend, [this, entry] {
        if (CaseStore *s = m_backend->store(this)) {
            auto id = s->enqueueReply(entry);
            if (id)
                emit replyQueued(entry.caseId, id.value());
            else
                emit failed(tr("The reply could not be queued: %1").arg(id.error()));
        }
    });
}

void StoreWorker::retryReply(qint64 outboxId, qint64 caseId)
{
    QMetaObject::invokeMethod(m_backend, [this, outboxId, caseId] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->retryReply(outboxId); !st)
                emit failed(st.error());
            emit replyChangedByAgent(caseId);
        }
    });
}

void StoreWorker::discardReply(qint64 outboxId, qint64 caseId, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, outboxId, caseId, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->discardReply(outboxId, actor); !st)
                emit failed(st.error());
            emit replyChangedByAgent(caseId);
        }
    });
}

void StoreWorker::seedTemplates(const TemplateLibrary &library)
{
    QMetaObject::invokeMethod(m_backend, [this, library] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->seedTemplates(library.templates(), library.customVariables()); !st)
                emit failed(st.error());
        }
    });
}

void StoreWorker::loadTemplates()
{
    QMetaObject::invokeMethod(m_backend, [this] {
        if (CaseStore *s = m_backend->store(this)) {
            auto templates = s->templates();
            auto variables = s->templateVariables();
            if (!templates || !variables) {
                emit failed(templates ? variables.error() : templates.error());
                return;
            }
            emit templatesLoaded(templates.value(), variables.value());
        }
    });
}

void StoreWorker::saveTemplate(const ReplyTemplate &t, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, t, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->saveTemplate(t, actor); !st)
                emit failed(st.error());
            else
                emit templateSaved(t);
        }
    });
}

void StoreWorker::saveTemplateVariable(const TemplateVariable &v, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, v, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->saveTemplateVariable(v, actor); !st)
                emit failed(st.error());
        }
    });
}

void StoreWorker::loadDepartments()
{
    QMetaObject::invokeMethod(m_backend, [this] {
        if (CaseStore *s = m_backend->store(this)) {
            if (auto all = s->departments())
                emit departmentsLoaded(all.value());
            else
                emit failed(all.error());
        }
    });
}

void StoreWorker::saveDepartment(const DepartmentRecord &department, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, department, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (auto id = s->saveDepartment(department, actor); !id)
                emit failed(tr("The department could not be saved: %1").arg(id.error()));
            // Reloaded either way: after a failure the list shows what is really stored.
            if (auto all = s->departments())
                emit departmentsLoaded(all.value());
            else
                emit failed(all.error());
        }
    });
}

void StoreWorker::eraseCustomer(qint64 customerId, const QString &actor)
{
    QMetaObject::invokeMethod(m_backend, [this, customerId, actor] {
        if (CaseStore *s = m_backend->store(this)) {
            if (Status st = s->eraseCustomer(customerId, actor); !st)
                emit failed(tr("The customer's data could not be erased: %1").arg(st.error()));
            else
                emit customerErased(customerId);
        }
    });
}

// Supervision: incidents, due-soon warnings and spike monitoring.
void StoreWorker::runOnStore(QObject *context, StoreTask work)
{
    QMetaObject::invokeMethod(
        m_backend, [this, context = QPointer<QObject>(context), work = std::move(work)] {
            CaseStore *s = m_backend->store(this);
            if (!s)
                return;
            std::function<void()> done = work(*s);
            if (done && context)
                QMetaObject::invokeMethod(context.data(), std::move(done), Qt::QueuedConnection);
        });
}

} // namespace sportello
