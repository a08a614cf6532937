#pragma once

#include "Domain.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

// What the store hands out: plain values, safe to copy across threads.
namespace sportello {

struct AccountRecord
{
    qint64 id = 0;
    Network network = Network::X;
    QString handle;
    QString displayName;
    QStringList capabilities; // public_reply, private_message, hide_comment
    bool isDemo = false;
};

struct IngestRejection
{
    qsizetype index = 0; // position in the batch as it was handed in
    QString networkId;
    QString reason;
};

struct IngestReport
{
    int accepted = 0;
    int duplicates = 0;
    int casesOpened = 0;
    QList<qint64> touchedCases;
    QList<IngestRejection> rejected;    // items the store refused, with the reason
    std::pair<QString, QString> cursor; // the connector position saved with this batch
};

// The timeline's order is (sentAt, messageId) descending; a key is one row's place in it.
struct TimelineKey
{
    qint64 sentAt = 0;
    qint64 messageId = 0;
    friend bool operator==(const TimelineKey &, const TimelineKey &) = default;
};

struct TimelineRow
{
    TimelineKey key;
    qint64 caseId = 0;
    Network network = Network::X;
    QString account;
    QString author;
    QString snippet;
    Direction direction = Direction::Inbound;
    Visibility visibility = Visibility::Public;
    CaseStatus status = CaseStatus::New;
    Category category = Category::None;
    Priority priority = Priority::Normal;
    QString assignee;
};

enum class Queue
{
    All,
    Unassigned,
    Mine,
    Waiting,
    Escalated,
    Resolved
};

struct TimelineFilter
{
    Queue queue = Queue::All;
    QString me; // the agent, for Queue::Mine
    std::optional<Network> network;
    std::optional<qint64> accountId;
    std::optional<Visibility> visibility;
    std::optional<Category> category;
    std::optional<Priority> priority;
    QString search; // words in message text, a customer's name or handle, or a case number

    friend bool operator==(const TimelineFilter &, const TimelineFilter &) = default;
};

struct MessageRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    Network network = Network::X;
    QString account;
    QString networkId;
    Direction direction = Direction::Inbound;
    Visibility visibility = Visibility::Public;
    QString authorName;
    QString authorHandle;
    QString text;
    QDateTime sentAt; // in the offset it was written with
    QString replyTo;
};

struct CaseRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 accountId = 0;
    QString account;
    Network network = Network::X;
    Visibility visibility = Visibility::Public;
    CaseStatus status = CaseStatus::New;
    Category category = Category::None;
    Priority priority = Priority::Normal;
    Language language = Language::Italian;
    QString assignee;
    QDateTime openedAt;
    QDateTime firstResponseAt;
    QDateTime closedAt;
    QDateTime lastMessageAt;
};

struct IdentityRecord
{
    qint64 id = 0;
    Network network = Network::X;
    QString externalId;
    QString handle;
    QString displayName;
};

struct CaseSummary
{
    qint64 id = 0;
    Network network = Network::X;
    CaseStatus status = CaseStatus::New;
    Category category = Category::None;
    QDateTime openedAt;
};

struct CustomerCard
{
    qint64 id = 0;
    QString displayName;
    QList<IdentityRecord> identities;
    QList<CaseSummary> cases; // every case of the customer, newest first
};

struct NoteRecord
{
    qint64 id = 0;
    QString author;
    QString text;
    QDateTime createdAt;
};

struct CaseEventRecord
{
    QDateTime at;
    QString actor;
    QString kind;   // opened, assigned, released, category_set, priority_set, ...
    QString detail; // JSON object text
};

enum class CaseActionKind
{
    AssignToMe,
    Release,
    SetCategory,
    SetPriority,
    AddNote,
    Resolve,
    Reopen
};

struct CaseAction
{
    qint64 caseId = 0;
    CaseActionKind kind = CaseActionKind::AssignToMe;
    QString actor;
    QVariant value; // Category key, Priority key, or note text
};

struct DraftRecord
{
    qint64 caseId = 0;
    QString author;
    Visibility visibility = Visibility::Public;
    QString text;
    QDateTime updatedAt;
};

enum class OutboxState
{
    Pending,
    Sending,
    Sent,
    Failed
};

struct OutboxEntry
{
    qint64 id = 0;
    QString idempotencyKey;
    qint64 caseId = 0;
    qint64 accountId = 0;
    Network network = Network::X;
    QString account;
    Visibility visibility = Visibility::Public;
    QString replyTo;
    QString conversationId;
    QString text;
    QString author;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString networkId;
    QDateTime createdAt;
    QDateTime sentAt;
};

// Everything the case view shows at once, read in one go so it is consistent.
struct CaseSnapshot
{
    CaseRecord kase;
    QList<MessageRecord> conversation; // this case and the customer's other active cases, in order
    CustomerCard customer;
    QList<NoteRecord> notes;
    QList<CaseEventRecord> history;
    std::optional<DraftRecord> draft;
    QList<OutboxEntry> outbox; // this case's replies on their way, sent or failed
};

QString toKey(OutboxState s);
std::optional<OutboxState> outboxStateFromKey(const QString &key);

struct StoreStats
{
    qint64 messages = 0;
    qint64 customers = 0;
    qint64 accounts = 0;
    qint64 cases = 0;
    QList<QPair<CaseStatus, qint64>> casesByStatus;
};

} // namespace sportello

Q_DECLARE_METATYPE(sportello::TimelineKey)
Q_DECLARE_METATYPE(sportello::TimelineFilter)
Q_DECLARE_METATYPE(sportello::TimelineRow)
Q_DECLARE_METATYPE(sportello::CaseSnapshot)
Q_DECLARE_METATYPE(sportello::CaseAction)
Q_DECLARE_METATYPE(sportello::IngestReport)
Q_DECLARE_METATYPE(sportello::OutboxEntry)
Q_DECLARE_METATYPE(sportello::DraftRecord)
