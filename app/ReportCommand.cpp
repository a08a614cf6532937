#include "ReportCommand.h"

#include "CliOutput.h"

#include "ServiceReport.h"
#include "SqliteConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace sportello {
namespace {

using namespace cli;

int failure(const QString &why)
{
    return fail(kUnusable, why);
}

} // namespace

QDateTime parseCliTime(const QString &text, const QTimeZone &zone, bool inclusiveEnd)
{
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dayOnly.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return {};
        return QDateTime(inclusiveEnd ? day.addDays(1) : day, QTime(0, 0), zone);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), zone);
    return time;
}

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("from"),
         QStringLiteral("report: first day (YYYY-MM-DD, Europe/Rome) or ISO 8601 time."),
         QStringLiteral("date")},
        {QStringLiteral("to"),
         QStringLiteral("report: last day, included (YYYY-MM-DD), or ISO 8601 end, excluded."),
         QStringLiteral("date")},
        {QStringLiteral("format"), QStringLiteral("report: json (default) or csv."),
         QStringLiteral("json|csv"), QStringLiteral("json")},
        {QStringLiteral("agent"), QStringLiteral("report: only cases assigned to this agent."),
         QStringLiteral("name")},
        {QStringLiteral("category"), QStringLiteral("report: only cases of this category key."),
         QStringLiteral("key")},
    });
}

int runReportCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("report takes its period from --from and --to"));
    ReportQuery query;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usage(QStringLiteral("report needs --from and --to"));
    query.from = parseCliTime(parser.value(QStringLiteral("from")), query.zone, false);
    query.to = parseCliTime(parser.value(QStringLiteral("to")), query.zone, true);
    if (!query.from.isValid())
        return usage(QStringLiteral("--from must be a day (YYYY-MM-DD) or an ISO 8601 time"));
    if (!query.to.isValid())
        return usage(QStringLiteral("--to must be a day (YYYY-MM-DD) or an ISO 8601 time"));
    if (query.from >= query.to)
        return usage(QStringLiteral("--from must come before --to"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(QStringLiteral("--format must be json or csv"));
    if (parser.isSet(QStringLiteral("network"))) {
        query.network = networkFromKey(parser.value(QStringLiteral("network")));
        if (!query.network)
            return usage(QStringLiteral("--network must be one of x, facebook, instagram, "
                                        "messenger, whatsapp, telegram, mastodon, bluesky"));
    }
    if (parser.isSet(QStringLiteral("category"))) {
        query.category = categoryFromKey(parser.value(QStringLiteral("category")));
        if (!query.category) {
            QStringList keys;
            for (Category c : allCategories())
                keys << toKey(c);
            return usage(QStringLiteral("--category must be one of %1")
                             .arg(keys.join(QStringLiteral(", "))));
        }
    }
    query.agent = parser.value(QStringLiteral("agent"));

    // Like stats: a mistyped path must not leave an empty database behind.
    if (!QFileInfo::exists(databasePath))
        return failure(QStringLiteral("there is no database at %1")
                           .arg(QDir::toNativeSeparators(databasePath)));
    auto connection = SqliteConnection::open(databasePath, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return failure(connection.error());
    const auto figures = ServiceReport::compute(connection.value()->database(), query);
    if (!figures)
        return failure(figures.error());
    if (format == QLatin1String("csv"))
        write(stdout, toCsv(figures.value()).toUtf8());
    else
        write(stdout, QJsonDocument(toJson(figures.value())).toJson(QJsonDocument::Compact) + '\n');
    return kOk;
}

} // namespace sportello
