#include "AuditCommand.h"

#include "AuditedStore.h"
#include "CliOutput.h"
#include "ParallelAuditVerifier.h"
#include "ReportCommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sportello {
namespace {

using namespace cli;

constexpr int kBroken = kRefused; // the chain is broken

int unusable(const QString &why)
{
    return fail(kUnusable, why);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The chain head an earlier export stated: {"chain_head": {...}} in JSON, or the
// "chain_head,SEQ,HASH" line of a CSV export.
Result<AuditHead> headFromExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AuditHead>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray start = file.peek(64).trimmed();
    if (start.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        const QJsonObject head = doc.object().value(QStringLiteral("chain_head")).toObject();
        if (error.error != QJsonParseError::NoError || !head.contains(QStringLiteral("seq")) ||
            !head.value(QStringLiteral("hash")).isString())
            return Result<AuditHead>::failure(
                QStringLiteral("%1 is not an audit export: it states no chain head").arg(path));
        return AuditHead{head.value(QStringLiteral("seq")).toInteger(),
                         head.value(QStringLiteral("hash")).toString().toLatin1()};
    }
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() == 3 && fields.at(0) == "chain_head") {
            bool ok = false;
            const qint64 seq = fields.at(1).toLongLong(&ok);
            if (ok && seq >= 0)
                return AuditHead{seq, fields.at(2)};
        }
    }
    return Result<AuditHead>::failure(
        QStringLiteral("%1 is not an audit export: it states no chain head").arg(path));
}

int verify(const QCommandLineParser &parser, const QString &path)
{
    std::optional<AuditHead> against;
    if (parser.isSet(QStringLiteral("against"))) {
        auto head = headFromExport(parser.value(QStringLiteral("against")));
        if (!head)
            return usage(head.error());
        against = head.value();
    }
    auto store = SqliteCaseStore::open(path, nullptr, SqliteConnection::Mode::ReadOnly);
    if (!store)
        return unusable(store.error());
    auto key = auditKeyFor(*store.value(), AuditKeychain::IfMissing::Fail);
    if (!key)
        return unusable(key.error());
    ParallelAuditVerifier parallel(key.value(), against);
    if (Status s = store.value()->forEachAuditRecord(
            {}, {}, [&](const AuditRecord &r) { parallel.feed(r); });
        !s)
        return unusable(s.error());
    parallel.finish();
    const AuditVerifier &verifier = parallel.result();
    QJsonObject result{
        {QStringLiteral("intact"), verifier.ok()},
        {QStringLiteral("rows"), verifier.rows()},
        {QStringLiteral("head"),
         QJsonObject{{QStringLiteral("seq"), verifier.head().seq},
                     {QStringLiteral("hash"), QString::fromLatin1(verifier.head().hash)}}},
        {QStringLiteral("message"), verifier.message()}};
    if (!verifier.ok()) {
        result.insert(QStringLiteral("problem"), toKey(verifier.problem()));
        result.insert(QStringLiteral("row"), verifier.problemSeq());
    }
    write(stdout, QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    write(stderr, verifier.message().toUtf8() + '\n');
    return verifier.ok() ? kOk : kBroken;
}

int exportTrail(const QCommandLineParser &parser, const QString &path)
{
    const QTimeZone zone("Europe/Rome");
    QDateTime from, to;
    if (parser.isSet(QStringLiteral("from"))) {
        from = parseCliTime(parser.value(QStringLiteral("from")), zone, false);
        if (!from.isValid())
            return usage(QStringLiteral("--from must be a day (YYYY-MM-DD) or an ISO 8601 time"));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        to = parseCliTime(parser.value(QStringLiteral("to")), zone, true);
        if (!to.isValid())
            return usage(QStringLiteral("--to must be a day (YYYY-MM-DD) or an ISO 8601 time"));
    }
    if (from.isValid() && to.isValid() && from >= to)
        return usage(QStringLiteral("--from must come before --to"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(QStringLiteral("--format must be json or csv"));

    // An extract needs no key: the inspector verifies it with theirs. It states the head of
    // the whole chain, so a later verify can prove the history did not change since.
    auto store = SqliteCaseStore::open(path, nullptr, SqliteConnection::Mode::ReadOnly);
    if (!store)
        return unusable(store.error());
    auto head = store.value()->auditHead();
    if (!head)
        return unusable(head.error());
    const QString headSeq = QString::number(head.value().seq);
    const QString headHash = QString::fromLatin1(head.value().hash);
    if (format == QLatin1String("csv")) {
        write(stdout, QStringLiteral("chain_head,%1,%2\r\n").arg(headSeq, headHash).toUtf8());
        write(stdout, "seq,at,actor,action,case_id,customer_id,detail,prev_hash,hash\r\n");
        Status s = store.value()->forEachAuditRecord(from, to, [](const AuditRecord &r) {
            const QStringList fields{QString::number(r.seq),
                                     isoUtc(r.atMs),
                                     csvField(r.actor),
                                     csvField(r.action),
                                     r.caseId ? QString::number(r.caseId) : QString(),
                                     r.customerId ? QString::number(r.customerId) : QString(),
                                     csvField(r.detail),
                                     QString::fromLatin1(r.prevHash),
                                     QString::fromLatin1(r.hash)};
            write(stdout, fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
        });
        return s ? kOk : unusable(s.error());
    }
    QJsonArray rows;
    Status s = store.value()->forEachAuditRecord(from, to, [&rows](const AuditRecord &r) {
        rows.append(QJsonObject{
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("at"), isoUtc(r.atMs)},
            {QStringLiteral("actor"), r.actor},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("case_id"), r.caseId ? QJsonValue(r.caseId) : QJsonValue()},
            {QStringLiteral("customer_id"), r.customerId ? QJsonValue(r.customerId) : QJsonValue()},
            {QStringLiteral("detail"), QJsonDocument::fromJson(r.detail.toUtf8()).object()},
            {QStringLiteral("prev_hash"), QString::fromLatin1(r.prevHash)},
            {QStringLiteral("hash"), QString::fromLatin1(r.hash)}});
    });
    if (!s)
        return unusable(s.error());
    const QJsonObject document{
        {QStringLiteral("chain_head"), QJsonObject{{QStringLiteral("seq"), head.value().seq},
                                                   {QStringLiteral("hash"), headHash}}},
        {QStringLiteral("from"), from.isValid() ? from.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), to.isValid() ? to.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("rows"), rows}};
    write(stdout, QJsonDocument(document).toJson(QJsonDocument::Compact) + '\n');
    return kOk;
}

} // namespace

void addAuditOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("against"),
                      QStringLiteral("audit verify: an earlier export whose chain head the trail "
                                     "must still pass through."),
                      QStringLiteral("file")});
}

int runAuditCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(QStringLiteral("audit takes verify or export"));
    if (!QFileInfo::exists(databasePath))
        return unusable(QStringLiteral("there is no database at %1")
                            .arg(QDir::toNativeSeparators(databasePath)));
    if (args.at(1) == QLatin1String("verify"))
        return verify(parser, databasePath);
    if (args.at(1) == QLatin1String("export"))
        return exportTrail(parser, databasePath);
    return usage(QStringLiteral("audit takes verify or export, not \"%1\"").arg(args.at(1)));
}

} // namespace sportello
