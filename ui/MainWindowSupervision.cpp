// MainWindow's supervision: service-level warnings, spike alerts, incidents and the
// supervisor's tools. Kept apart from MainWindow.cpp; everything here reaches the store
// through the store worker, never on the UI thread.
#include "MainWindow.h"

#include "CaseView.h"
#include "DashboardWindow.h"
#include "DueSoonWatch.h"
#include "IncidentDialogs.h"
#include "IncidentReplies.h"
#include "ServiceLevelsDialog.h"
#include "SpikeAlertBar.h"
#include "SpikeMonitor.h"
#include "StoreWorker.h"
#include "TimelineModel.h"

#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello {

namespace {
const QString kServiceLevelsKey = QStringLiteral("service_levels");
const QString kSpikeSettingsKey = QStringLiteral("spike_settings");
} // namespace

void MainWindow::attachSupervision(const Supervision &supervision)
{
    m_supervision = supervision;

    m_spikeBar = new SpikeAlertBar(m_timeline->parentWidget());
    m_spikeBar->setObjectName(QStringLiteral("spikeAlertBar"));
    if (auto *box = qobject_cast<QBoxLayout *>(m_timeline->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_timeline), m_spikeBar);
    connect(m_spikeBar, &SpikeAlertBar::openIncidentRequested, this,
            [this](const SpikeAlert &alert) { newIncident(alert); });
    if (SpikeMonitor *spikes = m_supervision.spikes) {
        connect(spikes, &SpikeMonitor::alertsChanged, this,
                [this, spikes](const QList<SpikeAlert> &alerts) {
                    m_spikeBar->setAlerts(alerts, spikes->rules());
                });
        connect(&m_store, &StoreWorker::ingested, spikes, &SpikeMonitor::catchUp);
        connect(spikes, &SpikeMonitor::failed, this, &MainWindow::showStatus);
        m_spikeBar->setAlerts(spikes->alerts(), spikes->rules());
    }
    if (DueSoonWatch *watch = m_supervision.dueSoon) {
        connect(watch, &DueSoonWatch::dueSoonChanged, this, &MainWindow::onDueSoon);
        connect(watch, &DueSoonWatch::newlyDueSoon, this, &MainWindow::announceDueSoon);
        connect(watch, &DueSoonWatch::failed, this, &MainWindow::showStatus);
    }

    // The bank's service levels decide when a clock turns "due soon".
    m_store.runOnStore(this, [this](CaseStore &store) {
        auto text = store.setting(kServiceLevelsKey);
        std::optional<ServiceLevels> levels;
        if (text && !text.value().isEmpty()) {
            if (auto parsed = ServiceLevels::fromJsonText(text.value().toUtf8()))
                levels = parsed.value();
        }
        return std::function<void()>(
            [this, levels] { applyServiceLevels(levels.value_or(ServiceLevels::defaults())); });
    });
    buildSupervisionMenus();
}

void MainWindow::applyServiceLevels(const ServiceLevels &levels)
{
    m_serviceLevels = levels;
    m_model.setDueSoonMs(levels.dueSoonMs());
    if (m_supervision.dueSoon) {
        m_supervision.dueSoon->setDueSoonMs(levels.dueSoonMs());
        m_supervision.dueSoon->checkNow();
    }
    m_timeline->viewport()->update();
}

void MainWindow::buildSupervisionMenus()
{
    QAction *before = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().last();
    auto *incidents = new QMenu(tr("&Incidents"), this);
    menuBar()->insertMenu(before, incidents);
    addShortcut(incidents, tr("&New incident…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                [this] { newIncident(); });
    addShortcut(incidents, tr("&Link current case to incident…"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                [this] { linkCurrentCaseToIncident(); });
    addShortcut(incidents, tr("&Incidents…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                [this] { showIncidents(); });

    auto *supervisor = new QMenu(tr("&Supervisor"), this);
    menuBar()->insertMenu(before, supervisor);
    addShortcut(supervisor, tr("&Dashboard…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                [this] { showDashboard(); });
    addShortcut(supervisor, tr("&Service levels…"), {}, [this] { showServiceLevels(); });
    addShortcut(supervisor, tr("Spike &thresholds…"), {}, [this] { showSpikeThresholds(); });
}

void MainWindow::updateTitle()
{
    const QString base = m_demo ? tr("Sportello — DEMO") : tr("Sportello");
    const int due = int(m_dueSoon.size());
    setWindowTitle(due > 0 ? tr("%1 – %n due soon", nullptr, due).arg(base) : base);
}

void MainWindow::onDueSoon(const QList<DueCase> &cases)
{
    m_dueSoon = cases;
    updateTitle();
}

void MainWindow::announceDueSoon(const QList<DueCase> &cases)
{
    QStringList lines;
    for (const DueCase &c : cases)
        lines << tr("Case %1 (%2): answer due at %3")
                     .arg(c.caseId)
                     .arg(c.customer,
                          QLocale().toString(c.dueAt.toLocalTime().time(), QLocale::ShortFormat));
    const QString title = tr("%n case(s) due soon", nullptr, int(cases.size()));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Sportello"));
            m_tray->show();
        }
        m_tray->showMessage(title, lines.join(QLatin1Char('\n')), QSystemTrayIcon::Warning);
    } else {
        showStatus(title + QStringLiteral(": ") + lines.join(QStringLiteral("; ")));
    }
}

void MainWindow::showDashboard()
{
    m_store.runOnStore(this, [this](CaseStore &store) {
        auto accounts = store.accounts();
        auto agents = store.assignees();
        return std::function<void()>([this, accounts, agents] {
            QStringList names = agents ? agents.value() : QStringList();
            if (!names.contains(m_agent.name))
                names << m_agent.name;
            auto *dashboard =
                new DashboardWindow(m_supervision.databasePath,
                                    accounts ? accounts.value() : QList<AccountRecord>(), names);
            dashboard->setAttribute(Qt::WA_DeleteOnClose);
            dashboard->show();
        });
    });
}

void MainWindow::showServiceLevels()
{
    ServiceLevelsDialog dialog(m_serviceLevels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_store.changeSetting(kServiceLevelsKey, QString::fromUtf8(dialog.value().toJsonText()),
                          m_agent.name);
    applyServiceLevels(dialog.value());
}

void MainWindow::showSpikeThresholds()
{
    SpikeMonitor *spikes = m_supervision.spikes;
    SpikeSettingsDialog dialog(spikes ? spikes->settings() : SpikeSettings::defaults(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_store.changeSetting(kSpikeSettingsKey, QString::fromUtf8(dialog.value().toJson()),
                          m_agent.name);
    if (spikes)
        spikes->restart(dialog.value());
}

void MainWindow::newIncident(const std::optional<SpikeAlert> &alert)
{
    if (!alert || !m_supervision.spikes) {
        NewIncidentDialog dialog({}, {}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        IncidentRecord incident;
        incident.title = dialog.title();
        incident.openedBy = m_agent.name;
        m_store.runOnStore(this, [this, incident](CaseStore &store) {
            auto id = store.openIncident(incident);
            return std::function<void()>([this, id] {
                showStatus(id ? tr("Incident #%1 opened.").arg(id.value()) : id.error());
            });
        });
        return;
    }
    // From an alert: offer the cases that wrote about the topic while it spiked.
    const auto rules = m_supervision.spikes->rules();
    const QString label = rules.label(alert->topic, Language::Italian);
    m_store.runOnStore(this, [this, alert = *alert, rules, label](CaseStore &store) {
        auto matching = SpikeMonitor::casesMatching(store, rules, alert);
        QList<QPair<qint64, QString>> cases;
        if (matching) {
            for (qint64 id : matching.value()) {
                auto snapshot = store.loadCase(id);
                const QString customer =
                    snapshot ? snapshot.value().customer.displayName : QString();
                cases.append({id, tr("Case %1 · %2").arg(id).arg(customer)});
            }
        }
        return std::function<void()>([this, alert, label, cases] {
            NewIncidentDialog dialog(label, cases, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            IncidentRecord incident;
            incident.title = dialog.title();
            incident.topic = alert.topic;
            incident.openedBy = m_agent.name;
            incident.alertCount = alert.customers;
            incident.alertFrom = alert.windowStart;
            incident.alertTo = alert.windowEnd;
            const QList<qint64> link = dialog.checkedCases();
            m_store.runOnStore(this, [this, incident, link](CaseStore &store) {
                auto id = store.openIncident(incident);
                QStringList errors;
                int linked = 0;
                if (id) {
                    for (qint64 caseId : link) {
                        const Status s = store.perform({caseId, CaseActionKind::LinkIncident,
                                                        incident.openedBy, QVariant(id.value())});
                        if (s)
                            ++linked;
                        else
                            errors << s.error();
                    }
                }
                return std::function<void()>([this, id, linked, errors] {
                    if (!id) {
                        QMessageBox::warning(this, tr("New incident"), id.error());
                        return;
                    }
                    showStatus(tr("Incident #%1 opened, %n case(s) linked.", nullptr, linked)
                                   .arg(id.value()));
                    if (!errors.isEmpty())
                        QMessageBox::warning(this, tr("New incident"),
                                             errors.join(QLatin1Char('\n')));
                    m_model.refresh();
                    if (m_wantedCase != 0)
                        m_store.loadCase(m_wantedCase);
                });
            });
        });
    });
}

void MainWindow::linkCurrentCaseToIncident()
{
    const qint64 caseId = m_caseView->caseId();
    if (caseId == 0) {
        showStatus(tr("Select a case first."));
        return;
    }
    m_store.runOnStore(this, [this, caseId](CaseStore &store) {
        auto open = store.incidents(true);
        return std::function<void()>([this, caseId, open] {
            if (!open || open.value().isEmpty()) {
                showStatus(open ? tr("There is no open incident.") : open.error());
                return;
            }
            QStringList names;
            for (const IncidentRecord &i : open.value())
                names << QStringLiteral("#%1 %2").arg(i.id).arg(i.title);
            bool ok = false;
            const QString chosen =
                QInputDialog::getItem(this, tr("Link case to incident"),
                                      tr("Link case %1 to:").arg(caseId), names, 0, false, &ok);
            if (!ok)
                return;
            const qint64 incidentId = open.value().at(names.indexOf(chosen)).id;
            m_store.perform(
                {caseId, CaseActionKind::LinkIncident, m_agent.name, QVariant(incidentId)});
        });
    });
}

void MainWindow::showIncidents()
{
    IncidentsDialog dialog(this);
    QPointer<IncidentsDialog> guard(&dialog);
    auto reload = [this, guard] {
        m_store.runOnStore(this, [guard](CaseStore &store) {
            auto all = store.incidents(false);
            return std::function<void()>([guard, all] {
                if (guard && all)
                    guard->setIncidents(all.value());
            });
        });
    };
    connect(&dialog, &IncidentsDialog::newRequested, this, [this, reload] {
        newIncident();
        reload();
    });
    connect(&dialog, &IncidentsDialog::answerRequested, this,
            [this](const IncidentRecord &i) { answerIncident(i, IncidentReplies::kUpdate); });
    connect(&dialog, &IncidentsDialog::closeRequested, this,
            [this, reload](const IncidentRecord &i) {
                closeIncident(i);
                reload();
            });
    reload();
    dialog.exec();
}

void MainWindow::answerIncident(const IncidentRecord &incident, const QString &kind)
{
    // One entry per template key, in the interface's order; the outage replies are the
    // natural first choice.
    const QString preferred = kind == IncidentReplies::kFollowUp ? QStringLiteral("outage_resolved")
                                                                 : QStringLiteral("outage_ack");
    QStringList keys;
    QStringList titles;
    for (const ReplyTemplate *t : m_templates.search({})) {
        if (keys.contains(t->key))
            continue;
        keys << t->key;
        titles << t->title;
    }
    if (keys.isEmpty()) {
        showStatus(tr("There are no templates to answer with."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Answer all linked cases"),
        tr("Template for the cases of incident #%1 \"%2\":").arg(incident.id).arg(incident.title),
        titles, std::max<int>(0, int(keys.indexOf(preferred))), false, &ok);
    if (!ok)
        return;
    const QString templateKey = keys.at(titles.indexOf(chosen));
    const auto checker = m_checker;
    m_store.runOnStore(this, [this, incident, kind, templateKey, library = m_templates,
                              agent = m_agent, settings = m_bankSettings,
                              checker](CaseStore &store) {
        auto plan = IncidentReplies::plan(store, incident.id, kind, templateKey, library, agent,
                                          settings, *checker);
        return std::function<void()>([this, plan] {
            if (!plan) {
                QMessageBox::warning(this, tr("Answer all linked cases"), plan.error());
                return;
            }
            const IncidentReplies::Plan p = plan.value();
            QMessageBox box(this);
            box.setWindowTitle(tr("Answer all linked cases"));
            box.setTextFormat(Qt::PlainText);
            box.setText(p.ready.isEmpty()
                            ? tr("There is nothing to send.")
                            : tr("%n reply(ies) ready to send.", nullptr, int(p.ready.size())));
            QStringList details;
            if (!p.alreadyAnswered.isEmpty())
                details << tr("%n case(s) already have this reply and are left out.", nullptr,
                              int(p.alreadyAnswered.size()));
            if (!p.refused.isEmpty()) {
                QStringList lines;
                for (const IncidentReplies::Refused &r : p.refused)
                    lines << tr("Case %1 (%2): %3")
                                 .arg(r.caseId)
                                 .arg(r.customer, r.reasons.join(QStringLiteral("; ")));
                details << tr("%n case(s) fail the checks and will not be answered:", nullptr,
                              int(p.refused.size())) +
                               QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
            }
            box.setInformativeText(details.join(QStringLiteral("\n\n")));
            if (p.ready.isEmpty()) {
                box.setIcon(p.refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
                box.exec();
                return;
            }
            box.setStandardButtons(QMessageBox::Cancel);
            QPushButton *send = box.addButton(tr("Send"), QMessageBox::AcceptRole);
            box.setDefaultButton(send);
            box.exec();
            if (box.clickedButton() != send)
                return;
            m_store.runOnStore(this, [this, p](CaseStore &store) {
                auto ids = IncidentReplies::enqueue(store, p);
                return std::function<void()>([this, ids] {
                    if (!ids) {
                        QMessageBox::warning(this, tr("Answer all linked cases"), ids.error());
                    } else {
                        showStatus(tr("%n reply(ies) queued: they go out in the background.",
                                      nullptr, int(ids.value().size())));
                    }
                    emit replyQueued();
                    if (m_wantedCase != 0)
                        m_store.loadCase(m_wantedCase);
                });
            });
        });
    });
}

void MainWindow::closeIncident(const IncidentRecord &incident)
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Close incident"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Close incident #%1 \"%2\"?").arg(incident.id).arg(incident.title));
    box.setInformativeText(tr("You can tell its %n linked case(s) that the problem is solved.",
                              nullptr, incident.linkedCases));
    QPushButton *withFollowUp = box.addButton(tr("Close and answer…"), QMessageBox::AcceptRole);
    QPushButton *closeOnly = box.addButton(tr("Close only"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(withFollowUp);
    box.exec();
    if (box.clickedButton() != withFollowUp && box.clickedButton() != closeOnly)
        return;
    const bool followUp = box.clickedButton() == withFollowUp && incident.linkedCases > 0;
    m_store.runOnStore(this, [this, incident, followUp, actor = m_agent.name](CaseStore &store) {
        const Status closed = store.closeIncident(incident.id, actor);
        return std::function<void()>([this, incident, followUp, closed] {
            if (!closed) {
                QMessageBox::warning(this, tr("Close incident"), closed.error());
                return;
            }
            showStatus(tr("Incident #%1 closed.").arg(incident.id));
            if (followUp)
                answerIncident(incident, IncidentReplies::kFollowUp);
        });
    });
}

} // namespace sportello
