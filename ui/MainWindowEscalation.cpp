// MainWindow's part in escalation to the task force, the case dossier and customer erasure:
// kept apart from MainWindow.cpp so the two grow without stepping on each other.
#include "MainWindow.h"

#include "CaseView.h"
#include "DepartmentEditor.h"
#include "StoreWorker.h"
#include "TimelineModel.h"

#include <QMenuBar>

namespace sportello {

QMenu *MainWindow::menuTitled(const QString &title) const
{
    for (QAction *action : menuBar()->actions())
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    return nullptr;
}

void MainWindow::buildEscalationUi()
{
    connect(&m_store, &StoreWorker::departmentsLoaded, this,
            [this](const QList<DepartmentRecord> &departments) {
                m_caseView->setDepartments(departments);
                if (m_departmentEditor)
                    m_departmentEditor->setDepartments(departments);
            });
    connect(&m_store, &StoreWorker::failed, this, [this](const QString &error) {
        if (m_departmentEditor)
            m_departmentEditor->showError(error);
    });
    connect(m_caseView, &CaseView::statusMessage, this, &MainWindow::showStatus);
    connect(m_caseView, &CaseView::eraseCustomerRequested, this,
            [this](qint64 customerId) { m_store.eraseCustomer(customerId, m_agent.name); });
    connect(&m_store, &StoreWorker::customerErased, this, [this] {
        showStatus(tr("The customer's data was erased."));
        if (m_wantedCase != 0)
            m_store.loadCase(m_wantedCase);
        m_model.refresh();
    });
    m_store.loadDepartments();

    QMenu *kase = menuTitled(tr("&Case"));
    QMenu *tools = menuTitled(tr("&Tools"));
    if (!kase || !tools)
        return;
    kase->addSeparator();
    addShortcut(kase, tr("&Escalate…"), {QKeySequence(Qt::Key_E)},
                [this] { m_caseView->escalateCase(); });
    addShortcut(kase, tr("Record escalation &answer…"), {QKeySequence(Qt::Key_A)},
                [this] { m_caseView->answerEscalation(); });
    addShortcut(kase, tr("Withdraw escalation…"), {QKeySequence(Qt::SHIFT | Qt::Key_W)},
                [this] { m_caseView->withdrawEscalation(); });
    addShortcut(kase, tr("&Move escalation…"), {QKeySequence(Qt::Key_M)},
                [this] { m_caseView->moveEscalation(); });
    addShortcut(kase, tr("Raise escalation to level 2…"), {QKeySequence(Qt::SHIFT | Qt::Key_E)},
                [this] { m_caseView->raiseEscalation(); });
    addShortcut(kase, tr("&Wait for customer"), {QKeySequence(Qt::Key_W)},
                [this] { m_caseView->waitForCustomer(); });
    addShortcut(kase, tr("Ask for satis&faction"), {QKeySequence(Qt::Key_S)},
                [this] { m_caseView->askSatisfaction(); });
    kase->addSeparator();
    addShortcut(kase, tr("Export &dossier…"), {QKeySequence(Qt::Key_D)},
                [this] { m_caseView->exportDossier(); });
    addShortcut(kase, tr("E-mail dossier to department…"), {QKeySequence(Qt::SHIFT | Qt::Key_D)},
                [this] { m_caseView->emailDossier(); });
    addShortcut(kase, tr("Erase customer data…"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
                [this] { m_caseView->eraseCustomer(); });

    addShortcut(tools, tr("Task force departments…"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                [this] { showDepartmentEditor(); });
}

void MainWindow::showDepartmentEditor()
{
    if (m_departmentEditor) {
        m_departmentEditor->raise();
        m_departmentEditor->activateWindow();
        return;
    }
    m_departmentEditor = new DepartmentEditor(this);
    m_departmentEditor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_departmentEditor, &DepartmentEditor::saveRequested, this,
            [this](const DepartmentRecord &d) { m_store.saveDepartment(d, m_agent.name); });
    m_departmentEditor->open();
    m_store.loadDepartments();
}

} // namespace sportello
