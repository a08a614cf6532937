#include "AuditCommand.h"
#include "CaseCommand.h"
#include "JsonLinesImporter.h"
#include "ReplyChecker.h"
#include "ReportCommand.h"
#include "SqliteCaseStore.h"
#include "SqliteConnection.h"
#include "StoreOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace sportello;

namespace {

// Exit codes: 0 all good; 1 some input rejected; 2 nothing could be read or the database
// could not be used; 3 the command line itself was wrong.
enum Exit
{
    Ok = 0,
    SomeRejected = 1,
    NothingRead = 2,
    Usage = 3
};

void out(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject messageJson(const MessageRecord &m)
{
    return {
        {QStringLiteral("message_id"), m.id},
        {QStringLiteral("case_id"), m.caseId},
        {QStringLiteral("network"), toKey(m.network)},
        {QStringLiteral("account"), m.account},
        {QStringLiteral("network_id"), m.networkId},
        {QStringLiteral("direction"), toKey(m.direction)},
        {QStringLiteral("visibility"), toKey(m.visibility)},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), m.authorName},
                                               {QStringLiteral("handle"), m.authorHandle}}},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("time"), m.sentAt.toString(Qt::ISODateWithMs)},
    };
}

int runImport(SqliteCaseStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("sportello-cli: cannot read %1: %2").arg(path, file.errorString()));
        return NothingRead;
    }
    JsonLinesImporter importer(store);
    const auto summary = importer.run(file);
    for (const auto &e : summary.errors)
        err(QStringLiteral("%1:%2: %3").arg(path).arg(e.line).arg(e.reason));
    if (!summary.fatal.isEmpty())
        err(QStringLiteral("sportello-cli: %1").arg(summary.fatal));
    out(compact({{QStringLiteral("lines"), summary.lines},
                 {QStringLiteral("accepted"), summary.accepted},
                 {QStringLiteral("duplicates"), summary.duplicates},
                 {QStringLiteral("rejected"), qint64(summary.errors.size())},
                 {QStringLiteral("cases_opened"), summary.casesOpened}}));
    err(QStringLiteral("%1 line(s) read: %2 imported, %3 duplicate(s) dropped, %4 rejected.")
            .arg(summary.lines)
            .arg(summary.accepted)
            .arg(summary.duplicates)
            .arg(summary.errors.size()));
    if (summary.accepted + summary.duplicates == 0)
        return NothingRead;
    if (!summary.errors.isEmpty() || !summary.fatal.isEmpty())
        return SomeRejected;
    return Ok;
}

int runStats(SqliteCaseStore &store)
{
    auto stats = store.stats();
    if (!stats) {
        err(QStringLiteral("sportello-cli: %1").arg(stats.error()));
        return NothingRead;
    }
    const StoreStats &s = stats.value();
    QJsonObject byStatus;
    for (const auto &[status, count] : s.casesByStatus)
        byStatus.insert(toKey(status), count);
    byStatus.insert(QStringLiteral("total"), s.cases);
    out(compact({{QStringLiteral("messages"), s.messages},
                 {QStringLiteral("cases"), byStatus},
                 {QStringLiteral("customers"), s.customers},
                 {QStringLiteral("accounts"), s.accounts}}));
    return Ok;
}

int runSearch(SqliteCaseStore &store, const QString &query, int limit)
{
    auto found = store.searchMessages(query, limit);
    if (!found) {
        err(QStringLiteral("sportello-cli: %1").arg(found.error()));
        return NothingRead;
    }
    for (const MessageRecord &m : found.value())
        out(compact(messageJson(m)));
    return Ok;
}

int runCheck(const QString &networkKey, const QString &visibilityKey, const QString &text)
{
    ReplyContext context;
    context.network = *networkFromKey(networkKey);
    context.visibility = *visibilityFromKey(visibilityKey);
    const CheckResult result = ReplyChecker::shipped()->check(text, context);
    out(compact(result.toJson(text)));
    switch (result.verdict) {
    case CheckResult::Verdict::Ok:
        return 0;
    case CheckResult::Verdict::Warn:
        return 1;
    case CheckResult::Verdict::Block:
        return 2;
    }
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sportello"));
    QCoreApplication::setApplicationName(QStringLiteral("sportello"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sportello's headless tool.\n\n"
        "Commands:\n"
        "  import FILE            ingest normalised items, one JSON object a line\n"
        "  stats                  counts of messages, cases by status, customers, accounts\n"
        "  search QUERY           matching messages as JSON Lines, newest first\n"
        "  check --network NAME --visibility public|private (--text TEXT | --file FILE)\n"
        "                         run the reply checks; exit 0 ok, 1 warn, 2 block\n"
        "  report --from DATE --to DATE [--format json|csv] [--network N] [--agent NAME]\n"
        "         [--category KEY]\n"
        "                         the supervisor's figures; DATE is YYYY-MM-DD (Europe/Rome,\n"
        "                         --to included) or an ISO 8601 time\n"
        "  case escalate ID --department NAME --level 1|2 --reason TEXT [--urgency U]\n"
        "       [--note TEXT]     hand a case to the task force\n"
        "  case answer ID --text TEXT\n"
        "                         record the department's answer; the case returns\n"
        "  case resolve ID        resolve a case\n"
        "  customer erase ID      erase a customer's personal data, keep the figures\n"
        "  audit verify [--against EXPORT]\n"
        "                         check the audit chain; exit 1 names the first broken row\n"
        "  audit export [--from DATE] [--to DATE] [--format json|csv]\n"
        "                         the inspectors' extract, stating the chain head"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Case database (SQLite file)."),
                                      QStringLiteral("path"), SqliteConnection::defaultPath());
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("search: at most N results (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"),
        QStringLiteral(
            "check and report: x, facebook, instagram, messenger, whatsapp, telegram, mastodon "
            "or bluesky."),
        QStringLiteral("name"));
    const QCommandLineOption visibilityOption(QStringLiteral("visibility"),
                                              QStringLiteral("check: public or private."),
                                              QStringLiteral("public|private"));
    const QCommandLineOption textOption(
        QStringLiteral("text"), QStringLiteral("check: the reply text."), QStringLiteral("text"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("check: read the reply from a UTF-8 file."),
                                        QStringLiteral("path"));
    parser.addOptions(
        {dbOption, limitOption, networkOption, visibilityOption, textOption, fileOption});
    addReportOptions(parser);
    addCaseOptions(parser);
    addAuditOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("import, stats, search, check, report, case, customer or audit"));
    if (!parser.parse(app.arguments())) {
        err(QStringLiteral("sportello-cli: %1").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().toUtf8());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QByteArrayLiteral("sportello-cli " SPORTELLO_VERSION));
        return Ok;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    auto usage = [&](const QString &why) {
        err(QStringLiteral("sportello-cli: %1\nTry 'sportello-cli --help'.").arg(why));
        return Usage;
    };
    if (command.isEmpty())
        return usage(QStringLiteral("no command given"));
    if (command == QLatin1String("check")) {
        // The checks need no database: they run on the text alone.
        if (args.size() != 1)
            return usage(QStringLiteral("check takes its text from --text or --file"));
        if (!networkFromKey(parser.value(networkOption)))
            return usage(QStringLiteral("--network must be one of x, facebook, instagram, "
                                        "messenger, whatsapp, telegram, mastodon, bluesky"));
        if (!visibilityFromKey(parser.value(visibilityOption)))
            return usage(QStringLiteral("--visibility must be public or private"));
        if (parser.isSet(textOption) == parser.isSet(fileOption))
            return usage(QStringLiteral("give exactly one of --text and --file"));
        QString text = parser.value(textOption);
        if (parser.isSet(fileOption)) {
            QFile file(parser.value(fileOption));
            if (!file.open(QIODevice::ReadOnly)) {
                err(QStringLiteral("sportello-cli: cannot read %1: %2")
                        .arg(file.fileName(), file.errorString()));
                return Usage;
            }
            text = QString::fromUtf8(file.readAll());
        }
        return runCheck(parser.value(networkOption).toLower(),
                        parser.value(visibilityOption).toLower(), text);
    }
    if (command == QLatin1String("report"))
        return runReportCommand(parser, QDir::cleanPath(parser.value(dbOption)));
    if (command == QLatin1String("case"))
        return runCaseCommand(parser, QDir::cleanPath(parser.value(dbOption)));
    if (command == QLatin1String("customer"))
        return runCustomerCommand(parser, QDir::cleanPath(parser.value(dbOption)));
    if (command == QLatin1String("audit"))
        return runAuditCommand(parser, QDir::cleanPath(parser.value(dbOption)));
    if (command != QLatin1String("import") && command != QLatin1String("stats") &&
        command != QLatin1String("search"))
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));
    if ((command == QLatin1String("import") || command == QLatin1String("search")) &&
        args.size() != 2)
        return usage(QStringLiteral("%1 takes exactly one argument").arg(command));
    if (command == QLatin1String("stats") && args.size() != 1)
        return usage(QStringLiteral("stats takes no argument"));
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit <= 0 || limit > 100000)
        return usage(QStringLiteral("--limit must be a number from 1 to 100000"));

    const QString path = QDir::cleanPath(parser.value(dbOption));
    const bool writes = command == QLatin1String("import");
    // Reading commands neither create a database where a path was mistyped nor upgrade one.
    if (!writes && !QFileInfo::exists(path)) {
        err(QStringLiteral("sportello-cli: there is no database at %1")
                .arg(QDir::toNativeSeparators(path)));
        return NothingRead;
    }
    auto store = SqliteCaseStore::open(path, writes ? shippedTriage() : nullptr,
                                       writes ? SqliteConnection::Mode::ReadWrite
                                              : SqliteConnection::Mode::ReadOnly);
    if (!store) {
        err(QStringLiteral("sportello-cli: %1").arg(store.error()));
        return NothingRead;
    }
    if (command == QLatin1String("import"))
        return runImport(*store.value(), args.at(1));
    if (command == QLatin1String("stats"))
        return runStats(*store.value());
    return runSearch(*store.value(), args.at(1), limit);
}
