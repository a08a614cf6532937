#pragma once

#include "CaseStore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace sportello {

using StoreFactory = std::function<Result<std::unique_ptr<CaseStore>>()>;

// The UI's way to the store: every call is queued to a worker thread that owns its own
// connection, and every answer comes back as a signal, so the UI thread never waits on disk.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(StoreFactory factory, QObject *parent = nullptr);
    ~StoreWorker() override;

    // Each returns at once; the answer arrives by the matching signal.
    void open();
    void ingest(const QList<InboundItem> &items, const std::pair<QString, QString> &cursor = {});
    void loadSettings(const QStringList &keys);
    void upsertAccounts(const QList<AccountRecord> &accounts);
    void loadAccounts();
    void loadCase(qint64 caseId);
    void perform(const CaseAction &action);
    void setSetting(const QString &key, const QString &value); // bookkeeping, not audited
    void changeSetting(const QString &key, const QString &value, const QString &actor);
    void saveDraft(const DraftRecord &draft);
    void enqueueReply(const OutboxEntry &entry);
    void retryReply(qint64 outboxId, qint64 caseId);
    void discardReply(qint64 outboxId, qint64 caseId, const QString &actor);
    void seedTemplates(const TemplateLibrary &library);
    void loadTemplates();
    void saveTemplate(const ReplyTemplate &t, const QString &actor);
    void saveTemplateVariable(const TemplateVariable &v, const QString &actor);
    // The task force: the list (retired ones too) comes back by departmentsLoaded, also after
    // every save, so whoever shows it stays current.
    void loadDepartments();
    void saveDepartment(const DepartmentRecord &department, const QString &actor);
    void eraseCustomer(qint64 customerId, const QString &actor);

    // Runs `work` on the store's thread with the open store; the function it returns is then
    // called on `context`'s thread (and dropped if `context` is gone). For the few features
    // whose reads and writes take several store calls in a row (incidents, warnings).
    using StoreTask = std::function<std::function<void()>(CaseStore &store)>;
    void runOnStore(QObject *context, StoreTask work);

signals:
    void opened(const QString &description);
    void openFailed(const QString &error);
    void ingested(const sportello::IngestReport &report);
    void ingestFailed(const QString &error);
    void accountsLoaded(const QList<sportello::AccountRecord> &accounts);
    void caseLoaded(const sportello::CaseSnapshot &snapshot);
    void caseLoadFailed(qint64 caseId, const QString &error);
    void actionDone(const sportello::CaseAction &action);
    void actionFailed(const sportello::CaseAction &action, const QString &error);
    void settingsLoaded(const QHash<QString, QString> &values); // missing keys: empty
    void replyQueued(qint64 caseId, qint64 outboxId);
    void replyChangedByAgent(qint64 caseId);
    void templatesLoaded(const QList<sportello::ReplyTemplate> &templates,
                         const QList<sportello::TemplateVariable> &variables);
    void templateSaved(const sportello::ReplyTemplate &t);
    void departmentsLoaded(const QList<sportello::DepartmentRecord> &departments);
    void customerErased(qint64 customerId);
    void failed(const QString &error);

private:
    class Backend;
    QThread m_thread;
    Backend *m_backend; // lives in m_thread
};

} // namespace sportello

Q_DECLARE_METATYPE(sportello::AccountRecord)
