#include "OutgoingReplyBuilder.h"

#include <QUuid>

namespace sportello {

OutboxEntry outboxEntryForCase(const CaseSnapshot &snapshot, const QString &text,
                               Visibility visibility, const QString &author)
{
    OutboxEntry e;
    e.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.caseId = snapshot.kase.id;
    e.visibility = visibility;
    e.text = text;
    e.author = author;
    for (auto it = snapshot.conversation.crbegin(); it != snapshot.conversation.crend(); ++it) {
        if (it->caseId == snapshot.kase.id && it->direction == Direction::Inbound) {
            e.replyTo = visibility == it->visibility ? it->networkId : QString();
            e.conversationId = visibility == Visibility::Private
                                   ? QStringLiteral("dm:%1").arg(it->authorHandle)
                                   : QString();
            break;
        }
    }
    return e;
}

} // namespace sportello
