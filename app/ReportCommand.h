#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sportello {

// `sportello-cli report`: the supervisor's figures for a period as JSON or CSV, computed by
// ServiceReport exactly as the dashboard computes them.

// Adds the report's own options (--from, --to, --format, --agent, --category); --network and
// --db are the tool's.
void addReportOptions(QCommandLineParser &parser);

// Runs the command on the database at `databasePath`, opened read-only and never created.
// Returns the tool's exit code: 0 done, 2 the database could not be read, 3 bad arguments.
int runReportCommand(const QCommandLineParser &parser, const QString &databasePath);

// YYYY-MM-DD is a day in the bank's zone: its start, or for an inclusive end the start of
// the next day. Anything longer is an ISO 8601 time; without an offset it is the bank's.
// Invalid when the text is neither.
QDateTime parseCliTime(const QString &text, const QTimeZone &zone, bool inclusiveEnd);

} // namespace sportello
