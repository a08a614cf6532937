#include "MainWindow.h"

#include "CaseView.h"
#include "DraftAutosaver.h"
#include "FilterPanel.h"
#include "ReplyComposer.h"
#include "ShortcutsDialog.h"
#include "StoreWorker.h"
#include "TemplateEditor.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sportello {

MainWindow::MainWindow(StoreWorker &store, TimelineModel &timeline, AgentProfile agent,
                       std::shared_ptr<const ReplyChecker> checker, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_model(timeline), m_agent(std::move(agent)),
      m_checker(std::move(checker))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sportello"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sportello.svg")));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_filters = new FilterPanel(split);

    auto *centre = new QWidget(split);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 6, 0, 0);
    m_search = new QLineEdit(centre);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(
        tr("Search messages, a customer's name or handle, or a case number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    centreLayout->addWidget(m_search);

    m_timeline = new QTableView(centre);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(&m_model);
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setWordWrap(false);
    m_timeline->setShowGrid(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setTabKeyNavigation(false);
    m_timeline->setAccessibleName(tr("Timeline"));
    // A fixed row height keeps layout O(1) however long the history is.
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 10);
    QHeaderView *header = m_timeline->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(TimelineModel::NetworkColumn, 100);
    header->resizeSection(TimelineModel::AccountColumn, 115);
    header->resizeSection(TimelineModel::AuthorColumn, 140);
    header->resizeSection(TimelineModel::AgeColumn, 60);
    header->resizeSection(TimelineModel::StatusColumn, 195); // "Nuova ✖ 4 h di ritardo"
    header->setHighlightSections(false);
    centreLayout->addWidget(m_timeline, 1);

    m_caseView = new CaseView(m_checker, split);
    split->addWidget(m_filters);
    split->addWidget(centre);
    split->addWidget(m_caseView);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({200, 760, 480});
    setCentralWidget(split);

    m_dbLabel = new QLabel(this);
    m_dbLabel->setTextFormat(Qt::PlainText);
    m_demoLabel = new QLabel(tr("DEMO: simulated customers, nothing is sent"), this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #f39c12; color: black; font-weight: bold; padding: "
                       "1px 8px; border-radius: 3px; }"));
    m_demoLabel->hide();
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_demoLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        applyFilter();
        m_timeline->setFocus();
    });
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);

    // Ages are relative to now; repaint them now and then without reading anything.
    m_ageTicker = new QTimer(this);
    m_ageTicker->setInterval(30000);
    connect(m_ageTicker, &QTimer::timeout, m_timeline->viewport(), qOverload<>(&QWidget::update));
    m_ageTicker->start();

    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_timeline, &QTableView::activated, this,
            [this](const QModelIndex &) { m_caseView->conversationView()->setFocus(); });
    connect(&m_model, &TimelineModel::rowsAddedAtTop, this, [this](int count) {
        // An agent reading further down keeps seeing the same rows; one at the top sees the news.
        QScrollBar *bar = m_timeline->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + count);
        m_countLabel->setText(tr("%n message(s)", nullptr, m_model.rowCount()));
    });
    connect(&m_model, &TimelineModel::loaded, this, [this] {
        m_countLabel->setText(tr("%n message(s)", nullptr, m_model.rowCount()));
        if (!m_timeline->currentIndex().isValid() && m_model.rowCount() > 0 && m_wantedCase == 0)
            m_caseView->showMessage(tr("Select a message in the timeline to open its case."));
    });
    connect(&m_model, &TimelineModel::stickyRowRestored, this, &MainWindow::selectRow);
    connect(&m_model, &TimelineModel::loadFailed, this, [this](const QString &error) {
        showStatus(tr("The timeline could not be read: %1").arg(error));
    });
    connect(&m_model, &TimelineModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (m_pendingRow >= from.row() && m_pendingRow <= to.row())
                    loadCurrentCase();
            });

    connect(m_caseView, &CaseView::actionRequested, this, [this](CaseAction action) {
        action.actor = m_agent.name;
        m_store.perform(action);
    });
    connect(m_caseView, &CaseView::openCaseRequested, this, [this](qint64 caseId) {
        m_wantedCase = caseId;
        m_store.loadCase(caseId);
    });
    connect(&m_store, &StoreWorker::caseLoaded, this, [this](const CaseSnapshot &snapshot) {
        if (snapshot.kase.id != m_wantedCase)
            return;
        m_caseView->showSnapshot(snapshot);
        if (m_autosaver->hasPending())
            m_autosaver->flush();
        m_caseView->composer()->setCase(
            snapshot, m_agent,
            ReplyVariables::forCase(snapshot, m_agent, m_customVariables, m_bankSettings));
    });

    // Drafts: every keystroke reaches the store within a second, off the UI thread.
    m_autosaver = new DraftAutosaver([this](const DraftRecord &d) { m_store.saveDraft(d); }, this);
    ReplyComposer *composer = m_caseView->composer();
    connect(composer, &ReplyComposer::draftEdited, this,
            [this](qint64 caseId, const QString &text, Visibility v) {
                m_autosaver->setCase(caseId, m_agent.name, v);
                m_autosaver->textChanged(text);
            });
    connect(composer, &ReplyComposer::sendRequested, this, [this](const OutboxEntry &entry) {
        m_autosaver->setCase(0, {}, Visibility::Public); // the draft goes with the queued reply
        m_store.enqueueReply(entry);
    });
    connect(composer, &ReplyComposer::retryRequested, this,
            [this](qint64 id) { m_store.retryReply(id, m_wantedCase); });
    connect(composer, &ReplyComposer::discardRequested, this,
            [this](qint64 id) { m_store.discardReply(id, m_wantedCase, m_agent.name); });
    connect(&m_store, &StoreWorker::replyQueued, this, [this](qint64 caseId) {
        showStatus(tr("Reply queued: it goes out in the background."));
        if (caseId == m_wantedCase)
            m_store.loadCase(caseId);
        emit replyQueued();
    });
    connect(&m_store, &StoreWorker::replyChangedByAgent, this, [this](qint64 caseId) {
        if (caseId == m_wantedCase)
            m_store.loadCase(caseId);
        emit replyQueued();
    });
    connect(
        &m_store, &StoreWorker::templatesLoaded, this,
        [this](const QList<ReplyTemplate> &templates, const QList<TemplateVariable> &variables) {
            m_templates = TemplateLibrary::fromTemplates(templates, variables);
            m_customVariables = variables;
            m_caseView->composer()->setTemplates(m_templates);
        });
    connect(&m_store, &StoreWorker::templateSaved, this, [this] { m_store.loadTemplates(); });
    connect(&m_store, &StoreWorker::settingsLoaded, this,
            [this](const QHash<QString, QString> &values) {
                if (!values.contains(ReplyVariables::kServiceHoursKey))
                    return;
                m_bankSettings = values;
            });
    m_store.loadTemplates();
    m_store.loadSettings({ReplyVariables::kServiceHoursKey, ReplyVariables::kBankPhoneKey});
    connect(&m_store, &StoreWorker::caseLoadFailed, this,
            [this](qint64 caseId, const QString &error) {
                if (caseId == m_wantedCase)
                    m_caseView->showMessage(error);
            });
    connect(&m_store, &StoreWorker::actionDone, this, [this](const CaseAction &action) {
        if (action.caseId == m_wantedCase)
            m_store.loadCase(action.caseId);
        m_model.refresh();
    });
    connect(&m_store, &StoreWorker::actionFailed, this,
            [this](const CaseAction &action, const QString &error) {
                QMessageBox::warning(this, tr("Sportello"), error);
                if (action.caseId == m_wantedCase)
                    m_store.loadCase(
                        action.caseId); // someone else may have changed it: show what is true
            });
    connect(&m_store, &StoreWorker::ingested, this, &MainWindow::onIngested);
    connect(&m_store, &StoreWorker::ingestFailed, this, [this](const QString &error) {
        showStatus(
            tr("New messages could not be saved; they will be fetched again: %1").arg(error));
    });
    connect(&m_store, &StoreWorker::failed, this, &MainWindow::showStatus);
    connect(&m_store, &StoreWorker::accountsLoaded, this, &MainWindow::setAccounts);

    buildActions();
    buildEscalationUi();
    restoreLayout();
    applyFilter();
    m_timeline->setFocus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addShortcut(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                                 std::function<void()> slot)
{
    auto *action = menu->addAction(text);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addShortcut(file, tr("&Quit"), {QKeySequence::Quit}, [this] { close(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addShortcut(view, tr("Search"), {QKeySequence::Find, QKeySequence(Qt::Key_Slash)}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addShortcut(view, tr("Clear search"), {QKeySequence(Qt::CTRL | Qt::Key_Backspace)}, [this] {
        m_search->clear();
        m_timeline->setFocus();
    });
    addShortcut(view, tr("Timeline"), {QKeySequence(Qt::Key_Escape)},
                [this] { m_timeline->setFocus(); });
    addShortcut(view, tr("Refresh"), {QKeySequence::Refresh}, [this] { m_model.refresh(); });
    const QList<QPair<Queue, QString>> queues{
        {Queue::All, tr("Queue: All")},
        {Queue::Unassigned, tr("Queue: Unassigned")},
        {Queue::Mine, tr("Queue: Mine")},
        {Queue::Waiting, tr("Queue: Waiting")},
        {Queue::Escalated, tr("Queue: Escalated")},
        {Queue::Resolved, tr("Queue: Resolved")},
        {Queue::Due, tr("Queue: Due")},
    };
    int n = 0;
    for (const auto &[queue, name] : queues) {
        const Queue q = queue;
        addShortcut(view, name, {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + n++))},
                    [this, q] { m_filters->selectQueue(q); });
    }

    QMenu *kase = menuBar()->addMenu(tr("&Case"));
    addShortcut(kase, tr("Next message"), {QKeySequence(Qt::Key_J)}, [this] {
        selectRow(std::min(m_timeline->currentIndex().row() + 1, m_model.rowCount() - 1));
    });
    addShortcut(kase, tr("Previous message"), {QKeySequence(Qt::Key_K)},
                [this] { selectRow(std::max(m_timeline->currentIndex().row() - 1, 0)); });
    addShortcut(kase, tr("Open case conversation"), {}, [this] {
        m_caseView->conversationView()->setFocus();
    })->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return)});
    addShortcut(kase, tr("&Take (assign to me)"), {QKeySequence(Qt::Key_T)},
                [this] { m_caseView->takeCase(); });
    addShortcut(kase, tr("Re&lease"), {QKeySequence(Qt::Key_U)},
                [this] { m_caseView->releaseCase(); });
    addShortcut(kase, tr("Set &category"), {QKeySequence(Qt::Key_C)},
                [this] { m_caseView->focusCategory(); });
    addShortcut(kase, tr("Set &priority"), {QKeySequence(Qt::Key_P)},
                [this] { m_caseView->focusPriority(); });
    addShortcut(kase, tr("Add &note"), {QKeySequence(Qt::Key_N)},
                [this] { m_caseView->focusNote(); });
    addShortcut(kase, tr("Re&solve"), {QKeySequence(Qt::Key_R)},
                [this] { m_caseView->resolveCase(); });
    addShortcut(kase, tr("Re&open"), {QKeySequence(Qt::Key_O)},
                [this] { m_caseView->reopenCase(); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    addShortcut(tools, tr("Templates and variables…"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, [this] { showTemplateEditor(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addShortcut(help, tr("&Keyboard shortcuts"),
                {QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)},
                [this] { showShortcuts(); });
    help->addAction(tr("&About Sportello"), this, [this] {
        QMessageBox::about(
            this, tr("About Sportello"),
            tr("Sportello %1\nThe social customer-care console for the bank's care team.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::onReplyChanged(qint64 caseId)
{
    if (caseId == m_wantedCase)
        m_store.loadCase(caseId);
    m_model.refresh();
}

void MainWindow::showTemplateEditor()
{
    TemplateEditor editor(m_templates, m_customVariables, m_bankSettings, m_checker, this);
    connect(&editor, &TemplateEditor::templateSaved, this,
            [this](const ReplyTemplate &t) { m_store.saveTemplate(t, m_agent.name); });
    connect(&editor, &TemplateEditor::variableSaved, this, [this](const TemplateVariable &v) {
        m_store.saveTemplateVariable(v, m_agent.name);
        m_store.loadTemplates();
    });
    connect(&editor, &TemplateEditor::settingSaved, this,
            [this](const QString &key, const QString &value) {
                m_store.changeSetting(key, value, m_agent.name);
                m_bankSettings.insert(key, value);
            });
    editor.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::applyFilter()
{
    TimelineFilter f = m_filters->filter();
    f.me = m_agent.name;
    f.search = m_search->text().trimmed();
    if (f == m_model.filter() && m_model.rowCount() > 0)
        return;
    m_model.setFilter(f);
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    const QModelIndex index = m_model.index(row, TimelineModel::TextColumn);
    m_timeline->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_timeline->scrollTo(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    m_pendingRow = current.isValid() ? current.row() : -1;
    loadCurrentCase();
}

void MainWindow::loadCurrentCase()
{
    if (m_pendingRow < 0)
        return;
    const QModelIndex index = m_model.index(m_pendingRow, 0);
    if (!index.data(TimelineModel::LoadedRole).toBool())
        return; // read once the row arrives (dataChanged)
    const int row = m_pendingRow;
    m_pendingRow = -1;
    m_model.setStickyKey(index.data(TimelineModel::KeyRole).value<TimelineKey>());
    const qint64 caseId = m_model.index(row, 0).data(TimelineModel::CaseIdRole).toLongLong();
    if (caseId == m_wantedCase && m_caseView->caseId() == caseId)
        return;
    m_wantedCase = caseId;
    m_store.loadCase(caseId);
}

void MainWindow::onIngested(const IngestReport &report)
{
    m_model.refresh();
    if (m_wantedCase != 0 && report.touchedCases.contains(m_wantedCase))
        m_store.loadCase(m_wantedCase);
    if (report.accepted > 0)
        showStatus(tr("%n new message(s)", nullptr, report.accepted));
}

void MainWindow::setDatabaseDescription(const QString &description)
{
    m_dbLabel->setText(description);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(demo);
    updateTitle();
}

void MainWindow::setAccounts(const QList<AccountRecord> &accounts)
{
    m_filters->setAccounts(accounts);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("caseSplitter")))
        split->restoreState(settings.value(QStringLiteral("window/caseSplitter")).toByteArray());
    m_timeline->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/timelineHeader")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/mainSplitter"), split->saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("caseSplitter")))
        settings.setValue(QStringLiteral("window/caseSplitter"), split->saveState());
    settings.setValue(QStringLiteral("window/timelineHeader"),
                      m_timeline->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_autosaver->flush();
    saveLayout();
    event->accept();
}

} // namespace sportello
