// The case view's incident label, kept apart from CaseView.cpp: it only says which incident
// a linked case belongs to, so the agent answers it as part of the whole.
#include "CaseView.h"

#include <QBoxLayout>
#include <QLabel>

namespace sportello {

void CaseView::showIncident(const std::optional<IncidentRecord> &incident)
{
    if (!m_incidentLabel) {
        m_incidentLabel = new QLabel(m_meta->parentWidget());
        m_incidentLabel->setObjectName(QStringLiteral("incidentLabel"));
        m_incidentLabel->setTextFormat(Qt::PlainText); // the title is typed by a person
        m_incidentLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #fdebd0; color: #6e2c00; padding: 2px 6px; "
                           "border-radius: 3px; }"));
        if (auto *box = qobject_cast<QBoxLayout *>(m_meta->parentWidget()->layout()))
            box->insertWidget(box->indexOf(m_meta) + 1, m_incidentLabel);
    }
    if (!incident) {
        m_incidentLabel->hide();
        return;
    }
    m_incidentLabel->setText(
        incident->open ? tr("\u26A0 Incident #%1: %2").arg(incident->id).arg(incident->title)
                       : tr("Incident #%1 (closed): %2").arg(incident->id).arg(incident->title));
    m_incidentLabel->show();
}

} // namespace sportello
