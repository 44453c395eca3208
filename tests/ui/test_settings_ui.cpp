// Settings › Preferences and what a window remembers between runs (issue 9).

#include "core/store/Identity.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/Appearance.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SettingsDialog.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace redress;
using redress::test::child;

TEST_CASE("Preferences refuse a store in a missing folder, naming it, and only show who works",
          "[ui][settings]")
{
    QTemporaryDir dir;
    ui::SettingsDialog dialog(dir.filePath(QStringLiteral("now.redress")));
    auto* store = child<QLineEdit>(&dialog, "settingsStore");
    auto* error = child<QLabel>(&dialog, "settingsError");
    // Who works is the account, shown and not editable.
    CHECK(child<QLabel>(&dialog, "settingsLogin")->text().startsWith(core::Identity::osLogin()));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("settingsLogin")) == nullptr);

    store->setText(dir.filePath(QStringLiteral("missing/team.redress")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().contains(QStringLiteral("missing")));
    CHECK_FALSE(QSettings().contains(ui::SettingsDialog::storeKey));

    store->setText(dir.path());
    dialog.accept();
    CHECK(error->text().contains(QStringLiteral("is a folder")));
    // What was typed stays.
    CHECK(store->text() == dir.path());

    store->setText(dir.filePath(QStringLiteral("team.redress")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const QSettings settings;
    CHECK(settings.value(ui::SettingsDialog::storeKey).toString() ==
          dir.filePath(QStringLiteral("team.redress")));
    CHECK_FALSE(settings.contains(QStringLiteral("user/login")));
}

TEST_CASE("The colour scheme applies at once and the language is kept for the next start", "[ui][settings]")
{
    ui::SettingsDialog dialog(QStringLiteral("/tmp/now.redress"));
    auto* scheme = child<QComboBox>(&dialog, "settingsScheme");
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("dark")));
    auto* language = child<QComboBox>(&dialog, "settingsLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(ui::appearance::isDark());
    CHECK(QSettings().value(ui::appearance::languageKey).toString() == QStringLiteral("de"));

    ui::SettingsDialog again(QStringLiteral("/tmp/now.redress"));
    CHECK(child<QComboBox>(&again, "settingsScheme")->currentData().toString() == QStringLiteral("dark"));
    child<QComboBox>(&again, "settingsScheme")->setCurrentIndex(1); // light
    again.accept();
    CHECK_FALSE(ui::appearance::isDark());
}

TEST_CASE("Preferences lead to the service-level and backup settings", "[ui][settings]")
{
    ui::SettingsDialog dialog(QStringLiteral("/tmp/now.redress"));
    QSignalSpy sla(&dialog, &ui::SettingsDialog::slaSettingsRequested);
    QSignalSpy matrix(&dialog, &ui::SettingsDialog::priorityMatrixRequested);
    QSignalSpy backups(&dialog, &ui::SettingsDialog::backupSettingsRequested);
    child<QPushButton>(&dialog, "settingsOpenSla")->click();
    child<QPushButton>(&dialog, "settingsOpenMatrix")->click();
    child<QPushButton>(&dialog, "settingsOpenBackups")->click();
    CHECK(sla.size() == 1);
    CHECK(matrix.size() == 1);
    CHECK(backups.size() == 1);
}

TEST_CASE("The main window remembers its size, splitter and status filter", "[ui][settings]")
{
    test::TempStore store;
    const core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    QList<int> sizes;
    {
        ui::Session session(store.db(), rep);
        ui::MainWindow window(session);
        window.resize(1000, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* splitter = child<QSplitter>(&window, "mainSplitter");
        splitter->setSizes({300, 600});
        sizes = splitter->sizes();
        auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        REQUIRE(status != nullptr);
        status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
    }
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == QSize(1000, 700));
    CHECK(child<QSplitter>(&window, "mainSplitter")->sizes() == sizes);
    CHECK(window.findChild<QComboBox*>(QStringLiteral("statusFilter"))->currentData().toString() ==
          QStringLiteral("resolved"));
}

TEST_CASE("Preferences open from the Settings menu by keyboard", "[ui][settings]")
{
    test::TempStore store;
    const core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    QAction* preferences = window.action(QStringLiteral("preferences"));
    REQUIRE(preferences != nullptr);
    CHECK_FALSE(preferences->shortcut().isEmpty());
    bool opened = false;
    window.setDialogHook([&](QDialog* dialog) {
        opened = dialog->objectName() == QStringLiteral("settingsDialog");
        CHECK(child<QLabel>(dialog, "settingsCurrentStore")->text() ==
              QDir::toNativeSeparators(store.db().path()));
    });
    preferences->trigger();
    CHECK(opened);
}
