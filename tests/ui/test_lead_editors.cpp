#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/TemplateRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/common/Session.h"
#include "ui/recovery/CatalogueDialog.h"
#include "ui/recovery/TaxonomyDialog.h"
#include "ui/recovery/TemplateEditorDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace redress;

using redress::test::child;
using redress::test::makeUser;

namespace {

qint64 makeCase(const core::Database& db, const core::User& rep)
{
    const core::NewCase intake =
        test::CaseBuilder()
            .customer(QStringLiteral("Dr Ana Costa"))
            .company(QStringLiteral("Costa Dental"))
            .product(QStringLiteral("Vacuum pump VP-200"))
            .description(QStringLiteral("The suction failed mid-treatment and we sent patients home."))
            .impact(core::BusinessImpact::Stopped)
            .build();
    auto made = core::CaseRepository(db, rep.id).create(intake);
    REQUIRE(made.has_value());
    return made->id;
}

int versionOf(const core::Database& db, const core::User& user, const QString& key)
{
    auto latest = core::TemplateRepository(db, user).latest();
    REQUIRE(latest.has_value());
    for (const core::StoredTemplate& t : std::as_const(*latest)) {
        if (t.key == key)
            return t.version;
    }
    return 0;
}

} // namespace

TEST_CASE("The template editor marks a broken body, refuses it and saves a good one", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User lead =
        makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    const qint64 id = makeCase(store.db(), rep);
    ui::Session session(store.db(), lead);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == id; }, 5000));
    REQUIRE(window.action(QStringLiteral("templates"))->isEnabled());

    bool opened = false;
    window.setDialogHook([&](QDialog* dialog) {
        opened = true;
        REQUIRE(dialog->objectName() == QStringLiteral("templateEditorDialog"));
        auto* editor = qobject_cast<ui::TemplateEditorDialog*>(dialog);
        REQUIRE(editor != nullptr);
        // The case in the detail view is the one previewed.
        CHECK(editor->previewCaseId() == id);
        auto* list = child<QListWidget>(dialog, "templateList");
        REQUIRE(list->currentItem() != nullptr);
        const QString key = list->currentItem()->data(Qt::UserRole).toString();
        REQUIRE(versionOf(store.db(), lead, key) == 1);

        auto* body = child<QPlainTextEdit>(dialog, "templateBody");
        auto* error = child<QLabel>(dialog, "templateError");
        body->setPlainText(
            QStringLiteral("Dear {{customer.first_name}},\n\nWe are sorry.\n{{case.nonsense}}\n"));
        // The preview follows a pause in typing, without being asked.
        REQUIRE(QTest::qWaitFor([&] { return !error->isHidden(); }, 2000));
        CHECK(error->text().contains(QStringLiteral("line 4")));
        CHECK(body->extraSelections().size() == 1);
        CHECK(body->extraSelections().first().format.underlineStyle() == QTextCharFormat::WaveUnderline);
        CHECK(body->extraSelections().first().cursor.blockNumber() == 3);

        auto* save = child<QPushButton>(dialog, "saveTemplateButton");
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(versionOf(store.db(), lead, key) == 1);

        body->setPlainText(
            QStringLiteral("Dear {{customer.name}},\n\nI am sorry about the {{case.product}}.\n"));
        REQUIRE(QTest::qWaitFor([&] { return error->isHidden(); }, 2000));
        auto* preview = child<QPlainTextEdit>(dialog, "templatePreview");
        CHECK(preview->toPlainText().contains(QStringLiteral("Ana Costa")));
        CHECK(preview->toPlainText().contains(QStringLiteral("Vacuum pump VP-200")));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(versionOf(store.db(), lead, key) == 2);
        CHECK(child<QLabel>(dialog, "templateStatus")->text().contains(QStringLiteral("version 2")));
    });
    window.action(QStringLiteral("templates"))->trigger();
    CHECK(opened);
}

TEST_CASE("The template editor inserts placeholders and names a new template from its title",
          "[ui][recovery]")
{
    test::TempStore store;
    const core::User lead =
        makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    makeCase(store.db(), lead);
    ui::Session leadSession(store.db(), lead);
    ui::TemplateEditorDialog editor(leadSession);
    // Without a case on screen the newest case is previewed.
    CHECK(editor.previewCaseId().has_value());
    QTest::mouseClick(child<QPushButton>(&editor, "newTemplateButton"), Qt::LeftButton);
    auto* body = child<QPlainTextEdit>(&editor, "templateBody");
    body->moveCursor(QTextCursor::End);
    auto* placeholders = child<QListWidget>(&editor, "placeholderList");
    const auto found = placeholders->findItems(QStringLiteral("{{case.reference}}"), Qt::MatchStartsWith);
    REQUIRE(found.size() == 1);
    emit placeholders->itemActivated(found.first());
    CHECK(body->toPlainText().endsWith(QStringLiteral("{{case.reference}}")));
    child<QLineEdit>(&editor, "templateTitle")->setText(QStringLiteral("Late delivery, again!"));
    REQUIRE(editor.save());
    CHECK(versionOf(store.db(), lead, QStringLiteral("late-delivery-again")) == 1);
    CHECK(child<QListWidget>(&editor, "templateList")->currentItem()->data(Qt::UserRole).toString() ==
          QStringLiteral("late-delivery-again"));
}

TEST_CASE("A rep cannot open or save in the lead's editors", "[ui][recovery]")
{
    test::TempStore store;
    const core::User rep =
        makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    makeCase(store.db(), rep);
    ui::Session session(store.db(), rep);
    ui::MainWindow window(session);
    CHECK_FALSE(window.action(QStringLiteral("templates"))->isEnabled());
    CHECK_FALSE(window.action(QStringLiteral("catalogue"))->isEnabled());
    CHECK_FALSE(window.action(QStringLiteral("taxonomy"))->isEnabled());

    ui::Session repSession(store.db(), rep);
    ui::TemplateEditorDialog editor(repSession);
    auto* save = child<QPushButton>(&editor, "saveTemplateButton");
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&editor, "templateStatus")->text().contains(QStringLiteral("Rep")));
    CHECK_FALSE(editor.save());
}

TEST_CASE("The catalogue dialog saves a gesture and a limit and shows the core's refusal", "[ui][recovery]")
{
    test::TempStore store;
    const core::User lead =
        makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    ui::Session session(store.db(), lead);
    ui::MainWindow window(session);
    REQUIRE(window.action(QStringLiteral("catalogue"))->isEnabled());
    bool opened = false;
    window.setDialogHook([&](QDialog* dialog) {
        opened = true;
        REQUIRE(dialog->objectName() == QStringLiteral("catalogueDialog"));
        QTest::mouseClick(child<QPushButton>(dialog, "newGestureButton"), Qt::LeftButton);
        auto* saveGesture = child<QPushButton>(dialog, "saveGestureButton");
        // An empty name is refused by the core, and the field is named.
        QTest::mouseClick(saveGesture, Qt::LeftButton);
        auto* gestureError = child<QLabel>(dialog, "gestureEditError");
        CHECK_FALSE(gestureError->isHidden());
        CHECK(gestureError->text().startsWith(QStringLiteral("Name:")));

        QTest::keyClicks(child<QLineEdit>(dialog, "gestureNameEdit"), QStringLiteral("Loan pump"));
        auto* kind = child<QComboBox>(dialog, "gestureKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("free_service")));
        child<QDoubleSpinBox>(dialog, "gestureDefaultCost")->setValue(80.0);
        QTest::mouseClick(saveGesture, Qt::LeftButton);
        CHECK(gestureError->isHidden());

        child<QDoubleSpinBox>(dialog, "limit_rep")->setValue(75.0);
        auto* saveLimits = child<QPushButton>(dialog, "saveLimitsButton");
        QTest::mouseClick(saveLimits, Qt::LeftButton);
        auto* limitError = child<QLabel>(dialog, "limitError");
        CHECK(limitError->isHidden());

        // A lead (500.00) may not give an executive more than their own.
        child<QDoubleSpinBox>(dialog, "limit_executive")->setValue(9000.0);
        QTest::mouseClick(saveLimits, Qt::LeftButton);
        CHECK_FALSE(limitError->isHidden());
        CHECK(limitError->text().contains(core::labelOf(core::Role::Executive)));
        CHECK(limitError->text().contains(QStringLiteral("above your own")));
    });
    window.action(QStringLiteral("catalogue"))->trigger();
    CHECK(opened);

    core::RecoveryRepository recovery(store.db(), lead);
    auto types = recovery.catalogue(false);
    REQUIRE(types.has_value());
    const auto it = std::find_if(types->begin(), types->end(), [](const core::GestureType& t) {
        return t.name == QStringLiteral("Loan pump");
    });
    REQUIRE(it != types->end());
    CHECK(it->kind == QStringLiteral("free_service"));
    CHECK(it->defaultCostCents == 8000);
    CHECK(recovery.limitFor(core::Role::Rep) == 7500);
    CHECK(recovery.limitFor(core::Role::Executive) == 500000);
}

TEST_CASE("The taxonomy dialog adds a child under its parent", "[ui][recovery]")
{
    test::TempStore store;
    const core::User quality =
        makeUser(store.db(), QStringLiteral("quinn"), QStringLiteral("Quinn Shaw"), core::Role::Quality);
    ui::Session session(store.db(), quality);
    ui::MainWindow window(session);
    // Quality owns the taxonomy but not the catalogue.
    CHECK_FALSE(window.action(QStringLiteral("catalogue"))->isEnabled());
    REQUIRE(window.action(QStringLiteral("taxonomy"))->isEnabled());
    bool opened = false;
    window.setDialogHook([&](QDialog* dialog) {
        opened = true;
        REQUIRE(dialog->objectName() == QStringLiteral("taxonomyDialog"));
        auto* tree = child<QTreeWidget>(dialog, "rootCauseTree");
        const auto parents =
            tree->findItems(QStringLiteral("Pump or motor"), Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(parents.size() == 1);
        tree->setCurrentItem(parents.first());
        QTest::keyClicks(child<QLineEdit>(dialog, "rootCauseName"), QStringLiteral("Seal wear"));
        QTest::mouseClick(child<QPushButton>(dialog, "addChildButton"), Qt::LeftButton);
        CHECK(child<QLabel>(dialog, "taxonomyError")->isHidden());
        const auto added =
            tree->findItems(QStringLiteral("Seal wear"), Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(added.size() == 1);
        REQUIRE(added.first()->parent() != nullptr);
        CHECK(added.first()->parent()->text(0) == QStringLiteral("Pump or motor"));
        CHECK(tree->currentItem() == added.first());

        // The same name twice under one parent is the core's to refuse.
        tree->setCurrentItem(added.first()->parent());
        QTest::keyClicks(child<QLineEdit>(dialog, "rootCauseName"), QStringLiteral("Seal wear"));
        QTest::mouseClick(child<QPushButton>(dialog, "addChildButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "taxonomyError");
        CHECK_FALSE(error->isHidden());
        CHECK(error->text().startsWith(QStringLiteral("Name:")));
    });
    window.action(QStringLiteral("taxonomy"))->trigger();
    CHECK(opened);

    auto causes = core::RecoveryRepository(store.db(), quality).rootCauses();
    REQUIRE(causes.has_value());
    CHECK(std::any_of(causes->begin(), causes->end(), [](const core::RootCause& c) {
        return c.path.endsWith(QStringLiteral("Pump or motor › Seal wear"));
    }));
}
