// Editing a case's facts while another desk edits it too (optimistic
// concurrency): the stale save is refused, the rep sees theirs against
// the other desk's field by field, chooses, and nothing is overwritten unseen.

#include "core/store/CaseRepository.h"
#include "core/store/DraftRepository.h"
#include "support/CaseBuilder.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseConflictView.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseEditDialog.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace redress;
using test::child;

namespace {

const QString opened = QStringLiteral("The suction failed mid-treatment.");
const QString theirText = QStringLiteral("Suction fails after ten minutes; pump overheats.");
const QString myText = QStringLiteral("The suction stopped twice today during surgery.");

struct Desks
{
    Desks()
    {
        rep =
            test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
        other = test::makeUser(store.db(), QStringLiteral("kim"), QStringLiteral("Kim Lee"), core::Role::Rep);
        const core::NewCase intake = test::CaseBuilder()
                                         .product(QStringLiteral("Vacuum pump VP-200"))
                                         .channel(core::Channel::Phone)
                                         .description(opened)
                                         .severity(core::Severity::Medium)
                                         .impact(core::BusinessImpact::None)
                                         .build();
        auto made = core::CaseRepository(store.db(), rep.id).create(intake);
        REQUIRE(made.has_value());
        caseId = made->id;
    }
    core::Case current() const
    {
        auto c = core::CaseRepository(store.db(), 0).get(caseId);
        REQUIRE(c.has_value());
        return *c;
    }
    /// The other desk saves severity High and its description.
    void otherDeskEdits() const
    {
        core::CaseEdit edit;
        edit.severity = core::Severity::High;
        edit.description = theirText;
        REQUIRE(core::CaseRepository(store.db(), other.id).update(caseId, edit, current().rowVersion));
    }
    /// "who field old→new" for every FieldChanged event, oldest first.
    QStringList fieldChanges() const
    {
        auto events = core::CaseRepository(store.db(), 0).timeline(caseId);
        REQUIRE(events.has_value());
        QStringList out;
        for (const core::CaseEvent& e : *events) {
            if (e.kind == core::CaseEvent::Kind::FieldChanged)
                out << QStringLiteral("%1 %2 %3→%4").arg(e.actor, e.field, e.oldValue, e.newValue);
        }
        return out;
    }
    bool hasDraft() const
    {
        auto d = core::DraftRepository(store.db()).load(rep.login, ui::CaseEditDialog::draftKind(caseId));
        REQUIRE(d.has_value());
        return d->has_value();
    }

    test::TempStore store;
    core::User rep;
    core::User other;
    qint64 caseId = 0;
};

std::string lines(const QStringList& list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

// The rep changes channel and description, then saves.
void repEditsAndSaves(ui::CaseEditDialog& dialog)
{
    choose(child<QComboBox>(&dialog, "channelCombo"), core::keyOf(core::Channel::Email));
    child<QPlainTextEdit>(&dialog, "descriptionEdit")->setPlainText(myText);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveEditButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("A stale edit shows both sides field by field and saves what the rep chose", "[ui][case-edit]")
{
    Desks desks;
    ui::Session repSession(desks.store.db(), desks.rep);
    ui::CaseEditDialog dialog(repSession, desks.caseId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    desks.otherDeskEdits();
    repEditsAndSaves(dialog);

    REQUIRE(dialog.isVisible());
    REQUIRE(dialog.showingConflict());
    ui::CaseConflictView* view = dialog.conflictView();
    // Nothing of the rep's was written by the refused save.
    CHECK(desks.current().channel == core::Channel::Phone);
    CHECK(desks.current().description == theirText);

    CHECK(view->summaryLabel()->text() ==
          QStringLiteral("RD-%1 was changed by Kim Lee while you were editing it.")
              .arg(desks.caseId, 6, 10, QLatin1Char('0')));
    CHECK(view->cellText(QStringLiteral("description"), 1) == opened);
    CHECK(view->cellText(QStringLiteral("description"), 2) == myText);
    CHECK(view->cellText(QStringLiteral("description"), 3) == theirText);
    REQUIRE(view->choiceBox(QStringLiteral("description")) != nullptr);
    CHECK(view->choiceBox(QStringLiteral("channel")) == nullptr);
    CHECK(view->choiceBox(QStringLiteral("severity")) == nullptr);
    CHECK(view->cellText(QStringLiteral("channel"), 1) == QStringLiteral("Phone"));
    CHECK(view->cellText(QStringLiteral("channel"), 2) == QStringLiteral("Email"));
    CHECK(view->cellText(QStringLiteral("channel"), 3) == QStringLiteral("Phone"));
    CHECK(view->cellText(QStringLiteral("channel"), 4) == QStringLiteral("Yours is saved"));
    CHECK(view->cellText(QStringLiteral("severity"), 2) == QStringLiteral("Medium"));
    CHECK(view->cellText(QStringLiteral("severity"), 3) == QStringLiteral("High"));
    CHECK(view->cellText(QStringLiteral("severity"), 4) == QStringLiteral("Theirs stays"));
    CHECK(view->cellText(QStringLiteral("impact"), 4) == QStringLiteral("Unchanged"));
    // No choice is made for the rep.
    CHECK_FALSE(view->saveButton()->isEnabled());
    CHECK(view->choiceBox(QStringLiteral("description"))->currentIndex() == -1);

    // The store writes an edit's fields in a fixed order: description before severity.
    const QStringList before{QStringLiteral("Kim Lee description %1→%2").arg(opened, theirText),
                             QStringLiteral("Kim Lee severity 2→3")};
    REQUIRE(lines(desks.fieldChanges()) == lines(before));

    SECTION("taking theirs keeps their description and severity, and adds the rep's channel")
    {
        choose(view->choiceBox(QStringLiteral("description")),
               static_cast<int>(core::MergeChoice::TakeTheirs));
        REQUIRE(view->saveButton()->isEnabled());
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        const core::Case c = desks.current();
        CHECK(c.description == theirText);
        CHECK(c.channel == core::Channel::Email);
        CHECK(c.severity == core::Severity::High);
        CHECK(lines(desks.fieldChanges()) ==
              lines(before + QStringList{QStringLiteral("Sam Rivera channel phone→email")}));
    }
    SECTION("keeping mine writes the rep's description over theirs, seen and chosen")
    {
        choose(view->choiceBox(QStringLiteral("description")), static_cast<int>(core::MergeChoice::KeepMine));
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        const core::Case c = desks.current();
        CHECK(c.description == myText);
        CHECK(c.channel == core::Channel::Email);
        CHECK(c.severity == core::Severity::High);
        CHECK(lines(desks.fieldChanges()) ==
              lines(before +
                    QStringList{QStringLiteral("Sam Rivera channel phone→email"),
                                QStringLiteral("Sam Rivera description %1→%2").arg(theirText, myText)}));
    }
    CHECK_FALSE(desks.hasDraft());
}

TEST_CASE("Going back from the comparison keeps the store as the other desk left it and the rep's text",
          "[ui][case-edit]")
{
    Desks desks;
    ui::Session repSession(desks.store.db(), desks.rep);
    ui::CaseEditDialog dialog(repSession, desks.caseId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    desks.otherDeskEdits();
    repEditsAndSaves(dialog);
    REQUIRE(dialog.showingConflict());

    SECTION("with the Back button")
    {
        QTest::mouseClick(dialog.conflictView()->backButton(), Qt::LeftButton);
    }
    SECTION("with Esc")
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }

    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.showingConflict());
    CHECK(child<QPlainTextEdit>(&dialog, "descriptionEdit")->toPlainText() == myText);
    CHECK(child<QComboBox>(&dialog, "channelCombo")->currentData().toString() == QStringLiteral("email"));
    const core::Case c = desks.current();
    CHECK(c.description == theirText);
    CHECK(c.channel == core::Channel::Phone);
    CHECK(c.severity == core::Severity::High);
    CHECK(desks.fieldChanges().size() == 2);
    // The rep's work is still kept against a crash.
    CHECK(desks.hasDraft());

    // Saving again is refused again: the comparison comes back, never an overwrite.
    QTest::mouseClick(child<QPushButton>(&dialog, "saveEditButton"), Qt::LeftButton);
    CHECK(dialog.showingConflict());
    CHECK(desks.current().description == theirText);
}

TEST_CASE("A second change while the rep chooses is shown before anything is saved", "[ui][case-edit]")
{
    Desks desks;
    ui::Session repSession(desks.store.db(), desks.rep);
    ui::CaseEditDialog dialog(repSession, desks.caseId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    desks.otherDeskEdits();
    repEditsAndSaves(dialog);
    REQUIRE(dialog.showingConflict());
    ui::CaseConflictView* view = dialog.conflictView();
    choose(view->choiceBox(QStringLiteral("description")), static_cast<int>(core::MergeChoice::KeepMine));

    core::CaseEdit again;
    again.channel = core::Channel::Letter;
    REQUIRE(core::CaseRepository(desks.store.db(), desks.other.id).update(desks.caseId, again));
    QTest::mouseClick(view->saveButton(), Qt::LeftButton);

    REQUIRE(dialog.isVisible());
    REQUIRE(dialog.showingConflict());
    CHECK(view->cellText(QStringLiteral("channel"), 3) == QStringLiteral("Letter"));
    REQUIRE(view->choiceBox(QStringLiteral("channel")) != nullptr);
    // Every choice is asked again.
    CHECK_FALSE(view->saveButton()->isEnabled());
    CHECK(desks.current().channel == core::Channel::Letter);
    CHECK(desks.current().description == theirText);
}

TEST_CASE("The edit form marks a field the store refuses and keeps the text", "[ui][case-edit]")
{
    Desks desks;
    ui::Session repSession(desks.store.db(), desks.rep);
    ui::CaseEditDialog dialog(repSession, desks.caseId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    child<QPlainTextEdit>(&dialog, "descriptionEdit")->setPlainText(QStringLiteral("   "));
    child<QLineEdit>(&dialog, "productEdit")->setText(QStringLiteral("Vacuum pump VP-300"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveEditButton"), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, "descriptionError")->isVisible());
    CHECK_FALSE(child<QLabel>(&dialog, "descriptionError")->text().isEmpty());
    CHECK(child<QLineEdit>(&dialog, "productEdit")->text() == QStringLiteral("Vacuum pump VP-300"));
    CHECK(desks.current().productName == QStringLiteral("Vacuum pump VP-200"));
}

TEST_CASE("An edit survives a crash as a draft, comes back for the same case, and a discard removes it",
          "[ui][case-edit]")
{
    Desks desks;
    {
        ui::Session repSession(desks.store.db(), desks.rep);
        ui::CaseEditDialog dialog(repSession, desks.caseId);
        CHECK_FALSE(dialog.restoredDraft());
        child<QPlainTextEdit>(&dialog, "descriptionEdit")->setPlainText(myText);
        dialog.saveDraftNow();
        // Destroyed without closing: as a crash leaves it.
    }
    REQUIRE(desks.hasDraft());
    desks.otherDeskEdits();

    ui::Session repSession(desks.store.db(), desks.rep);
    ui::CaseEditDialog reopened(repSession, desks.caseId);
    reopened.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reopened));
    CHECK(reopened.restoredDraft());
    CHECK(child<QPlainTextEdit>(&reopened, "descriptionEdit")->toPlainText() == myText);
    // The draft remembers the version it was typed against: saving it now
    // shows the other desk's change rather than writing over it.
    QTest::mouseClick(child<QPushButton>(&reopened, "saveEditButton"), Qt::LeftButton);
    REQUIRE(reopened.showingConflict());
    CHECK(reopened.conflictView()->cellText(QStringLiteral("description"), 3) == theirText);
    reopened.backToEditing();

    ui::MessageBox::setNextAnswers({QMessageBox::Discard});
    reopened.reject();
    CHECK_FALSE(reopened.isVisible());
    CHECK_FALSE(desks.hasDraft());
    CHECK(desks.current().description == theirText);
}

TEST_CASE("F2 in the main window edits the case in the detail pane", "[ui][case-edit]")
{
    Desks desks;
    ui::Session session(desks.store.db(), desks.rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == desks.caseId; }, 5000));
    QAction* edit = window.action(QStringLiteral("editCase"));
    REQUIRE(edit != nullptr);
    CHECK(edit->shortcut() == QKeySequence(Qt::Key_F2));
    CHECK(edit->isEnabled());
    CHECK(child<QPushButton>(window.caseDetail(), "editCaseButton")->isVisible());

    bool opened = false;
    window.setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::CaseEditDialog*>(d);
        REQUIRE(dialog != nullptr);
        opened = true;
        CHECK(dialog->caseId() == desks.caseId);
        choose(child<QComboBox>(dialog, "severityCombo"), static_cast<int>(core::Severity::Critical));
        dialog->save();
    });
    edit->trigger();
    CHECK(opened);
    CHECK(desks.current().severity == core::Severity::Critical);
    // The detail pane shows what was saved.
    CHECK(window.caseDetail()->current().severity == core::Severity::Critical);
}
