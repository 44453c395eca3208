// The rep's side of the follow-up (issue 7): the score asked after a case
// is resolved, recorded from the main window by keyboard alone.

#include "core/Clock.h"
#include "core/followup/SurveyPasses.h"
#include "core/mail/MailPasses.h"
#include "core/store/CaseRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/FollowUpDialog.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redress;
using redress::test::child;

namespace {

core::User makeRep(const core::Database& db)
{
    return test::makeUser(db, QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
}

qint64 openCase(const core::Database& db, const core::User& rep, bool resolve)
{
    core::CaseRepository cases(db, rep.id);
    auto made = cases.create(test::CaseBuilder()
                                 .description(QStringLiteral("The suction failed mid-treatment."))
                                 .impact(core::BusinessImpact::Stopped)
                                 .build());
    REQUIRE(made.has_value());
    REQUIRE(cases.transition(made->id, core::CaseStatus::Acknowledged));
    REQUIRE(cases.transition(made->id, core::CaseStatus::InRecovery));
    if (resolve) {
        test::completeRecovery(db, made->id);
        REQUIRE(cases.transition(made->id, core::CaseStatus::Resolved));
    }
    return made->id;
}

// Shows the dialog the window would exec, so keys reach it as a person's would.
void showForKeys(QDialog* dialog)
{
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000));
}

} // namespace

TEST_CASE("A rep records a follow-up by keyboard alone from the main window", "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const qint64 id = openCase(store.db(), rep, true);
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == id; }, 5000));
    QAction* action = window.action(QStringLiteral("followUp"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    REQUIRE(action->isEnabled());

    bool opened = false;
    window.setDialogHook([&](QDialog* dialog) {
        opened = dialog->objectName() == QStringLiteral("followUpDialog");
        REQUIRE(opened);
        showForKeys(dialog);
        auto* score = child<QSpinBox>(dialog, "followUpScore");
        REQUIRE(QApplication::focusWidget() != nullptr);
        CHECK((QApplication::focusWidget() == score || score->isAncestorOf(QApplication::focusWidget())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // arrows work too: 5
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, "followUpComment"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Still annoyed"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog->result() == QDialog::Accepted);
    });
    action->trigger();
    REQUIRE(opened);

    auto saved = core::FollowUpRepository(store.db(), rep).get(id);
    REQUIRE(saved.has_value());
    REQUIRE(saved->has_value());
    CHECK((*saved)->score == 5);
    CHECK_FALSE((*saved)->priorScore.has_value());
    CHECK((*saved)->comment == QStringLiteral("Still annoyed"));

    auto events = core::CaseRepository(store.db(), 0).timeline(id);
    REQUIRE(events.has_value());
    REQUIRE_FALSE(events->isEmpty());
    CHECK(events->last().field == QStringLiteral("follow_up"));

    // The detail shows it, in the facts and in the timeline, and the action is spent.
    CHECK(child<QLabel>(window.caseDetail(), "caseFacts")
              ->text()
              .contains(QStringLiteral("Follow-up: 5 — detractor · Still annoyed")));
    auto* timeline = window.caseDetail()->findChild<QTreeWidget*>();
    REQUIRE(timeline != nullptr);
    const auto rows = timeline->findItems(QStringLiteral("Follow-up"), Qt::MatchExactly, 2);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first()->text(3) == QStringLiteral("5 — detractor — “Still annoyed”"));
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("The follow-up's class follows the score as it is typed", "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const qint64 id = openCase(store.db(), rep, true);
    ui::Session repSession(store.db(), rep);
    ui::FollowUpDialog dialog(repSession, id);
    auto* score = child<QSpinBox>(&dialog, "followUpScore");
    auto* label = child<QLabel>(&dialog, "followUpClass");
    score->setValue(6);
    CHECK(label->text().contains(QStringLiteral("Detractor")));
    score->setValue(7);
    CHECK(label->text().contains(QStringLiteral("Passive")));
    score->setValue(8);
    CHECK(label->text().contains(QStringLiteral("Passive")));
    score->setValue(9);
    CHECK(label->text().contains(QStringLiteral("Champion")));

    // The prior score counts only when its box is ticked.
    auto* prior = child<QSpinBox>(&dialog, "followUpPrior");
    CHECK_FALSE(prior->isEnabled());
    child<QCheckBox>(&dialog, "followUpHasPrior")->setChecked(true);
    CHECK(prior->isEnabled());
    prior->setValue(4);
    REQUIRE(dialog.save());
    auto saved = core::FollowUpRepository(store.db(), rep).get(id);
    REQUIRE(saved.has_value());
    REQUIRE(saved->has_value());
    CHECK((*saved)->score == 9);
    CHECK((*saved)->priorScore == 4);
}

TEST_CASE("A second follow-up is refused inside the dialog and nothing changes", "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const qint64 id = openCase(store.db(), rep, true);
    REQUIRE(core::FollowUpRepository(store.db(), rep).record(id, 9, std::nullopt, QStringLiteral("Great")));
    const auto before = core::CaseRepository(store.db(), 0).timeline(id);
    REQUIRE(before.has_value());

    ui::Session repSession(store.db(), rep);
    ui::FollowUpDialog dialog(repSession, id);
    child<QSpinBox>(&dialog, "followUpScore")->setValue(2);
    child<QLineEdit>(&dialog, "followUpComment")->setText(QStringLiteral("Changed my mind"));
    CHECK_FALSE(dialog.save());
    auto* error = child<QLabel>(&dialog, "followUpError");
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    // What was typed stays.
    CHECK(child<QSpinBox>(&dialog, "followUpScore")->value() == 2);
    CHECK(child<QLineEdit>(&dialog, "followUpComment")->text() == QStringLiteral("Changed my mind"));

    auto saved = core::FollowUpRepository(store.db(), rep).get(id);
    REQUIRE(saved.has_value());
    REQUIRE(saved->has_value());
    CHECK((*saved)->score == 9);
    CHECK((*saved)->comment == QStringLiteral("Great"));
    CHECK(core::CaseRepository(store.db(), 0).timeline(id)->size() == before->size());
}

TEST_CASE("Recording a follow-up is not offered for a case still in recovery", "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const qint64 id = openCase(store.db(), rep, false);
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == id; }, 5000));
    CHECK_FALSE(window.action(QStringLiteral("followUp"))->isEnabled());
    CHECK_FALSE(
        child<QLabel>(window.caseDetail(), "caseFacts")->text().contains(QStringLiteral("Follow-up")));
}

TEST_CASE("The follow-up queue holds resolved cases until the customer answers", "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const qint64 waiting = openCase(store.db(), rep, true);
    const qint64 answered = openCase(store.db(), rep, true);
    openCase(store.db(), rep, false); // still in recovery: not asked yet
    REQUIRE(core::FollowUpRepository(store.db(), rep).record(answered, 10, std::nullopt, {}));

    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QAction* queue = window.action(QStringLiteral("queueFollowUp"));
    REQUIRE(queue != nullptr);
    CHECK(queue->shortcut() == QKeySequence(Qt::ALT | Qt::Key_4));
    // The tab's count comes from the monitor's first pass.
    REQUIRE(QTest::qWaitFor([&] { return window.queueBar()->tabText(3) == QStringLiteral("Follow-up (1)"); },
                            10000));

    queue->trigger();
    CHECK(window.queue() == ui::MainWindow::Queue::FollowUp);
    REQUIRE(QTest::qWaitFor([&] { return window.caseModel()->rowCount() == 1; }, 5000));
    CHECK(window.caseModel()->caseIdAt(0) == waiting);

    // Once answered the case leaves the queue, and the count follows.
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == waiting; }, 5000));
    window.setDialogHook([](QDialog* dialog) {
        child<QSpinBox>(dialog, "followUpScore")->setValue(9);
        REQUIRE(static_cast<ui::FollowUpDialog*>(dialog)->save());
    });
    window.action(QStringLiteral("followUp"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return window.caseModel()->rowCount() == 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return window.queueBar()->tabText(3) == QStringLiteral("Follow-up (0)"); },
                            10000));
}

TEST_CASE("An answer by mail that needs reading is read and scored, or set aside, in the follow-up dialog",
          "[ui][follow-up]")
{
    test::TempStore store;
    const core::User rep = makeRep(store.db());
    const core::User admin = test::makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada"), core::Role::Admin);
    auto account = core::MailAccount::from(QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                                           QStringLiteral("smtp://support@127.0.0.1:1025"),
                                           QStringLiteral("Support <support@redress.test>"), false, true);
    REQUIRE(account.has_value());
    REQUIRE(core::MailRepository(store.db(), admin.id).saveAccount(*account));
    // A complaint by mail, resolved two weeks ago and asked about.
    core::FetchReport in;
    REQUIRE(core::MailIntake(store.db(), rep.id)
                .take("From: Ana <ana@example.org>\r\nTo: support@redress.test\r\nSubject: Leak\r\n"
                      "Message-ID: <leak@example.org>\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\n\r\nIt leaks.\r\n",
                      in));
    const qint64 id = 1;
    core::CaseRepository cases(store.db(), rep.id);
    REQUIRE(cases.transition(id, core::CaseStatus::Acknowledged));
    REQUIRE(cases.transition(id, core::CaseStatus::InRecovery));
    test::completeRecovery(store.db(), id);
    REQUIRE(cases.transition(id, core::CaseStatus::Resolved));
    test::exec(store.db().connection(), QStringLiteral("UPDATE cases SET resolved_at = resolved_at - 1209600000"));
    auto due = core::sendDueSurveys(store.db(), rep.id, core::Clock::now());
    REQUIRE(due.has_value());
    REQUIRE(due->surveys == 1);
    const QString asked =
        test::scalar(store.db().connection(), QStringLiteral("SELECT message_id FROM mail_messages WHERE purpose = 'survey'"))
            .toString();
    core::FetchReport answer;
    REQUIRE(core::MailIntake(store.db(), rep.id)
                .take(QStringLiteral("From: Ana <ana@example.org>\r\nTo: support@redress.test\r\nSubject: Re: fixed?\r\n"
                                     "Message-ID: <answer@example.org>\r\nIn-Reply-To: <%1>\r\n"
                                     "Date: Mon, 21 Dec 2026 09:00:00 +0000\r\n\r\nMostly fine, the lid still squeaks.\r\n")
                          .arg(asked)
                          .toUtf8(),
                      answer));
    REQUIRE(answer.followUps == 1);
    ui::Session session(store.db(), rep);

    SECTION("read and scored")
    {
        ui::FollowUpDialog dialog(session, id);
        REQUIRE(dialog.answerToRead().has_value());
        auto* text = child<QPlainTextEdit>(&dialog, "followUpAnswer");
        CHECK(text->toPlainText().contains(QStringLiteral("lid still squeaks")));
        CHECK(child<QLineEdit>(&dialog, "followUpComment")->text().contains(QStringLiteral("Mostly fine")));
        CHECK_FALSE(child<QCheckBox>(&dialog, "followUpHasPrior")->isVisibleTo(&dialog));
        child<QSpinBox>(&dialog, "followUpScore")->setValue(7);
        REQUIRE(dialog.save());
        CHECK(test::scalar(store.db().connection(), QStringLiteral("SELECT score || source FROM follow_ups"))
                  .toString() == QStringLiteral("7mail"));
        CHECK(test::scalar(store.db().connection(), QStringLiteral("SELECT state FROM surveys")).toString() ==
              QStringLiteral("answered"));
    }
    SECTION("set aside")
    {
        ui::FollowUpDialog dialog(session, id);
        REQUIRE(dialog.answerToRead().has_value());
        REQUIRE(dialog.setAside());
        CHECK(test::scalar(store.db().connection(), QStringLiteral("SELECT count(*) FROM follow_ups")).toInt() == 0);
        CHECK(test::scalar(store.db().connection(), QStringLiteral("SELECT state FROM surveys")).toString() ==
              QStringLiteral("dismissed"));
        // Nothing waits any more: the dialog asks as for any follow-up.
        ui::FollowUpDialog again(session, id);
        CHECK_FALSE(again.answerToRead().has_value());
    }
}
