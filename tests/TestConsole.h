#pragma once

#include "MainWindow.h"
#include "ReplyChecker.h"
#include "ReplyTemplate.h"
#include "StoreWorker.h"
#include "TestStores.h"
#include "TimelineModel.h"

#include <QSignalSpy>
#include <QtTest>

// The console as the program wires it (store worker, timeline model, main window) on a test
// database, shown offscreen. Shared by the GUI tests so each says only what it checks.
namespace sportello::testing {

struct TestConsole
{
    std::unique_ptr<StoreWorker> store;
    std::unique_ptr<TimelineModel> timeline;
    std::unique_ptr<MainWindow> window;
    CaseView *view() const { return window->caseView(); }
};

struct ConsoleOptions
{
    AgentProfile agent{QStringLiteral("fg"), QStringLiteral("FG")};
    bool seedTemplates = false; // as the program does on start
    bool waitForRows = true;    // until the timeline shows its first rows
};

// Null, with the reason as a warning, when the store, the window or the timeline does not
// come up.
inline std::unique_ptr<TestConsole> openConsole(const QString &path,
                                                const ConsoleOptions &options = {})
{
    auto c = std::make_unique<TestConsole>();
    c->store = std::make_unique<StoreWorker>(keyedStoreFactory(path, shippedTriage()));
    QSignalSpy opened(c->store.get(), &StoreWorker::opened);
    QSignalSpy failed(c->store.get(), &StoreWorker::openFailed);
    QSignalSpy templates(c->store.get(), &StoreWorker::templatesLoaded);
    c->store->open();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10000) ||
        opened.isEmpty()) {
        qWarning() << "store did not open:"
                   << (failed.isEmpty() ? QString() : failed.first().first().toString());
        return nullptr;
    }
    if (options.seedTemplates)
        c->store->seedTemplates(TemplateLibrary::builtIn());
    c->timeline = std::make_unique<TimelineModel>(keyedStoreFactory(path, nullptr));
    c->window = std::make_unique<MainWindow>(*c->store, *c->timeline, options.agent,
                                             ReplyChecker::shipped());
    c->window->setDatabaseDescription(opened.first().first().toString());
    c->window->show();
    if (!QTest::qWaitForWindowExposed(c->window.get())) {
        qWarning("window not exposed");
        return nullptr;
    }
    // The window asks for its templates when it is built; they come after the seeding.
    if (!QTest::qWaitFor([&] { return !templates.isEmpty(); }, 5000)) {
        qWarning("templates did not load");
        return nullptr;
    }
    if (options.waitForRows &&
        !QTest::qWaitFor([&] { return c->timeline->rowCount() > 0; }, 5000)) {
        qWarning("timeline did not load");
        return nullptr;
    }
    return c;
}

} // namespace sportello::testing
