#include "AuditChain.h"

#include <QtEndian>

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

AuditChain::AuditChain(QByteArray key) : m_mac(QCryptographicHash::Sha256, key)
{
    m_buffer.reserve(512);
}

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
    m_mac.reset();
    m_mac.addData(m_buffer);
    return m_mac.result().toHex();
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
