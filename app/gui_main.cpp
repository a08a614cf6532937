#include "AuditKeychain.h"
#include "CaseView.h"
#include "DemoSession.h"
#include "DueSoonWatch.h"
#include "MainWindow.h"
#include "OutboxWorker.h"
#include "ReplyVariables.h"
#include "SpikeMonitor.h"
#include "SqliteConnection.h"
#include "StoreOpener.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

using namespace sportello;

namespace {

// The interface follows the system locale unless --lang says otherwise; Qt's own strings
// (standard buttons) come from qtbase's catalogue.
void installTranslations(QApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sportello"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sportello"));
    QApplication::setApplicationName(QStringLiteral("sportello"));
    QApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sportello, the bank's social customer-care console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Case database (SQLite file)."),
                                      QStringLiteral("path"), SqliteConnection::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language, e.g. it or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption agentOption(
        QStringLiteral("agent"), QStringLiteral("The agent's name (default: the user name)."),
        QStringLiteral("name"));
    const QCommandLineOption initialsOption(
        QStringLiteral("initials"),
        QStringLiteral("The agent's signature in replies (default: from the name)."),
        QStringLiteral("letters"));
    const QCommandLineOption speedOption(
        QStringLiteral("demo-speed"),
        QStringLiteral("Play the demo's live messages this many times faster."),
        QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOptions({dbOption, langOption, agentOption, initialsOption, speedOption});
    parser.process(app);

    installTranslations(app, parser.value(langOption));

    QString agent = parser.value(agentOption).trimmed();
    if (agent.isEmpty())
        agent = qEnvironmentVariable("USER", QStringLiteral("agent"));

    const QString path = QDir::cleanPath(parser.value(dbOption));
    // Audited actions wait for the key; until it is read (or if the keychain refuses) they
    // fail with the reason, and the status bar says so.
    AuditKeychain keychain(QString{});
    StoreFactory factory = sqliteStoreFactory(path, shippedTriage(), keychain.source());
    StoreWorker store(factory);
    DemoSession demo(store);
    demo.setSpeed(std::max(0.1, parser.value(speedOption).toDouble()));
    std::unique_ptr<TimelineModel> timeline;
    std::unique_ptr<OutboxWorker> outbox;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DueSoonWatch> dueSoon;
    std::unique_ptr<SpikeMonitor> spikes;
    const AgentProfile profile{agent, parser.value(initialsOption).trimmed().toUpper()};
    const auto checker = ReplyChecker::shipped();

    QObject::connect(&store, &StoreWorker::openFailed, &app, [](const QString &error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Sportello"),
            QApplication::translate("main", "The case database could not be opened.\n\n%1")
                .arg(error));
        QApplication::exit(1);
    });
    QObject::connect(&store, &StoreWorker::opened, &app, [&](const QString &description) {
        // The timeline reads on its own connection, opened only now that migrations are done.
        timeline = std::make_unique<TimelineModel>(factory);
        store.seedTemplates(TemplateLibrary::builtIn());
        window = std::make_unique<MainWindow>(store, *timeline, profile, checker);
        outbox = std::make_unique<OutboxWorker>(factory, path + QStringLiteral(".demo-network"));
        QObject::connect(window.get(), &MainWindow::replyQueued, outbox.get(),
                         &OutboxWorker::processNow);
        QObject::connect(outbox.get(), &OutboxWorker::replyChanged, window.get(),
                         &MainWindow::onReplyChanged);
        QObject::connect(outbox.get(), &OutboxWorker::failed, window.get(),
                         &MainWindow::showStatus);
        outbox->start(2000);
        window->setDatabaseDescription(description);
        auto chainId = std::make_shared<QMetaObject::Connection>();
        *chainId =
            QObject::connect(&store, &StoreWorker::settingsLoaded, &app,
                             [&keychain, chainId](const QHash<QString, QString> &values) {
                                 if (!values.contains(AuditKeychain::settingKey()))
                                     return;
                                 QObject::disconnect(*chainId);
                                 keychain.setChainId(values.value(AuditKeychain::settingKey()));
                                 keychain.load(AuditKeychain::IfMissing::Create);
                             });
        QObject::connect(&keychain, &AuditKeychain::failed, window.get(),
                         [&window](const QString &reason) {
                             window->showStatus(
                                 QApplication::translate("main", "Actions are disabled: the audit "
                                                                 "key is not available (%1).")
                                     .arg(reason));
                         });
        store.loadSettings({AuditKeychain::settingKey()});
        // Supervision: due-soon warnings and spike alerts, both read on the store's thread.
        dueSoon = std::make_unique<DueSoonWatch>(store, profile.name);
        auto topics = TopicRules::loadDefaults();
        if (topics)
            spikes = std::make_unique<SpikeMonitor>(
                store, std::make_shared<const TopicRules>(topics.takeValue()));
        window->attachSupervision({path, dueSoon.get(), spikes.get()});
        dueSoon->start();
        if (spikes)
            spikes->start();
        QObject::connect(&demo, &DemoSession::demoActive, window.get(), &MainWindow::setDemo);
        QObject::connect(&demo, &DemoSession::failed, window.get(), &MainWindow::showStatus);
        window->show();
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = QObject::connect(&store, &StoreWorker::accountsLoaded, &app,
                                  [&demo, first](const QList<AccountRecord> &accounts) {
                                      QObject::disconnect(*first);
                                      demo.startIfNeeded(accounts);
                                  });
        store.loadAccounts();
    });
    store.open();
    const int code = app.exec();
    window.reset();
    spikes.reset();
    dueSoon.reset();
    outbox.reset();
    timeline.reset();
    return code;
}
