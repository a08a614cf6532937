#include "ReplyComposer.h"

#include "Labels.h"
#include "OutgoingReplyBuilder.h"
#include "TemplatePicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sportello {
namespace {

QTextEdit::ExtraSelection mark(QPlainTextEdit *editor, qsizetype start, qsizetype end,
                               const QColor &color, bool underline)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(editor->document());
    s.cursor.setPosition(int(start));
    s.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    if (underline) {
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(color);
    } else {
        s.format.setBackground(color);
    }
    return s;
}

QString personalDataLabel(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Iban:
        return ReplyComposer::tr("IBAN");
    case PersonalDataKind::Card:
        return ReplyComposer::tr("card number");
    case PersonalDataKind::CodiceFiscale:
        return ReplyComposer::tr("codice fiscale");
    case PersonalDataKind::PartitaIva:
        return ReplyComposer::tr("partita IVA");
    case PersonalDataKind::Phone:
        return ReplyComposer::tr("phone number");
    case PersonalDataKind::Email:
        return ReplyComposer::tr("e-mail address");
    case PersonalDataKind::Otp:
        return ReplyComposer::tr("one-time code");
    }
    return {};
}

QString stateLabel(OutboxState s)
{
    switch (s) {
    case OutboxState::Pending:
        return ReplyComposer::tr("Pending");
    case OutboxState::Sending:
        return ReplyComposer::tr("Sending");
    case OutboxState::Sent:
        return ReplyComposer::tr("Sent");
    case OutboxState::Failed:
        return ReplyComposer::tr("Failed");
    }
    return {};
}

} // namespace

ReplyComposer::ReplyComposer(std::shared_ptr<const ReplyChecker> checker, QWidget *parent)
    : QWidget(parent), m_checker(std::move(checker))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Reply"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("replyVisibility"));
    m_visibility->addItem(tr("Public reply"), toKey(Visibility::Public));
    m_visibility->addItem(tr("Private message"), toKey(Visibility::Private));
    m_visibility->setAccessibleName(tr("Public or private"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_visibility);
    layout->addLayout(top);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setPlaceholderText(tr("Write the reply… (Ctrl+M: templates, Ctrl+Enter: send)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    m_editor->setMinimumHeight(70);
    m_editor->setAccessibleName(tr("Reply text"));
    layout->addWidget(m_editor, 2);

    m_findingsModel = new QStandardItemModel(this);
    m_findings = new QListView(this);
    m_findings->setObjectName(QStringLiteral("replyFindings"));
    m_findings->setModel(m_findingsModel);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(90);
    m_findings->setToolTip(tr("Enter or double-click applies the first suggestion"));
    layout->addWidget(m_findings, 1);

    auto *status = new QHBoxLayout;
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("replyCounter"));
    m_readability = new QLabel(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("replyVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    // On a line of its own, wrapped: a long reason must neither be cut nor widen the panel.
    m_verdict->setWordWrap(true);
    m_templatesButton = new QPushButton(tr("Te&mplates"), this);
    m_templatesButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_templatesButton->setToolTip(tr("Insert a template (Ctrl+M)"));
    m_privateButton = new QPushButton(tr("Move to &private"), this);
    m_privateButton->setToolTip(
        tr("Post a short public line pointing to the private channel and continue there"));
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendButton->setToolTip(tr("Send (Ctrl+Enter)"));
    for (QPushButton *b : {m_templatesButton, m_privateButton, m_sendButton})
        b->setAutoDefault(false);
    status->addWidget(m_counter);
    status->addWidget(m_readability);
    status->addStretch(1);
    status->addWidget(m_templatesButton);
    status->addWidget(m_privateButton);
    status->addWidget(m_sendButton);
    layout->addWidget(m_verdict);
    layout->addLayout(status);

    m_outboxModel = new QStandardItemModel(this);
    m_outbox = new QListView(this);
    m_outbox->setObjectName(QStringLiteral("outboxList"));
    m_outbox->setModel(m_outboxModel);
    m_outbox->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outbox->setWordWrap(true);
    m_outbox->setMaximumHeight(70);
    m_outbox->setAccessibleName(tr("Replies of this case"));
    auto *outboxRow = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry"), this);
    m_edit = new QPushButton(tr("Edit"), this);
    m_discard = new QPushButton(tr("Discard"), this);
    outboxRow->addWidget(m_outbox, 1);
    auto *outboxButtons = new QVBoxLayout;
    for (QPushButton *b : {m_retry, m_edit, m_discard}) {
        b->setAutoDefault(false);
        b->setEnabled(false);
        outboxButtons->addWidget(b);
    }
    outboxRow->addLayout(outboxButtons);
    layout->addLayout(outboxRow);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        recheck();
        if (!m_loading && m_snapshot.kase.id != 0)
            emit draftEdited(m_snapshot.kase.id, m_editor->toPlainText(), visibility());
    });
    connect(m_visibility, &QComboBox::currentIndexChanged, this, [this] {
        recheck();
        if (!m_loading && m_snapshot.kase.id != 0)
            emit draftEdited(m_snapshot.kase.id, m_editor->toPlainText(), visibility());
    });
    connect(m_templatesButton, &QPushButton::clicked, this, &ReplyComposer::openTemplatePicker);
    connect(m_privateButton, &QPushButton::clicked, this, &ReplyComposer::moveToPrivate);
    connect(m_sendButton, &QPushButton::clicked, this, &ReplyComposer::send);
    connect(m_findings, &QListView::activated, this,
            [this](const QModelIndex &i) { applyFirstSuggestion(i.row()); });
    connect(m_editor, &QPlainTextEdit::customContextMenuRequested, this, [this](const QPoint &pos) {
        // The suggestions for the finding under the cursor, one click each.
        const int at = m_editor->cursorForPosition(pos).position();
        QMenu *menu = m_editor->createStandardContextMenu();
        for (const StyleFinding &f : std::as_const(m_result.style)) {
            if (at < f.start || at > f.end)
                continue;
            menu->insertSeparator(menu->actions().value(0));
            for (const QString &s : f.suggestions) {
                QAction *a = new QAction(tr("Replace with “%1”").arg(s), menu);
                connect(a, &QAction::triggered, this, [this, f, s] {
                    QTextCursor c(m_editor->document());
                    c.setPosition(int(f.start));
                    c.setPosition(int(f.end), QTextCursor::KeepAnchor);
                    c.insertText(s);
                });
                menu->insertAction(menu->actions().value(0), a);
            }
        }
        menu->exec(m_editor->mapToGlobal(pos));
        delete menu;
    });
    auto selectedOutbox = [this]() -> std::optional<OutboxEntry> {
        const int row = m_outbox->currentIndex().row();
        if (row < 0 || row >= m_snapshot.outbox.size())
            return std::nullopt;
        return m_snapshot.outbox.at(row);
    };
    connect(m_outbox->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, selectedOutbox] {
                const auto e = selectedOutbox();
                const bool failed = e && e->state == OutboxState::Failed;
                m_retry->setEnabled(failed);
                m_edit->setEnabled(failed);
                m_discard->setEnabled(failed);
            });
    connect(m_retry, &QPushButton::clicked, this, [this, selectedOutbox] {
        if (const auto e = selectedOutbox())
            emit retryRequested(e->id);
    });
    connect(m_discard, &QPushButton::clicked, this, [this, selectedOutbox] {
        if (const auto e = selectedOutbox())
            emit discardRequested(e->id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this, selectedOutbox] {
        // Editing a failed reply: its text comes back as the draft and the failed copy goes.
        if (const auto e = selectedOutbox()) {
            m_visibility->setCurrentIndex(m_visibility->findData(toKey(e->visibility)));
            m_editor->setPlainText(e->text);
            emit discardRequested(e->id);
            m_editor->setFocus();
        }
    });
    clearCase();
}

Visibility ReplyComposer::visibility() const
{
    return visibilityFromKey(m_visibility->currentData().toString()).value_or(Visibility::Public);
}

void ReplyComposer::setTemplates(const TemplateLibrary &library)
{
    m_templates = library;
}

void ReplyComposer::clearCase()
{
    m_loading = true;
    m_snapshot = {};
    m_editor->clear();
    m_outboxModel->clear();
    m_loading = false;
    setEnabled(false);
}

void ReplyComposer::setCase(const CaseSnapshot &snapshot, const AgentProfile &agent,
                            const QHash<QString, QString> &variables)
{
    const bool sameCase = snapshot.kase.id == m_snapshot.kase.id;
    m_snapshot = snapshot;
    m_agent = agent;
    m_variables = variables;
    setEnabled(true);
    m_loading = true;
    // Private is offered where the network has a private channel, or the case already is private.
    const bool canPrivate = snapshot.kase.visibility == Visibility::Private ||
                            ReplyChecker::hasPrivateChannel(snapshot.kase.network);
    qobject_cast<QStandardItemModel *>(m_visibility->model())->item(1)->setEnabled(canPrivate);
    qobject_cast<QStandardItemModel *>(m_visibility->model())
        ->item(0)
        ->setEnabled(snapshot.kase.visibility == Visibility::Public);
    if (!sameCase) {
        const Visibility v = snapshot.draft ? snapshot.draft->visibility : snapshot.kase.visibility;
        m_visibility->setCurrentIndex(m_visibility->findData(toKey(v)));
        m_editor->setPlainText(snapshot.draft ? snapshot.draft->text : QString());
        m_editor->moveCursor(QTextCursor::End);
    }
    m_loading = false;
    showOutbox(snapshot.outbox);
    recheck();
}

void ReplyComposer::showOutbox(const QList<OutboxEntry> &outbox)
{
    m_outboxModel->clear();
    for (const OutboxEntry &e : outbox) {
        QString line = QStringLiteral("%1 · %2 · %3")
                           .arg(stateLabel(e.state), Labels::visibility(e.visibility),
                                e.text.simplified().left(90));
        if (!e.lastError.isEmpty() && e.state != OutboxState::Sent)
            line += QStringLiteral("\n") + tr("Reason: %1").arg(e.lastError);
        auto *item = new QStandardItem(line);
        item->setToolTip(e.text);
        if (e.state == OutboxState::Failed)
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_outboxModel->appendRow(item);
    }
    m_outbox->setVisible(!outbox.isEmpty());
    m_retry->setVisible(!outbox.isEmpty());
    m_edit->setVisible(!outbox.isEmpty());
    m_discard->setVisible(!outbox.isEmpty());
}

void ReplyComposer::recheck()
{
    const QString text = m_editor->toPlainText();
    ReplyContext context;
    context.network = m_snapshot.kase.network;
    context.visibility = visibility();
    context.customerName = ReplyVariables::firstName(m_snapshot.customer.displayName);
    context.bankPhone = m_variables.value(QStringLiteral("bank_phone"));
    m_result = m_checker->check(text, context);

    QList<QTextEdit::ExtraSelection> marks;
    m_findingsModel->clear();
    for (const StyleFinding &f : std::as_const(m_result.style)) {
        marks << mark(m_editor, f.start, f.end, QColor(0xe6, 0x7e, 0x22), true);
        QString line =
            QStringLiteral("“%1”: %2").arg(text.mid(f.start, f.end - f.start), f.message);
        if (!f.suggestions.isEmpty())
            line += QStringLiteral(" → ") + f.suggestions.join(QStringLiteral(" / "));
        m_findingsModel->appendRow(new QStandardItem(line));
    }
    for (const PersonalDataFinding &f : std::as_const(m_result.personalData)) {
        const bool blocking = m_result.blockingPersonalData.contains(f);
        marks << mark(m_editor, f.start, f.end,
                      blocking ? QColor(0xf5, 0xb7, 0xb1) : QColor(0xfa, 0xe5, 0xd3), false);
        m_findingsModel->appendRow(new QStandardItem(
            blocking ? tr("Personal data (%1): not in this reply").arg(personalDataLabel(f.kind))
                     : tr("Personal data (%1)").arg(personalDataLabel(f.kind))));
    }
    for (const auto &[start, end] : std::as_const(m_result.unfilledVariables)) {
        marks << mark(m_editor, start, end, QColor(0xf9, 0xe7, 0x9f), false);
        m_findingsModel->appendRow(
            new QStandardItem(tr("Fill in %1").arg(text.mid(start, end - start))));
    }
    for (const CourtesyHint &h : std::as_const(m_result.courtesy))
        m_findingsModel->appendRow(new QStandardItem(h.message));
    m_editor->setExtraSelections(marks);
    m_findings->setVisible(m_findingsModel->rowCount() > 0);

    m_counter->setText(tr("%1/%2").arg(m_result.length.used).arg(m_result.length.limit));
    m_counter->setStyleSheet(
        m_result.length.over() ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_readability->setText(
        text.trimmed().isEmpty() ? QString() : tr("Gulpease %1").arg(qRound(m_result.gulpease)));
    m_readability->setToolTip(tr("Readability for Italian: above 60 is easy for most readers"));
    m_verdict->setText(verdictText());
    m_verdict->setToolTip(m_result.blockReasons.join(QLatin1Char('\n')));
    const char *colour = m_result.verdict == CheckResult::Verdict::Block  ? "#c0392b"
                         : m_result.verdict == CheckResult::Verdict::Warn ? "#d35400"
                                                                          : "#1e8449";
    m_verdict->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(colour)));
    m_sendButton->setEnabled(m_result.verdict != CheckResult::Verdict::Block &&
                             m_snapshot.kase.id != 0);
    const bool personalInPublic =
        visibility() == Visibility::Public && !m_result.blockingPersonalData.isEmpty();
    m_privateButton->setVisible(personalInPublic &&
                                ReplyChecker::hasPrivateChannel(m_snapshot.kase.network));
}

QString ReplyComposer::verdictText() const
{
    switch (m_result.verdict) {
    case CheckResult::Verdict::Ok:
        return tr("Ready");
    case CheckResult::Verdict::Warn:
        return tr("Check the hints");
    case CheckResult::Verdict::Block:
        return tr("Blocked: %1").arg(m_result.blockReasons.value(0));
    }
    return {};
}

void ReplyComposer::applyFirstSuggestion(int row)
{
    if (row < 0 || row >= m_result.style.size() || m_result.style.at(row).suggestions.isEmpty())
        return;
    const StyleFinding f = m_result.style.at(row);
    QTextCursor c(m_editor->document());
    c.setPosition(int(f.start));
    c.setPosition(int(f.end), QTextCursor::KeepAnchor);
    c.insertText(f.suggestions.first());
}

void ReplyComposer::openTemplatePicker()
{
    if (m_snapshot.kase.id == 0)
        return;
    TemplatePicker picker(m_templates, m_snapshot.kase.network, toKey(m_snapshot.kase.language),
                          this);
    if (picker.exec() == QDialog::Accepted && picker.chosen())
        insertTemplate(*picker.chosen());
}

void ReplyComposer::insertTemplate(const ReplyTemplate &t)
{
    const FilledText filled = TemplateFiller::fill(t.textFor(m_snapshot.kase.network), m_variables);
    QTextCursor c = m_editor->textCursor();
    c.insertText(filled.text);
    m_editor->setFocus();
}

void ReplyComposer::send()
{
    recheck(); // the same checks once more, on exactly what goes out
    if (m_result.verdict == CheckResult::Verdict::Block || m_snapshot.kase.id == 0)
        return;
    emit sendRequested(outboxEntryForCase(m_snapshot, m_editor->toPlainText().trimmed(),
                                          visibility(), m_agent.name));
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    recheck();
}

void ReplyComposer::moveToPrivate()
{
    if (m_snapshot.kase.id == 0 || !ReplyChecker::hasPrivateChannel(m_snapshot.kase.network))
        return;
    const ReplyTemplate *line =
        m_templates.find(QStringLiteral("move_private"), toKey(m_snapshot.kase.language));
    if (!line)
        line = m_templates.find(QStringLiteral("move_private"), QStringLiteral("it"));
    if (!line)
        return;
    const FilledText publicLine =
        TemplateFiller::fill(line->textFor(m_snapshot.kase.network), m_variables);
    ReplyContext context{m_snapshot.kase.network,
                         Visibility::Public,
                         {},
                         m_variables.value(QStringLiteral("bank_phone"))};
    if (m_checker->check(publicLine.text, context).verdict == CheckResult::Verdict::Block)
        return;
    // The public thread gets the short pointer; the details stay here, now as a private message.
    emit sendRequested(
        outboxEntryForCase(m_snapshot, publicLine.text, Visibility::Public, m_agent.name));
    m_visibility->setCurrentIndex(m_visibility->findData(toKey(Visibility::Private)));
    m_editor->setFocus();
}

} // namespace sportello
