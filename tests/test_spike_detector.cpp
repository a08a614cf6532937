#include "DemoScenario.h"
#include "SpikeDetector.h"
#include "TopicRules.h"

#include <QHash>
#include <QTest>

#include <algorithm>

using namespace sportello;

namespace {

const QString kLogin = QStringLiteral("login_failure");
const QString kCards = QStringLiteral("card_declined");

// Rome in winter: the customers' own offset, as the demo connector writes it.
QDateTime start()
{
    return QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::OffsetFromUTC, 3600);
}

// A quiet day: one customer an hour writes about the topic, each a different one, always on
// the hour so that bursts placed at half past stay apart from it.
void quietDay(SpikeDetector &detector, const QString &topic, const QDateTime &until)
{
    const QDateTime from = until.addSecs(-24 * 3600);
    for (int h = 0; h < 24; ++h)
        detector.observe(from.addSecs(h * 3600), topic, 100000 + h);
}

// `customers` distinct customers, one every `stepSeconds` from `at`.
void burst(SpikeDetector &detector, const QString &topic, const QDateTime &at, int customers,
           int stepSeconds, qint64 firstCustomer = 1)
{
    for (int i = 0; i < customers; ++i)
        detector.observe(at.addSecs(qint64(i) * stepSeconds), topic, firstCustomer + i);
}

TopicRules defaultRules()
{
    Result<TopicRules> rules = TopicRules::loadDefaults();
    if (!rules)
        qFatal("built-in topics unusable: %s", qUtf8Printable(rules.error()));
    return rules.takeValue();
}

} // namespace

class TestSpikeDetector : public QObject
{
    Q_OBJECT

private slots:
    void topicsAreRecognisedAcrossInflectionsCapitalisationAndLanguages_data();
    void topicsAreRecognisedAcrossInflectionsCapitalisationAndLanguages();
    void topicLabelsFollowTheAgentsLanguage();
    void badTopicFilesAreRejectedWithAReason_data();
    void badTopicFilesAreRejectedWithAReason();
    void steadyTrafficRaisesNoAlertEvenAboveMinCustomers();
    void aBurstRaisesOneAlertWithTopicCustomersAndWindow();
    void theSameCustomerWritingTenTimesCountsOnce();
    void anEpisodeAlertsOnceAndASecondEpisodeAlertsAgain();
    void messagesArrivingOutOfOrderWithinTheWindowAreCounted();
    void aLateBacklogOfOldMessagesNeverAlertsNow();
    void anEpisodeOlderThanOneWindowIsNotActive();
    void emptyTopicsAreIgnored();
    void thresholdsFromSettingsChangeTheOutcome();
    void settingsRoundTripThroughJsonAndMissingKeysKeepDefaults();
    void badSettingsAreRejectedWithAReason_data();
    void badSettingsAreRejectedWithAReason();
    void theDemoOutageRaisesExactlyTheLogInAlert();
    void memoryStaysBoundedOver200kObservations();
};

void TestSpikeDetector::topicsAreRecognisedAcrossInflectionsCapitalisationAndLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("topic");
    QTest::newRow("it: non riesco ad accedere")
        << QStringLiteral("Non riesco ad accedere all'home banking") << kLogin;
    QTest::newRow("it: capitals and accents")
        << QStringLiteral("NON RIESCO PIÙ AD ENTRARE nell'app!!") << kLogin;
    QTest::newRow("it: home banking down") << QStringLiteral("home banking DOWN??") << kLogin;
    QTest::newRow("it: app non funziona") << QStringLiteral("l'app non mi funziona") << kLogin;
    QTest::newRow("hashtag") << QStringLiteral("#AppDown da stamattina") << kLogin;
    QTest::newRow("en: can't log in") << QStringLiteral("Can't log in to the app") << kLogin;
    QTest::newRow("it: carta rifiutata")
        << QStringLiteral("la carta è stata RIFIUTATA al supermercato") << kCards;
    QTest::newRow("en: card declined")
        << QStringLiteral("My card was declined at the ATM") << kCards;
    QTest::newRow("it: bonifico non arrivato")
        << QStringLiteral("Il bonifico non è ancora arrivato")
        << QStringLiteral("transfer_delayed");
    QTest::newRow("it: bonifici in ritardo")
        << QStringLiteral("Bonifici in ritardo da giorni") << QStringLiteral("transfer_delayed");
    QTest::newRow("it: app si chiude")
        << QStringLiteral("L'app si chiude dopo l'aggiornamento") << QStringLiteral("app_crash");
    QTest::newRow("en: app crashes")
        << QStringLiteral("the app keeps CRASHING") << QStringLiteral("app_crash");
    QTest::newRow("it: sito non si apre")
        << QStringLiteral("il sito non si apre") << QStringLiteral("website_down");
    QTest::newRow("it: sms falso") << QStringLiteral("Mi è arrivato un SMS falso, è phishing?")
                                   << QStringLiteral("phishing_wave");
    QTest::newRow("it: addebitato due volte")
        << QStringLiteral("mi avete addebitato due volte la stessa spesa")
        << QStringLiteral("double_charge");
    QTest::newRow("en: charged twice") << QStringLiteral("I was charged twice for one purchase")
                                       << QStringLiteral("double_charge");
    QTest::newRow("it: commissioni aumentate")
        << QStringLiteral("Commissioni aumentate senza avvisare") << QStringLiteral("fees_change");
    QTest::newRow("it: numero verde") << QStringLiteral("il numero verde non risponde mai")
                                      << QStringLiteral("contact_unreachable");
    QTest::newRow("unrelated: praise")
        << QStringLiteral("Grazie mille alla filiale di Parma, gentilissimi") << QString();
    QTest::newRow("unrelated: mortgage")
        << QStringLiteral("Che tasso fisso fate sul mutuo a 20 anni?") << QString();
    QTest::newRow("unrelated: english question")
        << QStringLiteral("Do you offer accounts for international students?") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSpikeDetector::topicsAreRecognisedAcrossInflectionsCapitalisationAndLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, topic);
    QCOMPARE(defaultRules().topicOf(text), topic);
}

void TestSpikeDetector::topicLabelsFollowTheAgentsLanguage()
{
    const TopicRules rules = defaultRules();
    QCOMPARE(rules.keys().first(), kLogin);
    QVERIFY(rules.label(kLogin, Language::Italian).contains(QStringLiteral("accesso")));
    QVERIFY(rules.label(kLogin, Language::English).contains(QStringLiteral("log-in")));
    QCOMPARE(rules.label(kLogin, Language::Other), rules.label(kLogin, Language::English));
    QCOMPARE(rules.label(QStringLiteral("no_such_topic"), Language::Italian),
             QStringLiteral("no_such_topic"));
}

void TestSpikeDetector::badTopicFilesAreRejectedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = R"({"key": "t", "label_it": "i", "label_en": "e",
                              "keywords": [{"weight": 2, "patterns": ["login"]}]})";
    QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "topics": [)" + ok + "]}")
                                   << QStringLiteral("\"version\" must be 1");
    QTest::newRow("no topics") << QByteArray(R"({"version": 1, "topics": []})")
                               << QStringLiteral("non-empty array");
    QTest::newRow("misspelt key")
        << QByteArray(R"({"version": 1, "topics": [{"key": "t", "lable_it": "i"}]})")
        << QStringLiteral("unknown key \"lable_it\"");
    QTest::newRow("missing label")
        << QByteArray(R"({"version": 1, "topics": [{"key": "t", "label_it": "i",
                          "keywords": [{"weight": 2, "patterns": ["x"]}]}]})")
        << QStringLiteral("\"label_en\" must be a non-empty string");
    QTest::newRow("bad key") << QByteArray(R"({"version": 1, "topics": [{"key": "Log In"}]})")
                             << QStringLiteral("\"key\" must be lower-case");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"version": 1, "topics": [)" + ok + "," + ok + "]}")
        << QStringLiteral("topics[1] (\"t\"): the key appears twice");
    QTest::newRow("short prefix")
        << QByteArray(R"({"version": 1, "topics": [{"key": "t", "label_it": "i", "label_en": "e",
                          "keywords": [{"weight": 2, "patterns": ["ac*"]}]}]})")
        << QStringLiteral("patterns[0] \"ac*\": the prefix is too short");
    QTest::newRow("weight out of range")
        << QByteArray(R"({"version": 1, "topics": [{"key": "t", "label_it": "i", "label_en": "e",
                          "keywords": [{"weight": 11, "patterns": ["x"]}]}]})")
        << QStringLiteral("keywords[0]: \"weight\" must be a whole number from 1 to 10");
    QTest::newRow("duplicate pattern")
        << QByteArray(R"({"version": 1, "topics": [{"key": "t", "label_it": "i", "label_en": "e",
                          "keywords": [{"weight": 2, "patterns": ["Perché", "perche"]}]}]})")
        << QStringLiteral("duplicate of an earlier pattern");
}

void TestSpikeDetector::badTopicFilesAreRejectedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<TopicRules> rules = TopicRules::fromJson(json);
    QVERIFY(!rules.ok());
    QVERIFY2(rules.error().contains(reason), qPrintable(rules.error()));
}

void TestSpikeDetector::steadyTrafficRaisesNoAlertEvenAboveMinCustomers()
{
    SpikeDetector detector;
    // Ten different customers in every ten-minute window, twice minCustomers, for 30 hours:
    // a busy topic, not a spike.
    for (int minute = 0; minute < 30 * 60; ++minute)
        detector.observe(start().addSecs(minute * 60), kLogin, minute % 1000);
    QVERIFY(detector.alerts().isEmpty());
    QVERIFY(detector.activeAlerts(start().addSecs(30 * 3600)).isEmpty());
}

void TestSpikeDetector::aBurstRaisesOneAlertWithTopicCustomersAndWindow()
{
    SpikeDetector detector;
    const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
    quietDay(detector, kLogin, at);
    quietDay(detector, kCards, at);
    burst(detector, kLogin, at, 8, 20);
    const QDateTime last = at.addSecs(7 * 20);

    const QList<SpikeAlert> alerts = detector.alerts();
    QCOMPARE(alerts.size(), 1);
    const SpikeAlert &alert = alerts.first();
    QCOMPARE(alert.topic, kLogin);
    QCOMPARE(alert.customers, 8);
    QCOMPARE(alert.windowStart, at);
    QCOMPARE(alert.windowEnd, last);
    QCOMPARE(alert.windowStart.offsetFromUtc(), 3600);
    QCOMPARE(alert.ratePerHour, 8 * 6.0);
    QVERIFY2(alert.baselinePerHour > 0.5 && alert.baselinePerHour < 1.5,
             qPrintable(QString::number(alert.baselinePerHour)));

    QCOMPARE(detector.activeAlerts(last).size(), 1);
    QCOMPARE(detector.activeAlerts(last.addSecs(9 * 60)).size(), 1);
    QVERIFY(detector.activeAlerts(last.addSecs(11 * 60)).isEmpty());
}

void TestSpikeDetector::theSameCustomerWritingTenTimesCountsOnce()
{
    SpikeDetector detector;
    const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
    quietDay(detector, kLogin, at);
    for (int i = 0; i < 10; ++i)
        detector.observe(at.addSecs(i * 15), kLogin, 42);
    burst(detector, kLogin, at.addSecs(10), 3, 30);
    QVERIFY2(detector.alerts().isEmpty(), "one insistent customer and three others are four");

    detector.observe(at.addSecs(200), kLogin, 99);
    const QList<SpikeAlert> alerts = detector.alerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().customers, 5);
}

void TestSpikeDetector::anEpisodeAlertsOnceAndASecondEpisodeAlertsAgain()
{
    SpikeDetector detector;
    const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
    quietDay(detector, kLogin, at);
    // Forty minutes of one new customer a minute: one episode that keeps growing.
    burst(detector, kLogin, at, 40, 60);
    QList<SpikeAlert> alerts = detector.alerts();
    QCOMPARE(alerts.size(), 1);
    QVERIFY2(alerts.first().customers >= 35, qPrintable(QString::number(alerts.first().customers)));
    QCOMPARE(alerts.first().windowEnd, at.addSecs(39 * 60));
    QCOMPARE(detector.activeAlerts(at.addSecs(39 * 60)).size(), 1);

    // Two hours later the topic flares up again: a new episode, a new alert.
    const QDateTime again = at.addSecs(3 * 3600);
    burst(detector, kLogin, again, 8, 20, 1000);
    alerts = detector.alerts();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.last().windowStart, again);
    QCOMPARE(alerts.last().customers, 8);
    const QList<SpikeAlert> active = detector.activeAlerts(again.addSecs(200));
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().windowStart, again);
}

void TestSpikeDetector::messagesArrivingOutOfOrderWithinTheWindowAreCounted()
{
    SpikeDetector detector;
    const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
    quietDay(detector, kLogin, at);
    for (int minute : {4, 1, 3, 0, 2})
        detector.observe(at.addSecs(minute * 60), kLogin, 500 + minute);
    const QList<SpikeAlert> alerts = detector.alerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().customers, 5);
    QCOMPARE(alerts.first().windowStart, at);
    QCOMPARE(alerts.first().windowEnd, at.addSecs(4 * 60));
}

void TestSpikeDetector::aLateBacklogOfOldMessagesNeverAlertsNow()
{
    SpikeDetector detector;
    const QDateTime now = start().addSecs(24 * 3600);
    quietDay(detector, kLogin, now);
    detector.observe(now, kCards, 1);
    // An import brings in a burst written five hours ago: history, not news.
    burst(detector, kLogin, now.addSecs(-5 * 3600), 20, 10);
    QVERIFY(detector.activeAlerts(now).isEmpty());
    QVERIFY(detector.alerts().isEmpty());
}

void TestSpikeDetector::anEpisodeOlderThanOneWindowIsNotActive()
{
    SpikeDetector detector;
    const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
    quietDay(detector, kLogin, at);
    burst(detector, kLogin, at, 8, 20);
    detector.observe(at.addSecs(2 * 3600), kCards, 7);
    QCOMPARE(detector.alerts().size(), 1);
    // Asked "now" with an earlier clock, the newest message still decides.
    QVERIFY(detector.activeAlerts(at).isEmpty());
}

void TestSpikeDetector::emptyTopicsAreIgnored()
{
    SpikeDetector detector;
    for (int i = 0; i < 100; ++i)
        detector.observe(start().addSecs(i), QString(), i);
    QCOMPARE(detector.size(), 0);
    QVERIFY(detector.alerts().isEmpty());
}

void TestSpikeDetector::thresholdsFromSettingsChangeTheOutcome()
{
    const auto alertsWith = [](const SpikeSettings &settings) {
        SpikeDetector detector(settings);
        const QDateTime at = start().addSecs(24 * 3600 + 30 * 60);
        quietDay(detector, kLogin, at);
        burst(detector, kLogin, at, 6, 30); // six customers in 2.5 minutes: 36 an hour
        return detector.alerts().size();
    };
    QCOMPARE(alertsWith(SpikeSettings::defaults()), 1);

    SpikeSettings moreCustomers;
    moreCustomers.minCustomers = 7;
    QCOMPARE(alertsWith(moreCustomers), 0);

    SpikeSettings higherFactor;
    higherFactor.factor = 50; // the quiet day runs at one an hour
    QCOMPARE(alertsWith(higherFactor), 0);

    SpikeSettings shorterWindow;
    shorterWindow.windowMinutes = 1; // at most two of the six fit in one minute
    QCOMPARE(alertsWith(shorterWindow), 0);
}

void TestSpikeDetector::settingsRoundTripThroughJsonAndMissingKeysKeepDefaults()
{
    SpikeSettings custom;
    custom.windowMinutes = 15;
    custom.minCustomers = 8;
    custom.factor = 2.5;
    custom.baselineHours = 48;
    const Result<SpikeSettings> back = SpikeSettings::fromJson(custom.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), custom);

    const Result<SpikeSettings> partial = SpikeSettings::fromJson(R"({"minCustomers": 9})");
    QVERIFY2(partial.ok(), qPrintable(partial.error()));
    SpikeSettings expected;
    expected.minCustomers = 9;
    QCOMPARE(partial.value(), expected);
    QCOMPARE(SpikeSettings::fromJson("{}").value(), SpikeSettings::defaults());
}

void TestSpikeDetector::badSettingsAreRejectedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{windowMinutes: 10")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("not an object")
        << QByteArray("[10, 5]") << QStringLiteral("must be a JSON object");
    QTest::newRow("misspelt key") << QByteArray(R"({"minCustomer": 5})")
                                  << QStringLiteral("unknown key \"minCustomer\"");
    QTest::newRow("zero window") << QByteArray(R"({"windowMinutes": 0})")
                                 << QStringLiteral("\"windowMinutes\" must be a whole number");
    QTest::newRow("fractional customers")
        << QByteArray(R"({"minCustomers": 4.5})")
        << QStringLiteral("\"minCustomers\" must be a whole number");
    QTest::newRow("one customer") << QByteArray(R"({"minCustomers": 1})")
                                  << QStringLiteral("from 2 to");
    QTest::newRow("factor as text")
        << QByteArray(R"({"factor": "four"})")
        << QStringLiteral("\"factor\" must be a number from 1 to 1000 (found \"four\")");
    QTest::newRow("factor below one")
        << QByteArray(R"({"factor": 0.5})") << QStringLiteral("\"factor\" must be a number");
    QTest::newRow("baseline shorter than window")
        << QByteArray(R"({"windowMinutes": 120, "baselineHours": 1})")
        << QStringLiteral("must be longer than \"windowMinutes\"");
}

void TestSpikeDetector::badSettingsAreRejectedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<SpikeSettings> settings = SpikeSettings::fromJson(json);
    QVERIFY(!settings.ok());
    QVERIFY2(settings.error().contains(reason), qPrintable(settings.error()));
}

void TestSpikeDetector::theDemoOutageRaisesExactlyTheLogInAlert()
{
    Result<DemoScenario> scenario = DemoScenario::builtIn();
    QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
    QList<DemoScenario::Entry> entries;
    for (const AccountRecord &account : scenario.value().accounts())
        entries += scenario.value().entriesFor(account.network, account.handle);
    QCOMPARE(entries.size(), scenario.value().size());
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.offsetSeconds < b.offsetSeconds;
    });

    const TopicRules rules = defaultRules();
    SpikeDetector detector;
    QHash<QString, qint64> customerIds; // the store's customer ids, here one per author
    const QDateTime demoStart = start();
    const qint64 outageFrom = 121; // the first and last log-in complaint of the outage
    const qint64 outageTo = 297;
    int outageReports = 0;
    const auto feed = [&](const DemoScenario::Entry &e) {
        if (e.item.direction != Direction::Inbound)
            return;
        const QString author = toKey(e.item.network) + u'/' + e.item.author.id;
        const qint64 customer = customerIds.value(author, customerIds.size() + 1);
        customerIds.insert(author, customer);
        const QString topic = rules.topicOf(e.item.text);
        if (e.offsetSeconds >= outageFrom && e.offsetSeconds <= outageTo) {
            ++outageReports;
            if (topic != kLogin)
                qInfo("outage message filed under %s: %s", qPrintable(topic),
                      qPrintable(e.item.text));
        }
        detector.observe(demoStart.addSecs(e.offsetSeconds), topic, customer);
    };

    qsizetype next = 0;
    for (; next < entries.size() && entries[next].offsetSeconds <= outageTo; ++next)
        feed(entries[next]);
    QCOMPARE(outageReports, 32);
    const QList<SpikeAlert> duringOutage = detector.activeAlerts(demoStart.addSecs(outageTo));
    QCOMPARE(duringOutage.size(), 1);
    QCOMPARE(duringOutage.first().topic, kLogin);
    QVERIFY2(duringOutage.first().customers >= 30 && duringOutage.first().customers <= 32,
             qPrintable(QString::number(duringOutage.first().customers)));
    QCOMPARE(duringOutage.first().windowStart, demoStart.addSecs(outageFrom));
    QCOMPARE(duringOutage.first().windowEnd, demoStart.addSecs(outageTo));

    for (; next < entries.size(); ++next)
        feed(entries[next]);
    const QList<SpikeAlert> all = detector.alerts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().topic, kLogin);
    QCOMPARE(all.first().windowStart, demoStart.addSecs(outageFrom));
    // Two late complaints ("app down stamattina") fall within a window of the outage and
    // extend the same episode instead of raising a second alert.
    QVERIFY(all.first().customers >= duringOutage.first().customers);
}

void TestSpikeDetector::memoryStaysBoundedOver200kObservations()
{
    SpikeDetector detector;
    const QStringList topics{kLogin, kCards, QStringLiteral("phishing_wave")};
    qsizetype largest = 0;
    qsizetype atHalfway = 0;
    constexpr int kObservations = 200000;
    // One message every two seconds for 111 hours: over four baseline periods.
    for (int i = 0; i < kObservations; ++i) {
        detector.observe(start().addSecs(qint64(i) * 2), topics[i % 3], i % 5000);
        if (i >= 50000)
            largest = std::max(largest, detector.size());
        if (i == kObservations / 2)
            atHalfway = detector.size();
    }
    // Per topic: 24 h of per-minute counts plus two windows of events (10 customers a minute).
    const qsizetype bound = 3 * (24 * 60 + 30 + 2 * 10 * 10);
    QVERIFY2(largest <= bound, qPrintable(QStringLiteral("%1 > %2").arg(largest).arg(bound)));
    QVERIFY2(detector.size() <= atHalfway + 10,
             qPrintable(QStringLiteral("%1 then %2").arg(atHalfway).arg(detector.size())));
}

QTEST_GUILESS_MAIN(TestSpikeDetector)
#include "test_spike_detector.moc"
