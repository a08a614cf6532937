#pragma once

#include "Records.h"
#include "ReplyChecker.h"
#include "ReplyTemplate.h"
#include "ReplyVariables.h"
#include "ServiceLevels.h"
#include "SpikeDetector.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSystemTrayIcon;
class QLineEdit;
class QTableView;
class QTimer;

namespace sportello {

class CaseView;
class DepartmentEditor;
class DueSoonWatch;
class SpikeAlertBar;
class SpikeMonitor;
class DraftAutosaver;
class FilterPanel;
class StoreWorker;
class TimelineModel;

// The agent's console: queues and filters, one timeline of every account, the selected case.
// It owns no data: it shows the timeline model and the store's answers, and forwards what
// the agent asks for to the store worker.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StoreWorker &store, TimelineModel &timeline, AgentProfile agent,
               std::shared_ptr<const ReplyChecker> checker, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDatabaseDescription(const QString &description);
    void setDemo(bool demo);
    void setAccounts(const QList<AccountRecord> &accounts);
    void showStatus(const QString &text);

    QTableView *timelineView() const { return m_timeline; }
    CaseView *caseView() const { return m_caseView; }
    QLineEdit *searchField() const { return m_search; }
    FilterPanel *filterPanel() const { return m_filters; }
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }

public slots:
    void selectRow(int row);
    void showShortcuts();
    void showTemplateEditor();
    // The outbox moved one of this case's replies (sent, failed, retrying).
    void onReplyChanged(qint64 caseId);
    void showDepartmentEditor();

public:
    // Supervision: service-level warnings, spike alerts, incidents and the supervisor's
    // tools (MainWindowSupervision.cpp). Called once by the program after construction.
    struct Supervision
    {
        QString databasePath; // what the dashboard opens read-only
        DueSoonWatch *dueSoon = nullptr;
        SpikeMonitor *spikes = nullptr;
    };
    void attachSupervision(const Supervision &supervision);
    SpikeAlertBar *spikeAlertBar() const { return m_spikeBar; }
    int dueSoonCount() const { return int(m_dueSoon.size()); }
    void applyServiceLevels(const ServiceLevels &levels);
    void showDashboard();
    void showServiceLevels();
    void showSpikeThresholds();
    void showIncidents();
    void newIncident(const std::optional<SpikeAlert> &alert = std::nullopt);
    void linkCurrentCaseToIncident();
    void answerIncident(const IncidentRecord &incident, const QString &kind);
    void closeIncident(const IncidentRecord &incident);

signals:
    void replyQueued(); // the outbox has something new to send

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex &current);
    void loadCurrentCase();
    void onIngested(const IngestReport &report);
    void restoreLayout();
    void saveLayout() const;
    QAction *addShortcut(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                         std::function<void()> slot);

    StoreWorker &m_store;
    TimelineModel &m_model;
    AgentProfile m_agent;
    std::shared_ptr<const ReplyChecker> m_checker;
    TemplateLibrary m_templates;
    QList<TemplateVariable> m_customVariables;
    QHash<QString, QString> m_bankSettings;
    DraftAutosaver *m_autosaver;
    bool m_demo = false;
    FilterPanel *m_filters;
    QLineEdit *m_search;
    QTableView *m_timeline;
    CaseView *m_caseView;
    QLabel *m_dbLabel;
    QLabel *m_demoLabel;
    QLabel *m_countLabel;
    QTimer *m_searchDebounce;
    QTimer *m_ageTicker;
    qint64 m_wantedCase = 0; // the case the agent selected, loaded or loading
    int m_pendingRow = -1;   // selected before its row was read
    QList<QAction *> m_shortcutActions;

    // Escalation to the task force, the dossier, customer erasure (MainWindowEscalation.cpp).
    void buildEscalationUi();
    QMenu *menuTitled(const QString &title) const;
    QPointer<DepartmentEditor> m_departmentEditor;
    // Supervision (MainWindowSupervision.cpp).
    void buildSupervisionMenus();
    void updateTitle();
    void onDueSoon(const QList<DueCase> &cases);
    void announceDueSoon(const QList<DueCase> &cases);
    Supervision m_supervision;
    SpikeAlertBar *m_spikeBar = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<DueCase> m_dueSoon;
    ServiceLevels m_serviceLevels;
};

} // namespace sportello
