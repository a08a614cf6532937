// A child process for test_drafts: an agent typing a reply, one character every 20-40 ms,
// with the draft autosaver writing to a real SQLite file. It runs until it is killed; after
// each keystroke it prints "typed <characters so far> <ms since the epoch>", so the test knows
// what had been typed by any moment and can check what survived a SIGKILL.
//
// Usage: draft_typist DB_PATH CASE_ID
#include "DraftAutosaver.h"
#include "SqliteCaseStore.h"
#include "TestStores.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace sportello;
using namespace sportello::testing;

namespace {

// The same text is in test_drafts.cpp: the saved draft must be a prefix of it.
const QString kText = QStringLiteral(
    "Gentile cliente, ci scusiamo per il disagio con la carta. Abbiamo verificato il blocco: "
    "dipende da un controllo di sicurezza sul pagamento di ieri sera. Per sbloccarla le basta "
    "confermare l'operazione dall'app, nella sezione Sicurezza. Se preferisce, ci scriva in "
    "privato il suo numero di pratica e la richiameremo entro oggi. Grazie per la pazienza, "
    "il team della Banca Esempio. ");

QString typedText(int n)
{
    QString out;
    while (out.size() + kText.size() <= n)
        out += kText;
    return out + kText.left(n - out.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const qint64 caseId = args.size() == 3 ? args.at(2).toLongLong(&ok) : 0;
    if (!ok || caseId <= 0) {
        std::fprintf(stderr, "usage: draft_typist DB_PATH CASE_ID\n");
        return 2;
    }
    auto opened = openKeyedStore(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(opened.error()));
        return 1;
    }
    SqliteCaseStore &store = *opened.value();

    DraftAutosaver saver([&store](const DraftRecord &d) {
        if (Status s = store.saveDraft(d); !s)
            std::fprintf(stderr, "draft not saved: %s\n", qPrintable(s.error()));
    });
    saver.setCase(caseId, QStringLiteral("typist"), Visibility::Public);

    int typed = 0;
    QTimer key;
    key.setSingleShot(true);
    key.setTimerType(Qt::PreciseTimer);
    QObject::connect(&key, &QTimer::timeout, &app, [&] {
        ++typed;
        saver.textChanged(typedText(typed));
        std::printf("typed %d %lld\n", typed, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        key.start(QRandomGenerator::global()->bounded(20, 41));
    });
    key.start(0);
    return app.exec();
}
