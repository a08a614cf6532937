#pragma once

#include "Records.h"
#include "ServiceReport.h"

#include <QDate>
#include <QMainWindow>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sportello {

class ReportChartPanel;

// The supervisor's dashboard: a period, the same filters as the report, and the figures of
// ServiceReport as charts, big numbers and tables. The figures are computed on a pool thread
// with its own read-only connection to `databasePath`, so a slow month never freezes the
// window; a newer request makes the answer of an older one irrelevant.
class DashboardWindow : public QMainWindow
{
    Q_OBJECT
public:
    DashboardWindow(QString databasePath, QList<AccountRecord> accounts, QStringList agents,
                    QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Whole days in the bank's zone, both included.
    void setPeriod(const QDate &from, const QDate &to);
    ReportQuery currentQuery() const;
    const std::optional<ReportFigures> &figures() const { return m_figures; }

    // Writes the figures shown as CSV, all or nothing, on a pool thread; csvExported() tells
    // how it went, and a failure also shows a message box.
    void exportCsv(const QString &path);

public slots:
    void refresh();
    void exportCsvInteractively();

signals:
    void figuresShown();
    void computeFailed(const QString &message);
    void csvExported(const QString &path, bool saved);

private:
    struct Outcome
    {
        int generation = 0;
        std::optional<ReportFigures> figures;
        QString error;
    };

    QWidget *buildToolbar();
    QWidget *buildNumbers();
    QWidget *buildTablesTab();
    void applyPreset(int preset);
    void scheduleRefresh();
    void present(const Outcome &outcome);
    void showFigures(const ReportFigures &f);
    void showError(const QString &message);

    QString m_databasePath;
    QList<AccountRecord> m_accounts;
    QStringList m_agents;
    QTimeZone m_zone;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_category = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_state = nullptr;

    QLabel *m_responseMean = nullptr;
    QLabel *m_responseMedian = nullptr;
    QLabel *m_responseP90 = nullptr;
    QLabel *m_responseRate = nullptr;
    QLabel *m_responseRateDetail = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_slaDetail = nullptr;
    QLabel *m_backlog = nullptr;
    QLabel *m_satisfaction = nullptr;
    QLabel *m_satisfactionDetail = nullptr;
    QLabel *m_reopened = nullptr;
    QLabel *m_volume = nullptr;
    QLabel *m_volumeDetail = nullptr;

    ReportChartPanel *m_byNetwork = nullptr;
    ReportChartPanel *m_byHour = nullptr;
    ReportChartPanel *m_byWeekday = nullptr;
    ReportChartPanel *m_backlogChart = nullptr;
    ReportChartPanel *m_satisfactionChart = nullptr;
    QTableWidget *m_escalations = nullptr;
    QTableWidget *m_incidents = nullptr;

    std::optional<ReportFigures> m_figures;
    bool m_refreshQueued = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest;
    QThreadPool m_pool; // last member: destroyed (and waited for) first
};

} // namespace sportello
