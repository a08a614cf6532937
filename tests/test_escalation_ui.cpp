#include "CaseDossier.h"
#include "CaseView.h"
#include "DemoConnector.h"
#include "DemoScenario.h"
#include "DepartmentEditor.h"
#include "EscalationDialog.h"
#include "MainWindow.h"
#include "StoreWorker.h"
#include "TestConsole.h"
#include "TestStores.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

using namespace sportello;
using namespace sportello::testing;

// Stands in for the desktop's mail program: receives the mailto URL the console opens.
class MailtoCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// The escalation workflow as an agent meets it: the dialogs, the panel, the dossier and
// customer erasure, offscreen, on a database filled by the demo network.
class TestEscalationUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_hostile = QStringLiteral(
        "<b>Ciao</b> <a href='http://x'>clicca</a> <script>alert('x')</script> & \"amici\"");

    using Console = TestConsole;

    std::unique_ptr<Console> open() { return openConsole(m_path); }

    // Selects the row and waits until its case is shown.
    static bool openRow(Console &c, int row)
    {
        const QModelIndex i = c.timeline->index(row, 0);
        if (!QTest::qWaitFor([&] { return i.data(TimelineModel::LoadedRole).toBool(); }, 5000))
            return false;
        const qint64 caseId = i.data(TimelineModel::CaseIdRole).toLongLong();
        c.window->selectRow(row);
        return QTest::qWaitFor([&] { return c.view()->caseId() == caseId; }, 5000);
    }

    // The first row whose case is in `status`, among those not in `skip`.
    static int rowWithStatus(Console &c, const QString &status, const QList<qint64> &skip = {})
    {
        for (int row = 0; row < c.timeline->rowCount(); ++row) {
            const QModelIndex i = c.timeline->index(row, 0);
            if (!QTest::qWaitFor([&] { return i.data(TimelineModel::LoadedRole).toBool(); }, 3000))
                return -1;
            if (i.data(TimelineModel::StatusRole).toString() == status &&
                !skip.contains(i.data(TimelineModel::CaseIdRole).toLongLong()))
                return row;
        }
        return -1;
    }

    template <typename Dialog> static Dialog *waitForDialog(QWidget *parent)
    {
        Dialog *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (Dialog *d : parent->findChildren<Dialog *>())
                    if (d->isVisible())
                        found = d;
                return found != nullptr;
            },
            3000);
        return found;
    }

    // Every dialog that was closed is gone before the next one is looked for.
    template <typename Dialog> static bool noDialogLeft(QWidget *parent)
    {
        return QTest::qWaitFor([&] { return parent->findChildren<Dialog *>().isEmpty(); }, 3000);
    }

    static bool answerText(CaseView *view, const QString &text)
    {
        auto *dialog = waitForDialog<EscalationTextDialog>(view);
        if (!dialog)
            return false;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (ok->isEnabled())
            return false; // a blank answer must not be accepted
        dialog->edit()->setPlainText(text);
        if (!ok->isEnabled())
            return false;
        ok->click();
        return noDialogLeft<EscalationTextDialog>(view);
    }

    static bool escalate(CaseView *view, const QString &departmentKey, const QString &reason)
    {
        view->escalateCase();
        auto *dialog = waitForDialog<EscalationDialog>(view);
        if (!dialog)
            return false;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (ok->isEnabled())
            return false; // nothing chosen yet
        dialog->departmentBox()->setCurrentIndex(dialog->departmentBox()->findData(departmentKey));
        dialog->levelBox()->setCurrentIndex(0);
        dialog->urgencyBox()->setCurrentIndex(
            dialog->urgencyBox()->findData(QStringLiteral("high")));
        if (ok->isEnabled())
            return false; // no reason yet
        dialog->reasonEdit()->setPlainText(reason);
        dialog->noteEdit()->setPlainText(QStringLiteral("Cliente già sentito in DM."));
        if (!ok->isEnabled())
            return false;
        ok->click();
        return noDialogLeft<EscalationDialog>(view);
    }

    CaseSnapshot storedCase(qint64 caseId)
    {
        auto store = openKeyedStore(m_path);
        if (!store)
            return {};
        auto snap = store.value()->loadCase(caseId);
        return snap ? snap.value() : CaseSnapshot{};
    }

private slots:
    void initTestCase()
    {
        // Qt's own file dialog, the one a test can drive, whatever the desktop offers.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        m_path = m_dir.filePath(QStringLiteral("escalation.db"));
        auto store = openKeyedStore(m_path, shippedTriage());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto scenario = DemoScenario::builtIn();
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const AccountRecord &a : scenario.value().accounts()) {
            QVERIFY(store.value()->upsertAccount(a).ok());
            DemoConnector connector(scenario.value(), a, start);
            const FetchResult all = connector.due(QString());
            QVERIFY(!all.error);
            QVERIFY(store.value()->ingest(all.items).ok());
        }
        InboundItem hostile;
        hostile.network = Network::Facebook;
        hostile.account = QStringLiteral("BancaEsempio");
        hostile.networkId = QStringLiteral("hostile-1");
        hostile.author = {QStringLiteral("fb-evil"), QStringLiteral("<b>Mallory</b>"),
                          QStringLiteral("<h1>Mallory</h1>")};
        hostile.visibility = Visibility::Public;
        hostile.text = m_hostile;
        hostile.time = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(store.value()->ingest({hostile}).ok());
    }

    void escalateMoveRaiseAndAnswer()
    {
        auto c = open();
        QVERIFY(c);
        QVERIFY(openRow(*c, 0)); // the hostile message is the newest
        CaseView *view = c->view();
        const qint64 caseId = view->caseId();
        auto *escalateButton = view->findChild<QPushButton *>(QStringLiteral("escalate"));
        QVERIFY(escalateButton);
        QTRY_VERIFY(escalateButton->isEnabled()); // once the departments arrived
        QVERIFY(!view->escalationPanel()->isVisible());

        QVERIFY(escalate(view, QStringLiteral("complaints"), QStringLiteral("Addebito doppio")));
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Escalated);
        QVERIFY(view->snapshot().kase.assignee.isEmpty()); // in the department's queue now
        QVERIFY(view->escalationPanel()->isVisible());
        QVERIFY(view->escalationSummary()->text().contains(QStringLiteral("Reclami")));
        QVERIFY(view->escalationSummary()->text().contains(QStringLiteral("Addebito doppio")));
        QCOMPARE(view->escalationSummary()->textFormat(), Qt::PlainText);
        QVERIFY(!escalateButton->isEnabled());
        QCOMPARE(view->escalationHistory()->model()->rowCount(), 1);

        if (const QString shot = qEnvironmentVariable("SPORTELLO_SCREENSHOT"); !shot.isEmpty()) {
            c->window->resize(1440, 900);
            QTest::qWait(50); // one round of layout before the grab
            QVERIFY(c->window->grab().save(shot));
        }

        // Move to the legal office: the current department is not offered.
        view->moveEscalation();
        auto *move = waitForDialog<EscalationDialog>(view);
        QVERIFY(move);
        QCOMPARE(move->mode(), EscalationDialog::Mode::Move);
        QVERIFY(!move->levelBox() && !move->urgencyBox());
        QCOMPARE(move->departmentBox()->findData(QStringLiteral("complaints")), -1);
        move->departmentBox()->setCurrentIndex(
            move->departmentBox()->findData(QStringLiteral("legal")));
        move->reasonEdit()->setPlainText(QStringLiteral("Serve il parere legale"));
        move->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(noDialogLeft<EscalationDialog>(view));
        QTRY_VERIFY(view->escalationSummary()->text().contains(QStringLiteral("Ufficio Legale")));
        QCOMPARE(view->snapshot().escalations.size(), 2);
        QCOMPARE(view->snapshot().escalations.first().state, EscalationState::Moved);
        QCOMPARE(view->snapshot().escalations.last().urgency, QStringLiteral("high"));

        // Raise to level two: same department.
        auto *raise = view->findChild<QPushButton *>(QStringLiteral("raiseEscalation"));
        QVERIFY(raise && raise->isEnabled());
        view->raiseEscalation();
        QVERIFY(answerText(view, QStringLiteral("Nessuna risposta dal primo livello")));
        QTRY_COMPARE(view->snapshot().escalations.size(), 3);
        QCOMPARE(view->snapshot().escalations.last().level, 2);
        QCOMPARE(view->snapshot().escalations.last().department.key, QStringLiteral("legal"));
        QVERIFY(!raise->isVisible());

        // The answer brings the case back to the agent who escalated it.
        view->answerEscalation();
        QVERIFY(answerText(view, QStringLiteral("Rimborso approvato, <b>accredito</b> domani")));
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Open);
        QCOMPARE(view->snapshot().kase.assignee, QStringLiteral("fg"));
        QVERIFY(!view->escalationPanel()->isVisible());
        QCOMPARE(view->snapshot().escalations.last().state, EscalationState::Answered);
        const QString newest = view->escalationHistory()->model()->index(0, 0).data().toString();
        QVERIFY2(newest.contains(QStringLiteral("Rimborso approvato")), qPrintable(newest));
        QCOMPARE(storedCase(caseId).kase.status, CaseStatus::Open);
    }

    void withdrawBringsTheCaseBack()
    {
        auto c = open();
        QVERIFY(c);
        const int row = rowWithStatus(*c, QStringLiteral("new"));
        QVERIFY(row >= 0);
        QVERIFY(openRow(*c, row));
        CaseView *view = c->view();
        QTRY_VERIFY(view->findChild<QPushButton *>(QStringLiteral("escalate"))->isEnabled());
        QVERIFY(escalate(view, QStringLiteral("compliance"), QStringLiteral("Verifica")));
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Escalated);
        view->withdrawEscalation();
        QVERIFY(answerText(view, QStringLiteral("Risolto dal cliente")));
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Open);
        QCOMPARE(view->snapshot().escalations.last().state, EscalationState::Withdrawn);
    }

    void theKeyboardEscalates()
    {
        auto c = open();
        QVERIFY(c);
        const int row = rowWithStatus(*c, QStringLiteral("new"));
        QVERIFY(row >= 0);
        QVERIFY(openRow(*c, row));
        QTRY_VERIFY(c->view()->findChild<QPushButton *>(QStringLiteral("escalate"))->isEnabled());
        c->window->timelineView()->setFocus();
        QTest::keyClick(c->window->timelineView(), Qt::Key_E);
        auto *dialog = waitForDialog<EscalationDialog>(c->view());
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(noDialogLeft<EscalationDialog>(c->view()));

        // No two actions share a key, and every new one is in the help.
        QSet<QString> keys;
        for (QAction *a : c->window->shortcutActions())
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!keys.contains(k.toString()), qPrintable(k.toString()));
                keys.insert(k.toString());
            }
        for (const QString &k :
             {QStringLiteral("E"), QStringLiteral("A"), QStringLiteral("M"),
              QStringLiteral("Shift+E"), QStringLiteral("Shift+W"), QStringLiteral("W"),
              QStringLiteral("S"), QStringLiteral("D"), QStringLiteral("Shift+D"),
              QStringLiteral("Ctrl+Shift+Del"), QStringLiteral("Ctrl+Shift+T")})
            QVERIFY2(keys.contains(k), qPrintable(k));
    }

    void waitingAndSatisfaction()
    {
        auto c = open();
        QVERIFY(c);
        const int row = rowWithStatus(*c, QStringLiteral("new"));
        QVERIFY(row >= 0);
        QVERIFY(openRow(*c, row));
        CaseView *view = c->view();
        view->waitForCustomer();
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Waiting);

        view->resolveCase();
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Resolved);
        QVERIFY(!view->snapshot().kase.satisfactionAskedAt.isValid());
        view->askSatisfaction();
        QTRY_VERIFY(view->snapshot().kase.satisfactionAskedAt.isValid());
        view->askSatisfaction(); // asked once: nothing more happens
        QSignalSpy done(c->store.get(), &StoreWorker::actionDone);
        QTest::qWait(200);
        QCOMPARE(done.size(), 0);
    }

    void theDossierEscapesCustomerText()
    {
        // The hostile case, escalated by the first test and answered.
        auto store = openKeyedStore(m_path);
        QVERIFY(store.ok());
        auto found = store.value()->searchMessages(QStringLiteral("amici"), 5);
        QVERIFY(found.ok() && !found.value().isEmpty());
        const qint64 caseId = found.value().first().caseId;
        CaseAction escalate{caseId, CaseActionKind::Escalate, QStringLiteral("fg"),
                            QVariant::fromValue(EscalationRequest{
                                QStringLiteral("complaints"), 1, QStringLiteral("critical"),
                                QStringLiteral("<script>reason</script>"), QString()})};
        QVERIFY(store.value()->perform(escalate).ok());
        const CaseSnapshot snap = store.value()->loadCase(caseId).value();

        const QString html = CaseDossier::html(snap, QDateTime::currentDateTime());
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>Mallory")));
        QVERIFY(!html.contains(QStringLiteral("<h1>Mallory")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert")));
        QVERIFY(html.contains(QStringLiteral("&lt;h1&gt;Mallory")));
        QVERIFY(html.contains(QStringLiteral("Reclami")));
        QVERIFY(html.contains(QStringLiteral("Rimborso approvato, &lt;b&gt;accredito")));

        const QUrl url = CaseDossier::mailUrl(snap);
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("reclami@banca.example"));
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY(!encoded.contains(QLatin1Char(' ')) && !encoded.contains(QLatin1Char('<')));
        QVERIFY(encoded.contains(QStringLiteral("%0D%0A")));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Case %1 – escalation Reclami").arg(caseId));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QString expected = CaseDossier::mailBody(snap);
        QCOMPARE(body, expected.replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
        QVERIFY(body.size() <= 1800 + 40);
        QVERIFY(body.contains(QStringLiteral("PDF")));
        QVERIFY(CaseDossier::mailBody(snap, 300).size() <= 300);

        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        Status written = CaseDossier::writePdf(snap, pdf, QDateTime::currentDateTime());
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        QVERIFY(file.size() > 1000);

        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/dossier.pdf"));
        Status refused = CaseDossier::writePdf(snap, bad, QDateTime::currentDateTime());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(bad));
        QVERIFY(!QFile::exists(bad));
    }

    void theDossierGoesToTheDepartmentFromTheKeyboard()
    {
        // The newest case (the hostile one), with Complaints: escalated by the test before,
        // or here when this test runs alone.
        auto c = open();
        QVERIFY(c);
        QVERIFY(openRow(*c, 0));
        CaseView *view = c->view();
        if (view->snapshot().kase.status != CaseStatus::Escalated) {
            QTRY_VERIFY(view->findChild<QPushButton *>(QStringLiteral("escalate"))->isEnabled());
            QVERIFY(
                escalate(view, QStringLiteral("complaints"), QStringLiteral("Addebito doppio")));
        }
        QTRY_COMPARE(view->snapshot().kase.status, CaseStatus::Escalated);
        QTRY_COMPARE(view->snapshot().escalations.last().department.key,
                     QStringLiteral("complaints"));
        const qint64 caseId = view->caseId();

        // Shift+D hands the e-mail to whatever program the desktop has for mailto.
        MailtoCatcher mail;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &mail, "open");
        c->window->activateWindow(); // shortcuts go to the active window, dialogs or not
        QVERIFY(QTest::qWaitForWindowActive(c->window.get()));
        c->window->timelineView()->setFocus();
        QTest::keyClick(c->window->timelineView(), Qt::Key_D, Qt::ShiftModifier);
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(mail.urls.size(), 1);
        const QUrl url = mail.urls.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("reclami@banca.example"));
        QVERIFY(QUrlQuery(url)
                    .queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                    .contains(QString::number(caseId)));
        QVERIFY(c->window->statusBar()->currentMessage().contains(QStringLiteral("PDF")));

        // D saves the PDF where the agent chooses; the dialog is Qt's own, driven as a
        // person would.
        const QString pdf = m_dir.filePath(QStringLiteral("from-the-window.pdf"));
        QTimer::singleShot(0, this, [this, pdf] {
            QFileDialog *dialog = nullptr;
            (void)QTest::qWaitFor(
                [&] {
                    dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                    return dialog != nullptr;
                },
                3000);
            if (!dialog)
                return;
            QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral(".pdf")));
            dialog->selectFile(pdf);
            static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        });
        QTest::keyClick(c->window->timelineView(), Qt::Key_D);
        QTRY_VERIFY(
            c->window->statusBar()->currentMessage().contains(QStringLiteral("Dossier saved")));
        QVERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void departmentsAreEditedAndTheStoreHasTheLastWord()
    {
        auto c = open();
        QVERIFY(c);
        c->window->showDepartmentEditor();
        auto *editor = waitForDialog<DepartmentEditor>(c->window.get());
        QVERIFY(editor);
        QTRY_COMPARE(editor->table()->model()->rowCount(), 9);
        editor->newDepartment();
        editor->keyEdit()->setText(QStringLiteral("Bad Key"));
        editor->nameEdit()->setText(QStringLiteral("Antifrode"));
        QVERIFY(!editor->saveButton()->isEnabled());
        editor->keyEdit()->setText(QStringLiteral("complaints"));
        QVERIFY(!editor->saveButton()->isEnabled()); // taken
        editor->keyEdit()->setText(QStringLiteral("fraud"));
        editor->contactEdit()->setText(QStringLiteral("frodi@banca.example"));
        editor->deadlineBox()->setValue(2);
        editor->unitBox()->setCurrentIndex(editor->unitBox()->findData(60));
        QVERIFY(editor->saveButton()->isEnabled());
        editor->saveButton()->click();
        QTRY_COMPARE(editor->table()->model()->rowCount(), 10);
        auto *status = editor->findChild<QLabel *>(QStringLiteral("departmentStatus"));
        QTRY_COMPARE(status->text(), QStringLiteral("Saved."));
        auto stored = openKeyedStore(m_path).value()->departments().value();
        auto fraud = std::find_if(stored.cbegin(), stored.cend(), [](const DepartmentRecord &d) {
            return d.key == QLatin1String("fraud");
        });
        QVERIFY(fraud != stored.cend());
        QCOMPARE(fraud->answerMinutes, 120);

        // Longer than the store allows: the store says why and the editor shows it.
        editor->deadlineBox()->setValue(editor->deadlineBox()->maximum());
        editor->saveButton()->click();
        QTRY_VERIFY(status->text().contains(QStringLiteral("30 days")));
        editor->reject();
    }

    void erasingTheCustomerAsksFirst()
    {
        auto c = open();
        QVERIFY(c);
        QVERIFY(openRow(*c, 0));
        CaseView *view = c->view();
        QVERIFY(view->customerNameLabel()->text().contains(QStringLiteral("Mallory")));
        QSignalSpy erased(c->store.get(), &StoreWorker::customerErased);

        view->eraseCustomer();
        auto *box = waitForDialog<QMessageBox>(view);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(QStringLiteral("Mallory</")));
        QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(noDialogLeft<QMessageBox>(view));
        QTest::qWait(100);
        QCOMPARE(erased.size(), 0);

        // Driven the way a person would: the confirmation is whatever modal box is up.
        QTimer::singleShot(0, this, [] {
            auto *modal = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!modal) {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *m = qobject_cast<QMessageBox *>(w); m && m->isVisible())
                        modal = m;
            }
            if (!modal)
                return;
            for (QAbstractButton *b : modal->buttons())
                if (modal->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        view->eraseCustomer();
        QVERIFY(erased.wait(5000));
        QTRY_VERIFY(!view->customerNameLabel()->text().contains(QStringLiteral("Mallory")));
        QVERIFY(!view->snapshot().customer.displayName.contains(QStringLiteral("Mallory")));
    }
};

QTEST_MAIN(TestEscalationUi)
#include "test_escalation_ui.moc"
