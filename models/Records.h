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
// Queue::Due reads in its own order, (dueAt, messageId) ascending: the answer owed first
// comes first. dueAt is only set in that queue, so a row keeps its key elsewhere while its
// case's clock moves.
struct TimelineKey
{
    qint64 sentAt = 0;
    qint64 messageId = 0;
    qint64 dueAt = 0; // ms since the epoch; Queue::Due only
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
    QDateTime dueAt; // when the case's next answer is owed; invalid when nothing is owed
};

// Values are stored in the filter panel and settings: new queues go at the end.
enum class Queue
{
    All,
    Unassigned,
    Mine,
    Waiting,
    Escalated,
    Resolved,
    Due // inbound messages of active cases that owe an answer, soonest due first
};

// The key just above `key` in the queue's order: a page read after it starts at `key`.
inline TimelineKey keyJustAbove(TimelineKey key, Queue queue)
{
    key.messageId += queue == Queue::Due ? -1 : 1;
    return key;
}

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
    QDateTime firstResponseDueAt;
    QDateTime dueAt;         // the next answer is owed by then; invalid when nothing is owed
    QDateTime waitingSince;  // the clock is paused since then
    qint64 departmentId = 0; // while escalated: the department whose queue holds it
    qint64 incidentId = 0;
    int satisfaction = 0; // 1..5 once the customer answered, 0 before
    QDateTime satisfactionAskedAt;
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
    Reopen,
    Escalate,           // value: EscalationRequest
    AnswerEscalation,   // value: the department's answer
    WithdrawEscalation, // value: why
    MoveEscalation,     // value: EscalationRequest (department, reason)
    RaiseEscalation,    // value: why; the same department at level two
    WaitForCustomer,    // pauses the service clock
    AskSatisfaction,    // the satisfaction question went out
    LinkIncident,       // value: incident id (0 unlinks)
};

struct CaseAction
{
    qint64 caseId = 0;
    CaseActionKind kind = CaseActionKind::AssignToMe;
    QString actor;
    QVariant value; // Category key, Priority key, note text, ... (see CaseActionKind)
};

// The task force a case can be escalated to; an administrator edits the list.
struct DepartmentRecord
{
    qint64 id = 0;
    QString key;
    QString name;
    QString contact;         // e-mail address the dossier goes to
    int answerMinutes = 960; // service minutes the department has to answer
    bool retired = false;
};

enum class EscalationState
{
    Open,
    Answered,
    Withdrawn,
    Moved,
    Raised
};
QString toKey(EscalationState s);
std::optional<EscalationState> escalationStateFromKey(const QString &key);

struct EscalationRequest
{
    QString departmentKey;
    int level = 1;
    QString urgency = QStringLiteral("normal"); // normal, high, critical
    QString reason;
    QString note;
};

struct EscalationRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    DepartmentRecord department;
    int level = 1;
    QString urgency;
    QString reason;
    QString note;
    QString escalatedBy;
    QDateTime escalatedAt;
    QDateTime dueAt;
    QString returnedTo;
    EscalationState state = EscalationState::Open;
    QString answer;
    QString answeredBy;
    QDateTime closedAt;
};

struct IncidentRecord
{
    qint64 id = 0;
    QString title;
    QString topic;
    bool open = true;
    QString openedBy;
    QDateTime openedAt;
    QDateTime closedAt;
    int alertCount = 0;
    QDateTime alertFrom;
    QDateTime alertTo;
    int linkedCases = 0;
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
    QList<OutboxEntry> outbox;           // this case's replies on their way, sent or failed
    QList<EscalationRecord> escalations; // oldest first
    std::optional<IncidentRecord> incident;
};

QString toKey(OutboxState s);
std::optional<OutboxState> outboxStateFromKey(const QString &key);

// An inbound message as spike detection needs it: when, what and who.
struct RecentMessage
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 customerId = 0;
    QDateTime sentAt;
    QString text;
};

// A case whose next answer is owed soon, as the due-soon warning names it.
struct DueCase
{
    qint64 caseId = 0;
    QDateTime dueAt;
    QString customer; // display name or handle
    Network network = Network::X;
    CaseStatus status = CaseStatus::New;
    QString assignee;
    friend bool operator==(const DueCase &, const DueCase &) = default;
};

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
Q_DECLARE_METATYPE(sportello::EscalationRequest)
Q_DECLARE_METATYPE(sportello::DepartmentRecord)
Q_DECLARE_METATYPE(sportello::IncidentRecord)
Q_DECLARE_METATYPE(sportello::DueCase)
