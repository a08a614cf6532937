#include "FilterPanel.h"

#include "Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sportello {

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *queuesTitle = new QLabel(tr("Queues"), this);
    QFont bold = queuesTitle->font();
    bold.setBold(true);
    queuesTitle->setFont(bold);
    layout->addWidget(queuesTitle);

    m_queueModel = new QStandardItemModel(this);
    const QList<QPair<Queue, QString>> queues{
        {Queue::All, tr("All")},
        {Queue::Unassigned, tr("Unassigned")},
        {Queue::Mine, tr("Mine")},
        {Queue::Waiting, tr("Waiting")},
        {Queue::Escalated, tr("Escalated")},
        {Queue::Resolved, tr("Resolved")},
        {Queue::Due, tr("Due")}, // last, so that Alt+7 matches the View menu
    };
    int shortcut = 1;
    for (const auto &[queue, name] : queues) {
        auto *item = new QStandardItem(name);
        item->setData(int(queue), Qt::UserRole);
        item->setToolTip(tr("Alt+%1").arg(shortcut++));
        item->setEditable(false);
        m_queueModel->appendRow(item);
    }
    m_queues = new QListView(this);
    m_queues->setObjectName(QStringLiteral("queues"));
    m_queues->setModel(m_queueModel);
    m_queues->setAccessibleName(tr("Queues"));
    m_queues->setMaximumHeight(m_queues->sizeHintForRow(0) * (int(queues.size()) + 1) + 8);
    m_queues->setCurrentIndex(m_queueModel->index(0, 0));
    layout->addWidget(m_queues);

    auto *filtersTitle = new QLabel(tr("Filters"), this);
    filtersTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(filtersTitle);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_network = addCombo(tr("Network"), tr("Network filter"));
    for (Network n : allNetworks())
        m_network->addItem(Labels::network(n), toKey(n));
    form->addRow(tr("&Network"), m_network);
    m_account = addCombo(tr("Account"), tr("Account filter"));
    form->addRow(tr("A&ccount"), m_account);
    m_visibility = addCombo(tr("Channel"), tr("Public or private filter"));
    m_visibility->addItem(Labels::visibility(Visibility::Public), toKey(Visibility::Public));
    m_visibility->addItem(Labels::visibility(Visibility::Private), toKey(Visibility::Private));
    form->addRow(tr("&Public/private"), m_visibility);
    m_category = addCombo(tr("Category"), tr("Category filter"));
    for (Category c : allCategories())
        m_category->addItem(Labels::category(c), toKey(c));
    m_category->addItem(Labels::category(Category::None), toKey(Category::None));
    form->addRow(tr("Cate&gory"), m_category);
    m_priority = addCombo(tr("Priority"), tr("Priority filter"));
    for (Priority p : {Priority::Urgent, Priority::High, Priority::Normal, Priority::Low})
        m_priority->addItem(Labels::priority(p), toKey(p));
    form->addRow(tr("P&riority"), m_priority);
    layout->addStretch(1);

    connect(m_queues->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FilterPanel::filterChanged);
    for (QComboBox *c : {m_network, m_account, m_visibility, m_category, m_priority})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterPanel::filterChanged);
}

QComboBox *FilterPanel::addCombo(const QString &label, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("Any"), QString());
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(label);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

void FilterPanel::setAccounts(const QList<AccountRecord> &accounts)
{
    const QVariant current = m_account->currentData();
    const QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("Any"), QString());
    for (const AccountRecord &a : accounts)
        m_account->addItem(QStringLiteral("%1 %2").arg(Labels::network(a.network), a.handle), a.id);
    const int i = m_account->findData(current);
    m_account->setCurrentIndex(i < 0 ? 0 : i);
}

void FilterPanel::selectQueue(Queue queue)
{
    for (int row = 0; row < m_queueModel->rowCount(); ++row) {
        if (m_queueModel->item(row)->data(Qt::UserRole).toInt() == int(queue))
            m_queues->setCurrentIndex(m_queueModel->index(row, 0));
    }
}

TimelineFilter FilterPanel::filter() const
{
    TimelineFilter f;
    const QModelIndex queue = m_queues->currentIndex();
    if (queue.isValid())
        f.queue = Queue(queue.data(Qt::UserRole).toInt());
    f.network = networkFromKey(m_network->currentData().toString());
    if (m_account->currentData().toString().size() > 0)
        f.accountId = m_account->currentData().toLongLong();
    f.visibility = visibilityFromKey(m_visibility->currentData().toString());
    f.category = categoryFromKey(m_category->currentData().toString());
    f.priority = priorityFromKey(m_priority->currentData().toString());
    return f;
}

} // namespace sportello
