// File › Switch user and the password it asks for (issue 19).

#include "core/store/Identity.h"
#include "core/store/UserRepository.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace redress;

TEST_CASE("The password dialog is used from the keyboard and says when the password is wrong", "[ui][users]")
{
    test::TempStore store;
    const core::User julia =
        test::makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    REQUIRE(
        core::UserRepository(store.db()).setPassword(julia, julia.id, QStringLiteral("julia's")).has_value());
    const auto check = [&](const QString& password) {
        return core::Identity::resolve(store.db(), QStringLiteral("julia"), password);
    };

    ui::PasswordDialog dialog(julia.displayName, check);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passwordField"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("passwordMessage"));
    REQUIRE(field != nullptr);
    REQUIRE(message != nullptr);
    CHECK(field->hasFocus());
    CHECK(field->echoMode() == QLineEdit::Password);

    QTest::keyClicks(field, QStringLiteral("julias"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->isVisibleTo(&dialog));
    CHECK(message->text().contains(QStringLiteral("not Julia Novak's password")));
    CHECK(field->text().isEmpty());

    QTest::keyClicks(field, QStringLiteral("julia's"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().id == julia.id);

    ui::PasswordDialog again(julia.displayName, check);
    again.show();
    REQUIRE(QTest::qWaitForWindowActive(&again));
    QTest::keyClick(&again, Qt::Key_Escape);
    CHECK(again.result() == QDialog::Rejected);
}

TEST_CASE("Switch user asks the chosen person's password and changes nothing when it is wrong", "[ui][users]")
{
    test::TempStore store;
    const core::User sam =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User julia =
        test::makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    test::makeUser(store.db(), QStringLiteral("omar"), QStringLiteral("Omar Haddad"), core::Role::Admin);
    REQUIRE(
        core::UserRepository(store.db()).setPassword(julia, julia.id, QStringLiteral("julia's")).has_value());
    ui::Session session(store.db(), sam);
    ui::MainWindow window(session);
    QString typed;
    int asked = 0;
    window.setDialogHook([&](QDialog* dialog) {
        ++asked;
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("passwordField"));
        REQUIRE(field != nullptr);
        field->setText(typed);
        dialog->accept();
        if (dialog->result() != QDialog::Accepted) {
            CHECK(dialog->findChild<QLabel*>(QStringLiteral("passwordMessage"))
                      ->text()
                      .contains(QStringLiteral("not Julia Novak's password")));
            dialog->reject();
        }
    });

    // Users by name: Julia Novak, Omar Haddad, Sam Rivera.
    typed = QStringLiteral("guess");
    ui::MessageBox::setNextChoices({0});
    window.action(QStringLiteral("switchUser"))->trigger();
    CHECK(asked == 1);
    CHECK(session.user().id == sam.id);

    // Omar has no password: nobody can take his place at this desk.
    ui::MessageBox::shown().clear();
    ui::MessageBox::setNextChoices({1});
    ui::MessageBox::setNextAnswers({QMessageBox::Ok});
    window.action(QStringLiteral("switchUser"))->trigger();
    CHECK(asked == 1);
    CHECK(session.user().id == sam.id);
    REQUIRE_FALSE(ui::MessageBox::shown().isEmpty());
    CHECK(ui::MessageBox::shown().last().contains(QStringLiteral("no Redress password")));

    typed = QStringLiteral("julia's");
    ui::MessageBox::setNextChoices({0});
    window.action(QStringLiteral("switchUser"))->trigger();
    CHECK(asked == 2);
    CHECK(session.user().id == julia.id);
}
