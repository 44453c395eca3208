// SLA clocks (issue 5): targets per priority on the store's business
// calendar, the facts they run on, pauses while the case waits on the
// customer, and the bad settings that must be refused.

#include "core/sla/SlaClock.h"
#include "core/sla/SlaPolicy.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SlaRepository.h"
#include "support/SlaFixture.h"

using namespace redress::core;
using namespace redress::test;

TEST_CASE("SLA targets refuse negative, zero and missing values, naming the field", "[sla]")
{
    QHash<Priority, SlaTargets> t;
    for (Priority p : allPriorities())
        t.insert(p, SlaTargets{60, 120, 480, 240, false});
    REQUIRE(SlaPolicies::make(t).has_value());

    SECTION("a negative time to acknowledge")
    {
        t[Priority::Urgent].acknowledgeMinutes = -5;
        auto r = SlaPolicies::make(t);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.error().field == QStringLiteral("sla.urgent.acknowledge"));
        CHECK(r.error().message.contains(QStringLiteral("-5")));
    }
    SECTION("no time at all to resolve")
    {
        t[Priority::Low].resolveMinutes = 0;
        auto r = SlaPolicies::make(t);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("sla.low.resolve"));
    }
    SECTION("no lead's time before the executive")
    {
        t[Priority::High].executiveMinutes = 0;
        auto r = SlaPolicies::make(t);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("sla.high.executive"));
    }
    SECTION("a priority without targets")
    {
        t.remove(Priority::Emergency);
        auto r = SlaPolicies::make(t);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field.startsWith(QStringLiteral("sla.emergency.")));
    }
    SECTION("acknowledging at once is allowed")
    {
        t[Priority::Emergency].acknowledgeMinutes = 0;
        CHECK(SlaPolicies::make(t).has_value());
    }
}

TEST_CASE("A calendar survives the store's JSON and bad JSON names the entry", "[sla]")
{
    WeekHours week;
    week[0] = {WorkingInterval{8 * 60, 12 * 60}, WorkingInterval{13 * 60, 24 * 60}};
    week[5] = {WorkingInterval{10 * 60, 14 * 60}};
    const QList<Holiday> holidays{{QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")},
                                  {QDate(2027, 1, 1), {}, QStringLiteral("New Year")}};
    auto weekBack = weekFromJson(weekToJson(week));
    REQUIRE(weekBack.has_value());
    CHECK(*weekBack == week);
    auto holidaysBack = holidaysFromJson(holidaysToJson(holidays));
    REQUIRE(holidaysBack.has_value());
    REQUIRE(holidaysBack->size() == 2);
    CHECK(holidaysBack->at(0).to == QDate(2026, 12, 26));
    CHECK(holidaysBack->at(1).last() == QDate(2027, 1, 1));
    CHECK(holidaysBack->at(0).name == QStringLiteral("Christmas"));

    auto badTime = weekFromJson(R"({"friday": [["09:00", "25:00"]]})");
    REQUIRE_FALSE(badTime.has_value());
    CHECK(badTime.error().field == QStringLiteral("week.friday[0]"));
    auto notObject = weekFromJson("[1, 2]");
    REQUIRE_FALSE(notObject.has_value());
    CHECK(notObject.error().field == QStringLiteral("week"));
    auto badDay = holidaysFromJson(R"([{"from": "2026-12-24"}, {"from": "24.12.2026"}])");
    REQUIRE_FALSE(badDay.has_value());
    CHECK(badDay.error().field == QStringLiteral("holidays[1]"));
}

TEST_CASE("Due times run on business hours from the opening", "[sla]")
{
    // Friday 16:30 in Berlin: half an hour of the week is left.
    SlaFacts f;
    f.openedAt = berlin(2026, 11, 20, 16, 30);
    const SlaTargets normal{60, 120, 480, 240, false};
    const SlaDues d = computeDues(f, normal, berlinOffice());
    CHECK(d.acknowledge == berlin(2026, 11, 23, 9, 30));
    CHECK(d.contact == berlin(2026, 11, 23, 10, 30));
    CHECK(d.resolve == berlin(2026, 11, 23, 16, 30));
    CHECK(d.next == d.acknowledge);
    CHECK(d.escalation == d.acknowledge);
    CHECK(d.escalationRule == EscalationRule::Acknowledge);

    SECTION("an acknowledged case escalates next for first contact")
    {
        f.acknowledgedAt = berlin(2026, 11, 20, 16, 40);
        const SlaDues a = computeDues(f, normal, berlinOffice());
        CHECK(a.next == berlin(2026, 11, 23, 10, 30));
        CHECK(a.escalationRule == EscalationRule::Contact);
    }
    SECTION("around the clock ignores the calendar")
    {
        const SlaDues e = computeDues(f, SlaTargets{15, 30, 240, 60, true}, berlinOffice());
        CHECK(e.acknowledge == berlin(2026, 11, 20, 16, 45));
        CHECK(e.resolve == berlin(2026, 11, 20, 20, 30));
    }
    SECTION("with the lead the executive's time runs from the escalation")
    {
        f.level = EscalationLevel::Lead;
        f.escalatedAt = berlin(2026, 11, 23, 9, 30);
        const SlaDues l = computeDues(f, normal, berlinOffice());
        // 09:30 + 4 business hours is 13:30, before the resolve target.
        CHECK(l.escalation == berlin(2026, 11, 23, 16, 30));
        CHECK(l.escalationRule == EscalationRule::Executive);
        f.escalatedAt = berlin(2026, 11, 23, 15, 0);
        CHECK(computeDues(f, normal, berlinOffice()).escalation == berlin(2026, 11, 24, 11, 0));
    }
    SECTION("at the top of the ladder and once resolved nothing escalates")
    {
        f.level = EscalationLevel::Executive;
        CHECK_FALSE(computeDues(f, normal, berlinOffice()).escalation.isValid());
        f.level = EscalationLevel::Rep;
        f.awaitingResolution = false;
        const SlaDues r = computeDues(f, normal, berlinOffice());
        CHECK_FALSE(r.escalation.isValid());
        CHECK_FALSE(r.next.isValid());
        CHECK(r.resolve == berlin(2026, 11, 23, 16, 30)); // still shown in the history
    }
}

TEST_CASE("A new case gets its due times in the store, and acknowledging and contacting meet them", "[sla]")
{
    SlaDesk desk(berlin(2026, 11, 20, 16, 30));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    FixedClock& clock = desk.clock;
    const Case c = openCase(db, rep.id);
    CHECK(c.priority == Priority::Normal);
    CHECK(storedTime(db, c.id, "acknowledge_due") == berlin(2026, 11, 23, 9, 30));
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 9, 30));
    CHECK(storedTime(db, c.id, "escalation_due") == berlin(2026, 11, 23, 9, 30));
    CHECK_FALSE(storedTime(db, c.id, "acknowledged_at").isValid());

    clock.advanceSecs(10 * 60);
    REQUIRE(CaseRepository(db, rep.id).transition(c.id, CaseStatus::Acknowledged).has_value());
    CHECK(storedTime(db, c.id, "acknowledged_at") == berlin(2026, 11, 20, 16, 40));
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 10, 30));

    clock.advanceSecs(5 * 60);
    auto apology = RecoveryRepository(db, rep).recordApology(
        c.id, QStringLiteral("Dear Dana, I am sorry the pump stopped. A technician comes Monday at nine."),
        Channel::Phone);
    INFO(describe(apology));
    REQUIRE(apology.has_value());
    CHECK(storedTime(db, c.id, "first_contact_at") == berlin(2026, 11, 20, 16, 45));
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 16, 30));

    auto history = SlaRepository(db, rep).history(c.id, clock.now());
    REQUIRE(history.has_value());
    REQUIRE(history->states.size() == 3);
    CHECK(history->states[0].met());
    CHECK(history->states[0].businessMsecs == 10 * 60 * 1000);
    CHECK(history->states[1].businessMsecs == 15 * 60 * 1000);
    CHECK_FALSE(history->states[2].met());
    CHECK_FALSE(history->states[2].breached(clock.now()));
    CHECK(history->states[2].breached(berlin(2026, 11, 23, 16, 31)));
}

TEST_CASE("Waiting on the customer stops the clock and moves the due times out", "[sla]")
{
    SlaDesk desk(berlin(2026, 11, 23, 9, 0));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    FixedClock& clock = desk.clock;
    const Case c = openCase(db, rep.id);
    clock.advanceSecs(30 * 60);
    REQUIRE(CaseRepository(db, rep.id).transition(c.id, CaseStatus::Acknowledged).has_value());
    CHECK(storedTime(db, c.id, "contact_due") == berlin(2026, 11, 23, 11, 0));

    SlaRepository sla(db, rep);
    clock.advanceSecs(15 * 60); // 09:45
    auto started = sla.startWaiting(c.id, QStringLiteral("Waiting for the serial number"));
    INFO(describe(started));
    REQUIRE(started.has_value());
    CHECK_FALSE(storedTime(db, c.id, "sla_due").isValid());
    CHECK_FALSE(storedTime(db, c.id, "escalation_due").isValid());
    auto again = sla.startWaiting(c.id, {});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Error::Code::IllegalTransition);

    clock.advanceSecs(60 * 60); // 10:45
    REQUIRE(sla.stopWaiting(c.id).has_value());
    CHECK(storedTime(db, c.id, "contact_due") == berlin(2026, 11, 23, 12, 0));
    CHECK(storedTime(db, c.id, "resolve_due") == berlin(2026, 11, 24, 10, 0));
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 12, 0));

    auto history = sla.history(c.id, clock.now());
    REQUIRE(history.has_value());
    REQUIRE(history->pauses.size() == 1);
    CHECK(history->pauses[0].start == berlin(2026, 11, 23, 9, 45));
    CHECK(history->pauses[0].end == berlin(2026, 11, 23, 10, 45));
    CHECK(history->pauses[0].reason == QStringLiteral("Waiting for the serial number"));
    CHECK(history->pauses[0].startedBy == QStringLiteral("rep"));
    CHECK_FALSE(history->waiting);
    REQUIRE_FALSE(sla.stopWaiting(c.id).has_value());

    CHECK(eventsOn(db, c.id, QStringLiteral("waiting")) == 2);
}

TEST_CASE("Leaving the statuses that await resolution ends a wait and leaves nothing due", "[sla]")
{
    SlaDesk desk(berlin(2026, 11, 23, 9, 0));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    FixedClock& clock = desk.clock;
    const Case c = openCase(db, rep.id);
    REQUIRE(SlaRepository(db, rep).startWaiting(c.id, QStringLiteral("photos")).has_value());
    clock.advanceSecs(600);
    // Acknowledging does not end the wait.
    REQUIRE(CaseRepository(db, rep.id).transition(c.id, CaseStatus::Acknowledged).has_value());
    auto h = SlaRepository(db, rep).history(c.id, clock.now());
    REQUIRE(h.has_value());
    CHECK(h->waiting);
    CHECK(storedTime(db, c.id, "acknowledged_at") == berlin(2026, 11, 23, 9, 10));

    // Resolving does (the status is set directly: the recovery gates are
    // another suite's business).
    clock.advanceSecs(600);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'resolved'")));
    REQUIRE(SlaRepository::statusChangedIn(db.connection(), c.id, CaseStatus::Acknowledged, CaseStatus::Resolved)
                .has_value());
    h = SlaRepository(db, rep).history(c.id, clock.now());
    REQUIRE(h.has_value());
    CHECK_FALSE(h->waiting);
    REQUIRE(h->pauses.size() == 1);
    CHECK(h->pauses[0].end == berlin(2026, 11, 23, 9, 20));
    CHECK_FALSE(storedTime(db, c.id, "sla_due").isValid());
    CHECK_FALSE(storedTime(db, c.id, "escalation_due").isValid());

    auto refused = SlaRepository(db, rep).startWaiting(c.id, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::IllegalTransition);
}

TEST_CASE("Only leads and above change the calendar and targets, and a change re-derives open cases", "[sla]")
{
    SlaDesk desk(berlin(2026, 11, 20, 16, 30));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    const User lead = slaUser(db, QStringLiteral("lead"), Role::Lead);
    const Case c = openCase(db, rep.id);
    REQUIRE(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 9, 30));

    auto refused = SlaRepository(db, rep).setPolicies(SlaPolicies::defaults());
    REQUIRE_FALSE(refused.has_value());
    auto unchanged = SlaRepository(db, rep).policies();
    REQUIRE(unchanged.has_value());
    CHECK(*unchanged == testPolicies());

    // Saturday becomes a working day 10:00–14:00.
    WeekHours week = berlinOffice().week();
    week[5] = {WorkingInterval{10 * 60, 14 * 60}};
    auto saturdays = BusinessCalendar::make("Europe/Berlin", week);
    REQUIRE(saturdays.has_value());
    REQUIRE(SlaRepository(db, lead).setCalendar(*saturdays).has_value());
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 21, 10, 30));
    auto back = SlaRepository(db, lead).calendar();
    REQUIRE(back.has_value());
    CHECK(back->week() == saturdays->week());
    CHECK(back->zone().id() == QByteArray("Europe/Berlin"));

    // Calendar and targets together: one transaction, one re-derivation.
    REQUIRE(SlaRepository(db, lead).setSettings(berlinOffice(), SlaPolicies::defaults()).has_value());
    auto policies = SlaRepository(db, lead).policies();
    REQUIRE(policies.has_value());
    CHECK(*policies == SlaPolicies::defaults());
    // A normal case now has 4 business hours to be acknowledged: Monday 12:30.
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 12, 30));
    REQUIRE_FALSE(SlaRepository(db, rep).setSettings(berlinOffice(), testPolicies()).has_value());
    CHECK(storedTime(db, c.id, "sla_due") == berlin(2026, 11, 23, 12, 30));
}

TEST_CASE("Bad calendars are refused naming the field", "[sla]")
{
    WeekHours none;
    auto empty = BusinessCalendar::make("Europe/Berlin", none);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().field == QStringLiteral("week"));

    auto overlapping = BusinessCalendar::make(
        "Europe/Berlin", berlinOffice().week(),
        {{QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")},
         {QDate(2026, 12, 26), {}, QStringLiteral("Boxing Day")}});
    REQUIRE_FALSE(overlapping.has_value());
    CHECK(overlapping.error().field == QStringLiteral("holidays[1]"));

    // A store whose calendar row was damaged outside Redress says so when read.
    TempStore store;
    QSqlQuery q(store.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE sla_calendar SET week = '{\"monday\": [[\"9\"]]}'")));
    auto read = SlaRepository(store.db(), User{}).calendar();
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().field == QStringLiteral("week.monday[0]"));
}
