#include "core/recovery/ApologyChecker.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/admin/UsersDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/recovery/ApologyDialog.h"
#include "ui/recovery/ApprovalQueueDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace redress;

using redress::test::child;
using redress::test::makeUser;

namespace {

qint64 caseInRecovery(const core::Database& db, const core::User& rep)
{
    const core::NewCase intake =
        test::CaseBuilder()
            .customer(QStringLiteral("Dr Ana Costa"))
            .company(QStringLiteral("Costa Dental"))
            .description(QStringLiteral("The suction failed mid-treatment and we sent patients home."))
            .impact(core::BusinessImpact::Stopped)
            .build();
    core::CaseRepository cases(db, rep.id);
    auto made = cases.create(intake);
    REQUIRE(made.has_value());
    REQUIRE(cases.transition(made->id, core::CaseStatus::Acknowledged));
    REQUIRE(cases.transition(made->id, core::CaseStatus::InRecovery));
    return made->id;
}

// A gesture over the rep's limit on the case, waiting for a lead.
core::Gesture pendingGesture(const core::Database& db, const core::User& rep, qint64 caseId)
{
    core::RecoveryRepository asRep(db, rep);
    auto types = asRep.catalogue();
    REQUIRE(types.has_value());
    auto pending = asRep.giveGesture(caseId, types->first().id, 20000, QStringLiteral("New pump"));
    REQUIRE(pending.has_value());
    REQUIRE(pending->status == core::Gesture::Status::Pending);
    return *pending;
}
} // namespace

TEST_CASE("A rep walks a case through the four recovery steps to Resolved", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const qint64 id = caseInRecovery(store.db(), rep);
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == id; }, 5000));

    // The gate holds before the steps are done.
    ui::MessageBox::setNextAnswers({QMessageBox::Ok});
    window.action(QStringLiteral("move_resolved"))->trigger();
    CHECK(core::CaseRepository(store.db(), 0).get(id)->status == core::CaseStatus::InRecovery);

    QStringList seen;
    window.setDialogHook([&](QDialog* dialog) {
        seen << dialog->objectName();
        if (dialog->objectName() == QStringLiteral("apologyDialog")) {
            auto* apology = qobject_cast<ui::ApologyDialog*>(dialog);
            REQUIRE(apology != nullptr);
            // A suggested script, filled from the case.
            CHECK(apology->draft().contains(QStringLiteral("Ana")));
            CHECK_FALSE(apology->draft().contains(QStringLiteral("{{")));
            apology->setDraft(QStringLiteral("Dear Ana, that is not our fault; the courier is responsible."));
            // The checker answers from a thread of its own.
            REQUIRE(QTest::qWaitFor([&] { return apology->isChecked(); }, 20000));
            CHECK(apology->findingCount() > 0);
            apology->setDraft(
                QStringLiteral("Dear Ana, I am so sorry the pump failed during treatment. A loan "
                               "pump will be with you by 8 tomorrow morning."));
            REQUIRE(QTest::qWaitFor([&] { return apology->isChecked(); }, 20000));
            dialog->accept();
        } else if (dialog->objectName() == QStringLiteral("solutionDialog")) {
            child<QLineEdit>(dialog, "wantsEdit")->setText(QStringLiteral("To treat patients tomorrow."));
            child<QPlainTextEdit>(dialog, "fixEdit")
                ->setPlainText(QStringLiteral("Loan pump now, repair by Friday."));
            dialog->accept();
        } else if (dialog->objectName() == QStringLiteral("gestureDialog")) {
            auto* weigh = child<QLabel>(dialog, "gestureWeigh");
            CHECK(weigh->text().contains(QStringLiteral("Lifetime value")));
            child<QLineEdit>(dialog, "declineReason")
                ->setText(QStringLiteral("She wants nothing but the repair."));
            QMetaObject::invokeMethod(dialog, "decline");
        } else if (dialog->objectName() == QStringLiteral("analysisDialog")) {
            auto* tree = child<QTreeWidget>(dialog, "rootCauseTree");
            const auto found =
                tree->findItems(QStringLiteral("Pump or motor"), Qt::MatchExactly | Qt::MatchRecursive);
            REQUIRE(found.size() == 1);
            tree->setCurrentItem(found.first());
            child<QLineEdit>(dialog, "why1")->setText(QStringLiteral("The seal wore out."));
            dialog->accept();
        }
    });
    for (int step = 1; step <= 4; ++step)
        window.action(QStringLiteral("recoveryStep%1").arg(step))->trigger();
    CHECK(seen == QStringList{QStringLiteral("apologyDialog"), QStringLiteral("solutionDialog"),
                              QStringLiteral("gestureDialog"), QStringLiteral("analysisDialog")});

    auto state = core::RecoveryRepository(store.db(), rep).state(id);
    REQUIRE(state.has_value());
    CHECK(state->apologised());
    CHECK(state->solved());
    CHECK(state->valueAdded());
    CHECK(state->analysed());
    CHECK(state->apologies.first().templateId > 0);
    CHECK(state->analysis->rootCausePath.endsWith(QStringLiteral("Pump or motor")));

    window.action(QStringLiteral("move_resolved"))->trigger();
    CHECK(core::CaseRepository(store.db(), 0).get(id)->status == core::CaseStatus::Resolved);
    auto* panelState = window.caseDetail()->findChild<QLabel*>(QStringLiteral("recoveryState4"));
    REQUIRE(panelState != nullptr);
    CHECK(panelState->text().contains(QStringLiteral("Pump or motor")));
}

TEST_CASE("A gesture over the rep's limit waits in the lead's approval queue", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User lead =
        makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    const qint64 id = caseInRecovery(store.db(), rep);
    core::RecoveryRepository asRep(store.db(), rep);
    pendingGesture(store.db(), rep, id);

    ui::Session leadSession(store.db(), lead);
    ui::ApprovalQueueDialog queue(leadSession);
    auto* list = queue.findChild<QTreeWidget*>(QStringLiteral("approvalList"));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == core::referenceFor(id));
    // Rejecting without a reason is refused; the message says why.
    CHECK_FALSE(queue.decide(false));
    CHECK_FALSE(queue.findChild<QLabel*>(QStringLiteral("approvalMessage"))->text().isEmpty());
    QSignalSpy decided(&queue, &ui::ApprovalQueueDialog::decided);
    CHECK(queue.decide(true));
    CHECK(decided.size() == 1);
    CHECK(list->topLevelItemCount() == 0);
    CHECK(asRep.state(id)->gestures.first().status == core::Gesture::Status::Approved);

    // A rep has no approvals command; handing the desk to the lead gives it.
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    CHECK_FALSE(window.action(QStringLiteral("approvals"))->isEnabled());
    REQUIRE(
        core::UserRepository(store.db()).setPassword(lead, lead.id, QStringLiteral("julia's")).has_value());
    window.setDialogHook([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(QStringLiteral("julia's"));
        dialog->accept();
    });
    ui::MessageBox::setNextChoices({0}); // users by name: Julia Novak, Sam Rivera
    window.action(QStringLiteral("switchUser"))->trigger();
    CHECK(window.user().login == QStringLiteral("julia"));
    CHECK(window.action(QStringLiteral("approvals"))->isEnabled());
    CHECK(window.findChild<QLabel*>(QStringLiteral("userLabel"))
              ->text()
              .contains(QStringLiteral("Julia Novak")));
}

TEST_CASE("A gesture another lead decided leaves the open queue with the reason why", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User julia =
        makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    const core::User omar =
        makeUser(store.db(), QStringLiteral("omar"), QStringLiteral("Omar Haddad"), core::Role::Lead);
    const qint64 id = caseInRecovery(store.db(), rep);
    core::RecoveryRepository asRep(store.db(), rep);
    const core::Gesture pending = pendingGesture(store.db(), rep, id);

    ui::Session juliaSession(store.db(), julia);
    ui::ApprovalQueueDialog queue(juliaSession);
    auto* list = queue.findChild<QTreeWidget*>(QStringLiteral("approvalList"));
    REQUIRE(list->topLevelItemCount() == 1);
    // Omar rejects it at his desk while Julia's queue still shows it.
    REQUIRE(core::RecoveryRepository(store.db(), omar)
                .decide(pending.id, false, QStringLiteral("A loan pump will do."))
                .has_value());
    QSignalSpy decided(&queue, &ui::ApprovalQueueDialog::decided);
    CHECK_FALSE(queue.decide(true));
    CHECK(decided.size() == 1);
    CHECK(list->topLevelItemCount() == 0);
    const QString message = queue.findChild<QLabel*>(QStringLiteral("approvalMessage"))->text();
    CHECK(message.contains(QStringLiteral("already decided")));
    CHECK(message.contains(QStringLiteral("Omar Haddad")));
    CHECK(asRep.state(id)->gestures.first().status == core::Gesture::Status::Rejected);
}

TEST_CASE("An administrator gives a rep the lead's role from the users dialog", "[ui][recovery]")
{
    test::TempStore store;
    const core::User admin =
        makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada Admin"), core::Role::Admin);
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    ui::Session adminSession(store.db(), admin);
    ui::UsersDialog dialog(adminSession);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("userList"));
    REQUIRE(list->topLevelItemCount() == 2);
    list->setCurrentItem(list->topLevelItem(1)); // by name: Ada Admin, Sam Rivera
    CHECK(dialog.setSelectedRole(core::Role::Lead));
    CHECK(core::UserRepository(store.db()).byId(rep.id)->role == core::Role::Lead);

    ui::Session repSession(store.db(), rep);
    ui::UsersDialog asRep(repSession);
    CHECK_FALSE(asRep.findChild<QWidget*>(QStringLiteral("applyRoleButton"))->isEnabled());
}

TEST_CASE("The apology dialog checks on a thread of its own, the newest draft winning", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const qint64 id = caseInRecovery(store.db(), rep);
    ui::Session session(store.db(), rep);
    ui::ApologyDialog dialog(session, *core::CaseRepository(store.db(), 0).get(id));
    auto* findings = child<QListWidget>(&dialog, "apologyFindings");

    // A long draft full of excuses, then at once a clean one: the answer
    // for the first is dropped, whichever thread ends first.
    const QString excuses = QStringLiteral("It is not our fault, it is company policy. ").repeated(5000);
    const QString clean = QStringLiteral("Dear Ana, I am so sorry the pump failed during treatment. A loan "
                                         "pump will be with you by 8 tomorrow morning.");
    dialog.setDraft(excuses);
    CHECK_FALSE(dialog.isChecked()); // set returns before the check ends
    dialog.setDraft(clean);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isChecked(); }, 20000));
    CHECK(dialog.findingCount() == 0);
    QTest::qWait(50);
    CHECK(dialog.findingCount() == 0);
    CHECK(findings->count() == 1);

    dialog.setDraft(excuses);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isChecked(); }, 20000));
    // And no apology; the missing next step is advice, shown but not counted (issue 24).
    CHECK(dialog.findingCount() == 10000 + 1);

    // Over the limit: the message names it, and nothing is recorded.
    dialog.setDraft(QString(core::ApologyChecker::kMaxDraftLength + 1, QLatin1Char('a')));
    REQUIRE(QTest::qWaitFor([&] { return dialog.isChecked(); }, 20000));
    REQUIRE(findings->count() == 1);
    CHECK(findings->item(0)->text().contains(QString::number(core::ApologyChecker::kMaxDraftLength)));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(child<QLabel>(&dialog, "apologyError")->isVisibleTo(&dialog));
    CHECK_FALSE(core::RecoveryRepository(store.db(), rep).state(id)->apologised());

    // Sent before the check ends: recorded once the checker has answered.
    dialog.setDraft(clean);
    dialog.accept();
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    CHECK(core::RecoveryRepository(store.db(), rep).state(id)->apologised());
}

TEST_CASE("A stored template over the limits is refused by the apology dialog, not rendered",
          "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const qint64 id = caseInRecovery(store.db(), rep);
    // Written past the repository, as a store from before the limits holds it.
    const QString deep = QStringLiteral("{{#case.reference}}").repeated(1000) + QStringLiteral("Sorry.") +
                         QStringLiteral("{{/case.reference}}").repeated(1000);
    test::exec(
        store.db().connection(),
        QStringLiteral("INSERT INTO apology_templates (template_key, version, title, body, created_at) "
                       "VALUES ('deep', 1, 'Deep', '%1', 0)")
            .arg(deep));
    ui::Session session(store.db(), rep);
    ui::ApologyDialog dialog(session, *core::CaseRepository(store.db(), 0).get(id));
    auto* combo = child<QComboBox>(&dialog, "templateCombo");
    const int index = combo->findText(QStringLiteral("Deep (v1)"));
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
    auto* error = child<QLabel>(&dialog, "apologyError");
    CHECK(error->isVisibleTo(&dialog));
    CHECK(error->text().startsWith(QStringLiteral("The template “Deep” cannot be used: ")));
    CHECK(error->text().endsWith(QStringLiteral("sections nest 1000 deep; the limit is 32")));
}
