#include "ConversationModel.h"

#include "Labels.h"

namespace sportello {

void ConversationModel::setConversation(qint64 caseId, const QList<MessageRecord> &messages)
{
    beginResetModel();
    m_caseId = caseId;
    m_messages = messages;
    endResetModel();
}

void ConversationModel::clear()
{
    setConversation(0, {});
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRecord &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.text;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3")
            .arg(Labels::network(m.network), m.account, Labels::visibility(m.visibility));
    case AuthorRole:
        return m.authorName.isEmpty() ? m.authorHandle : m.authorName;
    case HandleRole:
        return m.authorHandle;
    case NetworkRole:
        return toKey(m.network);
    case AccountRole:
        return m.account;
    case SentAtRole:
        return m.sentAt;
    case DirectionRole:
        return toKey(m.direction);
    case VisibilityRole:
        return toKey(m.visibility);
    case CaseIdRole:
        return m.caseId;
    case InThisCaseRole:
        return m.caseId == m_caseId;
    }
    return {};
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AuthorRole, "author");
    names.insert(HandleRole, "handle");
    names.insert(NetworkRole, "network");
    names.insert(AccountRole, "account");
    names.insert(SentAtRole, "sentAt");
    names.insert(DirectionRole, "direction");
    names.insert(VisibilityRole, "visibility");
    names.insert(CaseIdRole, "caseId");
    names.insert(InThisCaseRole, "inThisCase");
    return names;
}

} // namespace sportello
