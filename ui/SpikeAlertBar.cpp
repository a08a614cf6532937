#include "SpikeAlertBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace sportello {
namespace {

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

SpikeAlertBar::SpikeAlertBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("spikeAlertBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Spike alert"));

    m_text = new QLabel(this);
    // Topic labels come from an editable rules file: never let them render as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_open = new QPushButton(tr("Open incident…"), this);
    m_dismiss = new QPushButton(tr("Dismiss"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit openIncidentRequested(*m_shown);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &SpikeAlertBar::dismiss);
    setVisible(false);
}

void SpikeAlertBar::setAlerts(const QList<SpikeAlert> &alerts, const TopicRules &rules)
{
    const Language language =
        QLocale().language() == QLocale::Italian ? Language::Italian : Language::English;
    m_alerts = alerts;
    m_labels.clear();
    for (const SpikeAlert &alert : alerts)
        m_labels.append(rules.label(alert.topic, language));
    showFirstUndismissed();
}

QString SpikeAlertBar::text() const
{
    return m_text->text();
}

void SpikeAlertBar::dismiss()
{
    if (m_shown)
        m_dismissedUntil.insert(m_shown->topic, m_shown->windowEnd);
    showFirstUndismissed();
}

void SpikeAlertBar::showFirstUndismissed()
{
    m_shown.reset();
    for (qsizetype i = 0; i < m_alerts.size(); ++i) {
        const SpikeAlert &alert = m_alerts[i];
        const auto dismissed = m_dismissedUntil.constFind(alert.topic);
        if (dismissed != m_dismissedUntil.cend() && alert.windowStart <= *dismissed)
            continue;
        m_shown = alert;
        m_text->setText(
            tr("Spike: %n customers report %1 between %2 and %3", nullptr, alert.customers)
                .arg(m_labels[i], shortTime(alert.windowStart), shortTime(alert.windowEnd)));
        break;
    }
    if (!m_shown)
        m_text->clear();
    setVisible(m_shown.has_value());
}

} // namespace sportello
