// The case list's and the case detail's side of SLAs (issue 5): the Due
// countdown and its colours, the service level panel (targets, waiting on
// the customer, escalation by hand, the executive's obligations) and how
// their events read in the timeline. Time is a FixedClock throughout.

#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/SlaRepository.h"
#include "support/SlaFixture.h"
#include "support/Widgets.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/sla/SlaPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

using namespace redress;
using test::berlin;

using redress::test::child;

namespace {

QString plain(const QString& mnemonicText)
{
    return QString(mnemonicText).remove(QLatin1Char('&'));
}

// How the panel writes a time of the current year.
QString shortWhen(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM HH:mm"));
}

bool isRedHue(const QColor& c)
{
    const int hue = c.hslHue();
    return c.hslSaturation() > 60 && (hue <= 15 || hue >= 345);
}

bool isAmberHue(const QColor& c)
{
    const int hue = c.hslHue();
    return c.hslSaturation() > 60 && hue >= 28 && hue <= 52;
}

void move(const core::Database& db, qint64 actorId, qint64 caseId,
          std::initializer_list<core::CaseStatus> path)
{
    for (core::CaseStatus to : path) {
        auto moved = core::CaseRepository(db, actorId).transition(caseId, to);
        INFO(test::describe(moved));
        REQUIRE(moved.has_value());
    }
}

core::SlaHistory historyOf(const core::Database& db, qint64 caseId, const QDateTime& now)
{
    auto h = core::SlaRepository(db, core::User{}).history(caseId, now);
    INFO(test::describe(h));
    REQUIRE(h.has_value());
    return *h;
}

QList<core::Escalation> escalationsOf(const core::Database& db, qint64 caseId)
{
    auto list = core::EscalationRepository(db).forCase(caseId);
    INFO(test::describe(list));
    REQUIRE(list.has_value());
    return *list;
}

// The rows of a timeline as "what | change".
QStringList timelineRows(QTreeWidget* timeline)
{
    QStringList rows;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        rows << timeline->topLevelItem(i)->text(2) + QStringLiteral(" | ") +
                    timeline->topLevelItem(i)->text(3);
    return rows;
}

bool anyContains(const QStringList& rows, const QString& text)
{
    for (const QString& row : rows) {
        if (row.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The Due column counts down, and turns amber near due and red past it", "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);

    // Monday 1 June 2026 in the Berlin office: a normal case must be
    // acknowledged within one business hour, an emergency within 15 minutes.
    test::FixedClock clock(berlin(2026, 6, 1, 9, 0));
    const qint64 overdue = test::openCase(db, rep.id).id; // acknowledge by 10:00
    clock.advanceSecs(60 * 60);
    const qint64 near = test::openCase(db, rep.id).id; // by 11:00
    clock.advanceSecs(20 * 60);                        // now 10:20
    const qint64 far = test::openCase(db, rep.id).id;
    move(db, rep.id, far, {core::CaseStatus::Acknowledged}); // first contact by 12:20
    const qint64 emergency = test::openCase(db, rep.id, core::BusinessImpact::Stopped).id; // by 10:35
    const qint64 waiting = test::openCase(db, rep.id).id;
    REQUIRE(
        core::SlaRepository(db, rep).startWaiting(waiting, QStringLiteral("Photos of the pump")).has_value());
    const qint64 resolved = test::openCase(db, rep.id).id;
    move(db, rep.id, resolved, {core::CaseStatus::Acknowledged, core::CaseStatus::InRecovery});
    test::completeRecovery(db, resolved);
    move(db, rep.id, resolved, {core::CaseStatus::Resolved});

    ui::CaseListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(test::waitUntil([&] { return model.isCounted(); }));
    REQUIRE(model.rowCount() == 6);
    REQUIRE(test::waitUntil([&] {
        bool all = true;
        for (int row = 0; row < model.rowCount(); ++row)
            all = model.data(model.index(row, 0), ui::CaseListModel::LoadedRole).toBool() && all;
        return all;
    }));
    QHash<qint64, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf.insert(model.data(model.index(row, 0), ui::CaseListModel::CaseIdRole).toLongLong(), row);
    const int dueColumn = static_cast<int>(core::CaseColumn::Due);
    const int priorityColumn = static_cast<int>(core::CaseColumn::Priority);
    const auto due = [&](qint64 id, int role = Qt::DisplayRole) {
        return model.data(model.index(rowOf.value(id), dueColumn), role);
    };

    CHECK(model.headerData(dueColumn, Qt::Horizontal).toString() == QStringLiteral("Due"));
    CHECK(model.headerData(priorityColumn, Qt::Horizontal).toString() == QStringLiteral("Priority"));

    CHECK(due(overdue).toString() == QStringLiteral("overdue 20 min"));
    CHECK(isRedHue(due(overdue, Qt::BackgroundRole).value<QBrush>().color()));
    CHECK(due(overdue, Qt::FontRole).value<QFont>().bold());
    CHECK(due(overdue, Qt::ToolTipRole)
              .toString()
              .contains(QLocale().toString(berlin(2026, 6, 1, 10, 0).toLocalTime(), QLocale::LongFormat)));

    CHECK(due(near).toString() == QStringLiteral("in 40 min"));
    CHECK(isAmberHue(due(near, Qt::BackgroundRole).value<QBrush>().color()));

    CHECK(due(far).toString() == QStringLiteral("in 2 h"));
    CHECK_FALSE(due(far, Qt::BackgroundRole).isValid());

    CHECK(due(emergency).toString() == QStringLiteral("in 15 min"));
    CHECK(isAmberHue(due(emergency, Qt::BackgroundRole).value<QBrush>().color()));
    const QModelIndex emergencyPriority = model.index(rowOf.value(emergency), priorityColumn);
    CHECK(emergencyPriority.data().toString() == core::labelOf(core::Priority::Emergency));
    CHECK(emergencyPriority.data(Qt::FontRole).value<QFont>().bold());
    CHECK(isRedHue(emergencyPriority.data(Qt::ForegroundRole).value<QBrush>().color()));
    const QModelIndex normalPriority = model.index(rowOf.value(far), priorityColumn);
    CHECK(normalPriority.data().toString() == core::labelOf(core::Priority::Normal));
    CHECK_FALSE(normalPriority.data(Qt::ForegroundRole).isValid());

    CHECK(due(waiting).toString() == QStringLiteral("waiting on customer"));
    CHECK_FALSE(due(waiting, Qt::BackgroundRole).isValid());

    CHECK(due(resolved).toString() == QStringLiteral("—"));
    CHECK_FALSE(due(resolved, Qt::BackgroundRole).isValid());

    // The countdowns follow the clock without reading the store again: one
    // dataChanged for the Due column alone.
    auto* timer = model.findChild<QTimer*>(QStringLiteral("countdownTimer"));
    REQUIRE(timer != nullptr);
    CHECK(timer->isActive());
    CHECK(timer->interval() == 30 * 1000);
    const quint64 generation = model.generation();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advanceSecs(45 * 60); // 11:05
    model.refreshCountdowns();
    REQUIRE(changed.count() == 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    CHECK(topLeft.column() == dueColumn);
    CHECK(bottomRight.column() == dueColumn);
    CHECK(topLeft.row() == 0);
    CHECK(bottomRight.row() == model.rowCount() - 1);
    CHECK(model.generation() == generation);
    CHECK(due(near).toString() == QStringLiteral("overdue 5 min"));
    CHECK(isRedHue(due(near, Qt::BackgroundRole).value<QBrush>().color()));
    CHECK(due(far).toString() == QStringLiteral("in 1 h 15 min"));
    CHECK_FALSE(due(far, Qt::BackgroundRole).isValid());
    clock.advanceSecs(15 * 60); // 11:20: an hour to go
    model.refreshCountdowns();
    CHECK(due(far).toString() == QStringLiteral("in 1 h"));
    CHECK(isAmberHue(due(far, Qt::BackgroundRole).value<QBrush>().color()));
}

TEST_CASE("Countdown texts", "[ui][sla-ui]")
{
    const QDateTime now = berlin(2026, 6, 1, 12, 0);
    using M = ui::CaseListModel;
    CHECK(M::countdownText(now.addSecs(2 * 3600 + 15 * 60), now) == QStringLiteral("in 2 h 15 min"));
    CHECK(M::countdownText(now.addDays(3), now) == QStringLiteral("in 3 d"));
    CHECK(M::countdownText(now.addSecs(26 * 3600), now) == QStringLiteral("in 1 d 2 h"));
    CHECK(M::countdownText(now.addSecs(-40 * 60), now) == QStringLiteral("overdue 40 min"));
    CHECK(M::countdownText(now.addSecs(30), now) == QStringLiteral("in 1 min"));
    CHECK(M::countdownText(now, now) == QStringLiteral("due now"));
    CHECK(M::countdownText(QDateTime(), now).isEmpty());
}

TEST_CASE("The service level panel shows the targets and stops and restarts the clock", "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, rep.id).id;
    clock.advanceSecs(30 * 60);
    move(db, rep.id, id,
         {core::CaseStatus::Acknowledged, core::CaseStatus::InRecovery}); // acknowledged 10:30
    clock.advanceSecs(10 * 60);                                           // now 10:40

    ui::Session session(db, rep);

    ui::SlaPanel panel(session);
    panel.showCase(id);
    auto* targets = child<QTreeWidget>(&panel, QStringLiteral("slaTargets"));
    REQUIRE(targets->topLevelItemCount() == 3);
    CHECK(targets->topLevelItem(0)->text(0) == QStringLiteral("Acknowledge"));
    CHECK(targets->topLevelItem(0)->text(1) == shortWhen(berlin(2026, 6, 1, 11, 0)));
    CHECK(targets->topLevelItem(0)->text(2) == shortWhen(berlin(2026, 6, 1, 10, 30)));
    CHECK(targets->topLevelItem(0)->text(3) == QStringLiteral("30 min"));
    CHECK(targets->topLevelItem(0)->text(4) == QStringLiteral("met"));
    CHECK(targets->topLevelItem(1)->text(0) == QStringLiteral("First contact"));
    CHECK(targets->topLevelItem(1)->text(4) == QStringLiteral("due in 1 h 20 min"));
    CHECK(targets->topLevelItem(2)->text(0) == QStringLiteral("Resolve"));
    CHECK(targets->topLevelItem(2)->text(4).startsWith(QStringLiteral("due in")));
    auto* summary = child<QLabel>(&panel, QStringLiteral("slaSummary"));
    CHECK(summary->text().contains(core::labelOf(core::Priority::Normal)));
    CHECK(summary->text().contains(core::labelOf(core::EscalationLevel::Rep)));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("pause_0")) == nullptr);

    auto* waitButton = child<QPushButton>(&panel, QStringLiteral("waitButton"));
    CHECK(plain(waitButton->text()) == QStringLiteral("Waiting on customer…"));
    CHECK(waitButton->text().contains(QLatin1Char('&')));
    CHECK(panel.waitAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    CHECK(panel.escalateAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")));

    QSignalSpy changed(&panel, &ui::SlaPanel::changed);
    int dialogs = 0;
    panel.setDialogHook([&](QDialog* dialog) {
        ++dialogs;
        REQUIRE(dialog->objectName() == QStringLiteral("waitDialog"));
        dialog->show();
        auto* reason = child<QLineEdit>(dialog, QStringLiteral("waitReason"));
        QTest::keyClicks(reason, QStringLiteral("Photos of the pump's seal"));
        QTest::keyClick(reason, Qt::Key_Return);
    });
    waitButton->click();
    CHECK(dialogs == 1);
    CHECK(changed.count() == 1);
    core::SlaHistory h = historyOf(db, id, clock.now());
    CHECK(h.waiting);
    REQUIRE(h.pauses.size() == 1);
    CHECK(h.pauses[0].start == clock.now());
    CHECK_FALSE(h.pauses[0].end.isValid());
    CHECK(h.pauses[0].reason == QStringLiteral("Photos of the pump's seal"));
    CHECK(h.pauses[0].startedBy == rep.displayName);
    CHECK(plain(waitButton->text()) == QStringLiteral("Customer replied"));
    CHECK(targets->topLevelItem(1)->text(4) == QStringLiteral("paused"));
    auto* pause = child<QLabel>(&panel, QStringLiteral("pause_0"));
    CHECK(pause->isVisibleTo(&panel));
    CHECK(pause->text().contains(QStringLiteral("Photos of the pump's seal")));
    CHECK(pause->text().contains(rep.displayName));

    // An hour later the customer answers: no dialog, the clock runs again
    // and the promise moves out by the hour waited.
    clock.advanceSecs(60 * 60); // 11:40
    panel.waitAction()->trigger();
    CHECK(dialogs == 1);
    CHECK(changed.count() == 2);
    h = historyOf(db, id, clock.now());
    CHECK_FALSE(h.waiting);
    REQUIRE(h.pauses.size() == 1);
    CHECK(h.pauses[0].end == clock.now());
    CHECK(plain(waitButton->text()) == QStringLiteral("Waiting on customer…"));
    CHECK(targets->topLevelItem(1)->text(1) == shortWhen(berlin(2026, 6, 1, 13, 0)));
    CHECK(targets->topLevelItem(1)->text(4) == QStringLiteral("due in 1 h 20 min"));

    SECTION("a refusal from the core is shown and nothing is written")
    {
        // Another desk stops the clock while this panel still shows it running.
        const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
        REQUIRE(core::SlaRepository(db, lead).startWaiting(id, QStringLiteral("Other desk")).has_value());
        const qint64 before = historyOf(db, id, clock.now()).pauses.size();
        ui::MessageBox::shown().clear();
        ui::MessageBox::setNextAnswers({QMessageBox::Ok});
        panel.waitAction()->trigger();
        CHECK(changed.count() == 2);
        REQUIRE(ui::MessageBox::shown().size() == 1);
        CHECK(ui::MessageBox::shown().first().contains(QStringLiteral("was not stopped")));
        CHECK(ui::MessageBox::shown().first().contains(QStringLiteral("already waiting")));
        CHECK(historyOf(db, id, clock.now()).pauses.size() == before);
        // The panel shows what the store holds now.
        CHECK(plain(waitButton->text()) == QStringLiteral("Customer replied"));
    }
}

TEST_CASE("A rep escalates a case by keyboard alone", "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, rep.id).id;

    ui::Session session(db, rep);

    ui::SlaPanel panel(session);
    panel.showCase(id);
    auto* button = child<QPushButton>(&panel, QStringLiteral("escalateButton"));
    CHECK(button->isEnabled());
    CHECK(plain(button->text()) == QStringLiteral("Escalate…"));
    CHECK(button->text().contains(QLatin1Char('&')));

    const QString reason = QStringLiteral("The practice is closed until the pump runs");
    bool okWasDisabled = false;
    panel.setDialogHook([&](QDialog* dialog) {
        REQUIRE(dialog->objectName() == QStringLiteral("escalateDialog"));
        dialog->show();
        const QString rungs = child<QLabel>(dialog, QStringLiteral("escalateRungs"))->text();
        CHECK(rungs.contains(core::labelOf(core::EscalationLevel::Rep)));
        CHECK(rungs.contains(core::labelOf(core::EscalationLevel::Lead)));
        auto* ok = child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        // The reason has the focus: typing needs no click.
        QWidget* focus = dialog->focusWidget();
        REQUIRE(focus == child<QLineEdit>(dialog, QStringLiteral("escalateReason")));
        QTest::keyClicks(focus, reason);
        CHECK(ok->isEnabled());
        QTest::keyClick(focus, Qt::Key_Return);
    });
    QSignalSpy changed(&panel, &ui::SlaPanel::changed);
    panel.escalateAction()->trigger();
    CHECK(okWasDisabled);
    CHECK(changed.count() == 1);
    const QList<core::Escalation> made = escalationsOf(db, id);
    REQUIRE(made.size() == 1);
    CHECK(made[0].from == core::EscalationLevel::Rep);
    CHECK(made[0].to == core::EscalationLevel::Lead);
    CHECK(made[0].rule == core::EscalationRule::Manual);
    CHECK(made[0].reason == reason);
    CHECK(made[0].by == rep.displayName);
    CHECK(made[0].at == clock.now());

    // The panel shows where the case is now; the rep cannot take it further.
    CHECK(child<QLabel>(&panel, QStringLiteral("slaSummary"))
              ->text()
              .contains(core::labelOf(core::EscalationLevel::Lead)));
    auto* line = child<QLabel>(&panel, QStringLiteral("escalation_%1").arg(made[0].id));
    CHECK(line->text().contains(reason));
    CHECK(line->text().contains(rep.displayName));
    CHECK_FALSE(panel.escalateAction()->isEnabled());
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains(QStringLiteral("only a lead")));
}

TEST_CASE("A rep refused escalating a case already with the lead sees why, and nothing changes",
          "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, rep.id).id;

    ui::Session session(db, rep);

    ui::SlaPanel panel(session);
    panel.showCase(id);
    REQUIRE(panel.escalateAction()->isEnabled());
    // The lead escalates it from another desk; this panel has not seen that.
    REQUIRE(
        core::EscalationRepository(db, lead).escalate(id, QStringLiteral("Taking it myself")).has_value());
    const QByteArray before =
        test::queryDigest(db.connection(), QStringLiteral("SELECT * FROM escalations ORDER BY id"));

    const QString reason = QStringLiteral("Please, the executive should call");
    QString error;
    bool stayedOpen = false;
    QString kept;
    panel.setDialogHook([&](QDialog* dialog) {
        dialog->show();
        CHECK(child<QLabel>(dialog, QStringLiteral("escalateRungs"))
                  ->text()
                  .contains(core::labelOf(core::EscalationLevel::Executive)));
        auto* edit = child<QLineEdit>(dialog, QStringLiteral("escalateReason"));
        QTest::keyClicks(edit, reason);
        QTest::keyClick(edit, Qt::Key_Return);
        stayedOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
        auto* message = child<QLabel>(dialog, QStringLiteral("escalateError"));
        if (message->isVisibleTo(dialog))
            error = message->text();
        kept = edit->text();
        dialog->reject();
    });
    QSignalSpy changed(&panel, &ui::SlaPanel::changed);
    panel.escalateAction()->trigger();
    CHECK(stayedOpen);
    CHECK(error.contains(QStringLiteral("only a lead")));
    CHECK(kept == reason);
    CHECK(changed.count() == 0);
    CHECK(test::queryDigest(db.connection(), QStringLiteral("SELECT * FROM escalations ORDER BY id")) ==
          before);
    CHECK(historyOf(db, id, clock.now()).level == core::EscalationLevel::Lead);
    // Having read the store again, the panel no longer offers it.
    CHECK_FALSE(panel.escalateAction()->isEnabled());
}

TEST_CASE("A lead records an executive obligation through the case detail; the timeline reads well",
          "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, rep.id, core::BusinessImpact::Stopped).id;
    REQUIRE(core::SlaRepository(db, rep).startWaiting(id, QStringLiteral("Serial number")).has_value());
    clock.advanceSecs(5 * 60);
    REQUIRE(core::SlaRepository(db, rep).stopWaiting(id).has_value());
    REQUIRE(core::EscalationRepository(db, rep).escalate(id, QStringLiteral("Practice closed")).has_value());
    REQUIRE(
        core::EscalationRepository(db, lead).escalate(id, QStringLiteral("Needs the executive")).has_value());

    ui::Session session(db, lead);

    ui::CaseDetailWidget detail(session);
    detail.showCase(id);
    CHECK(child<QLabel>(&detail, QStringLiteral("caseFacts"))
              ->text()
              .contains(QStringLiteral("Priority: %1").arg(core::labelOf(core::Priority::Emergency))));
    CHECK(detail.escalateAction() == detail.slaPanel()->escalateAction());
    CHECK(detail.waitAction() == detail.slaPanel()->waitAction());

    auto* call = child<QPushButton>(&detail, QStringLiteral("recordObligation_executive_call"));
    CHECK(call->isEnabled());
    // Prevention comes after resolution; the button says so.
    auto* prevention = child<QPushButton>(&detail, QStringLiteral("recordObligation_prevention"));
    CHECK_FALSE(prevention->isEnabled());
    CHECK_FALSE(prevention->toolTip().isEmpty());

    const QString note = QStringLiteral("Called Dr Costa's practice manager; apologised; loan pump tonight.");
    bool saveWasDisabled = false;
    detail.slaPanel()->setDialogHook([&](QDialog* dialog) {
        REQUIRE(dialog->objectName() == QStringLiteral("obligationDialog"));
        dialog->show();
        // Its Ctrl+Enter shortcut needs the dialog to be the active window.
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        auto* save = child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Save);
        saveWasDisabled = !save->isEnabled();
        auto* edit = child<QPlainTextEdit>(dialog, QStringLiteral("obligationNote"));
        QTest::keyClicks(edit, note);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    });
    QSignalSpy changed(&detail, &ui::CaseDetailWidget::caseChanged);
    call->click();
    CHECK(saveWasDisabled);
    CHECK(changed.count() == 1);

    const QList<core::Escalation> list = escalationsOf(db, id);
    REQUIRE(list.size() == 2);
    REQUIRE(list[1].obligations.size() == 3);
    const core::Obligation& done = list[1].obligations[0];
    CHECK(done.kind == core::Obligation::Kind::ExecutiveCall);
    CHECK(done.done());
    CHECK(done.doneBy == lead.displayName);
    CHECK(done.note == note);
    CHECK_FALSE(list[1].obligations[1].done());

    // The detail read the case again: the obligation is shown done, and
    // its button is gone.
    CHECK(child<QLabel>(&detail, QStringLiteral("obligationState_executive_call"))->text().contains(note));
    CHECK(detail.findChild<QPushButton*>(QStringLiteral("recordObligation_executive_call")) == nullptr);
    CHECK(detail.findChild<QPushButton*>(QStringLiteral("recordObligation_repair_estimate")) != nullptr);

    const QStringList rows = timelineRows(child<QTreeWidget>(&detail, QStringLiteral("timeline")));
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(rows, QStringLiteral("Waiting on customer | clock stopped — “Serial number”")));
    CHECK(anyContains(rows, QStringLiteral("Customer replied | clock running again")));
    CHECK(anyContains(rows, QStringLiteral("Escalated | Rep → Team lead — Practice closed")));
    CHECK(
        anyContains(rows, QStringLiteral("Escalated | Team lead → Service executive — Needs the executive")));
    CHECK(anyContains(rows, QStringLiteral("Obligation met | %1 — “%2”")
                                .arg(core::labelOf(core::Obligation::Kind::ExecutiveCall), note)));
    CHECK_FALSE(anyContains(rows, QStringLiteral("executive_call")));

    // A rep sees the obligations but cannot record them.
    session.setUser(rep);
    detail.reload();
    CHECK(detail.findChild<QPushButton*>(QStringLiteral("recordObligation_repair_estimate")) == nullptr);
    CHECK(child<QLabel>(&detail, QStringLiteral("obligationState_repair_estimate"))->text() ==
          QStringLiteral("owed"));
}

TEST_CASE("Every button of the service level panel is reachable by Tab", "[ui][sla-ui]")
{
    test::TempStore store;
    const core::Database& db = store.db();
    test::useTestSla(db);
    const core::User rep = test::slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    const core::User lead = test::slaUser(db, QStringLiteral("lead"), core::Role::Lead);
    test::FixedClock clock(berlin(2026, 6, 1, 10, 0));
    const qint64 id = test::openCase(db, rep.id).id;
    REQUIRE(core::EscalationRepository(db, lead).escalate(id, QStringLiteral("One")).has_value());
    REQUIRE(core::EscalationRepository(db, lead).escalate(id, QStringLiteral("Two")).has_value());

    ui::Session session(db, lead);

    ui::CaseDetailWidget detail(session);
    detail.showCase(id);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    QList<QPushButton*> wanted;
    for (const char* name : {"recordObligation_executive_call", "recordObligation_repair_estimate",
                             "waitButton", "escalateButton"})
        wanted << child<QPushButton>(&detail, QString::fromLatin1(name));
    // Walk the focus chain from the first of them; the rest follow in order.
    QList<QWidget*> chain;
    QWidget* w = wanted.first();
    for (int i = 0; i < 200 && (chain.isEmpty() || w != chain.first()); ++i) {
        if (w->focusPolicy() & Qt::TabFocus && w->isVisibleTo(&detail))
            chain << w;
        w = w->nextInFocusChain();
    }
    QList<QWidget*> order;
    for (QWidget* c : chain) {
        if (wanted.contains(qobject_cast<QPushButton*>(c)))
            order << c;
    }
    CHECK(order == QList<QWidget*>(wanted.begin(), wanted.end()));
}

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG's contrast ratio: 4.5 is what normal text needs.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("The SLA colours keep text readable in light and dark palettes", "[ui][sla-ui]")
{
    const QPalette original = QApplication::palette();
    const QDateTime now = berlin(2026, 6, 1, 12, 0);
    QPalette dark = original;
    for (auto [role, colour] :
         {std::pair{QPalette::Window, QColor(53, 53, 53)}, std::pair{QPalette::Base, QColor(42, 42, 42)},
          std::pair{QPalette::Text, QColor(Qt::white)}, std::pair{QPalette::WindowText, QColor(Qt::white)}})
        dark.setColor(role, colour);
    QPalette light = original;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette& palette : {light, dark}) {
        QApplication::setPalette(palette);
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        const QColor past = ui::CaseListModel::dueBackground(now.addSecs(-60), now).color();
        const QColor soon = ui::CaseListModel::dueBackground(now.addSecs(60), now).color();
        INFO("base " << base.name().toStdString());
        CHECK(isRedHue(past));
        CHECK(isAmberHue(soon));
        CHECK(contrast(text, past) >= 4.5);
        CHECK(contrast(text, soon) >= 4.5);
        CHECK(isRedHue(ui::CaseListModel::alarmColor()));
        CHECK(contrast(ui::CaseListModel::alarmColor(), base) >= 4.5);
        CHECK(ui::CaseListModel::dueBackground(now.addSecs(2 * 3600), now).style() == Qt::NoBrush);
    }
    QApplication::setPalette(original);
}
