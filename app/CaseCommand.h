#pragma once

#include <QCommandLineParser>

namespace sportello {

// What other bank systems script, done exactly as the GUI does it and audited the same way:
//   case escalate ID --department NAME --level 1|2 --reason TEXT [--urgency U] [--note TEXT]
//   case answer ID --text TEXT      (the department's answer; the case returns to the agent)
//   case resolve ID
//   customer erase ID
// --actor NAME says who acts (default: cli:$USER). Exit codes: 0 done, 1 the action was
// refused (the reason on stderr), 2 the database or the audit key cannot be used, 3 bad
// arguments.
void addCaseOptions(QCommandLineParser &parser);
int runCaseCommand(const QCommandLineParser &parser, const QString &databasePath);
int runCustomerCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace sportello
