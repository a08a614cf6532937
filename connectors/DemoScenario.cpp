#include "DemoScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sportello {

Result<DemoScenario> DemoScenario::fromJson(const QByteArray &json)
{
    using R = Result<DemoScenario>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(
            QStringLiteral("the demo scenario is not valid JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return R::failure(QStringLiteral("the demo scenario must have \"version\": 1"));

    DemoScenario scenario;
    scenario.m_bank = root.value(QStringLiteral("bank")).toString();
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject o = value.toObject();
        AccountRecord a;
        const auto network = networkFromKey(o.value(QStringLiteral("network")).toString());
        a.handle = o.value(QStringLiteral("handle")).toString();
        if (!network || a.handle.isEmpty())
            return R::failure(QStringLiteral("demo account %1 needs a known network and a handle")
                                  .arg(scenario.m_accounts.size() + 1));
        a.network = *network;
        a.displayName = o.value(QStringLiteral("display_name")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("capabilities")).toArray())
            a.capabilities << c.toString();
        a.isDemo = true;
        scenario.m_accounts.append(a);
    }
    if (scenario.m_accounts.isEmpty())
        return R::failure(QStringLiteral("the demo scenario has no accounts"));

    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject o = messages.at(i).toObject();
        const qint64 offset = o.value(QStringLiteral("offset_s")).toInteger();
        // Parsed with a placeholder time: the real one depends on when the demo started.
        o.insert(QStringLiteral("time"), QStringLiteral("2000-01-01T00:00:00Z"));
        auto item = InboundItem::fromJson(o);
        if (!item)
            return R::failure(QStringLiteral("demo message %1: %2").arg(i + 1).arg(item.error()));
        scenario.m_entries.append({offset, item.takeValue()});
    }
    std::stable_sort(
        scenario.m_entries.begin(), scenario.m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.offsetSeconds < b.offsetSeconds; });
    return scenario;
}

Result<DemoScenario> DemoScenario::builtIn()
{
    QFile file(QStringLiteral(":/demo/scenario.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<DemoScenario>::failure(
            QStringLiteral("the demo scenario is missing from the build"));
    return fromJson(file.readAll());
}

QList<DemoScenario::Entry> DemoScenario::entriesFor(Network network, const QString &handle) const
{
    QList<Entry> out;
    for (const Entry &e : m_entries) {
        if (e.item.network == network && e.item.account == handle)
            out.append(e);
    }
    return out;
}

} // namespace sportello
