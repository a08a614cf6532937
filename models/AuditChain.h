#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct evp_mac_ctx_st; // OpenSSL's EVP_MAC_CTX

namespace sportello {

// One row of the audit trail. It names the case and the customer by id only: never their
// words, so erasing a customer leaves every row, and the chain, as it was.
struct AuditRecord
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    QString action; // message_sent, case_taken, escalated, customer_erased, ...
    qint64 caseId = 0;
    qint64 customerId = 0;
    QString detail;      // compact JSON object
    QByteArray prevHash; // hex
    QByteArray hash;     // hex
};

// Where the audit key comes from: the OS keychain in the programs, a fixed key in tests.
// Asked at every audited action, so a key that arrives late is used as soon as it is there.
using AuditKeySource = std::function<Result<QByteArray>()>;

// Where a chain stood when it was exported: a later verify checks the chain still passes
// through it, which also catches a history rebuilt from the start.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash; // hex; the genesis hash when the trail is empty
};

// The keyed hash that links the rows. HMAC-SHA256 over the previous row's hash and this
// row's fields, length-prefixed so no two different rows serialise alike. The row number is
// not part of it: order is carried by the links, so a row slipped in between two others is
// told apart from one edited in place.
//
// The HMAC is OpenSSL's: it keeps the keyed state between rows and uses the CPU's SHA
// instructions, about four times faster than QMessageAuthenticationCode, which a million-row
// verify feels. Should OpenSSL not offer HMAC-SHA256, Qt's gives the same hashes.
class AuditChain
{
public:
    explicit AuditChain(QByteArray key);
    ~AuditChain();
    AuditChain(AuditChain &&) noexcept;
    AuditChain &operator=(AuditChain &&) noexcept;
    static QByteArray genesis(); // prev_hash of the first row
    QByteArray hashOf(const AuditRecord &r);

private:
    struct MacFree
    {
        void operator()(evp_mac_ctx_st *ctx) const;
    };
    QByteArray m_key;
    std::unique_ptr<evp_mac_ctx_st, MacFree> m_mac; // null: OpenSSL could not key it
    QByteArray m_buffer;
};

// Checks a trail row by row, in seq order, without holding it in memory. The first problem
// is kept with the row it concerns:
// - altered: the row does not match its hash, and the next row still links to that hash;
// - inserted: the row does not match its hash, and the next row links past it to the row
//   before;
// - removed: rows are missing (a gap in the numbering, or a row whose link points to a row
//   that is no longer there).
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    enum class Problem
    {
        None,
        Altered,
        Inserted,
        Removed,
        HeadMismatch
    };

    AuditVerifier(QByteArray key, std::optional<AuditHead> expectedHead = {});
    void feed(const AuditRecord &r);
    // For a caller that hashed the row elsewhere (ParallelAuditVerifier): whether the row
    // matches its own hash. Rows still come in seq order.
    void feedHashed(const AuditRecord &r, bool matchesItsHash);
    // After the last row.
    void finish();

    bool ok() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    qint64 problemSeq() const { return m_problemSeq; }
    QString message() const; // what an inspector reads
    qint64 rows() const { return m_rows; }
    AuditHead head() const { return {m_lastSeq, m_lastHash}; }

private:
    void settle(const AuditRecord *next);
    void fail(Problem p, qint64 seq);

    AuditChain m_chain;
    std::optional<AuditHead> m_expectedHead;
    bool m_headSeen = false;
    // The row under judgement waits for its successor, which tells an edit from an insert.
    std::optional<AuditRecord> m_pending;
    bool m_pendingValid = false;
    QByteArray m_lastHash; // of the last row accepted
    qint64 m_lastSeq = 0;
    qint64 m_rows = 0;
    Problem m_problem = Problem::None;
    qint64 m_problemSeq = 0;
};

QString toKey(AuditVerifier::Problem p);

} // namespace sportello
