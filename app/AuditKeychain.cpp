#include "AuditKeychain.h"

#include <QEventLoop>
#include <QMutex>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sportello {
namespace {

const QString kService = QStringLiteral("Sportello");

QString entryName(const QString &chainId)
{
    return QStringLiteral("audit-key/%1").arg(chainId);
}

QString keychainError(const QKeychain::Job &job)
{
    return AuditKeychain::tr("the system keychain answered: %1").arg(job.errorString());
}

} // namespace

struct AuditKeychain::Shared
{
    mutable QMutex mutex;
    QByteArray key;
    QString error = AuditKeychain::tr("the key is still being read from the system keychain");
};

AuditKeychain::AuditKeychain(QString chainId, QObject *parent)
    : QObject(parent), m_chainId(std::move(chainId)), m_shared(std::make_shared<Shared>())
{
}

AuditKeychain::~AuditKeychain() = default;

void AuditKeychain::load(IfMissing ifMissing)
{
    if (m_chainId.isEmpty()) {
        settle({}, tr("the database names no audit key"));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(entryName(m_chainId));
    connect(job, &QKeychain::Job::finished, this, [this, job, ifMissing] {
        if (job->error() == QKeychain::NoError && job->binaryData().size() >= 32) {
            settle(job->binaryData(), {});
        } else if (job->error() == QKeychain::EntryNotFound && ifMissing == IfMissing::Create) {
            QByteArray key(32, Qt::Uninitialized);
            QRandomGenerator::system()->generate(key.begin(), key.end());
            write(key);
        } else if (job->error() == QKeychain::EntryNotFound) {
            settle({}, tr("this workstation's keychain holds no audit key for this database"));
        } else if (job->error() == QKeychain::NoError) {
            settle({}, tr("the audit key in the system keychain is too short"));
        } else {
            settle({}, keychainError(*job));
        }
    });
    job->start();
}

void AuditKeychain::write(const QByteArray &key)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(entryName(m_chainId));
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            settle(key, {});
        else
            settle({}, keychainError(*job));
    });
    job->start();
}

void AuditKeychain::settle(const QByteArray &key, const QString &error)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->key = key;
        m_shared->error = error;
    }
    if (error.isEmpty())
        emit loaded();
    else
        emit failed(error);
}

AuditKeySource AuditKeychain::source() const
{
    return [shared = m_shared]() -> Result<QByteArray> {
        QMutexLocker lock(&shared->mutex);
        if (!shared->error.isEmpty())
            return Result<QByteArray>::failure(shared->error);
        return shared->key;
    };
}

Result<QByteArray> AuditKeychain::loadNow(const QString &chainId, IfMissing ifMissing,
                                          int timeoutMs)
{
    AuditKeychain keychain(chainId);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    connect(&keychain, &AuditKeychain::loaded, &loop, &QEventLoop::quit);
    connect(&keychain, &AuditKeychain::failed, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    keychain.load(ifMissing);
    loop.exec();
    if (timedOut)
        return Result<QByteArray>::failure(tr(
            "the system keychain did not answer within %n second(s)", nullptr, timeoutMs / 1000));
    return keychain.source()();
}

} // namespace sportello
