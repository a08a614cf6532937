#include "CaseDossier.h"

#include "Labels.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sportello {
namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Escaped, with the writer's line breaks kept.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &escapedValue)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), escapedValue);
}

QString shortened(const QString &text, int max)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : simple.left(std::max(0, max - 1)) + QChar(0x2026);
}

} // namespace

QString CaseDossier::urgencyLabel(const QString &urgency)
{
    if (urgency == QLatin1String("high"))
        return tr("high");
    if (urgency == QLatin1String("critical"))
        return tr("critical");
    return tr("normal");
}

QString CaseDossier::stateLabel(EscalationState state)
{
    switch (state) {
    case EscalationState::Open:
        return tr("waiting for the department");
    case EscalationState::Answered:
        return tr("answered");
    case EscalationState::Withdrawn:
        return tr("withdrawn");
    case EscalationState::Moved:
        return tr("moved");
    case EscalationState::Raised:
        return tr("raised to level 2");
    }
    return {};
}

std::optional<EscalationRecord> CaseDossier::currentEscalation(const CaseSnapshot &snapshot)
{
    for (auto it = snapshot.escalations.crbegin(); it != snapshot.escalations.crend(); ++it)
        if (it->state == EscalationState::Open)
            return *it;
    if (snapshot.escalations.isEmpty())
        return std::nullopt;
    return snapshot.escalations.last();
}

QString CaseDossier::html(const CaseSnapshot &s, const QDateTime &now)
{
    const CaseRecord &k = s.kase;
    QString h;
    h += QStringLiteral("<html><body style='font-family:sans-serif; font-size:10pt'>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Case %1 – dossier").arg(k.id)));
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(esc(tr("Prepared %1. Internal: do not forward to the customer.").arg(when(now))));

    h += QStringLiteral("<table>");
    h += row(tr("Case"), QString::number(k.id));
    h += row(tr("Network"), esc(Labels::network(k.network)));
    h += row(tr("Account"), esc(k.account));
    h += row(tr("Visibility"), esc(Labels::visibility(k.visibility)));
    h += row(tr("Status"), esc(Labels::status(k.status)));
    h += row(tr("Category"), esc(Labels::category(k.category)));
    h += row(tr("Priority"), esc(Labels::priority(k.priority)));
    h += row(tr("Opened"), esc(when(k.openedAt)));
    if (!k.assignee.isEmpty())
        h += row(tr("Assigned to"), esc(k.assignee));
    if (k.satisfaction > 0)
        h += row(tr("Satisfaction"), esc(tr("%1 of 5").arg(k.satisfaction)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Customer")));
    h += QStringLiteral("<p>%1</p>").arg(esc(s.customer.displayName));
    if (!s.customer.identities.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const IdentityRecord &i : s.customer.identities)
            h += QStringLiteral("<li>%1: %2 (%3)</li>")
                     .arg(esc(Labels::network(i.network)), esc(i.handle), esc(i.displayName));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Escalations")));
    if (s.escalations.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Never escalated.")));
    for (const EscalationRecord &e : s.escalations) {
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(esc(tr("%1 – level %2, urgency %3 – %4")
                              .arg(e.department.name)
                              .arg(e.level)
                              .arg(urgencyLabel(e.urgency), stateLabel(e.state))));
        h += QStringLiteral("<table>");
        h += row(tr("Escalated"), esc(tr("%1 by %2").arg(when(e.escalatedAt), e.escalatedBy)));
        h += row(tr("Answer due"), esc(when(e.dueAt)));
        h += row(tr("Reason"), esc(e.reason));
        if (!e.note.isEmpty())
            h += row(tr("Note"), esc(e.note));
        if (!e.answer.isEmpty())
            h += row(
                tr("Answer"),
                esc(tr("%1 (recorded by %2, %3)").arg(e.answer, e.answeredBy, when(e.closedAt))));
        else if (e.closedAt.isValid())
            h += row(tr("Closed"), esc(when(e.closedAt)));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Conversation")));
    for (const MessageRecord &m : s.conversation) {
        const QString who =
            m.direction == Direction::Outbound
                ? tr("%1 (the bank)").arg(m.account)
                : (m.authorHandle.isEmpty() ? m.authorName
                                            : tr("%1 (%2)").arg(m.authorName, m.authorHandle));
        QString head = tr("%1 · %2 · %3 · %4")
                           .arg(when(m.sentAt), who, Labels::network(m.network),
                                Labels::visibility(m.visibility));
        if (m.caseId != k.id)
            head += tr(" · case %1").arg(m.caseId);
        h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(head), esc(m.text));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Internal notes")));
    if (s.notes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    for (const NoteRecord &n : s.notes)
        h += QStringLiteral("<p><b>%1</b><br>%2</p>")
                 .arg(esc(tr("%1 · %2").arg(when(n.createdAt), n.author)), esc(n.text));
    h += QStringLiteral("</body></html>");
    return h;
}

QString CaseDossier::suggestedFileName(const CaseSnapshot &snapshot)
{
    return tr("case-%1-dossier.pdf").arg(snapshot.kase.id);
}

Status CaseDossier::writePdf(const CaseSnapshot &snapshot, const QString &path,
                             const QDateTime &now)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("The dossier could not be written to %1: %2").arg(path, file.errorString()));
    {
        QTextDocument document;
        document.setHtml(html(snapshot, now));
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Case %1 – dossier").arg(snapshot.kase.id));
        writer.setCreator(QStringLiteral("Sportello"));
        document.print(&writer);
    } // the writer finishes the PDF here, before the file is committed
    if (!file.commit())
        return Status::failure(
            tr("The dossier could not be written to %1: %2").arg(path, file.errorString()));
    return {};
}

QString CaseDossier::mailSubject(const CaseSnapshot &snapshot)
{
    const auto e = currentEscalation(snapshot);
    return tr("Case %1 – escalation %2")
        .arg(snapshot.kase.id)
        .arg(e ? e->department.name : QString());
}

QString CaseDossier::mailBody(const CaseSnapshot &s, int maxBody)
{
    const CaseRecord &k = s.kase;
    const auto e = currentEscalation(s);
    QStringList lines;
    lines << tr("Case %1 on %2 (%3)").arg(k.id).arg(Labels::network(k.network), k.account);
    lines << tr("Status: %1 · Category: %2 · Priority: %3")
                 .arg(Labels::status(k.status), Labels::category(k.category),
                      Labels::priority(k.priority));
    lines << tr("Customer: %1").arg(shortened(s.customer.displayName, 80));
    if (e) {
        lines << tr("Escalated to %1 by %2 on %3, level %4, urgency %5.")
                     .arg(e->department.name, e->escalatedBy, when(e->escalatedAt))
                     .arg(e->level)
                     .arg(urgencyLabel(e->urgency));
        lines << tr("Answer due: %1").arg(when(e->dueAt));
        lines << tr("Reason: %1").arg(shortened(e->reason, 400));
        if (!e->note.isEmpty())
            lines << tr("Note: %1").arg(shortened(e->note, 300));
    }
    const QString closing =
        tr("The full dossier (conversation, notes, escalation history) is in the attached PDF, "
           "%1.")
            .arg(suggestedFileName(s));

    // The customer's latest words, cut to what is left of the budget.
    const MessageRecord *last = nullptr;
    for (const MessageRecord &m : s.conversation)
        if (m.direction == Direction::Inbound && m.caseId == k.id)
            last = &m;
    QString body = lines.join(QLatin1Char('\n'));
    if (last) {
        const QString head = QStringLiteral("\n\n") +
                             tr("The customer's latest message (%1):").arg(when(last->sentAt)) +
                             QLatin1Char('\n');
        const int room = maxBody - int(body.size() + head.size() + closing.size() + 2);
        if (room > 40)
            body += head + shortened(last->text, room);
    }
    body += QStringLiteral("\n\n") + closing;
    return body.left(maxBody);
}

QUrl CaseDossier::mailUrl(const CaseSnapshot &snapshot)
{
    const auto e = currentEscalation(snapshot);
    if (!e || e->department.contact.trimmed().isEmpty())
        return {};
    // RFC 6068: everything but unreserved characters percent-encoded, line breaks as CRLF.
    QString body = mailBody(snapshot);
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray query = "subject=" + QUrl::toPercentEncoding(mailSubject(snapshot)) +
                             "&body=" + QUrl::toPercentEncoding(body);
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(e->department.contact.trimmed());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace sportello
