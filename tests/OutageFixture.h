#pragma once

#include "CaseStore.h"
#include "TestItems.h"

// Three customers who report the same outage, linked to one open incident. The third
// customer's "name" is an e-mail address: greeting them by it in public would publish
// personal data, so an incident reply to that case must be refused.
namespace sportello::testing {

struct OutageFixture
{
    QList<qint64> cases; // Marco Bianchi, Giulia, mario.rossi@example.com
    qint64 incident = 0;
};

inline Result<OutageFixture> seedOutageIncident(CaseStore &store, const QString &agent)
{
    using R = Result<OutageFixture>;
    const QStringList customers{QStringLiteral("Marco Bianchi"), QStringLiteral("Giulia"),
                                QStringLiteral("mario.rossi@example.com")};
    QList<InboundItem> items;
    for (int i = 0; i < customers.size(); ++i)
        items << item(QStringLiteral("down-%1").arg(i), customers.at(i),
                      QStringLiteral("L'app non funziona, non riesco a entrare"), at(i));
    auto report = store.ingest(items);
    if (!report)
        return R::failure(report.error());
    OutageFixture fixture;
    fixture.cases = report.value().touchedCases;
    IncidentRecord incident;
    incident.title = QStringLiteral("App non disponibile");
    incident.topic = QStringLiteral("app_down");
    incident.openedBy = agent;
    auto id = store.openIncident(incident);
    if (!id)
        return R::failure(id.error());
    fixture.incident = id.value();
    for (qint64 c : std::as_const(fixture.cases))
        if (Status linked =
                store.perform({c, CaseActionKind::LinkIncident, agent, QVariant(fixture.incident)});
            !linked)
            return R::failure(linked.error());
    return fixture;
}

} // namespace sportello::testing
