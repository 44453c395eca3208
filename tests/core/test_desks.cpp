// Two desks, one case: desks on threads of their own, each with its own
// connection, write the same case, decide the same gesture and run the
// escalation rules at the same moment. On both backends a stale save is
// refused, no update is lost, and a decision or an escalation happens once.

#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/Transaction.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/SlaFixture.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QSqlQuery>

#include <array>
#include <barrier>
#include <functional>
#include <latch>
#include <thread>

using namespace redress::core;
using namespace redress::test;

namespace {

/// Runs each job on a thread of its own, all released at once, and waits
/// for them; every thread lets go of its connection before it ends.
void atOnce(const Database& db, const QList<std::function<void()>>& jobs)
{
    std::barrier start(jobs.size());
    std::vector<std::thread> threads;
    for (const auto& job : jobs) {
        threads.emplace_back([&db, &start, job] {
            start.arrive_and_wait();
            job();
            db.releaseThreadConnection();
        });
    }
    for (std::thread& t : threads)
        t.join();
}

Case newCase(const Database& db, qint64 actorId)
{
    const NewCase intake =
        CaseBuilder().description(QStringLiteral("The vacuum failed and we sent patients home.")).build();
    auto made = CaseRepository(db, actorId).create(intake);
    INFO(describe(made));
    REQUIRE(made.has_value());
    return *made;
}

QList<CaseEvent> changesOf(const Database& db, qint64 caseId, const QString& field)
{
    auto timeline = CaseRepository(db, 0).timeline(caseId);
    REQUIRE(timeline.has_value());
    QList<CaseEvent> changes;
    for (const CaseEvent& e : *timeline) {
        if (e.kind == CaseEvent::Kind::FieldChanged && e.field == field)
            changes << e;
    }
    return changes;
}

} // namespace

TEST_CASE("Two desks saving from the same version: one saves, the other is told", "[desks]")
{
    TempStore store;
    const Database& db = store.db();
    const User ann = makeUser(db, QStringLiteral("ann"), QStringLiteral("Ann Lee"), Role::Rep);
    const User bob = makeUser(db, QStringLiteral("bob"), QStringLiteral("Bob Ray"), Role::Rep);
    const Case opened = newCase(db, ann.id);

    for (int round = 0; round < 5; ++round) {
        const Case base = *CaseRepository(db, ann.id).get(opened.id);
        std::optional<Result<Case>> byAnn;
        std::optional<Result<Case>> byBob;
        const QString annText = QStringLiteral("Ann's account, round %1.").arg(round);
        const QString bobText = QStringLiteral("Bob's account, round %1.").arg(round);
        atOnce(db, {[&] {
                        CaseEdit edit;
                        edit.description = annText;
                        byAnn = CaseRepository(db, ann.id).update(base.id, edit, base.rowVersion);
                    },
                    [&] {
                        CaseEdit edit;
                        edit.description = bobText;
                        byBob = CaseRepository(db, bob.id).update(base.id, edit, base.rowVersion);
                    }});
        REQUIRE(byAnn.has_value());
        REQUIRE(byBob.has_value());
        INFO("round " << round << ": " << describe(*byAnn) << " / " << describe(*byBob));
        REQUIRE(byAnn->has_value() != byBob->has_value());
        const Result<Case>& refused = byAnn->has_value() ? *byBob : *byAnn;
        CHECK(refused.error().code == Error::Code::Conflict);
        const QString saved = byAnn->has_value() ? annText : bobText;
        const Case now = *CaseRepository(db, ann.id).get(base.id);
        CHECK(now.description == saved);
        CHECK(now.rowVersion == base.rowVersion + 1);
    }
    // Five rounds, five changes, each from the text the one before left.
    const QList<CaseEvent> changes = changesOf(db, opened.id, QStringLiteral("description"));
    REQUIRE(changes.size() == 5);
    CHECK(changes[0].oldValue == opened.description);
    for (qsizetype i = 1; i < changes.size(); ++i)
        CHECK(changes[i].oldValue == changes[i - 1].newValue);
}

TEST_CASE("Six desks retrying on conflict lose no update", "[desks]")
{
    TempStore store;
    const Database& db = store.db();
    const User rep = makeUser(db, QStringLiteral("ann"), QStringLiteral("Ann Lee"), Role::Rep);
    const Case opened = newCase(db, rep.id);

    constexpr int desks = 6;
    constexpr int savesEach = 12;
    std::array<int, desks> conflicts{};
    std::array<QStringList, desks> failures;
    QList<std::function<void()>> jobs;
    for (int d = 0; d < desks; ++d) {
        jobs << [&, d] {
            CaseRepository cases(db, rep.id);
            for (int n = 0; n < savesEach;) {
                auto current = cases.get(opened.id);
                if (!current) {
                    failures[d] << current.error().message;
                    return;
                }
                CaseEdit edit;
                edit.description = QStringLiteral("Desk %1, save %2.").arg(d).arg(n);
                auto saved = cases.update(opened.id, edit, current->rowVersion);
                if (saved) {
                    ++n;
                } else if (saved.error().code == Error::Code::Conflict) {
                    ++conflicts[d];
                } else {
                    failures[d] << saved.error().message;
                    return;
                }
            }
        };
    }
    atOnce(db, jobs);
    for (const QStringList& f : failures)
        CHECK(f.join(QLatin1Char('\n')).toStdString() == "");

    // Every save counted once in the row version and once in the timeline,
    // and each one replaced the text the save before it left: none was
    // based on a version another desk had already replaced.
    const Case now = *CaseRepository(db, rep.id).get(opened.id);
    CHECK(now.rowVersion == opened.rowVersion + desks * savesEach);
    const QList<CaseEvent> changes = changesOf(db, opened.id, QStringLiteral("description"));
    REQUIRE(changes.size() == desks * savesEach);
    CHECK(changes[0].oldValue == opened.description);
    int unchained = 0;
    QSet<QString> written;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0 && changes[i].oldValue != changes[i - 1].newValue)
            ++unchained;
        written.insert(changes[i].newValue);
    }
    CHECK(unchained == 0);
    CHECK(written.size() == desks * savesEach);
    CHECK(now.description == changes.last().newValue);
}

TEST_CASE("Two leads deciding one gesture at once: it is decided once", "[desks]")
{
    TempStore store;
    const Database& db = store.db();
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const User rep = makeUser(db, QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    const User julia = makeUser(db, QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    const User omar = makeUser(db, QStringLiteral("omar"), QStringLiteral("Omar Haddad"), Role::Lead);
    const Case c = newCase(db, rep.id);
    CaseRepository cases(db, rep.id);
    REQUIRE(cases.transition(c.id, CaseStatus::Acknowledged).has_value());
    REQUIRE(cases.transition(c.id, CaseStatus::InRecovery).has_value());

    RecoveryRepository byRep(db, rep);
    auto types = byRep.catalogue();
    REQUIRE(types.has_value());
    REQUIRE_FALSE(types->isEmpty());
    for (int round = 0; round < 4; ++round) {
        // Over the rep's limit, so it waits for a lead.
        auto pending = byRep.giveGesture(c.id, types->first().id, 9000);
        INFO(describe(pending));
        REQUIRE(pending.has_value());
        REQUIRE(pending->status == Gesture::Status::Pending);

        std::optional<Result<Gesture>> approved;
        std::optional<Result<Gesture>> rejected;
        atOnce(db, {[&] { approved = RecoveryRepository(db, julia).decide(pending->id, true, {}); },
                    [&] {
                        rejected = RecoveryRepository(db, omar).decide(
                            pending->id, false, QStringLiteral("One credit is enough."));
                    }});
        REQUIRE(approved.has_value());
        REQUIRE(rejected.has_value());
        INFO("round " << round << ": " << describe(*approved) << " / " << describe(*rejected));
        REQUIRE(approved->has_value() != rejected->has_value());
        const Result<Gesture>& late = approved->has_value() ? *rejected : *approved;
        CHECK(late.error().code == Error::Code::Conflict);

        auto state = byRep.state(c.id);
        REQUIRE(state.has_value());
        const auto g = std::find_if(state->gestures.cbegin(), state->gestures.cend(),
                                    [&](const Gesture& x) { return x.id == pending->id; });
        REQUIRE(g != state->gestures.cend());
        CHECK(g->status == (approved->has_value() ? Gesture::Status::Approved : Gesture::Status::Rejected));
        CHECK(g->decidedBy == (approved->has_value() ? julia.displayName : omar.displayName));
    }
    // One decision event per gesture.
    auto timeline = cases.timeline(c.id);
    REQUIRE(timeline.has_value());
    CHECK(std::count_if(timeline->cbegin(), timeline->cend(),
                        [](const CaseEvent& e) { return e.field == QStringLiteral("approval"); }) == 4);
}

TEST_CASE("Two desks running the escalation rules at once escalate each case once", "[desks][escalation]")
{
    SlaDesk desk(berlin(2026, 11, 20, 16, 30));
    const Database& db = desk.db;
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids << openCase(db, desk.rep.id).id;

    // Monday 09:30: every case is an hour past its acknowledge target.
    const QDateTime now = berlin(2026, 11, 23, 9, 30);
    std::array<Result<QList<Escalation>>, 3> passes;
    QList<std::function<void()>> jobs;
    for (auto& pass : passes)
        jobs << [&db, &pass, now] { pass = EscalationRepository(db).runRules(now); };
    atOnce(db, jobs);

    QList<qint64> escalated;
    for (const auto& pass : passes) {
        INFO(describe(pass));
        REQUIRE(pass.has_value());
        for (const Escalation& e : *pass)
            escalated << e.caseId;
    }
    std::sort(escalated.begin(), escalated.end());
    CHECK(escalated == ids);
    CHECK(count(db.connection(), QStringLiteral("escalations")) == ids.size());
    for (qint64 id : ids)
        CHECK(eventsOn(db, id, QStringLiteral("escalation")) == 1);
}

TEST_CASE("A desk that waits too long for another's write is told the store is busy", "[desks]")
{
    TempStore store;
    const Database& db = store.db();
    const User rep = makeUser(db, QStringLiteral("ann"), QStringLiteral("Ann Lee"), Role::Rep);
    const qint64 before = count(db.connection(), QStringLiteral("cases"));

    // Another desk's long write: its transaction holds the store.
    std::latch holding(1);
    std::latch done(1);
    std::thread other([&] {
        {
            Transaction tx(db.connection());
            holding.count_down();
            done.wait();
        }
        db.releaseThreadConnection();
    });
    holding.wait();
    // Wait a fifth of a second rather than the usual ten.
    const bool server = onPostgres();
    exec(db.connection(),
         server ? QStringLiteral("SET lock_timeout = 200") : QStringLiteral("PRAGMA busy_timeout = 200"));
    const NewCase intake =
        CaseBuilder().description(QStringLiteral("The vacuum failed and we sent patients home.")).build();
    auto made = CaseRepository(db, rep.id).create(intake);
    done.count_down();
    other.join();
    exec(db.connection(),
         server ? QStringLiteral("RESET lock_timeout") : QStringLiteral("PRAGMA busy_timeout = 10000"));

    REQUIRE_FALSE(made.has_value());
    CHECK(made.error().message.contains(QStringLiteral("busy with another desk's work while")));
    CHECK(count(db.connection(), QStringLiteral("cases")) == before);
    // Once the other desk is done, the same save goes through.
    CHECK(CaseRepository(db, rep.id).create(intake).has_value());
}

TEST_CASE("Stores in two schemas of one database do not wait on each other's writers",
          "[.][postgresql-only][desks]")
{
    TempStore one;
    TempStore two;
    const User rep = makeUser(two.db(), QStringLiteral("ann"), QStringLiteral("Ann Lee"), Role::Rep);

    // A long write in the first store holds its writer lock.
    std::latch holding(1);
    std::latch done(1);
    std::thread other([&] {
        {
            Transaction tx(one.db().connection());
            holding.count_down();
            done.wait();
        }
        one.db().releaseThreadConnection();
    });
    holding.wait();
    exec(two.db().connection(), QStringLiteral("SET lock_timeout = 200"));
    const NewCase intake =
        CaseBuilder().description(QStringLiteral("The vacuum failed and we sent patients home.")).build();
    auto made = CaseRepository(two.db(), rep.id).create(intake);
    done.count_down();
    other.join();
    exec(two.db().connection(), QStringLiteral("RESET lock_timeout"));
    INFO(describe(made));
    CHECK(made.has_value());
}
