#include "CaseView.h"

#include "ConversationDelegate.h"
#include "Labels.h"
#include "ReplyComposer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

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
    m_customerName = plainLabel(customer);
    customerLayout->addWidget(m_customerName);
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
}

void CaseView::request(CaseActionKind kind, const QVariant &value)
{
    if (!m_hasCase)
        return;
    CaseAction action;
    action.caseId = m_snapshot.kase.id;
    action.kind = kind;
    action.value = value;
    emit actionRequested(action);
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
