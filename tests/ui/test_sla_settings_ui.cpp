// The lead's side of SLAs (issue 5): the priority matrix and SLA settings
// dialogs, the queue monitor that runs the escalation rules off the GUI
// thread, and the queues above the case list. Time is a FixedClock wherever
// a due time matters.

#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/PriorityRepository.h"
#include "support/SlaFixture.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/Session.h"
#include "ui/sla/PriorityMatrixDialog.h"
#include "ui/sla/QueueMonitor.h"
#include "ui/sla/SlaSettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using test::berlin;

using redress::test::child;

namespace {

core::Case caseOf(const core::Database& db, qint64 id)
{
    auto c = core::CaseRepository(db, 0).get(id);
    INFO(test::describe(c));
    REQUIRE(c.has_value());
    return *c;
}

// Everything the SLA settings decide: the settings and every case's clock.
QByteArray slaDigest(const core::Database& db)
{
    return test::queryDigest(db.connection(), QStringLiteral("SELECT * FROM sla_calendar")) +
           test::queryDigest(db.connection(), QStringLiteral("SELECT * FROM sla_policies")) +
           test::queryDigest(db.connection(),
                             QStringLiteral("SELECT id, acknowledge_due, contact_due, resolve_due, sla_due, "
                                            "escalation_due, row_version FROM cases ORDER BY id"));
}

int targetRow(QTableWidget* table, core::Priority p)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text() == core::labelOf(p))
            return r;
    }
    FAIL("no row for the priority");
    return -1;
}

void setHoliday(QTableWidget* table, int row, const QString& from, const QString& to, const QString& name)
{
    table->item(row, 0)->setText(from);
    table->item(row, 1)->setText(to);
    table->item(row, 2)->setText(name);
}

} // namespace

TEST_CASE("The priority matrix dialog saves a changed cell and open cases follow it", "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    const qint64 open = test::openCase(db, lead.id).id; // Medium × None
    REQUIRE(caseOf(db, open).priority == core::Priority::Normal);

    ui::Session leadSession(db, lead);
    ui::PriorityMatrixDialog dialog(leadSession);
    QComboBox* cell = dialog.cellCombo(core::Severity::Medium, core::BusinessImpact::None);
    REQUIRE(cell != nullptr);
    CHECK(cell->objectName() == QStringLiteral("priority_2_0"));
    CHECK(cell->isEnabled());
    auto* save = child<QPushButton>(&dialog, QStringLiteral("savePriorityButton"));
    CHECK_FALSE(save->isEnabled()); // nothing changed yet

    cell->setCurrentIndex(cell->findData(core::keyOf(core::Priority::Urgent)));
    REQUIRE(save->isEnabled());
    QSignalSpy saved(&dialog, &ui::PriorityMatrixDialog::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(saved.count() == 1);
    CHECK(child<QLabel>(&dialog, QStringLiteral("priorityStatus"))
              ->text()
              .contains(QStringLiteral("re-prioritised")));
    CHECK_FALSE(save->isEnabled());

    auto stored = core::PriorityRepository(db).matrix();
    REQUIRE(stored.has_value());
    CHECK(stored->cell(core::Severity::Medium, core::BusinessImpact::None) == core::Priority::Urgent);
    CHECK(caseOf(db, open).priority == core::Priority::Urgent);
}

TEST_CASE("The Stopped column shows Emergency and cannot be changed; a rep only looks", "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);

    ui::Session leadSession(db, lead);
    ui::PriorityMatrixDialog dialog(leadSession);
    for (core::Severity s : core::allSeverities()) {
        QComboBox* stopped = dialog.cellCombo(s, core::BusinessImpact::Stopped);
        REQUIRE(stopped != nullptr);
        CHECK_FALSE(stopped->isEnabled());
        CHECK(stopped->currentData().toString() == core::keyOf(core::Priority::Emergency));
        CHECK(dialog.matrix().of(s, core::BusinessImpact::Stopped) == core::Priority::Emergency);
    }
    CHECK(child<QLabel>(&dialog, QStringLiteral("stoppedNote"))
              ->text()
              .contains(QStringLiteral("always Emergency")));

    ui::Session repSession(db, rep);
    ui::PriorityMatrixDialog readOnly(repSession);
    CHECK_FALSE(readOnly.cellCombo(core::Severity::Low, core::BusinessImpact::None)->isEnabled());
    CHECK(
        child<QLabel>(&readOnly, QStringLiteral("priorityReadOnly"))->text().contains(QStringLiteral("Rep")));
    CHECK_FALSE(child<QPushButton>(&readOnly, QStringLiteral("savePriorityButton"))->isEnabled());
    CHECK_FALSE(readOnly.save());
}

TEST_CASE("Durations and working hours are read as typed", "[sla-settings]")
{
    using D = ui::SlaSettingsDialog;
    CHECK(D::parseMinutes(QStringLiteral("0:30")) == 30);
    CHECK(D::parseMinutes(QStringLiteral(" 80:00 ")) == 80 * 60);
    CHECK(D::parseMinutes(QStringLiteral("-1:00")) == -60);
    CHECK_FALSE(D::parseMinutes(QStringLiteral("30")).has_value()); // minutes or hours? refused
    CHECK_FALSE(D::parseMinutes(QStringLiteral("1:75")).has_value());
    CHECK(D::formatMinutes(15) == QStringLiteral("0:15"));
    CHECK(D::formatMinutes(4800) == QStringLiteral("80:00"));

    auto hours = D::parseHours(QStringLiteral("09:00–12:00, 13:00-17:00"));
    REQUIRE(hours.has_value());
    REQUIRE(hours->size() == 2);
    CHECK((*hours)[1] == core::WorkingInterval{13 * 60, 17 * 60});
    CHECK(D::parseHours(QStringLiteral("  "))->isEmpty());
    CHECK(D::formatHours({{0, 1440}}) == QStringLiteral("00:00–24:00"));
    int bad = -1;
    CHECK_FALSE(D::parseHours(QStringLiteral("09:00–12:00, after lunch"), &bad).has_value());
    CHECK(bad == 1);
}

TEST_CASE("The SLA dialog refuses bad settings naming the place, keeps what was typed, writes nothing",
          "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    test::openCase(db, lead.id);
    const QByteArray before = slaDigest(db);

    ui::Session leadSession(db, lead);
    ui::SlaSettingsDialog dialog(leadSession);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* error = child<QLabel>(&dialog, QStringLiteral("slaError"));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("zoneCombo"))->currentText() ==
          QStringLiteral("Europe/Berlin"));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("hours_monday"))->text() == QStringLiteral("09:00–17:00"));

    SECTION("a calendar with no working hours")
    {
        for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
            child<QLineEdit>(&dialog, QStringLiteral("hours_%1").arg(QLatin1String(day)))->clear();
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("week"));
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("no working hours")));
        CHECK(QApplication::focusWidget() == child<QLineEdit>(&dialog, QStringLiteral("hours_monday")));
    }
    SECTION("overlapping hours on one day, named by the interval")
    {
        auto* tuesday = child<QLineEdit>(&dialog, QStringLiteral("hours_tuesday"));
        tuesday->setText(QStringLiteral("09:00–13:00, 12:00–17:00"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("week.tuesday[1]"));
        CHECK(error->text().contains(QStringLiteral("overlap")));
        CHECK(QApplication::focusWidget() == tuesday);
        CHECK(tuesday->text() == QStringLiteral("09:00–13:00, 12:00–17:00"));
    }
    SECTION("overlapping holidays, the later row selected")
    {
        auto* table = child<QTableWidget>(&dialog, QStringLiteral("holidayTable"));
        REQUIRE(table->rowCount() == 0);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addHolidayButton")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addHolidayButton")), Qt::LeftButton);
        REQUIRE(table->rowCount() == 2);
        setHoliday(table, 0, QStringLiteral("2026-12-24"), QStringLiteral("2026-12-26"),
                   QStringLiteral("Christmas"));
        setHoliday(table, 1, QStringLiteral("2026-12-26"), QString(), QStringLiteral("Boxing Day"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("holidays[1]"));
        CHECK(error->text().contains(QStringLiteral("overlap")));
        CHECK(table->currentRow() == 1);
        CHECK(table->item(1, 2)->text() == QStringLiteral("Boxing Day"));
    }
    SECTION("a date that is not one")
    {
        auto* table = child<QTableWidget>(&dialog, QStringLiteral("holidayTable"));
        dialog.addHoliday();
        setHoliday(table, 0, QStringLiteral("the 24th"), QString(), QStringLiteral("Christmas Eve"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("holidays[0]"));
        CHECK(error->text().contains(QStringLiteral("the 24th")));
    }
    SECTION("an unknown time zone")
    {
        child<QComboBox>(&dialog, QStringLiteral("zoneCombo"))
            ->setEditText(QStringLiteral("Europe/Atlantis"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("zone"));
        CHECK(error->text().contains(QStringLiteral("Europe/Atlantis")));
    }
    SECTION("a negative target, its cell selected")
    {
        auto* table = child<QTableWidget>(&dialog, QStringLiteral("targetTable"));
        const int urgent = targetRow(table, core::Priority::Urgent);
        table->item(urgent, 0)->setText(QStringLiteral("-1:00"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("sla.urgent.acknowledge"));
        CHECK(error->text().contains(QStringLiteral("negative")));
        CHECK(table->currentRow() == urgent);
        CHECK(table->currentColumn() == 0);
        CHECK(table->item(urgent, 0)->text() == QStringLiteral("-1:00"));
    }
    SECTION("a target that is not h:mm")
    {
        auto* table = child<QTableWidget>(&dialog, QStringLiteral("targetTable"));
        const int low = targetRow(table, core::Priority::Low);
        table->item(low, 2)->setText(QStringLiteral("2 days"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorField() == QStringLiteral("sla.low.resolve"));
        CHECK(table->currentRow() == low);
        CHECK(table->currentColumn() == 2);
    }
    CHECK(slaDigest(db) == before);
}

TEST_CASE("A saved calendar moves an open case's due time", "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    // Monday 10:00 in Berlin: a Normal case owes an acknowledgement within 1 h.
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, lead.id).id;
    REQUIRE(test::storedTime(db, id, "sla_due") == berlin(2026, 6, 1, 11, 0));

    ui::Session leadSession(db, lead);
    ui::SlaSettingsDialog dialog(leadSession);
    // A long lunch on Mondays: 15 minutes before it, 45 after.
    child<QLineEdit>(&dialog, QStringLiteral("hours_monday"))
        ->setText(QStringLiteral("09:00–10:15, 16:00–17:00"));
    auto* holidays = child<QTableWidget>(&dialog, QStringLiteral("holidayTable"));
    dialog.addHoliday();
    setHoliday(holidays, 0, QStringLiteral("2026-12-24"), QStringLiteral("2026-12-26"),
               QStringLiteral("Christmas"));
    dialog.addHoliday(); // left blank: not a holiday, and no reason to refuse
    QSignalSpy saved(&dialog, &ui::SlaSettingsDialog::saved);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // Return in a field saves, and the dialog stays open for more.
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("hours_monday")), Qt::Key_Return);
    CHECK(saved.count() == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorField().isEmpty());
    CHECK(child<QLabel>(&dialog, QStringLiteral("slaStatus"))->text().contains(QStringLiteral("calendar")));
    CHECK(test::storedTime(db, id, "sla_due") == berlin(2026, 6, 1, 16, 45));

    auto calendar = core::SlaRepository(db, lead).calendar();
    REQUIRE(calendar.has_value());
    REQUIRE(calendar->holidays().size() == 1);
    CHECK(calendar->holidays().first().name == QStringLiteral("Christmas"));

    // A target changed the same way moves it again.
    auto* targets = child<QTableWidget>(&dialog, QStringLiteral("targetTable"));
    targets->item(targetRow(targets, core::Priority::Normal), 0)->setText(QStringLiteral("0:30"));
    REQUIRE(dialog.save());
    CHECK(test::storedTime(db, id, "sla_due") == berlin(2026, 6, 1, 16, 15));
    auto policies = core::SlaRepository(db, lead).policies();
    REQUIRE(policies.has_value());
    CHECK(policies->of(core::Priority::Normal).acknowledgeMinutes == 30);
}

TEST_CASE("The queue monitor escalates overdue cases once and reports the counts", "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 late = test::openCase(db, rep.id).id;
    REQUIRE(core::CaseRepository(db, lead.id).assign(late, rep.id).has_value());

    ui::Session leadSession(db, lead);
    ui::QueueMonitor monitor(leadSession);
    QSignalSpy counts(&monitor, &ui::QueueMonitor::countsChanged);
    QSignalSpy escalated(&monitor, &ui::QueueMonitor::escalated);
    QSignalSpy arrived(&monitor, &ui::QueueMonitor::arrived);
    QSignalSpy finished(&monitor, &ui::QueueMonitor::passFinished);

    // Nothing is due yet: counts, no escalation.
    monitor.runNow();
    REQUIRE(finished.wait(10000));
    CHECK(escalated.isEmpty());
    REQUIRE(counts.count() == 1);
    CHECK(counts.first().first().value<core::QueueCounts>().escalated == 0);

    // Past the hour to acknowledge: it goes to the lead, once.
    clock.advanceSecs(2 * 3600);
    monitor.runNow();
    REQUIRE(finished.wait(10000));
    REQUIRE(escalated.count() == 1);
    const auto made = escalated.first().first().value<QList<core::Escalation>>();
    REQUIRE(made.size() == 1);
    CHECK(made.first().caseId == late);
    CHECK(made.first().to == core::EscalationLevel::Lead);
    REQUIRE(counts.count() == 2);
    CHECK(counts.last().first().value<core::QueueCounts>().escalated == 1);
    REQUIRE(monitor.counts().has_value());
    CHECK(monitor.counts()->escalated == 1);
    REQUIRE(arrived.count() == 1);
    CHECK(arrived.first().at(0).value<QList<qint64>>() == QList<qint64>{late});
    CHECK(arrived.first().at(1).toLongLong() == 1);

    // The same moment again escalates nothing and changes no count.
    monitor.runNow();
    REQUIRE(finished.wait(10000));
    CHECK(escalated.count() == 1);
    CHECK(counts.count() == 2);
    CHECK(arrived.count() == 1);
    CHECK(core::EscalationRepository(db).forCase(late)->size() == 1);

    // Asked three times at once: one pass runs, one more follows, never two together.
    const int before = monitor.passes();
    monitor.runNow();
    CHECK(monitor.isRunning());
    monitor.runNow();
    monitor.runNow();
    REQUIRE(test::waitUntil([&] { return !monitor.isRunning() && monitor.passes() >= before + 2; }));
    CHECK(monitor.passes() == before + 2);

    // A rep's monitor counts their own queue.
    ui::Session repSession(db, rep);
    ui::QueueMonitor repMonitor(repSession);
    QSignalSpy repCounts(&repMonitor, &ui::QueueMonitor::countsChanged);
    repMonitor.setInterval(std::chrono::milliseconds(50));
    repMonitor.start();
    REQUIRE(repCounts.wait(10000));
    CHECK(repCounts.first().first().value<core::QueueCounts>().mine == 1);
    CHECK(repCounts.first().first().value<core::QueueCounts>().escalated == 0);
    repMonitor.stop();
}

TEST_CASE("Switching to My queue shows only the user's open cases, by due time, keeping the search",
          "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    core::CaseRepository cases(db, lead.id);
    const qint64 mineLater = test::openCase(db, rep.id).id;
    clock.advanceSecs(600);
    const qint64 mineEmergency = test::openCase(db, rep.id, core::BusinessImpact::Stopped).id;
    const qint64 someoneElses = test::openCase(db, rep.id).id;
    const qint64 mineResolved = test::openCase(db, rep.id).id;
    REQUIRE(cases.assign(mineLater, rep.id).has_value());
    REQUIRE(cases.assign(mineEmergency, rep.id).has_value());
    REQUIRE(cases.assign(someoneElses, lead.id).has_value());
    REQUIRE(cases.assign(mineResolved, rep.id).has_value());
    test::completeRecovery(db, mineResolved);
    REQUIRE(cases.transition(mineResolved, core::CaseStatus::Acknowledged).has_value());
    REQUIRE(cases.transition(mineResolved, core::CaseStatus::InRecovery).has_value());
    REQUIRE(cases.transition(mineResolved, core::CaseStatus::Resolved).has_value());

    ui::Session session(db, rep);
    ui::MainWindow window(session);
    ui::CaseListModel* model = window.caseModel();
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(test::waitUntil([&] { return model->isCounted(); }));
    CHECK(model->rowCount() == 4);

    QTabBar* queues = window.queueBar();
    REQUIRE(queues != nullptr);
    CHECK(queues->tabText(0) == QStringLiteral("All cases"));
    // A rep has no rung of their own to be escalated to.
    CHECK_FALSE(queues->isTabVisible(2));
    CHECK_FALSE(window.action(QStringLiteral("queueEscalated"))->isEnabled());
    // The badge follows the monitor's count: two of the rep's cases await resolution.
    REQUIRE(test::waitUntil([&] { return queues->tabText(1) == QStringLiteral("My queue (2)"); }));
    CHECK(window.windowTitle().startsWith(QStringLiteral("(2) ")));

    auto* search = child<QLineEdit>(&window, QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Dana"));
    QTest::keyClick(search, Qt::Key_Return);
    // By keyboard: the View menu's shortcut.
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    CHECK(window.queue() == ui::MainWindow::Queue::Mine);
    CHECK(queues->currentIndex() == 1);
    REQUIRE(test::waitUntil([&] { return model->isCounted() && model->caseIdAt(0).has_value(); }));
    CHECK(search->text() == QStringLiteral("Dana"));
    CHECK(model->query().filter.search == QStringLiteral("Dana"));
    CHECK(model->query().filter.ownerId == rep.id);
    CHECK(model->query().filter.awaitingResolution);
    CHECK(model->query().sortColumn == core::CaseColumn::Due);
    CHECK(model->query().order == Qt::AscendingOrder);
    REQUIRE(model->rowCount() == 2);
    REQUIRE(test::waitUntil([&] { return model->caseIdAt(1).has_value(); }));
    // The emergency is due within 15 minutes, the other within the hour.
    CHECK(*model->caseIdAt(0) == mineEmergency);
    CHECK(*model->caseIdAt(1) == mineLater);

    // Back to every case: the list's own sort again, the search still there.
    queues->setCurrentIndex(0);
    CHECK(window.queue() == ui::MainWindow::Queue::All);
    REQUIRE(test::waitUntil([&] { return model->isCounted() && model->rowCount() == 4; }));
    CHECK(model->query().sortColumn == core::CaseColumn::Opened);
    CHECK(model->query().filter.search == QStringLiteral("Dana"));
    CHECK_FALSE(model->query().filter.ownerId.has_value());
}

TEST_CASE("A lead's Escalated queue lists the cases escalated to the lead, and a new one is announced",
          "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 waiting = test::openCase(db, rep.id).id;
    test::openCase(db, rep.id);

    ui::Session session(db, lead);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTabBar* queues = window.queueBar();
    CHECK(queues->isTabVisible(2));
    REQUIRE(test::waitUntil([&] { return queues->tabText(2) == QStringLiteral("Escalated to me (0)"); }));

    REQUIRE(core::EscalationRepository(db, rep)
                .escalate(waiting, QStringLiteral("The practice is closed"))
                .has_value());
    window.action(QStringLiteral("runEscalation"))->trigger();
    REQUIRE(test::waitUntil([&] { return queues->tabText(2) == QStringLiteral("Escalated to me (1)"); }));
    // No tray offscreen: the status bar names the case.
    CHECK(window.lastNotice().contains(core::referenceFor(waiting)));

    window.setQueue(ui::MainWindow::Queue::Escalated);
    ui::CaseListModel* model = window.caseModel();
    REQUIRE(test::waitUntil([&] { return model->isCounted() && model->caseIdAt(0).has_value(); }));
    CHECK(model->query().filter.escalationLevel == core::EscalationLevel::Lead);
    REQUIRE(model->rowCount() == 1);
    CHECK(*model->caseIdAt(0) == waiting);
}

TEST_CASE("The main window opens the SLA settings for everyone, editable by leads only", "[sla-settings]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    ui::Session session(db, rep);
    ui::MainWindow window(session);
    QStringList opened;
    window.setDialogHook([&](QDialog* dialog) {
        opened << dialog->objectName();
        if (auto* sla = qobject_cast<ui::SlaSettingsDialog*>(dialog)) {
            CHECK(child<QLabel>(sla, QStringLiteral("slaReadOnly"))->text().contains(QStringLiteral("Rep")));
            CHECK(child<QLineEdit>(sla, QStringLiteral("hours_monday"))->isReadOnly());
            CHECK_FALSE(sla->save());
        }
    });
    window.action(QStringLiteral("priorityMatrix"))->trigger();
    window.action(QStringLiteral("slaSettings"))->trigger();
    CHECK(opened == QStringList{QStringLiteral("priorityMatrixDialog"), QStringLiteral("slaSettingsDialog")});
    // The service level panel's commands are in the window with their shortcuts.
    REQUIRE(window.action(QStringLiteral("escalate")) != nullptr);
    CHECK(window.action(QStringLiteral("escalate"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    REQUIRE(window.action(QStringLiteral("waitOnCustomer")) != nullptr);
    CHECK(window.action(QStringLiteral("waitOnCustomer"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
}
