#include "IncidentReplies.h"

#include "CaseStore.h"
#include "OutgoingReplyBuilder.h"

#include <algorithm>

namespace sportello {

QString IncidentReplies::idempotencyKey(qint64 incidentId, const QString &kind, qint64 caseId)
{
    return QStringLiteral("incident-%1-%2-case-%3").arg(incidentId).arg(kind).arg(caseId);
}

IncidentReplies::Plan
IncidentReplies::build(qint64 incidentId, const QString &kind, const QString &templateKey,
                       const QList<CaseSnapshot> &cases, const TemplateLibrary &library,
                       const AgentProfile &agent, const QHash<QString, QString> &bankSettings,
                       const ReplyChecker &checker)
{
    Plan plan;
    for (const CaseSnapshot &snapshot : cases) {
        const CaseRecord &kase = snapshot.kase;
        const QString customer = snapshot.customer.displayName;
        const QString key = idempotencyKey(incidentId, kind, kase.id);
        if (std::any_of(snapshot.outbox.cbegin(), snapshot.outbox.cend(),
                        [&](const OutboxEntry &e) { return e.idempotencyKey == key; })) {
            plan.alreadyAnswered.append(kase.id);
            continue;
        }
        const ReplyTemplate *t = library.find(templateKey, toKey(kase.language));
        if (!t)
            t = library.find(templateKey, QStringLiteral("it"));
        if (!t || t->retired) {
            plan.refused.append(
                {kase.id, customer, {tr("The template \"%1\" does not exist.").arg(templateKey)}});
            continue;
        }
        const QHash<QString, QString> values =
            ReplyVariables::forCase(snapshot, agent, library.customVariables(), bankSettings);
        const FilledText filled = TemplateFiller::fill(t->textFor(kase.network), values);
        ReplyContext context;
        context.network = kase.network;
        context.visibility = kase.visibility;
        context.customerName = ReplyVariables::firstName(customer);
        context.bankPhone = values.value(QStringLiteral("bank_phone"));
        const CheckResult check = checker.check(filled.text, context);
        QStringList reasons = check.blockReasons;
        if (!filled.missing.isEmpty() && reasons.isEmpty())
            reasons << tr("Variables without a value: %1")
                           .arg(filled.missing.join(QLatin1String(", ")));
        if (check.verdict == CheckResult::Verdict::Block || !filled.missing.isEmpty()) {
            plan.refused.append({kase.id, customer, reasons});
            continue;
        }
        OutboxEntry entry =
            outboxEntryForCase(snapshot, filled.text.trimmed(), kase.visibility, agent.name);
        entry.idempotencyKey = key;
        plan.ready.append(entry);
    }
    return plan;
}

Result<IncidentReplies::Plan> IncidentReplies::plan(CaseStore &store, qint64 incidentId,
                                                    const QString &kind, const QString &templateKey,
                                                    const TemplateLibrary &library,
                                                    const AgentProfile &agent,
                                                    const QHash<QString, QString> &bankSettings,
                                                    const ReplyChecker &checker)
{
    auto ids = store.incidentCases(incidentId);
    if (!ids)
        return Result<Plan>::failure(ids.error());
    QList<CaseSnapshot> cases;
    for (qint64 id : ids.value()) {
        auto snapshot = store.loadCase(id);
        if (!snapshot)
            return Result<Plan>::failure(snapshot.error());
        cases.append(snapshot.value());
    }
    return build(incidentId, kind, templateKey, cases, library, agent, bankSettings, checker);
}

Result<QList<qint64>> IncidentReplies::enqueue(CaseStore &store, const Plan &plan)
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : plan.ready) {
        auto id = store.enqueueReply(entry);
        if (!id)
            return Result<QList<qint64>>::failure(
                tr("Case %1: %2").arg(entry.caseId).arg(id.error()));
        ids.append(id.value());
    }
    return ids;
}

} // namespace sportello
