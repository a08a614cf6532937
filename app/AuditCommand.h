#pragma once

#include <QCommandLineParser>

namespace sportello {

// `sportello-cli audit verify [--against EXPORT]` and `audit export --from --to
// [--format json|csv]`. Exit codes: 0 intact / exported, 1 the chain is broken (the first
// altered, removed or inserted row is named), 2 the database or the key cannot be used,
// 3 bad arguments.
void addAuditOptions(QCommandLineParser &parser);
int runAuditCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace sportello
