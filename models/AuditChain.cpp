#include "AuditChain.h"

#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace sportello {
namespace {

void appendInt(QByteArray &buffer, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    buffer.append(bytes, 8);
}

void appendBytes(QByteArray &buffer, const QByteArray &bytes)
{
    appendInt(buffer, bytes.size());
    buffer.append(bytes);
}

void appendText(QByteArray &buffer, const QString &text)
{
    appendBytes(buffer, text.toUtf8());
}

} // namespace

void AuditChain::MacFree::operator()(evp_mac_ctx_st *ctx) const
{
    EVP_MAC_CTX_free(ctx);
}

AuditChain::AuditChain(QByteArray key) : m_key(std::move(key))
{
    m_buffer.reserve(512);
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!hmac)
        return;
    m_mac.reset(EVP_MAC_CTX_new(hmac));
    EVP_MAC_free(hmac); // the context holds its own reference
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(m_key.constData());
    if (m_mac && EVP_MAC_init(m_mac.get(), keyBytes, size_t(m_key.size()), params) != 1)
        m_mac.reset();
}

AuditChain::~AuditChain() = default;
AuditChain::AuditChain(AuditChain &&) noexcept = default;
AuditChain &AuditChain::operator=(AuditChain &&) noexcept = default;

QByteArray AuditChain::genesis()
{
    return QByteArray(64, '0');
}

QByteArray AuditChain::hashOf(const AuditRecord &r)
{
    m_buffer.clear();
    appendBytes(m_buffer, r.prevHash); // hex: its UTF-8 is itself
    appendInt(m_buffer, r.atMs);
    appendText(m_buffer, r.actor);
    appendText(m_buffer, r.action);
    appendInt(m_buffer, r.caseId);
    appendInt(m_buffer, r.customerId);
    appendText(m_buffer, r.detail);
    if (m_mac) {
        // Initialising without a key starts a new message from the keyed state already there.
        unsigned char mac[EVP_MAX_MD_SIZE];
        size_t length = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(m_buffer.constData());
        if (EVP_MAC_init(m_mac.get(), nullptr, 0, nullptr) == 1 &&
            EVP_MAC_update(m_mac.get(), data, size_t(m_buffer.size())) == 1 &&
            EVP_MAC_final(m_mac.get(), mac, &length, sizeof mac) == 1)
            return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)).toHex();
    }
    return QMessageAuthenticationCode::hash(m_buffer, m_key, QCryptographicHash::Sha256).toHex();
}

AuditVerifier::AuditVerifier(QByteArray key, std::optional<AuditHead> expectedHead)
    : m_chain(std::move(key)), m_expectedHead(std::move(expectedHead)),
      m_lastHash(AuditChain::genesis())
{
}

void AuditVerifier::fail(Problem p, qint64 seq)
{
    if (m_problem != Problem::None)
        return;
    m_problem = p;
    m_problemSeq = seq;
}

void AuditVerifier::settle(const AuditRecord *next)
{
    // The pending row failed its own hash. If the next row links to the row before it, the
    // pending row was slipped in; otherwise it was edited where it stood.
    if (next && next->prevHash == m_lastHash)
        fail(Problem::Inserted, m_pending->seq);
    else
        fail(Problem::Altered, m_pending->seq);
    m_pending.reset();
}

void AuditVerifier::feed(const AuditRecord &r)
{
    if (m_problem != Problem::None)
        return;
    feedHashed(r, m_chain.hashOf(r) == r.hash);
}

void AuditVerifier::feedHashed(const AuditRecord &r, bool matchesItsHash)
{
    if (m_problem != Problem::None)
        return;
    if (m_pending) {
        settle(&r);
        return;
    }
    if (r.seq > m_lastSeq + 1) {
        fail(Problem::Removed, m_lastSeq + 1);
        return;
    }
    if (!matchesItsHash) {
        m_pending = r;
        return;
    }
    if (r.prevHash != m_lastHash) {
        // The row is genuine but the one it followed is gone and the numbering was closed up.
        fail(Problem::Removed, r.seq);
        return;
    }
    m_lastHash = r.hash;
    m_lastSeq = r.seq;
    ++m_rows;
    if (m_expectedHead && r.seq == m_expectedHead->seq) {
        m_headSeen = true;
        if (r.hash != m_expectedHead->hash)
            fail(Problem::HeadMismatch, r.seq);
    }
}

void AuditVerifier::finish()
{
    if (m_pending)
        settle(nullptr);
    if (m_problem != Problem::None || !m_expectedHead || m_headSeen)
        return;
    if (m_expectedHead->seq == 0) {
        if (m_expectedHead->hash != AuditChain::genesis())
            fail(Problem::HeadMismatch, 0);
    } else if (m_expectedHead->seq > m_lastSeq) {
        fail(Problem::Removed, m_lastSeq + 1);
    }
}

QString AuditVerifier::message() const
{
    switch (m_problem) {
    case Problem::None:
        return tr("The audit trail is intact: %n row(s), head %1.", nullptr, int(m_rows))
            .arg(QString::fromLatin1(m_lastHash.left(16)));
    case Problem::Altered:
        return tr("Audit row %1 was altered: it no longer matches its hash.").arg(m_problemSeq);
    case Problem::Inserted:
        return tr("Audit row %1 was inserted: it does not belong to the chain between the rows "
                  "around it.")
            .arg(m_problemSeq);
    case Problem::Removed:
        return tr("Audit row %1 was removed: the chain is broken there.").arg(m_problemSeq);
    case Problem::HeadMismatch:
        return tr("Audit row %1 differs from the earlier export: the history was rewritten.")
            .arg(m_problemSeq);
    }
    return {};
}

QString toKey(AuditVerifier::Problem p)
{
    switch (p) {
    case AuditVerifier::Problem::None:
        return QStringLiteral("none");
    case AuditVerifier::Problem::Altered:
        return QStringLiteral("altered");
    case AuditVerifier::Problem::Inserted:
        return QStringLiteral("inserted");
    case AuditVerifier::Problem::Removed:
        return QStringLiteral("removed");
    case AuditVerifier::Problem::HeadMismatch:
        return QStringLiteral("head_mismatch");
    }
    return {};
}

} // namespace sportello
