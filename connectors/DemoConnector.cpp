#include "DemoConnector.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>

namespace sportello {

DemoConnector::DemoConnector(const DemoScenario &scenario, AccountRecord account,
                             QDateTime startedAt, QObject *parent)
    : Connector(parent), m_account(std::move(account)),
      m_entries(scenario.entriesFor(m_account.network, m_account.handle)),
      m_startedAt(std::move(startedAt)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

FetchResult DemoConnector::due(const QString &cursor) const
{
    FetchResult result;
    bool ok = true;
    qsizetype position = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    if (!ok || position < 0 || position > m_entries.size()) {
        result.error =
            ConnectorError{ConnectorError::Kind::BadResponse,
                           QStringLiteral("the demo cursor \"%1\" is not a position").arg(cursor),
                           {}};
        return result;
    }
    const qint64 elapsedMs = m_startedAt.msecsTo(m_clock());
    // Italian customers write in Italian time: keep Rome's offset on the generated times.
    const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
    while (position < m_entries.size()) {
        const DemoScenario::Entry &e = m_entries.at(position);
        const qint64 dueMs = e.offsetSeconds <= 0
                                 ? e.offsetSeconds * 1000
                                 : qint64(double(e.offsetSeconds) * 1000 / m_speed);
        if (dueMs > elapsedMs)
            break;
        InboundItem item = e.item;
        const QDateTime at = m_startedAt.addMSecs(dueMs);
        item.time = rome.isValid() ? at.toTimeZone(rome) : at;
        item.time = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::OffsetFromUTC,
                                                   item.time.offsetFromUtc());
        item.raw = QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact);
        result.items.append(item);
        ++position;
    }
    result.nextCursor = QString::number(position);
    return result;
}

void DemoConnector::poll(const QString &cursor)
{
    // Answer asynchronously, as a network would.
    QTimer::singleShot(0, this, [this, cursor] {
        const FetchResult result = due(cursor);
        emit progress(int(result.items.size()));
        emit fetched(result);
    });
}

void DemoConnector::send(const OutgoingReply &reply)
{
    if (!m_ledger) {
        Connector::send(reply);
        return;
    }
    const SendOutcome outcome = m_ledger->post(reply);
    emitLater([this, key = reply.idempotencyKey, outcome] { emit sendFinished(key, outcome); });
}

void DemoConnector::findSent(const OutgoingReply &reply)
{
    if (!m_ledger) {
        Connector::findSent(reply);
        return;
    }
    const LookupOutcome outcome = m_ledger->find(reply);
    emitLater([this, key = reply.idempotencyKey, outcome] { emit lookupFinished(key, outcome); });
}

} // namespace sportello
