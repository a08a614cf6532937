#pragma once

#include "Records.h"

#include <QWidget>

class QComboBox;
class QListView;
class QStandardItemModel;

namespace sportello {

// Queues and filters on the left of the main window. It turns the agent's choices into a
// TimelineFilter (without the search words, which the search field owns).
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    TimelineFilter filter() const;
    void setAccounts(const QList<AccountRecord> &accounts);
    void selectQueue(Queue queue);
    QListView *queueView() const { return m_queues; }

signals:
    void filterChanged();

private:
    QComboBox *addCombo(const QString &label, const QString &accessibleName);
    QListView *m_queues;
    QStandardItemModel *m_queueModel;
    QComboBox *m_network;
    QComboBox *m_account;
    QComboBox *m_visibility;
    QComboBox *m_category;
    QComboBox *m_priority;
};

} // namespace sportello
