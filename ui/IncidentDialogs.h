#pragma once

#include "Records.h"
#include "SpikeDetector.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sportello {

// Opens an incident: its title, and the cases to link (each checked until unchecked). It only
// collects the supervisor's choices; whoever opened it writes them.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    // `cases`: (case id, what to call it), e.g. those that wrote about the alert's topic.
    NewIncidentDialog(const QString &title, const QList<QPair<qint64, QString>> &cases,
                      QWidget *parent = nullptr);

    QString title() const;
    QList<qint64> checkedCases() const;

private:
    QLineEdit *m_title;
    QListWidget *m_cases;
    QDialogButtonBox *m_buttons;
};

// Every incident, open ones first, with how many cases each has; the supervisor picks one and
// asks to answer its cases or close it.
class IncidentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncidentsDialog(QWidget *parent = nullptr);

    void setIncidents(const QList<IncidentRecord> &incidents);
    std::optional<IncidentRecord> selected() const;

signals:
    void newRequested();
    void answerRequested(const sportello::IncidentRecord &incident);
    void closeRequested(const sportello::IncidentRecord &incident);

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_answer;
    QPushButton *m_close;
    QList<IncidentRecord> m_incidents;
};

// The supervisor's editor for when a topic counts as spiking (SpikeSettings).
class SpikeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SpikeSettingsDialog(const SpikeSettings &current, QWidget *parent = nullptr);
    SpikeSettings value() const;

private:
    QSpinBox *m_window;
    QSpinBox *m_minCustomers;
    QDoubleSpinBox *m_factor;
    QSpinBox *m_baseline;
};

} // namespace sportello
