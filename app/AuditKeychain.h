#pragma once

#include "AuditChain.h"

#include <QObject>

#include <memory>

namespace sportello {

// The audit trail's key lives in the OS keychain (the Secret Service on Linux), never in the
// database: someone who can write the file still cannot recompute the chain. Each database
// has its own key, named by the chain id the store keeps in its settings.
class AuditKeychain : public QObject
{
    Q_OBJECT
public:
    enum class IfMissing
    {
        Create, // a new database, or the first action on one: make the key
        Fail    // verifying: a key made now would only prove the trail wrong
    };

    explicit AuditKeychain(QString chainId, QObject *parent = nullptr);
    ~AuditKeychain() override;
    // The GUI learns the database's chain id only once the store is open.
    void setChainId(const QString &chainId) { m_chainId = chainId; }

    // Asks the keychain; the answer comes as loaded() or failed().
    void load(IfMissing ifMissing);
    // Usable from any thread: the key once loaded, the reason it is not until then.
    AuditKeySource source() const;

    // For the command-line tool: waits for the keychain (at most `timeoutMs`).
    static Result<QByteArray> loadNow(const QString &chainId, IfMissing ifMissing,
                                      int timeoutMs = 20000);
    static QString settingKey() { return QStringLiteral("audit_chain_id"); }

signals:
    void loaded();
    void failed(const QString &reason);

private:
    void write(const QByteArray &key);
    void settle(const QByteArray &key, const QString &error);

    struct Shared;
    QString m_chainId;
    std::shared_ptr<Shared> m_shared;
};

} // namespace sportello
