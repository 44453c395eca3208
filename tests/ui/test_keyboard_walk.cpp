// Issue 9: "nothing needs a mouse". A rep's day and a lead's steps through
// the real main window, every step by a key press to the focused widget: the
// shortcuts, Tab, mnemonics, Return and Escape. The dialogs the window would
// exec() are shown through its dialog hook so keys reach them as a person's
// would; the blocking questions (who takes the desk) come from MessageBox's
// queued answers, the one seam the UI has for them.
//
// Each part of the day is a test case of its own, so one part failing does
// not hide the rest: the core brings the case to where the parts before
// would have left it, and the part walks on from there by keys.

#include "core/cases/Lifecycle.h"
#include "core/store/CaseRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseIntakeDialog.h"
#include "ui/cases/CaseListModel.h"
#include "ui/charts/DashboardCharts.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardWidget.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <functional>
#include <optional>

using namespace redress;
using redress::test::child;
using redress::test::focused;
using redress::test::press;
using redress::test::type;

namespace {

// A mnemonic clicks its button the way a mouse would, pressed and released a
// moment later; this presses Alt+key and waits for that moment.
void mnemonic(int key, const std::function<bool()>& done)
{
    press(key, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor(done, 5000));
}

// The focused widget's name; the inner line edit of a spin box counts as the box.
QString focusName()
{
    QWidget* w = focused();
    if (auto* box = qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
        return box->objectName();
    return w->objectName();
}

void showForKeys(QDialog* dialog)
{
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000));
}

// The offscreen platform has no window manager to give the activation back
// to the main window when a dialog closes; this does what a desktop's would.
void backTo(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 5000));
}

qint64 seedOtherCase(const core::Database& db, const core::User& rep)
{
    const core::NewCase intake = test::CaseBuilder()
                                     .customer(QStringLiteral("Grace Hopper"))
                                     .product(QStringLiteral("Relay rack"))
                                     .description(QStringLiteral("A moth in relay 70."))
                                     .build();
    auto made = core::CaseRepository(db, rep.id).create(intake);
    REQUIRE(made.has_value());
    return made->id;
}

struct Step
{
    core::CaseEvent::Kind kind;
    QString field;
    QString newValue;
};

// How far the parts before a part have taken Ada Lovelace's case.
enum class Before
{
    Nothing,    // not filed yet
    Filed,      // as the intake form types it: New
    InRecovery, // acknowledged, recovery started
    StepsTaken, // the four steps recorded, the gesture waiting for a lead
    Approved,   // the lead approved the gesture
    Closed,     // resolved, followed up, closed
};

// The same case the intake part types by keys (support/Widgets.h).
qint64 fileTypedCase(const core::Database& db, const core::User& rep)
{
    const core::NewCase intake =
        test::CaseBuilder()
            .customer(QStringLiteral("Ada Lovelace"))
            .company(QStringLiteral("Analytical Engines Ltd"))
            .product(QStringLiteral("Vacuum pump VP-200"))
            .channel(core::Channel::Email)
            .description(QStringLiteral("The pump failed during surgery and we had to send patients home."))
            .severity(core::Severity::Critical)
            .build();
    auto made = core::CaseRepository(db, rep.id).create(intake);
    REQUIRE(made.has_value());
    return made->id;
}

template <typename T> T named(const QList<T>& items, const QString& name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.name == name; });
    INFO(name.toStdString());
    REQUIRE(it != items.end());
    return *it;
}

// Through the core, what the keys of the parts before `before` would have
// recorded, in the same order, so the timeline reads as after a whole day.
void bringCase(const core::Database& db, const core::User& rep, const core::User& lead, qint64 id, Before before)
{
    core::CaseRepository cases(db, rep.id);
    core::RecoveryRepository recovery(db, rep);
    if (before >= Before::InRecovery) {
        REQUIRE(cases.transition(id, core::CaseStatus::Acknowledged).has_value());
        REQUIRE(cases.transition(id, core::CaseStatus::InRecovery).has_value());
    }
    if (before >= Before::StepsTaken) {
        REQUIRE(recovery
                    .recordApology(id,
                                   QStringLiteral("Dear Ada, I am so sorry the pump failed during surgery. A "
                                                  "loan pump will be with you by 8 tomorrow morning."),
                                   core::Channel::Email)
                    .has_value());
        REQUIRE(recovery
                    .recordSolution(id, QStringLiteral("Loan pump tonight, repair by Friday"),
                                    QStringLiteral("To operate again tomorrow"), QDate::currentDate().addDays(3))
                    .has_value());
        auto types = recovery.catalogue();
        REQUIRE(types.has_value());
        auto gesture = recovery.giveGesture(id, named(*types, QStringLiteral("Account credit")).id, 12000,
                                            QStringLiteral("Loan pump for a week"));
        REQUIRE(gesture.has_value());
        REQUIRE(gesture->status == core::Gesture::Status::Pending);
        auto causes = recovery.rootCauses();
        REQUIRE(causes.has_value());
        REQUIRE(recovery
                    .recordAnalysis(id, named(*causes, QStringLiteral("Pump or motor")).id,
                                    {QStringLiteral("The seal wore out")}, false)
                    .has_value());
        if (before >= Before::Approved)
            REQUIRE(core::RecoveryRepository(db, lead).decide(gesture->id, true, {}).has_value());
    }
    if (before >= Before::Closed) {
        REQUIRE(cases.transition(id, core::CaseStatus::Resolved).has_value());
        REQUIRE(core::FollowUpRepository(db, rep).record(id, 9, std::nullopt, QStringLiteral("Saved our week"))
                    .has_value());
        REQUIRE(cases.transition(id, core::CaseStatus::FollowUp).has_value());
        REQUIRE(cases.transition(id, core::CaseStatus::Closed).has_value());
    }
}

// Sam Rivera's or Julia Novak's main window over a store with Grace
// Hopper's case and, from `before` on, Ada Lovelace's; from InRecovery on,
// the list found Ada's case by Ctrl+F as the find part leaves it.
struct Walk
{
    explicit Walk(Before before, bool asLead = false)
    {
        other = seedOtherCase(store.db(), rep);
        if (before != Before::Nothing) {
            id = fileTypedCase(store.db(), rep);
            bringCase(store.db(), rep, lead, id, before);
        }
        // Handing the desk over asks for the other's password (issue 19).
        core::UserRepository users(store.db());
        REQUIRE(users.setPassword(rep, rep.id, QStringLiteral("sam's")).has_value());
        REQUIRE(users.setPassword(lead, lead.id, QStringLiteral("julia's")).has_value());
        session.emplace(store.db(), asLead ? lead : rep);
        window.emplace(*session);
        {
            QSignalSpy counted(window->caseModel(), &ui::CaseListModel::counted);
            window->show();
            REQUIRE(QTest::qWaitForWindowActive(&*window));
            if (!window->caseModel()->isCounted())
                REQUIRE(counted.wait(5000));
        }
        REQUIRE(focused() == window->caseTable());

        // Every exec()'d dialog comes here; each step says what it types.
        window->setDialogHook([this](QDialog* dialog) {
            opened << dialog->objectName();
            showForKeys(dialog);
            REQUIRE(drive);
            drive(dialog);
            // Every step ends by closing its dialog with a key.
            CHECK_FALSE(dialog->isVisible());
            backTo(&*window);
        });
        if (before >= Before::InRecovery)
            find();
    }

    // Ctrl+F, the customer's name, Return: the list holds Ada's case alone
    // and the detail shows it.
    void find()
    {
        press(Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("Lovelace"));
        press(Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return window->caseModel()->rowCount() == 1; }, 5000));
        REQUIRE(QTest::qWaitFor([&] { return window->caseDetail()->caseId() == id; }, 5000));
    }

    test::TempStore store;
    const core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    const core::User lead =
        test::makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), core::Role::Lead);
    qint64 other = 0;
    qint64 id = 0;
    std::function<void(QDialog*)> drive;
    QStringList opened;

    // The next step's dialog asks a password: typed, and Return.
    void password(const QString& typed)
    {
        drive = [typed](QDialog*) {
            CHECK(focusName() == QStringLiteral("passwordField"));
            type(typed);
            press(Qt::Key_Return);
        };
    }
    // Last, so they go before the store they show, the window first.
    std::optional<ui::Session> session;
    std::optional<ui::MainWindow> window;
};

} // namespace

TEST_CASE("Keyboard walk: the rep files a case with Ctrl+N, the form in tab order and Return",
          "[ui][keyboard-walk]")
{
    Walk walk(Before::Nothing);
    ui::MainWindow& window = *walk.window;

    // --- Intake: Ctrl+N, the form in its tab order, Return saves.
    press(Qt::Key_N, Qt::ControlModifier);
    ui::CaseIntakeDialog* intake = window.intakeDialog();
    REQUIRE(intake != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == intake; }, 5000));
    CHECK(focusName() == QStringLiteral("customerEdit"));
    test::typeIntakeByKeyboard();
    QSignalSpy created(intake, &ui::CaseIntakeDialog::caseCreated);
    press(Qt::Key_Return);
    REQUIRE(created.size() == 1);
    const qint64 id = created.first().first().toLongLong();
    CHECK(id == walk.other + 1);
    core::CaseRepository cases(walk.store.db(), 0);
    CHECK(cases.get(id)->status == core::CaseStatus::New);
    CHECK(cases.get(id)->channel == core::Channel::Email);
    CHECK(cases.get(id)->severity == core::Severity::Critical);
    // Closing the form hands the keyboard back to the list.
    REQUIRE(QTest::qWaitFor([&] { return window.intakeDialog() == nullptr; }, 5000));
    backTo(&window);
    CHECK(focused() == window.caseTable());
}

TEST_CASE("Keyboard walk: Ctrl+F finds the case, Ctrl+1 and Ctrl+2 move it into recovery",
          "[ui][keyboard-walk]")
{
    Walk walk(Before::Filed);
    ui::MainWindow& window = *walk.window;
    const qint64 id = walk.id;
    core::CaseRepository cases(walk.store.db(), 0);

    // --- Find: Ctrl+F, the customer's name, Return goes to the one case found.
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(focusName() == QStringLiteral("searchEdit"));
    type(QStringLiteral("Lovelace"));
    press(Qt::Key_Return);
    CHECK(focused() == window.caseTable());
    REQUIRE(QTest::qWaitFor([&] { return window.caseModel()->rowCount() == 1; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return window.caseDetail()->caseId() == id; }, 5000));

    // --- Status: Ctrl+1 acknowledges, Ctrl+2 starts the recovery.
    press(Qt::Key_1, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::Acknowledged);
    press(Qt::Key_2, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::InRecovery);
}

TEST_CASE("Keyboard walk: the four steps of recovery by Alt+Shift+1 to 4", "[ui][keyboard-walk]")
{
    Walk walk(Before::InRecovery);
    const qint64 id = walk.id;
    std::function<void(QDialog*)>& drive = walk.drive;

    // --- Step 1, apologise (Alt+Shift+1): the suggested script, rewritten.
    const QString apology = QStringLiteral("Dear Ada, I am so sorry the pump failed during surgery. A loan "
                                           "pump will be with you by 8 tomorrow morning.");
    drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("templateCombo"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("apologyChannel"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("apologyText"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(apology);
        mnemonic(Qt::Key_R, [&] { return !d->isVisible(); }); // Record as sent
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier);

    // --- Step 2, solve (Alt+Shift+2): what they want, the fix, a promised date.
    drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("wantsEdit"));
        type(QStringLiteral("To operate again tomorrow"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("fixEdit"));
        type(QStringLiteral("Loan pump tonight, repair by Friday"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("promiseCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("promisedByEdit"));
        press(Qt::Key_Return);
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_2, Qt::AltModifier | Qt::ShiftModifier);

    // --- Step 3, add value (Alt+Shift+3): 120.00 is over the rep's 50.00, so it waits.
    drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("gestureTypeCombo"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("gestureCost"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("120"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("gestureNote"));
        type(QStringLiteral("Loan pump for a week"));
        press(Qt::Key_Return); // Give is the default
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_3, Qt::AltModifier | Qt::ShiftModifier);

    // --- Step 4, analyse (Alt+Shift+4): Hardware › Pump or motor, one why.
    drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("rootCauseTree"));
        // Typing a name jumps to it, as in any list.
        type(QStringLiteral("Pump"));
        auto* tree = child<QTreeWidget>(d, "rootCauseTree");
        REQUIRE(tree->currentItem() != nullptr);
        CHECK(tree->currentItem()->text(0).toStdString() == "Pump or motor");
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("why1"));
        type(QStringLiteral("The seal wore out"));
        press(Qt::Key_Return);
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(walk.opened == QStringList{QStringLiteral("apologyDialog"), QStringLiteral("solutionDialog"),
                                     QStringLiteral("gestureDialog"), QStringLiteral("analysisDialog")});

    core::RecoveryRepository recovery(walk.store.db(), walk.rep);
    auto state = recovery.state(id);
    REQUIRE(state.has_value());
    REQUIRE(state->apologies.size() == 1);
    CHECK(state->apologies.first().body == apology);
    CHECK(state->apologies.first().channel == core::Channel::Email);
    REQUIRE(state->solution.has_value());
    CHECK(state->solution->customerWants == QStringLiteral("To operate again tomorrow"));
    CHECK(state->solution->fix == QStringLiteral("Loan pump tonight, repair by Friday"));
    CHECK(state->solution->promisedBy.isValid());
    REQUIRE(state->gestures.size() == 1);
    CHECK(state->gestures.first().typeName == QStringLiteral("Account credit"));
    CHECK(state->gestures.first().costCents == 12000);
    CHECK(state->gestures.first().status == core::Gesture::Status::Pending);
    REQUIRE(state->analysis.has_value());
    CHECK(state->analysis->rootCausePath == QStringLiteral("Product defect › Hardware › Pump or motor"));
    CHECK(state->analysis->whys.value(0) == QStringLiteral("The seal wore out"));
}

TEST_CASE("Keyboard walk: resolving waits for the gesture's approval, which the lead gives by keys",
          "[ui][keyboard-walk]")
{
    Walk walk(Before::StepsTaken);
    ui::MainWindow& window = *walk.window;
    const qint64 id = walk.id;
    core::CaseRepository cases(walk.store.db(), 0);
    core::RecoveryRepository recovery(walk.store.db(), walk.rep);

    // --- Resolving waits for the gesture's approval: Ctrl+3 is refused.
    ui::MessageBox::shown().clear();
    ui::MessageBox::setNextAnswers({QMessageBox::Ok});
    press(Qt::Key_3, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::InRecovery);
    CHECK(ui::MessageBox::shown().size() == 1);

    // --- The lead takes the desk (Ctrl+Shift+U) and approves (Ctrl+Shift+P, Alt+A).
    ui::MessageBox::setNextChoices({0}); // by name: Julia Novak, Sam Rivera
    walk.password(QStringLiteral("julia's"));
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.user().id == walk.lead.id);
    walk.drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("approvalList"));
        auto* list = child<QTreeWidget>(d, "approvalList");
        REQUIRE(list->topLevelItemCount() == 1);
        CHECK(list->currentItem() == list->topLevelItem(0));
        CHECK(list->topLevelItem(0)->text(0) == core::referenceFor(id));
        mnemonic(Qt::Key_A, [&] { return list->topLevelItemCount() == 0; }); // Approve
        press(Qt::Key_Escape);
        CHECK(d->result() == QDialog::Rejected);
    };
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto state = recovery.state(id);
    REQUIRE(state.has_value());
    REQUIRE(state->gestures.size() == 1);
    CHECK(state->gestures.first().status == core::Gesture::Status::Approved);
    CHECK(state->gestures.first().decidedBy == QStringLiteral("Julia Novak"));
}

TEST_CASE("Keyboard walk: the rep resolves, records the follow-up and closes the case", "[ui][keyboard-walk]")
{
    // The lead has the desk, as after approving.
    Walk walk(Before::Approved, true);
    ui::MainWindow& window = *walk.window;
    const qint64 id = walk.id;
    const qint64 other = walk.other;
    core::CaseRepository cases(walk.store.db(), 0);

    // --- Back to the rep, who resolves (Ctrl+3) and records the follow-up (Ctrl+Shift+F).
    ui::MessageBox::setNextChoices({1});
    walk.password(QStringLiteral("sam's"));
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.user().id == walk.rep.id);
    REQUIRE(window.caseDetail()->caseId() == id);
    press(Qt::Key_3, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::Resolved);
    walk.drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("followUpScore"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("9"));
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("followUpComment"));
        type(QStringLiteral("Saved our week"));
        press(Qt::Key_Return);
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto followUp = core::FollowUpRepository(walk.store.db(), walk.rep).get(id);
    REQUIRE(followUp.has_value());
    REQUIRE(followUp->has_value());
    CHECK((*followUp)->score == 9);
    CHECK((*followUp)->comment == QStringLiteral("Saved our week"));

    // --- Follow-up done (Ctrl+4), then closed (Ctrl+5): the analysis lets it close.
    press(Qt::Key_4, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::FollowUp);
    press(Qt::Key_5, Qt::ControlModifier);
    CHECK(cases.get(id)->status == core::CaseStatus::Closed);

    // The timeline, in order: every step of the day (the parts before this
    // one recorded by the core, as their keys would have) and nothing else.
    auto events = cases.timeline(id);
    REQUIRE(events.has_value());
    using K = core::CaseEvent::Kind;
    const QList<Step> expected{
        {K::Created, {}, {}},
        {K::StatusChanged, QStringLiteral("status"), core::keyOf(core::CaseStatus::Acknowledged)},
        {K::StatusChanged, QStringLiteral("status"), core::keyOf(core::CaseStatus::InRecovery)},
        {K::Recovery, QStringLiteral("apology"), {}},
        {K::Recovery, QStringLiteral("solution"), {}},
        {K::Recovery, QStringLiteral("gesture"), {}},
        {K::Recovery, QStringLiteral("analysis"), {}},
        {K::Recovery, QStringLiteral("approval"), QStringLiteral("approved")},
        {K::StatusChanged, QStringLiteral("status"), core::keyOf(core::CaseStatus::Resolved)},
        {K::FieldChanged, QStringLiteral("follow_up"), QStringLiteral("9")},
        {K::StatusChanged, QStringLiteral("status"), core::keyOf(core::CaseStatus::FollowUp)},
        {K::StatusChanged, QStringLiteral("status"), core::keyOf(core::CaseStatus::Closed)},
    };
    QStringList seen;
    for (const core::CaseEvent& e : *events)
        seen << QStringLiteral("%1 %2 %3").arg(core::keyOf(e.kind), e.field, e.newValue);
    INFO(seen.join(QStringLiteral("\n")).toStdString());
    REQUIRE(events->size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO(i);
        CHECK(events->at(i).kind == expected[i].kind);
        if (!expected[i].field.isEmpty())
            CHECK(events->at(i).field == expected[i].field);
        if (!expected[i].newValue.isEmpty())
            CHECK(events->at(i).newValue == expected[i].newValue);
    }
    // The other case was only looked past.
    CHECK(cases.get(other)->status == core::CaseStatus::New);
    CHECK(cases.timeline(other)->size() == 1);
}

TEST_CASE("Keyboard walk: the lead's dashboard lists the case behind a bar, and Ctrl+E exports it",
          "[ui][keyboard-walk]")
{
    Walk walk(Before::Closed);
    ui::MainWindow& window = *walk.window;
    const qint64 id = walk.id;

    // --- The lead's dashboard (Ctrl+Shift+B): Tab to the Pareto chart, Return
    // on its one bar lists the case behind it in the main window.
    ui::MessageBox::setNextChoices({0});
    walk.password(QStringLiteral("julia's"));
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.user().id == walk.lead.id);
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dashboard = qobject_cast<ui::DashboardWidget*>(window.dashboardWindow());
    REQUIRE(dashboard != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dashboard; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isRefreshing() && dashboard->figures().has_value(); },
                            10000));
    CHECK(dashboard->figures()->cases == 2);
    ui::DashboardChartView* pareto = dashboard->chartView(ui::DashboardWidget::ParetoChart);
    REQUIRE(dashboard->isAncestorOf(focused()));
    for (int tabs = 0; tabs < 60 && focused() != pareto; ++tabs)
        press(Qt::Key_Tab);
    REQUIRE(focused() == pareto);
    CHECK(pareto->currentColumn() == 0);
    press(Qt::Key_Return);
    REQUIRE(window.scope().has_value());
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }, 5000));
    CHECK(focused() == window.caseTable());
    REQUIRE(QTest::qWaitFor([&] { return window.caseModel()->rowCount() == 1; }, 5000));
    CHECK(window.caseModel()->caseIdAt(0) == std::optional<qint64>(id));

    // --- Export what the list shows (Ctrl+E): the file field by its mnemonic, Return writes.
    const QString csv = walk.store.filePath(QStringLiteral("walk.csv"));
    walk.drive = [&](QDialog* d) {
        CHECK(focusName() == QStringLiteral("exportColumns"));
        press(Qt::Key_F, Qt::AltModifier);
        CHECK(focusName() == QStringLiteral("exportPath"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(csv);
        press(Qt::Key_Return);
        CHECK(d->result() == QDialog::Accepted);
    };
    press(Qt::Key_E, Qt::ControlModifier);
    CHECK(walk.opened.last() == QStringLiteral("exportDialog"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    // The header and the one case of the narrowed list.
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].startsWith(core::referenceFor(id).toUtf8()));
    CHECK(lines[1].contains("Ada Lovelace"));
}
