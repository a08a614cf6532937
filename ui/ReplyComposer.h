#pragma once

#include "ReplyChecker.h"
#include "ReplyTemplate.h"
#include "ReplyVariables.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace sportello {

// Where the agent writes the answer. Every keystroke runs the shared ReplyChecker and shows
// its findings in place; the verdict sits beside Send, which refuses what the checker blocks.
// It forwards intent (draft text, send, retry, discard, move to private) and stores nothing.
class ReplyComposer : public QWidget
{
    Q_OBJECT
public:
    ReplyComposer(std::shared_ptr<const ReplyChecker> checker, QWidget *parent = nullptr);

    void setCase(const CaseSnapshot &snapshot, const AgentProfile &agent,
                 const QHash<QString, QString> &variables);
    void setTemplates(const TemplateLibrary &library);
    void clearCase();

    QPlainTextEdit *editor() const { return m_editor; }
    Visibility visibility() const;
    const CheckResult &lastCheck() const { return m_result; }
    QString verdictText() const;

public slots:
    void openTemplatePicker();
    void insertTemplate(const ReplyTemplate &t);
    void send();
    void moveToPrivate();
    void applyFirstSuggestion(int findingRow);

signals:
    void draftEdited(qint64 caseId, const QString &text, sportello::Visibility visibility);
    void sendRequested(const sportello::OutboxEntry &entry);
    void retryRequested(qint64 outboxId);
    void discardRequested(qint64 outboxId);

private:
    void recheck();
    void showOutbox(const QList<OutboxEntry> &outbox);

    std::shared_ptr<const ReplyChecker> m_checker;
    TemplateLibrary m_templates;
    CaseSnapshot m_snapshot;
    AgentProfile m_agent;
    QHash<QString, QString> m_variables;
    CheckResult m_result;
    bool m_loading = false;

    QComboBox *m_visibility;
    QPlainTextEdit *m_editor;
    QListView *m_findings;
    QStandardItemModel *m_findingsModel;
    QLabel *m_counter;
    QLabel *m_readability;
    QLabel *m_verdict;
    QPushButton *m_templatesButton;
    QPushButton *m_privateButton;
    QPushButton *m_sendButton;
    QListView *m_outbox;
    QStandardItemModel *m_outboxModel;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
};

} // namespace sportello
