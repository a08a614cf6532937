#pragma once

#include "ConversationModel.h"
#include "Records.h"
#include "ReplyChecker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QFrame;
class QStandardItemModel;
class QTabWidget;
class QToolButton;

namespace sportello {

class ReplyComposer;

// The selected case: its conversation across channels, the customer card, notes, history
// and the actions that work on it. It shows a CaseSnapshot and forwards what the agent asks
// for as CaseActions; it changes nothing itself.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(std::shared_ptr<const ReplyChecker> checker, QWidget *parent = nullptr);

    void showSnapshot(const CaseSnapshot &snapshot);
    void showMessage(const QString &text); // nothing selected, or the case could not be read
    qint64 caseId() const { return m_snapshot.kase.id; }
    ConversationModel *conversationModel() const { return m_conversationModel; }
    QListView *conversationView() const { return m_conversation; }
    ReplyComposer *composer() const { return m_composer; }
    const CaseSnapshot &snapshot() const { return m_snapshot; }

    // The task force the agent can escalate to (retired departments are left out of choices).
    void setDepartments(const QList<DepartmentRecord> &departments);

    // What the escalation workflow shows, for the tests and the main window.
    QFrame *escalationPanel() const { return m_escalationPanel; }
    QLabel *escalationSummary() const { return m_escalationSummary; }
    QListView *escalationHistory() const { return m_escalations; }
    QLabel *customerNameLabel() const { return m_customerName; }

public slots:
    void takeCase();
    void releaseCase();
    void resolveCase();
    void reopenCase();
    void focusCategory();
    void focusPriority();
    void focusNote();

    // Escalation and follow-ups. Those that need words open a dialog (window-modal, not
    // blocking) and request the action when it is accepted; each does nothing when it does not
    // apply to the case shown.
    void escalateCase();
    void answerEscalation();
    void withdrawEscalation();
    void moveEscalation();
    void raiseEscalation();
    void waitForCustomer();
    void askSatisfaction();
    void exportDossier();
    void emailDossier();
    void eraseCustomer(); // asks for confirmation first

signals:
    void actionRequested(const sportello::CaseAction &action); // actor filled in by the receiver
    void openCaseRequested(qint64 caseId);
    void eraseCustomerRequested(qint64 customerId); // confirmed by the agent
    void statusMessage(const QString &text);

private:
    void request(CaseActionKind kind, const QVariant &value = {});
    void requestFor(qint64 caseId, CaseActionKind kind, const QVariant &value);
    void updateActions();
    void showEscalations();
    void askText(const QString &title, const QString &prompt, CaseActionKind kind);
    std::optional<EscalationRecord> openEscalation() const;
    bool canEscalate() const;
    QString describeEvent(const CaseEventRecord &event) const;

    // Incidents: the label that says the case belongs to one (CaseViewIncident.cpp).
    void showIncident(const std::optional<IncidentRecord> &incident);
    QLabel *m_incidentLabel = nullptr;

    CaseSnapshot m_snapshot;
    bool m_hasCase = false;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_placeholder;
    QWidget *m_body;
    QComboBox *m_category;
    QComboBox *m_priority;
    QPushButton *m_take;
    QPushButton *m_release;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QListView *m_conversation;
    ConversationModel *m_conversationModel;
    ReplyComposer *m_composer;
    QTabWidget *m_tabs;
    QLabel *m_customerName;
    QListView *m_identities;
    QStandardItemModel *m_identitiesModel;
    QListView *m_cases;
    QStandardItemModel *m_casesModel;
    QListView *m_notes;
    QStandardItemModel *m_notesModel;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    QListView *m_history;
    QStandardItemModel *m_historyModel;

    QList<DepartmentRecord> m_departments;
    QPushButton *m_escalate;
    QPushButton *m_wait;
    QPushButton *m_askSatisfaction;
    QToolButton *m_dossier;
    QAction *m_exportDossier;
    QAction *m_emailDossier;
    QFrame *m_escalationPanel;
    QLabel *m_escalationSummary;
    QLabel *m_overdue;
    QPushButton *m_answer;
    QPushButton *m_withdraw;
    QPushButton *m_move;
    QPushButton *m_raise;
    QListView *m_escalations;
    QStandardItemModel *m_escalationsModel;
    QPushButton *m_erase;
};

} // namespace sportello
