#pragma once

#include "SpikeDetector.h"
#include "TopicRules.h"

#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;

namespace sportello {

// The banner above the timeline that tells the team many customers are reporting the same
// problem right now, so someone opens an incident instead of answering 32 cases one by one.
// Shows the largest alert the agent has not dismissed; a dismissed alert stays hidden until
// its topic starts a new episode. Hidden when there is nothing to show.
class SpikeAlertBar : public QFrame
{
    Q_OBJECT
public:
    explicit SpikeAlertBar(QWidget *parent = nullptr);

    // `alerts` as SpikeDetector::activeAlerts() gives them, largest first.
    void setAlerts(const QList<SpikeAlert> &alerts, const TopicRules &rules);
    std::optional<SpikeAlert> shownAlert() const { return m_shown; }
    QString text() const;

signals:
    void openIncidentRequested(const sportello::SpikeAlert &alert);

private:
    void dismiss();
    void showFirstUndismissed();

    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    QList<SpikeAlert> m_alerts;
    QList<QString> m_labels; // parallel to m_alerts, in the interface's language
    // Per topic, the end of the episode the agent dismissed: an alert that starts after it is
    // a new episode. An episode's start never moves later, its end only grows.
    QHash<QString, QDateTime> m_dismissedUntil;
    std::optional<SpikeAlert> m_shown;
};

} // namespace sportello
