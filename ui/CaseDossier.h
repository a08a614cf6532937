#pragma once

#include "Records.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace sportello {

// The case as a department receives it: a printable dossier and the e-mail that goes with
// it. Pure functions of the snapshot, so what is sent can be tested without a window.
// Customer text is hostile: every piece of it is escaped before it becomes HTML.
class CaseDossier
{
    Q_DECLARE_TR_FUNCTIONS(CaseDossier)
public:
    // The dossier as HTML for a QTextDocument: case figures, the whole conversation, the
    // customer's identities, internal notes, every escalation. `now` stamps it.
    static QString html(const CaseSnapshot &snapshot, const QDateTime &now);

    // Writes the dossier as an A4 PDF. The file appears complete or not at all: it is written
    // beside the target and renamed into place only when it is finished.
    static Status writePdf(const CaseSnapshot &snapshot, const QString &path, const QDateTime &now);
    static QString suggestedFileName(const CaseSnapshot &snapshot);

    // The escalation the dossier is about: the open one, else the latest; none if never
    // escalated.
    static std::optional<EscalationRecord> currentEscalation(const CaseSnapshot &snapshot);

    // The e-mail to the department: mailto URLs travel through the desktop and mail clients
    // truncate long ones, so the body is a short summary (at most `maxBody` characters) and
    // the PDF goes as an attachment. Empty URL when there is no department or no address.
    static QString mailSubject(const CaseSnapshot &snapshot);
    static QString mailBody(const CaseSnapshot &snapshot, int maxBody = 1800);
    static QUrl mailUrl(const CaseSnapshot &snapshot);

    static QString urgencyLabel(const QString &urgency);
    static QString stateLabel(EscalationState state);
};

} // namespace sportello
