// Other desks' changes appear without a restart: a case another desk logs
// shows in the list, and a change to the case the rep has open shows in
// the pane, without taking the rep's place or the note being typed.
#include "core/cases/Lifecycle.h"
#include "core/store/CaseRepository.h"
#include "core/store/ChangeWatcher.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/Session.h"
#include "ui/sla/QueueMonitor.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <thread>

using namespace redress;

namespace {

core::NewCase intake(const QString& customer, const QString& text)
{
    return test::CaseBuilder()
        .customer(customer)
        .product(QStringLiteral("Dishwasher D4"))
        .description(text)
        .build();
}

/// Another desk: its own thread, so its own connection to the store.
template <typename Work> void atAnotherDesk(const core::Database& db, Work work)
{
    bool done = false;
    std::thread desk([&] {
        done = work(db);
        db.releaseThreadConnection();
    });
    desk.join();
    REQUIRE(done);
}

} // namespace

TEST_CASE("Another desk's new case and its change to the open case show without a restart", "[ui][watch]")
{
    test::TempStore store;
    auto user =
        core::UserRepository(store.db()).ensure(QStringLiteral("sam.rivera"), QStringLiteral("Sam Rivera"));
    REQUIRE(user.has_value());
    auto mine = core::CaseRepository(store.db(), user->id)
                    .create(intake(QStringLiteral("Ada Brook"), QStringLiteral("The door will not latch.")));
    REQUIRE(mine.has_value());

    ui::Session session(store.db(), *user);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    core::ChangeWatcher* watcher = window.changeWatcher();
    REQUIRE(watcher != nullptr);
    ui::CaseListModel* model = window.caseModel();
    ui::CaseDetailWidget* detail = window.caseDetail();
    // The list opens on its first case, the rep's.
    REQUIRE(test::waitUntil([&] { return detail->caseId() == mine->id; }));
    REQUIRE(model->rowCount() == 1);

    // Half a note, not sent.
    auto* note = test::child<QLineEdit>(detail, "noteEdit");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Called her back, she says"));

    qint64 theirs = 0;
    atAnotherDesk(store.db(), [&](const core::Database& db) {
        auto created = core::CaseRepository(db, 0).create(
            intake(QStringLiteral("Ben Cole"), QStringLiteral("The kettle trips the fuse.")));
        if (!created)
            return false;
        theirs = created->id;
        return core::CaseRepository(db, 0).transition(mine->id, core::CaseStatus::Acknowledged).has_value();
    });

    // SQLite is polled: look now rather than wait for the tick.
    REQUIRE(test::waitUntil([&] {
        watcher->pollNow();
        return model->rowCount() == 2 && model->caseIdAt(0) == theirs && model->caseIdAt(1) == mine->id &&
               detail->current().status == core::CaseStatus::Acknowledged;
    }));
    // The new case came above the rep's, and the rep's stays selected and shown.
    REQUIRE(test::waitUntil([&] { return window.caseTable()->currentIndex().row() == 1; }));
    CHECK(window.selectedCaseIds() == QList<qint64>{mine->id});
    CHECK(detail->caseId() == mine->id);
    CHECK(test::child<QLabel>(detail, "caseTitle")
              ->text()
              .endsWith(core::labelOf(core::CaseStatus::Acknowledged)));
    CHECK(note->text() == QStringLiteral("Called her back, she says"));

    // A change that leaves the rep's case alone does not read it again: the
    // timeline keeps the entry the rep picked.
    auto* timeline = test::child<QTreeWidget>(detail, "timeline");
    REQUIRE(timeline->topLevelItemCount() == 2);
    timeline->setCurrentItem(timeline->topLevelItem(0));
    qint64 third = 0;
    atAnotherDesk(store.db(), [&](const core::Database& db) {
        auto created = core::CaseRepository(db, 0).create(
            intake(QStringLiteral("Cy Dunn"), QStringLiteral("The oven door cracked.")));
        third = created ? created->id : 0;
        return created.has_value();
    });
    REQUIRE(test::waitUntil([&] {
        watcher->pollNow();
        return model->rowCount() == 3 && model->caseIdAt(0) == third && model->caseIdAt(2) == mine->id &&
               window.caseTable()->currentIndex().row() == 2;
    }));
    CHECK(timeline->currentItem() == timeline->topLevelItem(0));
    CHECK(window.selectedCaseIds() == QList<qint64>{mine->id});
    CHECK(note->text() == QStringLiteral("Called her back, she says"));

    // Once sent, the note leaves the field for the timeline.
    QTest::keyClicks(note, QStringLiteral(" it works now."));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(note->text().isEmpty());
    auto events = core::CaseRepository(store.db(), 0).timeline(mine->id);
    REQUIRE(events.has_value());
    CHECK(events->last().note == QStringLiteral("Called her back, she says it works now."));

    // The window's own answers to a change (a refresh, a queue pass) write
    // nothing, so they set off no further change.
    int changes = 0;
    QObject counter;
    QObject::connect(watcher, &core::ChangeWatcher::changed, &counter, [&] { ++changes; });
    REQUIRE(test::waitUntil([&] {
        watcher->pollNow();
        return !watcher->isPending() && !window.queueMonitor()->isRunning();
    }));
    const int settled = changes;
    for (int i = 0; i < 3; ++i) {
        watcher->pollNow();
        QCoreApplication::processEvents();
    }
    CHECK_FALSE(watcher->isPending());
    CHECK_FALSE(window.queueMonitor()->isRunning());
    CHECK(changes == settled);
}
