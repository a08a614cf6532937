#include "IncidentDialogs.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sportello {

NewIncidentDialog::NewIncidentDialog(const QString &title,
                                     const QList<QPair<qint64, QString>> &cases, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New incident"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(title, this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    form->addRow(tr("&Title"), m_title);
    layout->addLayout(form);

    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("incidentCases"));
    m_cases->setAccessibleName(tr("Cases to link"));
    for (const auto &[id, name] : cases) {
        auto *item = new QListWidgetItem(name, m_cases);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (!cases.isEmpty()) {
        auto *label = new QLabel(tr("&Link these cases (Space checks or unchecks):"), this);
        label->setBuddy(m_cases);
        layout->addWidget(label);
        layout->addWidget(m_cases, 1);
    } else {
        m_cases->hide();
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open incident"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title.trimmed().isEmpty());
    layout->addWidget(m_buttons);
    resize(520, cases.isEmpty() ? 120 : 420);
}

QString NewIncidentDialog::title() const
{
    return m_title->text().trimmed();
}

QList<qint64> NewIncidentDialog::checkedCases() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->checkState() == Qt::Checked)
            ids << m_cases->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

IncidentsDialog::IncidentsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Incidents"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("incidents"));
    m_table->setHorizontalHeaderLabels(
        {tr("Incident"), tr("Topic"), tr("Opened"), tr("State"), tr("Linked cases")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *create = buttons->addButton(tr("&New incident…"), QDialogButtonBox::ActionRole);
    m_answer = buttons->addButton(tr("&Answer all linked cases…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(tr("C&lose incident…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &IncidentsDialog::newRequested);
    connect(m_answer, &QPushButton::clicked, this, [this] {
        if (auto i = selected())
            emit answerRequested(*i);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (auto i = selected())
            emit closeRequested(*i);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IncidentsDialog::updateButtons);
    layout->addWidget(buttons);
    updateButtons();
    resize(760, 360);
}

void IncidentsDialog::setIncidents(const QList<IncidentRecord> &incidents)
{
    m_incidents = incidents;
    std::stable_sort(
        m_incidents.begin(), m_incidents.end(),
        [](const IncidentRecord &a, const IncidentRecord &b) { return a.open && !b.open; });
    m_table->setRowCount(int(m_incidents.size()));
    for (int row = 0; row < m_incidents.size(); ++row) {
        const IncidentRecord &i = m_incidents.at(row);
        const QStringList cells{
            QStringLiteral("#%1 %2").arg(i.id).arg(i.title), i.topic,
            QLocale().toString(i.openedAt.toLocalTime(), QLocale::ShortFormat) +
                QStringLiteral(" · ") + i.openedBy,
            i.open ? tr("open")
                   : tr("closed %1")
                         .arg(QLocale().toString(i.closedAt.toLocalTime(), QLocale::ShortFormat)),
            QString::number(i.linkedCases)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!m_incidents.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

std::optional<IncidentRecord> IncidentsDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_incidents.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_incidents.at(row);
}

void IncidentsDialog::updateButtons()
{
    const auto i = selected();
    m_answer->setEnabled(i && i->open && i->linkedCases > 0);
    m_close->setEnabled(i && i->open);
}

SpikeSettingsDialog::SpikeSettingsDialog(const SpikeSettings &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Spike thresholds"));
    auto *form = new QFormLayout(this);
    m_window = new QSpinBox(this);
    m_window->setRange(1, 24 * 60);
    m_window->setSuffix(tr(" min"));
    m_window->setValue(current.windowMinutes);
    form->addRow(tr("&Window"), m_window);
    m_minCustomers = new QSpinBox(this);
    m_minCustomers->setRange(2, 10000);
    m_minCustomers->setValue(current.minCustomers);
    form->addRow(tr("&Customers at least"), m_minCustomers);
    m_factor = new QDoubleSpinBox(this);
    m_factor->setRange(1.0, 100.0);
    m_factor->setDecimals(1);
    m_factor->setSuffix(tr("× the usual rate"));
    m_factor->setValue(current.factor);
    form->addRow(tr("&Rate at least"), m_factor);
    m_baseline = new QSpinBox(this);
    m_baseline->setRange(1, 30 * 24);
    m_baseline->setSuffix(tr(" h"));
    m_baseline->setValue(current.baselineHours);
    form->addRow(tr("Usual rate &measured over"), m_baseline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The store's own rules decide what is acceptable, so the dialog never saves what the
    // monitor would refuse to load.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto checked = SpikeSettings::fromJson(value().toJson()); !checked)
            QMessageBox::warning(this, windowTitle(), checked.error());
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

SpikeSettings SpikeSettingsDialog::value() const
{
    SpikeSettings s;
    s.windowMinutes = m_window->value();
    s.minCustomers = m_minCustomers->value();
    s.factor = m_factor->value();
    s.baselineHours = m_baseline->value();
    return s;
}

} // namespace sportello
