#include "CaseCommand.h"

#include "AuditedStore.h"
#include "CliOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sportello {
namespace {

using namespace cli;

QString actorOf(const QCommandLineParser &parser)
{
    const QString actor = parser.value(QStringLiteral("actor")).trimmed();
    if (!actor.isEmpty())
        return actor;
    return QStringLiteral("cli:%1").arg(qEnvironmentVariable("USER", QStringLiteral("unknown")));
}

std::optional<qint64> idArgument(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Result<std::unique_ptr<SqliteCaseStore>> openForWriting(const QString &path)
{
    // Acting on cases needs a database that exists: a mistyped path must not create one.
    if (!QFileInfo::exists(path))
        return Result<std::unique_ptr<SqliteCaseStore>>::failure(
            QStringLiteral("there is no database at %1").arg(QDir::toNativeSeparators(path)));
    return openAuditedStore(path, SqliteConnection::Mode::ReadWrite,
                            AuditKeychain::IfMissing::Create);
}

void printCase(SqliteCaseStore &store, qint64 caseId)
{
    auto snapshot = store.loadCase(caseId);
    if (!snapshot)
        return;
    const CaseRecord &k = snapshot.value().kase;
    QJsonObject o{{QStringLiteral("case_id"), k.id},
                  {QStringLiteral("status"), toKey(k.status)},
                  {QStringLiteral("assignee"), k.assignee}};
    if (!snapshot.value().escalations.isEmpty()) {
        const EscalationRecord &e = snapshot.value().escalations.constLast();
        o.insert(QStringLiteral("escalation"),
                 QJsonObject{{QStringLiteral("id"), e.id},
                             {QStringLiteral("department"), e.department.key},
                             {QStringLiteral("level"), e.level},
                             {QStringLiteral("state"), toKey(e.state)},
                             {QStringLiteral("due"), e.dueAt.toUTC().toString(Qt::ISODate)}});
    }
    write(stdout, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace

void addCaseOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("department"), QStringLiteral("case escalate: department key or name."),
         QStringLiteral("name")},
        {QStringLiteral("level"), QStringLiteral("case escalate: 1 or 2."), QStringLiteral("1|2")},
        {QStringLiteral("urgency"), QStringLiteral("case escalate: normal, high or critical."),
         QStringLiteral("urgency"), QStringLiteral("normal")},
        {QStringLiteral("reason"), QStringLiteral("case escalate: why."), QStringLiteral("text")},
        {QStringLiteral("note"), QStringLiteral("case escalate: a note for the department."),
         QStringLiteral("text")},
        {QStringLiteral("actor"), QStringLiteral("case, customer: who acts (default cli:$USER)."),
         QStringLiteral("name")},
    });
}

int runCaseCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(1);
    if (verb != QLatin1String("escalate") && verb != QLatin1String("answer") &&
        verb != QLatin1String("resolve"))
        return usage(QStringLiteral("case takes escalate, answer or resolve"));
    if (args.size() != 3)
        return usage(QStringLiteral("case %1 takes one case number").arg(verb));
    const auto caseId = idArgument(parser);
    if (!caseId)
        return usage(QStringLiteral("\"%1\" is not a case number").arg(args.value(2)));

    CaseAction action;
    action.caseId = *caseId;
    action.actor = actorOf(parser);
    if (verb == QLatin1String("escalate")) {
        EscalationRequest request;
        request.departmentKey = parser.value(QStringLiteral("department")).trimmed();
        const QString level = parser.value(QStringLiteral("level"));
        request.level = level == QLatin1String("2") ? 2 : 1;
        request.urgency = parser.value(QStringLiteral("urgency")).toLower();
        request.reason = parser.value(QStringLiteral("reason")).trimmed();
        request.note = parser.value(QStringLiteral("note"));
        if (request.departmentKey.isEmpty())
            return usage(QStringLiteral("case escalate needs --department"));
        if (level != QLatin1String("1") && level != QLatin1String("2"))
            return usage(QStringLiteral("--level must be 1 or 2"));
        if (request.reason.isEmpty())
            return usage(QStringLiteral("case escalate needs --reason"));
        action.kind = CaseActionKind::Escalate;
        action.value = QVariant::fromValue(request);
    } else if (verb == QLatin1String("answer")) {
        const QString text = parser.value(QStringLiteral("text")).trimmed();
        if (text.isEmpty())
            return usage(QStringLiteral("case answer needs --text"));
        action.kind = CaseActionKind::AnswerEscalation;
        action.value = text;
    } else {
        action.kind = CaseActionKind::Resolve;
    }

    auto store = openForWriting(databasePath);
    if (!store)
        return fail(kUnusable, store.error());
    if (Status s = store.value()->perform(action); !s)
        return fail(kRefused, s.error());
    printCase(*store.value(), *caseId);
    return kOk;
}

int runCustomerCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(1) != QLatin1String("erase") || args.size() != 3)
        return usage(QStringLiteral("customer takes: erase ID"));
    const auto customerId = idArgument(parser);
    if (!customerId)
        return usage(QStringLiteral("\"%1\" is not a customer number").arg(args.value(2)));
    auto store = openForWriting(databasePath);
    if (!store)
        return fail(kUnusable, store.error());
    if (Status s = store.value()->eraseCustomer(*customerId, actorOf(parser)); !s)
        return fail(kRefused, s.error());
    write(stdout, QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), *customerId},
                                            {QStringLiteral("erased"), true}})
                          .toJson(QJsonDocument::Compact) +
                      '\n');
    return kOk;
}

} // namespace sportello
