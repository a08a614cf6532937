#include "SpikeAlertBar.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sportello;

namespace {

// Local times, so that what the bar shows does not depend on the machine's time zone.
SpikeAlert alertAt(const QString &topic, int customers, QTime from, QTime to)
{
    const QDate day(2026, 3, 10);
    SpikeAlert alert;
    alert.topic = topic;
    alert.customers = customers;
    alert.windowStart = QDateTime(day, from);
    alert.windowEnd = QDateTime(day, to);
    return alert;
}

QPushButton *button(SpikeAlertBar &bar, const QString &text)
{
    for (QPushButton *b : bar.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestSpikeAlertBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheCountTheTopicLabelAndTheTimes();
    void openIncidentHandsOverTheShownAlert();
    void dismissHidesTheAlertUntilItsTopicStartsANewEpisode();
    void topicLabelsAreShownAsPlainText();
    void isHiddenWithoutAlerts();

private:
    TopicRules m_rules = TopicRules::loadDefaults().takeValue();
};

void TestSpikeAlertBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSpikeAlertBar::showsTheCountTheTopicLabelAndTheTimes()
{
    SpikeAlertBar bar;
    bar.setAlerts({alertAt(QStringLiteral("login_failure"), 32, QTime(10, 2), QTime(10, 5))},
                  m_rules);
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.text(), QStringLiteral("Spike: 32 customers report log-in failures on home "
                                        "banking and the app between 10:02 and 10:05"));
}

void TestSpikeAlertBar::openIncidentHandsOverTheShownAlert()
{
    SpikeAlertBar bar;
    QSignalSpy opened(&bar, &SpikeAlertBar::openIncidentRequested);
    bar.setAlerts({alertAt(QStringLiteral("card_declined"), 12, QTime(9, 0), QTime(9, 8)),
                   alertAt(QStringLiteral("login_failure"), 6, QTime(9, 1), QTime(9, 4))},
                  m_rules);
    QPushButton *open = button(bar, QStringLiteral("Open incident…"));
    QVERIFY(open);
    open->click();
    QCOMPARE(opened.size(), 1);
    const auto alert = opened.first().first().value<SpikeAlert>();
    QCOMPARE(alert.topic, QStringLiteral("card_declined"));
    QCOMPARE(alert.customers, 12);
}

void TestSpikeAlertBar::dismissHidesTheAlertUntilItsTopicStartsANewEpisode()
{
    SpikeAlertBar bar;
    const QString login = QStringLiteral("login_failure");
    bar.setAlerts({alertAt(login, 6, QTime(10, 2), QTime(10, 4))}, m_rules);
    button(bar, QStringLiteral("Dismiss"))->click();
    QVERIFY(bar.isHidden());

    // The same episode grows: still dismissed.
    bar.setAlerts({alertAt(login, 20, QTime(10, 2), QTime(10, 9))}, m_rules);
    QVERIFY(bar.isHidden());

    // A new episode of the same topic, later in the day: shown again.
    bar.setAlerts({alertAt(login, 7, QTime(14, 0), QTime(14, 3))}, m_rules);
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.shownAlert()->windowStart.time(), QTime(14, 0));
}

void TestSpikeAlertBar::topicLabelsAreShownAsPlainText()
{
    const Result<TopicRules> rules = TopicRules::fromJson(R"({"version": 1, "topics": [
        {"key": "t", "label_it": "<b>x</b>", "label_en": "<b>x</b>",
         "keywords": [{"weight": 1, "patterns": ["x"]}]}]})");
    QVERIFY2(rules.ok(), qPrintable(rules.error()));
    SpikeAlertBar bar;
    bar.setAlerts({alertAt(QStringLiteral("t"), 5, QTime(8, 0), QTime(8, 1))}, rules.value());
    QLabel *label = bar.findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(bar.text().contains(QStringLiteral("<b>x</b>")));
}

void TestSpikeAlertBar::isHiddenWithoutAlerts()
{
    SpikeAlertBar bar;
    QVERIFY(bar.isHidden());
    bar.setAlerts({alertAt(QStringLiteral("login_failure"), 6, QTime(10, 2), QTime(10, 4))},
                  m_rules);
    QVERIFY(!bar.isHidden());
    bar.setAlerts({}, m_rules);
    QVERIFY(bar.isHidden());
}

QTEST_MAIN(TestSpikeAlertBar)
#include "test_spike_alert_bar.moc"
