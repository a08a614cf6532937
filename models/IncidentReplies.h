#pragma once

#include "Records.h"
#include "ReplyChecker.h"
#include "ReplyTemplate.h"
#include "ReplyVariables.h"
#include "Result.h"

#include <QCoreApplication>

namespace sportello {

class CaseStore;

// One answer to every case linked to an incident: the same template, personalised per case
// with the customer's name through the composer's own variables, checked like any reply.
// A reply that fails the checks is never sent; the others go through the outbox exactly once
// per case and kind, whatever happens in between: their idempotency key is the incident,
// the kind and the case ("incident-7-update-case-42"), so answering again changes nothing.
class IncidentReplies
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReplies)
public:
    static inline const QString kUpdate = QStringLiteral("update");
    static inline const QString kFollowUp = QStringLiteral("followup");

    struct Refused
    {
        qint64 caseId = 0;
        QString customer;
        QStringList reasons;
    };
    struct Plan
    {
        QList<OutboxEntry> ready;
        QList<Refused> refused;
        // Cases whose outbox already holds this reply (same incident and kind): left out, so
        // the supervisor is told what answering again would really do.
        QList<qint64> alreadyAnswered;
    };

    static QString idempotencyKey(qint64 incidentId, const QString &kind, qint64 caseId);

    // Builds the reply of each case in its own language (Italian when the template has none)
    // and its own visibility. Pure: reads nothing, sends nothing.
    static Plan build(qint64 incidentId, const QString &kind, const QString &templateKey,
                      const QList<CaseSnapshot> &cases, const TemplateLibrary &library,
                      const AgentProfile &agent, const QHash<QString, QString> &bankSettings,
                      const ReplyChecker &checker);

    // Loads the incident's linked cases from the store and builds their plan.
    static Result<Plan> plan(CaseStore &store, qint64 incidentId, const QString &kind,
                             const QString &templateKey, const TemplateLibrary &library,
                             const AgentProfile &agent, const QHash<QString, QString> &bankSettings,
                             const ReplyChecker &checker);

    // Enqueues the plan's ready replies; the outbox ids, one per case. Stops at the first
    // failure: what was queued stays queued and a second run adds only the rest.
    static Result<QList<qint64>> enqueue(CaseStore &store, const Plan &plan);
};

} // namespace sportello
