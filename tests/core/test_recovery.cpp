// The four steps of service recovery in the core: gates on Resolved and
// Closed, discretion limits and approvals, permissions, bad input, and the
// derived promise state.
#include "core/cases/Lifecycle.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;

namespace {

struct Desk
{
    TempStore store;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    User rep = make(QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    User lead = make(QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    User executive = make(QStringLiteral("helen"), QStringLiteral("Helen Park"), Role::Executive);
    User quality = make(QStringLiteral("quinn"), QStringLiteral("Quinn Dubois"), Role::Quality);

    User make(const QString& login, const QString& name, Role role)
    {
        return makeUser(store.db(), login, name, role);
    }

    qint64 newCase(S to = S::InRecovery)
    {
        CaseRepository cases(store.db(), rep.id);
        auto made =
            cases.create(CaseBuilder()
                             .company(QStringLiteral("Costa Dental"))
                             .description(QStringLiteral("The vacuum failed and we sent patients home."))
                             .build());
        REQUIRE(made.has_value());
        for (S step : {S::Acknowledged, S::InRecovery}) {
            if (made->status == to)
                break;
            made = cases.transition(made->id, step);
            REQUIRE(made.has_value());
        }
        return made->id;
    }

    RecoveryRepository as(const User& u) { return RecoveryRepository(store.db(), u); }
    CaseRepository casesAs(const User& u) { return CaseRepository(store.db(), u.id); }

    qint64 gestureType(const QString& name)
    {
        auto types = as(rep).catalogue();
        REQUIRE(types.has_value());
        for (const GestureType& t : *types) {
            if (t.name == name)
                return t.id;
        }
        FAIL("no gesture type " << name.toStdString());
        return 0;
    }
};

} // namespace

TEST_CASE("Resolving waits for the apology, the solution and the value-add, each named", "[core][recovery]")
{
    Desk desk;
    const qint64 id = desk.newCase();
    auto cases = desk.casesAs(desk.rep);
    RecoveryRepository recovery = desk.as(desk.rep);

    auto refused = cases.transition(id, S::Resolved);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::IllegalTransition);
    CHECK(refused.error().message.contains(QStringLiteral("apology")));
    CHECK(refused.error().message.contains(QStringLiteral("solution")));
    CHECK(refused.error().message.contains(QStringLiteral("decline")));
    CHECK(cases.get(id)->status == S::InRecovery);

    REQUIRE(recovery.recordApology(id, QStringLiteral("I am so sorry the pump failed mid-treatment."),
                                   Channel::Phone));
    REQUIRE(recovery.recordSolution(id, QStringLiteral("Loan pump delivered today, repair by Friday."),
                                    QStringLiteral("To treat patients again tomorrow morning."),
                                    QDate(2026, 3, 6)));
    refused = cases.transition(id, S::Resolved);
    REQUIRE_FALSE(refused.has_value());
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("apology")));
    CHECK(refused.error().message.contains(QStringLiteral("decline")));

    // A gesture waiting for approval does not count yet.
    auto pending =
        recovery.giveGesture(id, desk.gestureType(QStringLiteral("Upgrade to the next model")), 25000);
    REQUIRE(pending.has_value());
    CHECK(pending->status == Gesture::Status::Pending);
    CHECK_FALSE(cases.transition(id, S::Resolved).has_value());

    auto approved = desk.as(desk.lead).decide(pending->id, true, {});
    REQUIRE(approved.has_value());
    auto resolved = cases.transition(id, S::Resolved);
    REQUIRE(resolved.has_value());
    CHECK(resolved->status == S::Resolved);

    // Closing needs the analysis.
    REQUIRE(cases.transition(id, S::FollowUp));
    auto notClosed = cases.transition(id, S::Closed);
    REQUIRE_FALSE(notClosed.has_value());
    CHECK(notClosed.error().message.contains(QStringLiteral("root-cause")));
    auto causes = recovery.rootCauses();
    REQUIRE(causes.has_value());
    const auto pump = std::find_if(causes->begin(), causes->end(), [](const RootCause& c) {
        return c.name == QStringLiteral("Pump or motor");
    });
    REQUIRE(pump != causes->end());
    CHECK(pump->path == QStringLiteral("Product defect › Hardware › Pump or motor"));
    REQUIRE(recovery.recordAnalysis(
        id, pump->id, {QStringLiteral("The seal wore out."), QStringLiteral("No service plan.")}, false));
    CHECK(cases.transition(id, S::Closed).has_value());

    // A closed case's recovery is frozen until it is reopened.
    auto late = recovery.recordApology(id, QStringLiteral("Sorry again."), Channel::Email);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().message.contains(QStringLiteral("reopen")));
}

TEST_CASE("A decline counts as the value-add step", "[core][recovery]")
{
    Desk desk;
    const qint64 id = desk.newCase();
    auto recovery = desk.as(desk.rep);
    REQUIRE(recovery.recordApology(id, QStringLiteral("I am sorry."), Channel::Email));
    REQUIRE(recovery.recordSolution(id, QStringLiteral("Repaired."), QStringLiteral("A working pump.")));
    CHECK_FALSE(recovery.recordDecline(id, QStringLiteral("   ")).has_value());
    REQUIRE(recovery.recordDecline(id, QStringLiteral("She wants nothing but the repair.")));
    auto state = recovery.state(id);
    REQUIRE(state.has_value());
    CHECK(state->valueAdded());
    CHECK(state->nextStep() == 4);
    CHECK(desk.casesAs(desk.rep).transition(id, S::Resolved).has_value());
}

TEST_CASE("Gestures within the discretion limit are given, over it they wait for a lead", "[core][recovery]")
{
    Desk desk;
    const qint64 id = desk.newCase();
    auto rep = desk.as(desk.rep);
    const qint64 credit = desk.gestureType(QStringLiteral("Account credit"));
    REQUIRE(*rep.limitFor(Role::Rep) == 5000);

    auto small = rep.giveGesture(id, credit, 3000, QStringLiteral("For the wasted morning"));
    REQUIRE(small.has_value());
    CHECK(small->status == Gesture::Status::Granted);
    // 30.00 given, 30.00 more would pass the rep's 50.00 for this case.
    auto more = rep.giveGesture(id, credit, 3000);
    REQUIRE(more.has_value());
    CHECK(more->status == Gesture::Status::Pending);

    auto queue = desk.as(desk.lead).pendingApprovals();
    REQUIRE(queue.has_value());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().id == more->id);
    CHECK(queue->first().requestedBy == QStringLiteral("Sam Rivera"));

    SECTION("a rep cannot decide")
    {
        auto denied = rep.decide(more->id, true, {});
        REQUIRE_FALSE(denied.has_value());
        CHECK(denied.error().message.contains(QStringLiteral("Sam Rivera")));
    }
    SECTION("a rejection needs a reason, and the rep sees it")
    {
        CHECK_FALSE(desk.as(desk.lead).decide(more->id, false, QStringLiteral(" ")).has_value());
        auto rejected =
            desk.as(desk.lead).decide(more->id, false, QStringLiteral("One credit is enough here."));
        REQUIRE(rejected.has_value());
        auto state = rep.state(id);
        REQUIRE(state.has_value());
        REQUIRE(state->gestures.size() == 2);
        CHECK(state->gestures[1].status == Gesture::Status::Rejected);
        CHECK(state->gestures[1].decisionReason == QStringLiteral("One credit is enough here."));
        CHECK(state->gestures[1].decidedBy == QStringLiteral("Julia Novak"));
    }
    SECTION("a decision is made exactly once")
    {
        REQUIRE(desk.as(desk.lead).decide(more->id, true, {}).has_value());
        auto again = desk.as(desk.executive).decide(more->id, false, QStringLiteral("Too much"));
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == Error::Code::Conflict);
        auto state = rep.state(id);
        CHECK(state->gestures[1].status == Gesture::Status::Approved);
    }
    SECTION("a lead cannot approve past their own limit; an executive can")
    {
        auto big = rep.giveGesture(id, desk.gestureType(QStringLiteral("Upgrade to the next model")), 60000);
        REQUIRE(big.has_value());
        auto tooMuch = desk.as(desk.lead).decide(big->id, true, {});
        REQUIRE_FALSE(tooMuch.has_value());
        CHECK(tooMuch.error().message.contains(QStringLiteral("limit")));
        CHECK(desk.as(desk.executive).decide(big->id, true, {}).has_value());
    }
    // Every step is in the timeline with its user.
    auto events = desk.casesAs(desk.rep).timeline(id);
    REQUIRE(events.has_value());
    CHECK(std::count_if(events->begin(), events->end(), [](const CaseEvent& e) {
              return e.kind == CaseEvent::Kind::Recovery && e.field == QStringLiteral("gesture") &&
                     e.actor == QStringLiteral("Sam Rivera");
          }) >= 2);
}

TEST_CASE("Costs, limits and texts out of range are refused and change nothing", "[core][recovery]")
{
    Desk desk;
    const qint64 id = desk.newCase();
    auto rep = desk.as(desk.rep);
    auto lead = desk.as(desk.lead);
    const qint64 credit = desk.gestureType(QStringLiteral("Account credit"));
    const QByteArray before =
        queryDigest(desk.store.db().connection(), QStringLiteral("SELECT * FROM gestures"));

    auto negative = rep.giveGesture(id, credit, -100);
    REQUIRE_FALSE(negative.has_value());
    CHECK(negative.error().field == QStringLiteral("cost"));
    auto absurd = rep.giveGesture(id, credit, RecoveryRepository::maxCostCents + 1);
    REQUIRE_FALSE(absurd.has_value());
    CHECK(absurd.error().field == QStringLiteral("cost"));
    CHECK_FALSE(rep.giveGesture(id, 9999, 100).has_value());
    CHECK(queryDigest(desk.store.db().connection(), QStringLiteral("SELECT * FROM gestures")) == before);

    auto aboveOwn = lead.setLimit(Role::Rep, 60000);
    REQUIRE_FALSE(aboveOwn.has_value());
    CHECK(aboveOwn.error().message.contains(QStringLiteral("your own")));
    CHECK(*lead.limitFor(Role::Rep) == 5000);
    REQUIRE(lead.setLimit(Role::Rep, 7500));
    CHECK(*rep.limitFor(Role::Rep) == 7500);
    CHECK_FALSE(rep.setLimit(Role::Rep, 100000).has_value());

    auto noWants = rep.recordSolution(id, QStringLiteral("Repair"), QStringLiteral(""));
    REQUIRE_FALSE(noWants.has_value());
    CHECK(noWants.error().field == QStringLiteral("customer_wants"));
    auto past = rep.recordSolution(id, QStringLiteral("Repair"), QStringLiteral("Fixed"), QDate(2026, 3, 1));
    REQUIRE_FALSE(past.has_value());
    CHECK(past.error().field == QStringLiteral("promised_by"));

    auto causes = rep.rootCauses();
    REQUIRE(causes.has_value());
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six << QStringLiteral("why %1").arg(i);
    CHECK_FALSE(rep.recordAnalysis(id, causes->first().id, six, false).has_value());
    CHECK_FALSE(rep.recordAnalysis(id, 424242, {}, false).has_value());
    auto state = rep.state(id);
    REQUIRE(state.has_value());
    CHECK_FALSE(state->solved());
    CHECK_FALSE(state->analysed());
}

TEST_CASE("Catalogue, limits and taxonomy belong to the roles that own them", "[core][recovery]")
{
    Desk desk;
    GestureType voucher;
    voucher.name = QStringLiteral("Dinner voucher");
    voucher.kind = QStringLiteral("other");
    voucher.defaultCostCents = 8000;
    CHECK_FALSE(desk.as(desk.rep).saveGestureType(voucher).has_value());
    CHECK_FALSE(desk.as(desk.quality).saveGestureType(voucher).has_value());
    auto saved = desk.as(desk.lead).saveGestureType(voucher);
    REQUIRE(saved.has_value());
    CHECK(saved->id > 0);
    voucher.kind = QStringLiteral("bribe");
    CHECK_FALSE(desk.as(desk.lead).saveGestureType(voucher).has_value());

    CHECK_FALSE(desk.as(desk.rep).addRootCause(0, QStringLiteral("Weather")).has_value());
    auto weather = desk.as(desk.quality).addRootCause(0, QStringLiteral("Weather"));
    REQUIRE(weather.has_value());
    auto storm = desk.as(desk.quality).addRootCause(weather->id, QStringLiteral("Storm damage"));
    REQUIRE(storm.has_value());
    CHECK(storm->path == QStringLiteral("Weather › Storm damage"));
    CHECK_FALSE(desk.as(desk.quality).addRootCause(weather->id, QStringLiteral("Storm damage")).has_value());
    CHECK_FALSE(desk.as(desk.quality).addRootCause(987654, QStringLiteral("Orphan")).has_value());
}

TEST_CASE("Promises kept or broken are derived from dates, never typed", "[core][recovery]")
{
    const QDate friday(2026, 3, 6);
    const QDateTime fridayNoon(friday, QTime(12, 0), Qt::LocalTime);
    const QDateTime saturday(friday.addDays(1), QTime(10, 0), Qt::LocalTime);
    CHECK(RecoveryRepository::promiseState({}, {}, fridayNoon) == PromiseState::None);
    CHECK(RecoveryRepository::promiseState(friday, {}, fridayNoon) == PromiseState::Pending);
    CHECK(RecoveryRepository::promiseState(friday, {}, saturday) == PromiseState::Broken);
    CHECK(RecoveryRepository::promiseState(friday, fridayNoon, saturday) == PromiseState::Kept);
    CHECK(RecoveryRepository::promiseState(friday, saturday, saturday) == PromiseState::Broken);
}

TEST_CASE("A bulk move names the cases that lack recovery steps and moves none", "[core][recovery]")
{
    Desk desk;
    const qint64 ready = desk.newCase();
    const qint64 unready = desk.newCase();
    completeRecovery(desk.store.db(), ready);
    auto cases = desk.casesAs(desk.lead);
    auto refused = cases.transitionMany({ready, unready}, S::Resolved);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(referenceFor(unready)));
    CHECK_FALSE(refused.error().message.contains(referenceFor(ready)));
    CHECK(cases.get(ready)->status == S::InRecovery);
    REQUIRE(cases.transitionMany({ready}, S::Resolved));
    CHECK(cases.get(ready)->status == S::Resolved);
}

TEST_CASE("The typical fix time comes from resolved cases of the same category",
          "[core][recovery][sqlite-only]")
{
    Desk desk;
    auto recovery = desk.as(desk.rep);
    auto none = recovery.typicalFixDays(QStringLiteral("Dental equipment"));
    REQUIRE(none.has_value());
    CHECK_FALSE(none->has_value());
    // Demo cases carry categories and resolution times.
    DemoGenerator::Options options;
    options.cases = 400;
    options.seed = 5;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(desk.store.db()).generate(options).has_value());
    auto days = recovery.typicalFixDays(QStringLiteral("Dental equipment"));
    REQUIRE(days.has_value());
    REQUIRE(days->has_value());
    CHECK(**days > 0.0);
    CHECK(**days < 730.0);
}

TEST_CASE("Only an administrator gives roles, and the last one stays", "[core][recovery]")
{
    Desk desk;
    UserRepository users(desk.store.db());
    User admin = desk.make(QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin);

    auto byLead = users.setRole(desk.lead, desk.rep.id, Role::Lead);
    REQUIRE_FALSE(byLead.has_value());
    CHECK(byLead.error().message.contains(QStringLiteral("Julia Novak")));
    CHECK(users.byId(desk.rep.id)->role == Role::Rep);

    auto promoted = users.setRole(admin, desk.rep.id, Role::Lead);
    REQUIRE(promoted.has_value());
    CHECK(users.byId(desk.rep.id)->role == Role::Lead);

    auto lastAdmin = users.setRole(admin, admin.id, Role::Rep);
    REQUIRE_FALSE(lastAdmin.has_value());
    CHECK(lastAdmin.error().field == QStringLiteral("role"));
    CHECK(users.byId(admin.id)->role == Role::Admin);
}
