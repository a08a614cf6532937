#include "CaseView.h"

#include "CaseDossier.h"
#include "ConversationDelegate.h"
#include "EscalationDialog.h"
#include "Labels.h"
#include "ReplyComposer.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sportello {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    // Customer names and handles are hostile input: never let a label read them as HTML.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QListView *plainList(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setUniformItemSizes(false);
    return view;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CaseView::CaseView(std::shared_ptr<const ReplyChecker> checker, QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a message in the timeline to open its case."), this);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = plainLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_meta = plainLabel(m_body);
    m_meta->setWordWrap(true);
    layout->addWidget(m_meta);

    auto *controls = new QHBoxLayout;
    m_category = new QComboBox(m_body);
    for (Category c : allCategories())
        m_category->addItem(Labels::category(c), toKey(c));
    m_category->addItem(Labels::category(Category::None), toKey(Category::None));
    m_category->setToolTip(tr("Category (C)"));
    m_category->setAccessibleName(tr("Category"));
    m_priority = new QComboBox(m_body);
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priority->addItem(Labels::priority(p), toKey(p));
    m_priority->setToolTip(tr("Priority (P)"));
    m_priority->setAccessibleName(tr("Priority"));
    controls->addWidget(m_category, 2);
    controls->addWidget(m_priority, 1);
    layout->addLayout(controls);

    auto *buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("&Take"), m_body);
    m_take->setToolTip(tr("Assign this case to me (T)"));
    m_release = new QPushButton(tr("Re&lease"), m_body);
    m_release->setToolTip(tr("Give the case back to the queue (U)"));
    m_resolve = new QPushButton(tr("Re&solve"), m_body);
    m_resolve->setToolTip(tr("Mark the case resolved (R)"));
    m_reopen = new QPushButton(tr("Re&open"), m_body);
    m_reopen->setToolTip(tr("Open the case again (O)"));
    for (QPushButton *b : {m_take, m_release, m_resolve, m_reopen}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    auto *followUps = new QHBoxLayout;
    m_escalate = new QPushButton(tr("&Escalate…"), m_body);
    m_escalate->setObjectName(QStringLiteral("escalate"));
    m_escalate->setToolTip(tr("Hand the case to a task-force department (E)"));
    m_wait = new QPushButton(tr("&Wait for customer"), m_body);
    m_wait->setToolTip(tr("Pause the service clock until the customer writes (W)"));
    m_askSatisfaction = new QPushButton(tr("Ask for satis&faction"), m_body);
    m_askSatisfaction->setToolTip(
        tr("Record that the satisfaction question (1-5) went to the customer (S)"));
    for (QPushButton *b : {m_escalate, m_wait, m_askSatisfaction}) {
        b->setAutoDefault(false);
        followUps->addWidget(b);
    }
    m_dossier = new QToolButton(m_body);
    m_dossier->setText(tr("&Dossier"));
    m_dossier->setToolTip(tr("The case dossier for a department"));
    m_dossier->setPopupMode(QToolButton::InstantPopup);
    m_dossier->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *dossierMenu = new QMenu(m_dossier);
    m_exportDossier = dossierMenu->addAction(tr("Export PDF… (D)"), this, &CaseView::exportDossier);
    m_emailDossier = dossierMenu->addAction(tr("E-mail to department… (Shift+D)"), this,
                                            &CaseView::emailDossier);
    m_dossier->setMenu(dossierMenu);
    followUps->addWidget(m_dossier);
    layout->addLayout(followUps);

    // Shown only while the case is with a department: what it waits for and the ways out.
    m_escalationPanel = new QFrame(m_body);
    m_escalationPanel->setObjectName(QStringLiteral("escalationPanel"));
    m_escalationPanel->setFrameShape(QFrame::StyledPanel);
    m_escalationPanel->setStyleSheet(QStringLiteral(
        "QFrame#escalationPanel { background: #fff4e0; border: 1px solid #e0a040; "
        "border-radius: 4px; } QFrame#escalationPanel QLabel { background: transparent; }"));
    auto *panelLayout = new QVBoxLayout(m_escalationPanel);
    panelLayout->setContentsMargins(8, 6, 8, 6);
    m_escalationSummary = plainLabel(m_escalationPanel);
    m_escalationSummary->setObjectName(QStringLiteral("escalationSummary"));
    m_escalationSummary->setWordWrap(true);
    panelLayout->addWidget(m_escalationSummary);
    m_overdue = new QLabel(tr("Overdue: the department's answer is late."), m_escalationPanel);
    m_overdue->setObjectName(QStringLiteral("escalationOverdue"));
    m_overdue->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    panelLayout->addWidget(m_overdue);
    auto *panelButtons = new QHBoxLayout;
    m_answer = new QPushButton(tr("Record &answer…"), m_escalationPanel);
    m_answer->setToolTip(tr("Record the department's answer; the case comes back to you (A)"));
    m_withdraw = new QPushButton(tr("W&ithdraw…"), m_escalationPanel);
    m_withdraw->setToolTip(tr("Take the case back without an answer (Shift+W)"));
    m_move = new QPushButton(tr("&Move…"), m_escalationPanel);
    m_move->setToolTip(tr("Hand the escalation on to another department (M)"));
    m_raise = new QPushButton(tr("Raise to level &2…"), m_escalationPanel);
    m_raise->setObjectName(QStringLiteral("raiseEscalation"));
    m_raise->setToolTip(tr("Escalate to the same department at level 2 (Shift+E)"));
    for (QPushButton *b : {m_answer, m_withdraw, m_move, m_raise}) {
        b->setAutoDefault(false);
        panelButtons->addWidget(b);
    }
    panelLayout->addLayout(panelButtons);
    layout->addWidget(m_escalationPanel);
    m_escalationPanel->hide();

    auto *split = new QSplitter(Qt::Vertical, m_body);
    split->setObjectName(QStringLiteral("caseSplitter"));
    m_conversationModel = new ConversationModel(this);
    m_conversation = new QListView(split);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setModel(m_conversationModel);
    m_conversation->setItemDelegate(new ConversationDelegate(m_conversation));
    m_conversation->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_conversation->setResizeMode(QListView::Adjust);
    m_conversation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversation->setAccessibleName(tr("Conversation"));

    m_composer = new ReplyComposer(std::move(checker), split);
    m_tabs = new QTabWidget(split);
    auto *customer = new QWidget(m_tabs);
    auto *customerLayout = new QVBoxLayout(customer);
    auto *nameRow = new QHBoxLayout;
    m_customerName = plainLabel(customer);
    m_customerName->setObjectName(QStringLiteral("customerName"));
    m_erase = new QPushButton(tr("E&rase customer data…"), customer);
    m_erase->setObjectName(QStringLiteral("eraseCustomer"));
    m_erase->setToolTip(
        tr("Erase what identifies this customer, on their request (Ctrl+Shift+Del)"));
    m_erase->setAutoDefault(false);
    nameRow->addWidget(m_customerName, 1);
    nameRow->addWidget(m_erase);
    customerLayout->addLayout(nameRow);
    customerLayout->addWidget(new QLabel(tr("Identities"), customer));
    m_identitiesModel = new QStandardItemModel(this);
    m_identities = plainList(m_identitiesModel, customer);
    customerLayout->addWidget(m_identities, 1);
    customerLayout->addWidget(new QLabel(tr("Cases (double-click to open)"), customer));
    m_casesModel = new QStandardItemModel(this);
    m_cases = plainList(m_casesModel, customer);
    customerLayout->addWidget(m_cases, 1);
    m_tabs->addTab(customer, tr("C&ustomer"));

    auto *notes = new QWidget(m_tabs);
    auto *notesLayout = new QVBoxLayout(notes);
    m_notesModel = new QStandardItemModel(this);
    m_notes = plainList(m_notesModel, notes);
    notesLayout->addWidget(m_notes, 1);
    auto *noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(notes);
    m_noteEdit->setPlaceholderText(tr("Internal note, never sent to the customer (N)"));
    m_noteEdit->setMaxLength(4000);
    m_addNote = new QPushButton(tr("Add &note"), notes);
    m_addNote->setAutoDefault(false);
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    notesLayout->addLayout(noteRow);
    m_tabs->addTab(notes, tr("&Notes"));

    m_historyModel = new QStandardItemModel(this);
    m_history = plainList(m_historyModel, m_tabs);
    m_tabs->addTab(m_history, tr("&History"));
    m_escalationsModel = new QStandardItemModel(this);
    m_escalations = plainList(m_escalationsModel, m_tabs);
    m_escalations->setObjectName(QStringLiteral("escalationHistory"));
    m_tabs->addTab(m_escalations, tr("Escalation histor&y"));
    split->addWidget(m_conversation);
    split->addWidget(m_composer);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    split->setSizes({380, 300, 160});
    layout->addWidget(split, 1);

    connect(m_take, &QPushButton::clicked, this, &CaseView::takeCase);
    connect(m_release, &QPushButton::clicked, this, &CaseView::releaseCase);
    connect(m_resolve, &QPushButton::clicked, this, &CaseView::resolveCase);
    connect(m_reopen, &QPushButton::clicked, this, &CaseView::reopenCase);
    connect(m_category, &QComboBox::activated, this, [this](int i) {
        if (m_category->itemData(i).toString() != toKey(m_snapshot.kase.category))
            request(CaseActionKind::SetCategory, m_category->itemData(i));
    });
    connect(m_priority, &QComboBox::activated, this, [this](int i) {
        if (m_priority->itemData(i).toString() != toKey(m_snapshot.kase.priority))
            request(CaseActionKind::SetPriority, m_priority->itemData(i));
    });
    auto addNote = [this] {
        const QString text = m_noteEdit->text().trimmed();
        if (text.isEmpty())
            return;
        request(CaseActionKind::AddNote, text);
        m_noteEdit->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, addNote);
    connect(m_cases, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openCaseRequested(index.data(Qt::UserRole).toLongLong());
    });
    connect(m_escalate, &QPushButton::clicked, this, &CaseView::escalateCase);
    connect(m_wait, &QPushButton::clicked, this, &CaseView::waitForCustomer);
    connect(m_askSatisfaction, &QPushButton::clicked, this, &CaseView::askSatisfaction);
    connect(m_answer, &QPushButton::clicked, this, &CaseView::answerEscalation);
    connect(m_withdraw, &QPushButton::clicked, this, &CaseView::withdrawEscalation);
    connect(m_move, &QPushButton::clicked, this, &CaseView::moveEscalation);
    connect(m_raise, &QPushButton::clicked, this, &CaseView::raiseEscalation);
    connect(m_erase, &QPushButton::clicked, this, &CaseView::eraseCustomer);

    m_body->hide();
}

void CaseView::showMessage(const QString &text)
{
    m_hasCase = false;
    m_snapshot = {};
    m_conversationModel->clear();
    m_composer->clearCase();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_body->hide();
}

void CaseView::showSnapshot(const CaseSnapshot &snapshot)
{
    const bool sameCase = m_hasCase && snapshot.kase.id == m_snapshot.kase.id;
    m_snapshot = snapshot;
    m_hasCase = true;
    const CaseRecord &k = snapshot.kase;
    m_title->setText(tr("Case %1 · %2").arg(k.id).arg(snapshot.customer.displayName));
    QStringList meta{Labels::status(k.status),
                     Labels::network(k.network) + QStringLiteral(" ") + k.account,
                     Labels::visibility(k.visibility), Labels::language(k.language),
                     tr("opened %1").arg(when(k.openedAt))};
    meta << (k.assignee.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(k.assignee));
    if (k.firstResponseAt.isValid())
        meta << tr("first response %1").arg(when(k.firstResponseAt));
    if (k.satisfaction > 0)
        meta << tr("satisfaction %1/5").arg(k.satisfaction);
    else if (k.satisfactionAskedAt.isValid())
        meta << tr("satisfaction asked %1").arg(when(k.satisfactionAskedAt));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    showIncident(snapshot.incident);
    m_category->setCurrentIndex(m_category->findData(toKey(k.category)));
    m_priority->setCurrentIndex(m_priority->findData(toKey(k.priority)));

    const int previousRows = m_conversationModel->rowCount();
    m_conversationModel->setConversation(k.id, snapshot.conversation);
    // A new case opens at its latest message; a reload of the same case scrolls only if the
    // conversation grew.
    if (!sameCase || m_conversationModel->rowCount() != previousRows)
        m_conversation->scrollToBottom();

    m_customerName->setText(snapshot.customer.displayName);
    m_identitiesModel->clear();
    for (const IdentityRecord &i : snapshot.customer.identities) {
        auto *item = new QStandardItem(
            QStringLiteral("%1: %2 (%3)").arg(Labels::network(i.network), i.handle, i.displayName));
        m_identitiesModel->appendRow(item);
    }
    m_casesModel->clear();
    for (const CaseSummary &c : snapshot.customer.cases) {
        auto *item =
            new QStandardItem(tr("Case %1 · %2 · %3 · %4 · %5")
                                  .arg(c.id)
                                  .arg(Labels::network(c.network), Labels::status(c.status),
                                       Labels::category(c.category), when(c.openedAt)));
        item->setData(c.id, Qt::UserRole);
        if (c.id == k.id)
            item->setEnabled(false);
        m_casesModel->appendRow(item);
    }
    m_notesModel->clear();
    for (const NoteRecord &n : snapshot.notes)
        m_notesModel->appendRow(new QStandardItem(
            QStringLiteral("%1 · %2\n%3").arg(n.author, when(n.createdAt), n.text)));
    m_historyModel->clear();
    for (const CaseEventRecord &e : snapshot.history)
        m_historyModel->appendRow(new QStandardItem(
            QStringLiteral("%1 · %2 · %3").arg(when(e.at), e.actor, describeEvent(e))));
    m_tabs->setTabText(1, tr("&Notes (%1)").arg(snapshot.notes.size()));
    showEscalations();

    m_placeholder->hide();
    m_body->show();
    updateActions();
}

QString CaseView::describeEvent(const CaseEventRecord &event) const
{
    const QJsonObject d = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    auto category = [&](const QString &key) {
        return Labels::category(categoryFromKey(d.value(key).toString()).value_or(Category::None));
    };
    auto priority = [&](const QString &key) {
        return Labels::priority(
            priorityFromKey(d.value(key).toString()).value_or(Priority::Normal));
    };
    auto status = [&](const QString &key) {
        return Labels::status(statusFromKey(d.value(key).toString()).value_or(CaseStatus::Open));
    };
    const QString &k = event.kind;
    if (k == QLatin1String("opened"))
        return tr("opened: %1, priority %2, %3")
            .arg(category(QStringLiteral("category")), priority(QStringLiteral("priority")),
                 Labels::language(languageFromKey(d.value(QStringLiteral("language")).toString())
                                      .value_or(Language::Other)));
    if (k == QLatin1String("assigned"))
        return tr("taken by %1").arg(d.value(QStringLiteral("to")).toString());
    if (k == QLatin1String("released"))
        return tr("released by %1").arg(d.value(QStringLiteral("from")).toString());
    if (k == QLatin1String("category_set"))
        return tr("category changed from %1 to %2")
            .arg(category(QStringLiteral("from")), category(QStringLiteral("to")));
    if (k == QLatin1String("priority_set"))
        return tr("priority changed from %1 to %2")
            .arg(priority(QStringLiteral("from")), priority(QStringLiteral("to")));
    if (k == QLatin1String("priority_raised"))
        return tr("priority raised from %1 to %2: the customer wrote again")
            .arg(priority(QStringLiteral("from")), priority(QStringLiteral("to")));
    if (k == QLatin1String("note_added"))
        return tr("internal note added");
    if (k == QLatin1String("resolved"))
        return tr("resolved (was %1)").arg(status(QStringLiteral("from")));
    if (k == QLatin1String("reopened"))
        return d.value(QStringLiteral("reason")).toString() == QLatin1String("customer_wrote_again")
                   ? tr("reopened: the customer wrote again")
                   : tr("reopened (was %1)").arg(status(QStringLiteral("from")));
    const QString department = d.value(QStringLiteral("department")).toString();
    if (k == QLatin1String("escalated"))
        return tr("escalated to %1, level %2, urgency %3")
            .arg(department)
            .arg(d.value(QStringLiteral("level")).toInt())
            .arg(CaseDossier::urgencyLabel(d.value(QStringLiteral("urgency")).toString()));
    if (k == QLatin1String("escalation_answered"))
        return tr("answer from %1 recorded").arg(department);
    if (k == QLatin1String("escalation_withdrawn"))
        return tr("escalation to %1 withdrawn").arg(department);
    if (k == QLatin1String("escalation_moved"))
        return tr("escalation moved from %1 to %2")
            .arg(d.value(QStringLiteral("from")).toString(), department);
    if (k == QLatin1String("escalation_raised"))
        return tr("escalation to %1 raised to level 2").arg(department);
    if (k == QLatin1String("waiting_for_customer"))
        return tr("waiting for the customer");
    if (k == QLatin1String("satisfaction_asked"))
        return tr("satisfaction question sent");
    if (k == QLatin1String("satisfaction_recorded"))
        return tr("the customer rated the service %1/5")
            .arg(d.value(QStringLiteral("score")).toInt());
    if (k == QLatin1String("customer_erased"))
        return tr("customer data erased on request");
    return k;
}

void CaseView::updateActions()
{
    const CaseRecord &k = m_snapshot.kase;
    const bool active = m_hasCase && isActive(k.status);
    m_take->setEnabled(m_hasCase && k.assignee.isEmpty());
    m_release->setEnabled(m_hasCase && !k.assignee.isEmpty());
    m_resolve->setEnabled(active);
    m_reopen->setEnabled(m_hasCase && !active);
    m_category->setEnabled(m_hasCase);
    m_priority->setEnabled(m_hasCase);
    m_addNote->setEnabled(m_hasCase);
    m_noteEdit->setEnabled(m_hasCase);

    m_escalate->setEnabled(canEscalate());
    m_wait->setEnabled(m_hasCase && (k.status == CaseStatus::New || k.status == CaseStatus::Open));
    m_askSatisfaction->setEnabled(m_hasCase && !active && k.satisfaction == 0 &&
                                  !k.satisfactionAskedAt.isValid());
    m_dossier->setEnabled(m_hasCase);
    m_exportDossier->setEnabled(m_hasCase);
    m_emailDossier->setEnabled(m_hasCase && !CaseDossier::mailUrl(m_snapshot).isEmpty());
    m_erase->setEnabled(m_hasCase && m_snapshot.customer.id != 0);

    const auto open = openEscalation();
    bool otherDepartment = false;
    for (const DepartmentRecord &d : m_departments)
        otherDepartment = otherDepartment || (!d.retired && open && d.id != open->department.id);
    m_answer->setEnabled(open.has_value());
    m_withdraw->setEnabled(open.has_value());
    m_move->setEnabled(open && otherDepartment);
    m_raise->setEnabled(open && open->level == 1);
    m_raise->setVisible(!open || open->level == 1);
}

void CaseView::showEscalations()
{
    const auto open = openEscalation();
    m_escalationPanel->setVisible(open.has_value());
    if (open) {
        const EscalationRecord &e = *open;
        QStringList lines;
        lines << tr("Escalated to %1 · level %2 · urgency %3")
                     .arg(e.department.name)
                     .arg(e.level)
                     .arg(CaseDossier::urgencyLabel(e.urgency));
        lines << tr("By %1 on %2: %3").arg(e.escalatedBy, when(e.escalatedAt), e.reason);
        if (!e.note.isEmpty())
            lines << tr("Note: %1").arg(e.note);
        lines << tr("Answer due %1").arg(when(e.dueAt));
        m_escalationSummary->setText(lines.join(QLatin1Char('\n')));
        m_overdue->setVisible(e.dueAt.isValid() && e.dueAt < QDateTime::currentDateTimeUtc());
    }

    m_escalationsModel->clear();
    // Newest first, like the other lists the agent reads from the top.
    for (auto it = m_snapshot.escalations.crbegin(); it != m_snapshot.escalations.crend(); ++it) {
        const EscalationRecord &e = *it;
        QString text =
            tr("%1 · level %2 · %3 · %4")
                .arg(e.department.name)
                .arg(e.level)
                .arg(CaseDossier::urgencyLabel(e.urgency), CaseDossier::stateLabel(e.state));
        text += QLatin1Char('\n') +
                tr("%1 by %2: %3").arg(when(e.escalatedAt), e.escalatedBy, e.reason);
        if (!e.note.isEmpty())
            text += QLatin1Char('\n') + tr("Note: %1").arg(e.note);
        if (!e.answer.isEmpty())
            text += QLatin1Char('\n') +
                    tr("Answer (%1, %2): %3").arg(e.answeredBy, when(e.closedAt), e.answer);
        else if (e.state == EscalationState::Open)
            text += QLatin1Char('\n') + tr("Answer due %1").arg(when(e.dueAt));
        m_escalationsModel->appendRow(new QStandardItem(text));
    }
    const int index = m_tabs->indexOf(m_escalations);
    m_tabs->setTabText(index,
                       m_snapshot.escalations.isEmpty()
                           ? tr("Escalation histor&y")
                           : tr("Escalation histor&y (%1)").arg(m_snapshot.escalations.size()));
}

std::optional<EscalationRecord> CaseView::openEscalation() const
{
    if (!m_hasCase || m_snapshot.kase.status != CaseStatus::Escalated)
        return std::nullopt;
    for (auto it = m_snapshot.escalations.crbegin(); it != m_snapshot.escalations.crend(); ++it)
        if (it->state == EscalationState::Open)
            return *it;
    return std::nullopt;
}

bool CaseView::canEscalate() const
{
    const CaseRecord &k = m_snapshot.kase;
    if (!m_hasCase || !isActive(k.status) || k.status == CaseStatus::Escalated)
        return false;
    return std::any_of(m_departments.cbegin(), m_departments.cend(),
                       [](const DepartmentRecord &d) { return !d.retired; });
}

void CaseView::setDepartments(const QList<DepartmentRecord> &departments)
{
    m_departments = departments;
    updateActions();
}

void CaseView::request(CaseActionKind kind, const QVariant &value)
{
    if (!m_hasCase)
        return;
    requestFor(m_snapshot.kase.id, kind, value);
}

void CaseView::requestFor(qint64 caseId, CaseActionKind kind, const QVariant &value)
{
    CaseAction action;
    action.caseId = caseId;
    action.kind = kind;
    action.value = value;
    emit actionRequested(action);
}

void CaseView::askText(const QString &title, const QString &prompt, CaseActionKind kind)
{
    auto *dialog = new EscalationTextDialog(title, prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog does not block: the case it was opened for is the one the answer is for.
    const qint64 caseId = m_snapshot.kase.id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, caseId, kind] { requestFor(caseId, kind, dialog->text()); });
    dialog->open();
}

void CaseView::escalateCase()
{
    if (!canEscalate())
        return;
    auto *dialog = new EscalationDialog(EscalationDialog::Mode::Escalate, m_departments, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 caseId = m_snapshot.kase.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, caseId] {
        requestFor(caseId, CaseActionKind::Escalate, QVariant::fromValue(dialog->request()));
    });
    dialog->open();
}

void CaseView::answerEscalation()
{
    const auto open = openEscalation();
    if (!open)
        return;
    askText(tr("Record the department's answer"),
            tr("What %1 answered. The case comes back to you to reply to the customer.")
                .arg(open->department.name),
            CaseActionKind::AnswerEscalation);
}

void CaseView::withdrawEscalation()
{
    if (!openEscalation())
        return;
    askText(tr("Withdraw escalation"),
            tr("Why the case comes back without the department's answer:"),
            CaseActionKind::WithdrawEscalation);
}

void CaseView::moveEscalation()
{
    const auto open = openEscalation();
    if (!open || !m_move->isEnabled())
        return;
    auto *dialog = new EscalationDialog(EscalationDialog::Mode::Move, m_departments,
                                        open->department.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 caseId = m_snapshot.kase.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, caseId] {
        requestFor(caseId, CaseActionKind::MoveEscalation, QVariant::fromValue(dialog->request()));
    });
    dialog->open();
}

void CaseView::raiseEscalation()
{
    const auto open = openEscalation();
    if (!open || open->level != 1)
        return;
    askText(tr("Raise to level 2"),
            tr("Why %1 has to look at it at level 2:").arg(open->department.name),
            CaseActionKind::RaiseEscalation);
}

void CaseView::waitForCustomer()
{
    if (m_wait->isEnabled())
        request(CaseActionKind::WaitForCustomer);
}

void CaseView::askSatisfaction()
{
    if (m_askSatisfaction->isEnabled())
        request(CaseActionKind::AskSatisfaction);
}

void CaseView::exportDossier()
{
    if (!m_hasCase)
        return;
    const CaseSnapshot snapshot = m_snapshot;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dossier"), QDir(folder).filePath(CaseDossier::suggestedFileName(snapshot)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // Laying out and writing a long conversation takes a moment: it runs on a pool thread
    // (QTextDocument and QPdfWriter need no GUI thread) and the agent goes on working.
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status written = watcher->result();
        if (!written) {
            QMessageBox::warning(this, tr("Export dossier"), written.error());
            return;
        }
        emit statusMessage(tr("Dossier saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    emit statusMessage(tr("Saving the dossier…"));
    watcher->setFuture(QtConcurrent::run([snapshot, path, now = QDateTime::currentDateTime()] {
        return CaseDossier::writePdf(snapshot, path, now);
    }));
}

void CaseView::emailDossier()
{
    const QUrl url = m_hasCase ? CaseDossier::mailUrl(m_snapshot) : QUrl();
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url)) {
        QMessageBox::warning(this, tr("E-mail to department"),
                             tr("No e-mail program could be opened."));
        return;
    }
    emit statusMessage(tr("Attach the dossier PDF to the e-mail before sending it."));
}

void CaseView::eraseCustomer()
{
    if (!m_hasCase || m_snapshot.customer.id == 0)
        return;
    const qint64 customerId = m_snapshot.customer.id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Erase customer data"),
                                tr("Erase the data of %1?").arg(m_snapshot.customer.displayName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("eraseConfirmation"));
    box->setTextFormat(Qt::PlainText); // the name is the customer's own text
    box->setInformativeText(
        tr("Their names, handles, the words of their conversations and the notes about them "
           "are erased on every network. The cases' figures stay for the reports, and the "
           "audit trail records the erasure. This cannot be undone."));
    QPushButton *erase = box->addButton(tr("Erase"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, erase, customerId] {
        if (box->clickedButton() == erase)
            emit eraseCustomerRequested(customerId);
    });
    box->open();
}

void CaseView::takeCase()
{
    if (m_take->isEnabled())
        request(CaseActionKind::AssignToMe);
}

void CaseView::releaseCase()
{
    if (m_release->isEnabled())
        request(CaseActionKind::Release);
}

void CaseView::resolveCase()
{
    if (m_resolve->isEnabled())
        request(CaseActionKind::Resolve);
}

void CaseView::reopenCase()
{
    if (m_reopen->isEnabled())
        request(CaseActionKind::Reopen);
}

void CaseView::focusCategory()
{
    if (!m_hasCase)
        return;
    m_category->setFocus();
    m_category->showPopup();
}

void CaseView::focusPriority()
{
    if (!m_hasCase)
        return;
    m_priority->setFocus();
    m_priority->showPopup();
}

void CaseView::focusNote()
{
    if (!m_hasCase)
        return;
    m_tabs->setCurrentIndex(1);
    m_noteEdit->setFocus();
}

} // namespace sportello
