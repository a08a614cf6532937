#pragma once

#include "Records.h"

namespace sportello {

// Where a reply to a case goes: a public answer under the customer's last public message of the
// case, a private one into the conversation with them. Each gets its own idempotency key.
OutboxEntry outboxEntryForCase(const CaseSnapshot &snapshot, const QString &text,
                               Visibility visibility, const QString &author);

} // namespace sportello
