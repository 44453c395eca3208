#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/DraftRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseIntakeDialog.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace redress;
using redress::test::press;
using redress::test::type;

namespace {

core::User signIn(const core::Database& db, const QString& login = QStringLiteral("sam.rivera"))
{
    auto user = core::UserRepository(db).ensure(login, QStringLiteral("Sam Rivera"));
    REQUIRE(user.has_value());
    return *user;
}

ui::CaseIntakeDialog* openIntakeByKeyboard(ui::MainWindow& window)
{
    press(Qt::Key_N, Qt::ControlModifier);
    ui::CaseIntakeDialog* dialog = window.intakeDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 2000));
    return dialog;
}

qint64 caseCount(const core::Database& db)
{
    return core::CaseRepository(db, 0).count().value_or(-1);
}

// A fresh window, shown and active, waiting until the list has been counted.
struct Workstation
{
    explicit Workstation(const core::Database& db, const core::User& user)
        : session(db, user), window(session)
    {
        QSignalSpy counted(window.caseModel(), &ui::CaseListModel::counted);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        if (!window.caseModel()->isCounted())
            REQUIRE(counted.wait(5000));
        window.caseTable()->setFocus();
    }
    ui::Session session;
    ui::MainWindow window;
};

} // namespace

TEST_CASE("A rep logs a complaint with the keyboard alone", "[ui]")
{
    test::TempStore store;
    const core::User rep = signIn(store.db());
    Workstation desk(store.db(), rep);

    ui::CaseIntakeDialog* dialog = openIntakeByKeyboard(desk.window);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("customerEdit"));
    test::typeIntakeByKeyboard();
    press(Qt::Key_Tab);
    press(Qt::Key_End); // impact: business stopped
    QSignalSpy created(dialog, &ui::CaseIntakeDialog::caseCreated);
    press(Qt::Key_Return);

    REQUIRE(created.size() == 1);
    const qint64 id = created.first().first().toLongLong();
    auto saved = core::CaseRepository(store.db(), 0).get(id);
    REQUIRE(saved.has_value());
    CHECK(saved->reference() == QStringLiteral("RD-000001"));
    CHECK(saved->customerName == QStringLiteral("Ada Lovelace"));
    CHECK(saved->company == QStringLiteral("Analytical Engines Ltd"));
    CHECK(saved->productName == QStringLiteral("Vacuum pump VP-200"));
    CHECK(saved->channel == core::Channel::Email);
    CHECK(saved->description.startsWith(QStringLiteral("The pump failed")));
    CHECK(saved->severity == core::Severity::Critical);
    CHECK(saved->impact == core::BusinessImpact::Stopped);
    CHECK(saved->status == core::CaseStatus::New);

    auto timeline = core::CaseRepository(store.db(), 0).timeline(id);
    REQUIRE(timeline.has_value());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->first().actor == QStringLiteral("Sam Rivera"));

    // Saved means no draft is left to offer back.
    auto draft = core::DraftRepository(store.db()).load(rep.login, ui::CaseIntakeDialog::draftKind);
    REQUIRE(draft.has_value());
    CHECK_FALSE(draft->has_value());

    // The list shows the new case and the detail opens it.
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseModel()->rowCount() == 1; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseDetail()->caseId() == id; }, 5000));
}

TEST_CASE("Type-ahead picks an existing customer", "[ui]")
{
    test::TempStore store;
    const core::User rep = signIn(store.db());
    core::Customer grace;
    grace.name = QStringLiteral("Grace Hopper");
    grace.company = QStringLiteral("Navy Compilers");
    grace.lifetimeValueCents = 12'500'00;
    auto existing = core::CustomerRepository(store.db()).create(grace);
    REQUIRE(existing.has_value());
    Workstation desk(store.db(), rep);

    ui::CaseIntakeDialog* dialog = openIntakeByKeyboard(desk.window);
    auto* customer = dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"));
    REQUIRE(customer != nullptr);
    type(QStringLiteral("gra"));
    QAbstractItemView* popup = customer->completer()->popup();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(customer->text() == QStringLiteral("Grace Hopper"));
    auto* company = dialog->findChild<QLineEdit*>(QStringLiteral("companyEdit"));
    CHECK(company->text() == QStringLiteral("Navy Compilers"));
    CHECK(company->isReadOnly());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("customerInfo"))->text().contains(QStringLiteral("12")));

    dialog->findChild<QLineEdit*>(QStringLiteral("productEdit"))->setText(QStringLiteral("Compiler"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("A moth in the relay."));
    QSignalSpy created(dialog, &ui::CaseIntakeDialog::caseCreated);
    dialog->save();
    REQUIRE(created.size() == 1);
    auto saved = core::CaseRepository(store.db(), 0).get(created.first().first().toLongLong());
    REQUIRE(saved.has_value());
    CHECK(saved->customerId == existing->id);
    CHECK(core::CustomerRepository(store.db()).count().value_or(0) == 1);
}

TEST_CASE("Missing fields are named inline and nothing is saved", "[ui]")
{
    test::TempStore store;
    Workstation desk(store.db(), signIn(store.db()));
    ui::CaseIntakeDialog* dialog = openIntakeByKeyboard(desk.window);

    press(Qt::Key_Return);
    auto* customerError = dialog->findChild<QLabel*>(QStringLiteral("customerError"));
    REQUIRE(customerError != nullptr);
    CHECK(customerError->isVisible());
    CHECK_FALSE(customerError->text().isEmpty());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("customerEdit"));
    CHECK(dialog->isVisible());

    type(QStringLiteral("Alan Turing"));
    press(Qt::Key_Return);
    CHECK_FALSE(customerError->isVisible());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("productError"))->isVisible());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("productEdit"));
    type(QStringLiteral("Bombe"));
    press(Qt::Key_Return);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("descriptionError"))->isVisible());
    CHECK(caseCount(store.db()) == 0);
    // What was typed is still there.
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"))->text() ==
          QStringLiteral("Alan Turing"));
}

TEST_CASE("A draft survives a crash and is offered back on the next start", "[ui]")
{
    test::TempStore store;
    const core::User rep = signIn(store.db());
    STATIC_REQUIRE(ui::CaseIntakeDialog::draftIntervalMs <= 5000);
    {
        auto* desk = new Workstation(store.db(), rep);
        openIntakeByKeyboard(desk->window);
        type(QStringLiteral("Katherine Johnson"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("Trajectory tables"));
        // What the autosave timer does every few seconds.
        desk->window.intakeDialog()->saveDraftNow();
        // The program dies: the window goes without the dialog being
        // saved or cancelled.
        delete desk;
    }
    auto kept = core::DraftRepository(store.db()).load(rep.login, ui::CaseIntakeDialog::draftKind);
    REQUIRE(kept.has_value());
    REQUIRE(kept->has_value());

    Workstation next(store.db(), rep);
    ui::MessageBox::setNextAnswers({QMessageBox::Open});
    next.window.offerDraftRecovery();
    ui::CaseIntakeDialog* dialog = next.window.intakeDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"))->text() ==
          QStringLiteral("Katherine Johnson"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("productEdit"))->text() ==
          QStringLiteral("Trajectory tables"));

    dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Numbers off by one."));
    dialog->save();
    CHECK(caseCount(store.db()) == 1);
    auto after = core::DraftRepository(store.db()).load(rep.login, ui::CaseIntakeDialog::draftKind);
    REQUIRE(after.has_value());
    CHECK_FALSE(after->has_value());
}

TEST_CASE("Cancelling a typed case asks first, and discarding removes the draft", "[ui]")
{
    test::TempStore store;
    const core::User rep = signIn(store.db());
    Workstation desk(store.db(), rep);
    ui::CaseIntakeDialog* dialog = openIntakeByKeyboard(desk.window);
    type(QStringLiteral("Hedy Lamarr"));
    dialog->saveDraftNow();

    ui::MessageBox::setNextAnswers({QMessageBox::Cancel});
    press(Qt::Key_Escape);
    CHECK(dialog->isVisible());

    ui::MessageBox::setNextAnswers({QMessageBox::Discard});
    press(Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return desk.window.intakeDialog() == nullptr; }, 2000));
    auto draft = core::DraftRepository(store.db()).load(rep.login, ui::CaseIntakeDialog::draftKind);
    REQUIRE(draft.has_value());
    CHECK_FALSE(draft->has_value());
    CHECK(caseCount(store.db()) == 0);
}

TEST_CASE("A lead moves and assigns many cases in one step", "[ui]")
{
    test::TempStore store;
    const core::User lead = signIn(store.db(), QStringLiteral("julia.novak"));
    core::User other;
    other.login = QStringLiteral("tom.becker");
    other.displayName = QStringLiteral("Tom Becker");
    auto tom = core::UserRepository(store.db()).create(other);
    REQUIRE(tom.has_value());
    core::CaseRepository cases(store.db(), lead.id);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        auto made = cases.create(test::CaseBuilder()
                                     .customer(QStringLiteral("Customer %1").arg(i))
                                     .product(QStringLiteral("Router"))
                                     .description(QStringLiteral("No connection since Monday."))
                                     .build());
        REQUIRE(made.has_value());
        ids << made->id;
    }
    Workstation desk(store.db(), lead);
    QTableView* table = desk.window.caseTable();
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseModel()->caseIdAt(4).has_value(); }, 5000));

    SECTION("all legal: every case moves, in one step")
    {
        press(Qt::Key_A, Qt::ControlModifier); // select all in the list
        REQUIRE(table->selectionModel()->selectedRows().size() == 5);
        ui::MessageBox::setNextAnswers({QMessageBox::Yes});
        press(Qt::Key_1, Qt::ControlModifier); // Acknowledge
        for (qint64 id : ids)
            CHECK(cases.get(id)->status == core::CaseStatus::Acknowledged);

        ui::MessageBox::setNextChoices({2}); // Nobody, Julia, Tom (sorted by name)
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        for (qint64 id : ids)
            CHECK(cases.get(id)->ownerName == QStringLiteral("Tom Becker"));
    }

    SECTION("one illegal move: nothing moves and the case is named")
    {
        REQUIRE(cases.transition(ids[2], core::CaseStatus::Acknowledged).has_value());
        REQUIRE(cases.transition(ids[2], core::CaseStatus::InRecovery).has_value());
        ui::MessageBox::shown().clear();
        press(Qt::Key_A, Qt::ControlModifier);
        ui::MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok});
        desk.window.moveSelected(core::CaseStatus::Acknowledged);
        CHECK(cases.get(ids[0])->status == core::CaseStatus::New);
        CHECK(cases.get(ids[2])->status == core::CaseStatus::InRecovery);
        REQUIRE(ui::MessageBox::shown().size() == 2);
        CHECK(ui::MessageBox::shown().last().contains(core::referenceFor(ids[2])));
    }
}

TEST_CASE("The detail view offers exactly the lifecycle's next moves", "[ui]")
{
    test::TempStore store;
    const core::User rep = signIn(store.db());
    auto made = core::CaseRepository(store.db(), rep.id)
                    .create(test::CaseBuilder()
                                .customer(QStringLiteral("Mary Jackson"))
                                .product(QStringLiteral("Wind tunnel"))
                                .description(QStringLiteral("Turbulence readings missing."))
                                .build());
    REQUIRE(made.has_value());
    Workstation desk(store.db(), rep);
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseDetail()->caseId() == made->id; }, 5000));

    CHECK(desk.window.action(QStringLiteral("move_acknowledged"))->isEnabled());
    CHECK_FALSE(desk.window.action(QStringLiteral("move_closed"))->isEnabled());
    desk.window.action(QStringLiteral("move_acknowledged"))->trigger();
    CHECK(core::CaseRepository(store.db(), 0).get(made->id)->status == core::CaseStatus::Acknowledged);
    CHECK(desk.window.caseDetail()->findChild<QWidget*>(QStringLiteral("move_in_recovery")) != nullptr);
    CHECK_FALSE(desk.window.action(QStringLiteral("move_acknowledged"))->isEnabled());
    auto timeline = core::CaseRepository(store.db(), 0).timeline(made->id);
    REQUIRE(timeline.has_value());
    REQUIRE(timeline->size() == 2);
    CHECK(timeline->last().oldValue == QStringLiteral("new"));
    CHECK(timeline->last().newValue == QStringLiteral("acknowledged"));
}

TEST_CASE("Switching user reaches the queues and an open problem desk through the session", "[ui]")
{
    test::TempStore store;
    const core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User lead =
        test::makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    Workstation desk(store.db(), rep);
    constexpr int escalatedTab = static_cast<int>(ui::MainWindow::Queue::Escalated);
    CHECK_FALSE(desk.window.queueBar()->isTabVisible(escalatedTab));
    desk.window.setQueue(ui::MainWindow::Queue::Mine);
    CHECK(desk.window.caseModel()->query().filter.ownerId == rep.id);
    desk.window.openProblems();
    auto* newProblem = desk.window.problemsWindow()->findChild<QPushButton*>(QStringLiteral("newProblem"));
    REQUIRE(newProblem != nullptr);
    CHECK(newProblem->isHidden());

    // Handing the desk to Julia takes her password.
    REQUIRE(
        core::UserRepository(store.db()).setPassword(lead, lead.id, QStringLiteral("julia's")).has_value());
    desk.window.setDialogHook([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(QStringLiteral("julia's"));
        dialog->accept();
    });
    ui::MessageBox::setNextChoices({0}); // users by name: Julia Novak, Sam Rivera
    desk.window.action(QStringLiteral("switchUser"))->trigger();
    CHECK(desk.session.user().id == lead.id);
    CHECK(desk.window.queueBar()->isTabVisible(escalatedTab));
    CHECK(desk.window.caseModel()->query().filter.ownerId == lead.id);
    CHECK_FALSE(newProblem->isHidden());
}
