#pragma once

#include "Records.h"

#include <QAbstractListModel>

namespace sportello {

// The messages of one case view, in order, across the customer's channels. Text is exposed
// as plain text only; the view must never interpret it as markup.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        AuthorRole = Qt::UserRole + 1,
        HandleRole,
        NetworkRole, // key
        AccountRole,
        SentAtRole,     // QDateTime with the author's offset
        DirectionRole,  // "in" / "out"
        VisibilityRole, // "public" / "private"
        CaseIdRole,
        InThisCaseRole, // false for messages of the customer's other open cases
    };

    using QAbstractListModel::QAbstractListModel;

    void setConversation(qint64 caseId, const QList<MessageRecord> &messages);
    void clear();
    qint64 caseId() const { return m_caseId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qint64 m_caseId = 0;
    QList<MessageRecord> m_messages;
};

} // namespace sportello
