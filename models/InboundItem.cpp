#include "InboundItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace sportello {
namespace {

constexpr int kMaxTextLength = 100000;

Result<QString> requiredString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return Result<QString>::failure(QStringLiteral("missing \"%1\"").arg(key));
    if (!v.isString())
        return Result<QString>::failure(QStringLiteral("\"%1\" must be a string").arg(key));
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return Result<QString>::failure(QStringLiteral("\"%1\" is empty").arg(key));
    return s;
}

Result<QString> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Result<QString>::failure(QStringLiteral("\"%1\" must be a string").arg(key));
    return v.toString().trimmed();
}

} // namespace

Result<InboundItem> InboundItem::fromJson(const QJsonObject &o)
{
    using R = Result<InboundItem>;
    InboundItem item;

    auto network = requiredString(o, QStringLiteral("network"));
    if (!network)
        return R::failure(network.error());
    const auto net = networkFromKey(network.value());
    if (!net)
        return R::failure(QStringLiteral("unknown network \"%1\"").arg(network.value()));
    item.network = *net;

    auto account = requiredString(o, QStringLiteral("account"));
    if (!account)
        return R::failure(account.error());
    item.account = account.value();

    auto networkId = requiredString(o, QStringLiteral("network_id"));
    if (!networkId)
        return R::failure(networkId.error());
    item.networkId = networkId.value();

    for (auto [key, target] : {std::pair{QStringLiteral("conversation_id"), &item.conversationId},
                               std::pair{QStringLiteral("reply_to"), &item.replyTo},
                               std::pair{QStringLiteral("customer_ref"), &item.customerRef}}) {
        auto value = optionalString(o, key);
        if (!value)
            return R::failure(value.error());
        *target = value.value();
    }

    const QJsonValue authorValue = o.value(QStringLiteral("author"));
    if (!authorValue.isObject())
        return R::failure(QStringLiteral("\"author\" must be an object with id, handle and name"));
    const QJsonObject author = authorValue.toObject();
    auto authorId = requiredString(author, QStringLiteral("id"));
    if (!authorId)
        return R::failure(QStringLiteral("author: ") + authorId.error());
    item.author.id = authorId.value();
    auto handle = optionalString(author, QStringLiteral("handle"));
    auto name = optionalString(author, QStringLiteral("name"));
    if (!handle)
        return R::failure(QStringLiteral("author: ") + handle.error());
    if (!name)
        return R::failure(QStringLiteral("author: ") + name.error());
    item.author.handle = handle.value();
    item.author.name = name.value();

    auto visibility = requiredString(o, QStringLiteral("visibility"));
    if (!visibility)
        return R::failure(visibility.error());
    const auto vis = visibilityFromKey(visibility.value());
    if (!vis)
        return R::failure(
            QStringLiteral("\"visibility\" must be \"public\" or \"private\", not \"%1\"")
                .arg(visibility.value()));
    item.visibility = *vis;

    auto direction = optionalString(o, QStringLiteral("direction"));
    if (!direction)
        return R::failure(direction.error());
    if (!direction.value().isEmpty()) {
        const auto dir = directionFromKey(direction.value());
        if (!dir)
            return R::failure(QStringLiteral("\"direction\" must be \"in\" or \"out\", not \"%1\"")
                                  .arg(direction.value()));
        item.direction = *dir;
    }

    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!text.isString())
        return R::failure(QStringLiteral("\"text\" must be a string"));
    item.text = text.toString();
    if (item.text.trimmed().isEmpty())
        return R::failure(QStringLiteral("\"text\" is empty"));
    if (item.text.size() > kMaxTextLength)
        return R::failure(
            QStringLiteral("\"text\" is longer than %1 characters").arg(kMaxTextLength));

    auto time = requiredString(o, QStringLiteral("time"));
    if (!time)
        return R::failure(time.error());
    // An offset is required: a time without one cannot be placed on the service clock.
    static const QRegularExpression offsetPattern(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    item.time = QDateTime::fromString(time.value(), Qt::ISODateWithMs);
    if (!item.time.isValid() || !offsetPattern.match(time.value()).hasMatch())
        return R::failure(QStringLiteral("\"time\" must be ISO 8601 with an offset, e.g. "
                                         "2026-11-23T09:15:00+01:00, not \"%1\"")
                              .arg(time.value()));

    const QJsonValue raw = o.value(QStringLiteral("raw"));
    if (raw.isObject())
        item.raw = QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact);
    else if (raw.isArray())
        item.raw = QJsonDocument(raw.toArray()).toJson(QJsonDocument::Compact);
    else if (raw.isString())
        item.raw = raw.toString().toUtf8();

    return item;
}

Result<InboundItem> InboundItem::fromJsonLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<InboundItem>::failure(QStringLiteral("not valid JSON (%1 at offset %2)")
                                                .arg(error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<InboundItem>::failure(QStringLiteral("not a JSON object"));
    return fromJson(doc.object());
}

QJsonObject InboundItem::toJson() const
{
    QJsonObject o{
        {QStringLiteral("network"), toKey(network)},
        {QStringLiteral("account"), account},
        {QStringLiteral("network_id"), networkId},
        {QStringLiteral("conversation_id"), conversationId},
        {QStringLiteral("reply_to"), replyTo},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), author.id},
                                               {QStringLiteral("handle"), author.handle},
                                               {QStringLiteral("name"), author.name}}},
        {QStringLiteral("visibility"), toKey(visibility)},
        {QStringLiteral("direction"), toKey(direction)},
        {QStringLiteral("text"), text},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
    };
    if (!customerRef.isEmpty())
        o.insert(QStringLiteral("customer_ref"), customerRef);
    return o;
}

} // namespace sportello
