#include "EscalationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello {
namespace {

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // keyboard first: Tab leaves the box, it never types a tab
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

QString EscalationDialog::deadlineText(int minutes)
{
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%n min", nullptr, minutes);
}

EscalationDialog::EscalationDialog(Mode mode, const QList<DepartmentRecord> &departments,
                                   qint64 current, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(mode == Mode::Escalate ? tr("Escalate case") : tr("Move escalation"));
    auto *form = new QFormLayout;

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    for (const DepartmentRecord &d : departments) {
        if (d.retired || (mode == Mode::Move && d.id == current))
            continue;
        m_department->addItem(
            tr("%1 (answers within %2)").arg(d.name, deadlineText(d.answerMinutes)), d.key);
    }
    m_department->setCurrentIndex(-1);
    form->addRow(tr("&Department:"), m_department);

    if (mode == Mode::Escalate) {
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("level"));
        m_level->addItem(tr("1 – first level"), 1);
        m_level->addItem(tr("2 – second level"), 2);
        form->addRow(tr("&Level:"), m_level);
        m_urgency = new QComboBox(this);
        m_urgency->setObjectName(QStringLiteral("urgency"));
        m_urgency->addItem(tr("Normal"), QStringLiteral("normal"));
        m_urgency->addItem(tr("High"), QStringLiteral("high"));
        m_urgency->addItem(tr("Critical"), QStringLiteral("critical"));
        form->addRow(tr("&Urgency:"), m_urgency);
    }

    m_reason = textBox(3, this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the department has to look at it (required)"));
    form->addRow(tr("&Reason:"), m_reason);
    if (mode == Mode::Escalate) {
        m_note = textBox(3, this);
        m_note->setObjectName(QStringLiteral("note"));
        m_note->setPlaceholderText(tr("What the department should know (optional)"));
        form->addRow(tr("N&ote:"), m_note);
    }

    m_empty = new QLabel(tr("No department can take this case: ask an administrator to add "
                            "one (Tools ▸ Task force departments)."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_department->count() == 0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Escalate ? tr("&Escalate") : tr("&Move"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_department, &QComboBox::currentIndexChanged, this, &EscalationDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EscalationDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    updateOk();
    m_department->setFocus();
}

bool EscalationDialog::isComplete() const
{
    return m_department->currentIndex() >= 0 && !m_reason->toPlainText().trimmed().isEmpty();
}

void EscalationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

EscalationRequest EscalationDialog::request() const
{
    EscalationRequest r;
    r.departmentKey = m_department->currentData().toString();
    if (m_level)
        r.level = m_level->currentData().toInt();
    // Moving keeps the urgency: the store keeps the current one when none is given.
    r.urgency = m_urgency ? m_urgency->currentData().toString() : QString();
    r.reason = m_reason->toPlainText().trimmed();
    if (m_note)
        r.note = m_note->toPlainText().trimmed();
    return r;
}

EscalationTextDialog::EscalationTextDialog(const QString &title, const QString &prompt,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("escalationTextDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_edit = textBox(6, this);
    m_edit->setObjectName(QStringLiteral("text"));
    label->setBuddy(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!text().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    m_edit->setFocus();
}

QString EscalationTextDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace sportello
