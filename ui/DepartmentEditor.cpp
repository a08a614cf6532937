#include "DepartmentEditor.h"

#include "EscalationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello {
namespace {

enum Column
{
    KeyColumn,
    NameColumn,
    ContactColumn,
    DeadlineColumn,
    RetiredColumn,
    ColumnCount
};

// The store's rule, repeated here so the form can say what is wrong before anything is sent.
const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,40}$"));
    return pattern;
}

} // namespace

DepartmentEditor::DepartmentEditor(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("departmentEditor"));
    setWindowTitle(tr("Task force departments"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Key"), tr("Name"), tr("Contact e-mail"), tr("Answers within"), tr("Retired")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("departments"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContactColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Departments"));

    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("e.g. complaints: lower-case letters, digits, _"));
    m_key->setMaxLength(41);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(120);
    m_contact = new QLineEdit(this);
    m_contact->setPlaceholderText(tr("where the dossier is e-mailed"));
    m_contact->setMaxLength(254);
    m_deadline = new QSpinBox(this);
    m_deadline->setRange(1, 60 * 24 * 30);
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("hours"), 60);
    m_unit->addItem(tr("minutes"), 1);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline, 1);
    deadlineRow->addWidget(m_unit);
    m_retired = new QCheckBox(tr("&Retired: takes no new escalations"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Contact e-mail:"), m_contact);
    form->addRow(tr("Answers &within (service time):"), deadlineRow);
    form->addRow(QString(), m_retired);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("departmentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_new = new QPushButton(tr("&New department"), this);
    m_new->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save department"), this);
    m_save->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDepartment(current.row());
            });
    connect(m_new, &QPushButton::clicked, this, &DepartmentEditor::newDepartment);
    connect(m_save, &QPushButton::clicked, this, &DepartmentEditor::save);
    for (QLineEdit *edit : {m_key, m_name, m_contact})
        connect(edit, &QLineEdit::textChanged, this, &DepartmentEditor::updateSave);
    resize(720, 520);
    newDepartment();
}

void DepartmentEditor::setDepartments(const QList<DepartmentRecord> &departments)
{
    m_departments = departments;
    m_model->removeRows(0, m_model->rowCount());
    int select = -1;
    for (const DepartmentRecord &d : departments) {
        QList<QStandardItem *> items;
        items << new QStandardItem(d.key) << new QStandardItem(d.name)
              << new QStandardItem(d.contact)
              << new QStandardItem(EscalationDialog::deadlineText(d.answerMinutes))
              << new QStandardItem(d.retired ? tr("retired") : QString());
        m_model->appendRow(items);
        if (!m_pendingKey.isEmpty() && d.key == m_pendingKey)
            select = m_model->rowCount() - 1;
    }
    if (select >= 0) {
        m_pendingKey.clear();
        m_table->selectionModel()->setCurrentIndex(m_model->index(select, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        m_status->setText(tr("Saved."));
    }
}

void DepartmentEditor::showError(const QString &error)
{
    m_pendingKey.clear();
    m_status->setText(error);
}

void DepartmentEditor::newDepartment()
{
    m_table->selectionModel()->clearSelection();
    m_editingId = 0;
    m_key->clear();
    m_key->setReadOnly(false);
    m_name->clear();
    m_contact->clear();
    m_deadline->setValue(16);
    m_unit->setCurrentIndex(0);
    m_retired->setChecked(false);
    m_status->clear();
    updateSave();
    m_key->setFocus();
}

void DepartmentEditor::showDepartment(int row)
{
    if (row < 0 || row >= m_departments.size())
        return;
    const DepartmentRecord &d = m_departments.at(row);
    m_editingId = d.id;
    m_key->setText(d.key);
    m_key->setReadOnly(true); // escalations refer to it: a key never changes
    m_name->setText(d.name);
    m_contact->setText(d.contact);
    const bool hours = d.answerMinutes % 60 == 0;
    m_unit->setCurrentIndex(hours ? 0 : 1);
    m_deadline->setValue(hours ? d.answerMinutes / 60 : d.answerMinutes);
    m_retired->setChecked(d.retired);
    m_status->clear();
    updateSave();
}

DepartmentRecord DepartmentEditor::edited() const
{
    DepartmentRecord d;
    d.id = m_editingId;
    d.key = m_key->text().trimmed();
    d.name = m_name->text().trimmed();
    d.contact = m_contact->text().trimmed();
    d.answerMinutes = m_deadline->value() * m_unit->currentData().toInt();
    d.retired = m_retired->isChecked();
    return d;
}

QString DepartmentEditor::problem() const
{
    const DepartmentRecord d = edited();
    if (!keyPattern().match(d.key).hasMatch())
        return tr("The key is 2 to 41 lower-case letters, digits or _, starting with a letter.");
    if (m_editingId == 0) {
        for (const DepartmentRecord &other : m_departments)
            if (other.key == d.key)
                return tr("There is already a department with the key \"%1\".").arg(d.key);
    }
    if (d.name.isEmpty())
        return tr("A department needs a name.");
    if (!d.contact.isEmpty() && !d.contact.contains(QLatin1Char('@')))
        return tr("The contact is an e-mail address.");
    return {};
}

void DepartmentEditor::updateSave()
{
    const QString why = problem();
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why);
}

void DepartmentEditor::save()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    const DepartmentRecord d = edited();
    m_pendingKey = d.key;
    m_status->setText(tr("Saving…"));
    emit saveRequested(d);
}

} // namespace sportello
