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
class QStandardItemModel;
class QTabWidget;

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

public slots:
    void takeCase();
    void releaseCase();
    void resolveCase();
    void reopenCase();
    void focusCategory();
    void focusPriority();
    void focusNote();

signals:
    void actionRequested(const sportello::CaseAction &action); // actor filled in by the receiver
    void openCaseRequested(qint64 caseId);

private:
    void request(CaseActionKind kind, const QVariant &value = {});
    void updateActions();
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
};

} // namespace sportello
