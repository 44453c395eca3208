// Problem records (issue 7): the chief problem solver's desk. Each figure
// is checked on a small store whose right answer is worked out by hand in
// the comments; the CLI report against Effectiveness's own numbers.
#include "core/cases/Problem.h"
#include "core/report/Effectiveness.h"
#include "core/report/Reports.h"
#include "core/store/CaseRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/RecoveryRepository.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <cmath>

using namespace redress::core;
using namespace redress::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Root causes of the seeded taxonomy (schema v2).
constexpr qint64 hardware = 2;      // Product defect › Hardware
constexpr qint64 powerSupply = 3;   // … › Hardware › Power supply
constexpr qint64 pump = 4;          // … › Hardware › Pump or motor
constexpr qint64 leak = 5;          // … › Hardware › Leak or seal
constexpr qint64 late = 10;         // Delivery › Late
constexpr qint64 doubleCharge = 14; // Billing › Double charge
constexpr qint64 setup = 22;        // Customer error › Setup or installation

// 2026-01-01 is a Thursday: the Mondays below start ISO weeks.
const QDate feb2(2026, 2, 2); // 2026-W06
const QDate mar2(2026, 3, 2); // 2026-W10

struct Desk
{
    TempStore store;
    FixedClock clock{utc(2026, 1, 2)};
    User quality = makeUser(store.db(), QStringLiteral("qiu"), QStringLiteral("Qiu Lan"), Role::Quality);
    User lead = makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    User rep = makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);

    void at(const QDateTime& t) { clock.advanceSecs(clock.now().secsTo(t)); }

    /// A case opened at `opened`, analysed to `cause` when one is given.
    qint64 open(const QDateTime& opened, qint64 cause = 0, bool educationGap = false)
    {
        at(opened);
        auto made = CaseRepository(store.db(), lead.id).create(CaseBuilder().build());
        REQUIRE(made.has_value());
        if (cause != 0) {
            auto ok = RecoveryRepository(store.db(), lead).recordAnalysis(made->id, cause, {}, educationGap);
            INFO(describe(ok));
            REQUIRE(ok.has_value());
        }
        return made->id;
    }

    /// `n` cases of `cause` opened on `day`, an hour apart from 09:00.
    QList<qint64> openMany(const QDate& day, int n, qint64 cause)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids << open(QDateTime(day, QTime(9 + i, 0), Qt::UTC), cause);
        return ids;
    }

    ProblemRepository problems(const User& as) { return ProblemRepository(store.db(), as); }

    Problem draft(const QString& title, qint64 cause, const QDate& effectiveOn = {})
    {
        Problem p;
        p.title = title;
        p.rootCauseId = cause;
        p.ownerId = quality.id;
        p.correctiveAction = effectiveOn.isValid() ? QStringLiteral("New supplier for the part.") : QString();
        p.status = effectiveOn.isValid() ? ProblemStatus::ActionTaken : ProblemStatus::Open;
        p.effectiveOn = effectiveOn;
        return p;
    }

    Problem create(const Problem& p, const QList<int>& days = ProblemRepository::defaultReviewDays())
    {
        auto made = problems(quality).create(p, days);
        INFO(describe(made));
        REQUIRE(made.has_value());
        return *made;
    }

    EffectivenessReport measure(qint64 problemId)
    {
        auto r = Effectiveness(store.db()).of(problemId);
        INFO(describe(r));
        REQUIRE(r.has_value());
        return *r;
    }
};

/// Four weeks before the effective day (Monday 2 March), each week five
/// cases: two of Power supply, one of Pump (both under Hardware) and two
/// Late: 3 of 5 are the problem's, 12 of 20 in all (60 per 100).
void fillBefore(Desk& desk)
{
    for (int w = 0; w < 4; ++w) {
        const QDate monday = feb2.addDays(7 * w);
        desk.openMany(monday, 2, powerSupply);
        desk.openMany(monday.addDays(1), 1, pump);
        desk.openMany(monday.addDays(2), 2, late);
    }
}

double zOf(double x1, double n1, double x2, double n2)
{
    const double p = (x1 + x2) / (n1 + n2);
    return (x1 / n1 - x2 / n2) / std::sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

} // namespace

TEST_CASE("Problem kinds, statuses, verdicts and references have stable keys", "[problems]")
{
    for (ProblemKind k : allProblemKinds())
        CHECK(problemKindFromKey(keyOf(k)) == k);
    for (ProblemStatus s : allProblemStatuses())
        CHECK(problemStatusFromKey(keyOf(s)) == s);
    for (Verdict v : allVerdicts()) {
        CHECK(verdictFromKey(keyOf(v)) == v);
        CHECK_FALSE(labelOf(v).isEmpty());
    }
    CHECK(keyOf(ProblemStatus::ActionTaken) == QStringLiteral("action_taken"));
    CHECK(keyOf(Verdict::DidNotFall) == QStringLiteral("did_not_fall"));
    CHECK(labelOf(Verdict::NotYetKnown) == QStringLiteral("Not yet known"));
    CHECK_FALSE(problemKindFromKey(QStringLiteral("bug")).has_value());
    CHECK(problemReferenceFor(7) == QStringLiteral("PR-0007"));
    CHECK(problemReferenceFor(12345) == QStringLiteral("PR-12345"));
    CHECK(problemIdFromReference(QStringLiteral("PR-0007")) == 7);
    CHECK(problemIdFromReference(QStringLiteral(" pr-7 ")) == 7);
    CHECK(problemIdFromReference(QStringLiteral("7")) == 7);
    CHECK_FALSE(problemIdFromReference(QStringLiteral("RD-000007")).has_value());
    CHECK_FALSE(problemIdFromReference(QStringLiteral("PR-0")).has_value());
}

TEST_CASE("ISO week keys agree in SQL and in C++", "[problems]")
{
    TempStore store;
    const QSqlDatabase db = store.db().connection();
    // Year ends where the ISO year differs from the calendar year.
    for (const QDate& day : {QDate(2020, 12, 31), QDate(2021, 1, 3), QDate(2021, 1, 4), QDate(2024, 12, 30),
                             QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2027, 1, 1), QDate(2027, 1, 4)}) {
        const qint64 ms = QDateTime(day, QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
        const QString sql =
            scalar(db,
                   QStringLiteral("SELECT %1 FROM (SELECT CAST(? AS BIGINT) AS ms) AS t")
                       .arg(Reports::periodKeySql(db, ReportPeriod::Week, QStringLiteral("ms"))),
                   {ms})
                .toString();
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(sql == isoWeekKey(day));
    }
    CHECK(isoWeekKey(QDate(2026, 1, 1)) == QStringLiteral("2026-W01"));
    CHECK(isoWeekKey(QDate(2027, 1, 1)) == QStringLiteral("2026-W53"));
    CHECK(isoWeekKey(QDate(2024, 12, 30)) == QStringLiteral("2025-W01"));
}

TEST_CASE("Complaints per 100 fell after the effective day though the count did not", "[problems]")
{
    Desk desk;
    fillBefore(desk);
    // Four weeks after, each with ten cases as the business doubled: two of
    // Power supply, one Late case linked to the problem by hand, seven other
    // Late cases. 3 of 10 a week, 12 of 40 in all (30 per 100): the same
    // twelve complaints, half the share.
    QList<qint64> linked;
    for (int w = 0; w < 4; ++w) {
        const QDate monday = mar2.addDays(7 * w);
        desk.openMany(monday, 2, powerSupply);
        linked << desk.open(QDateTime(monday.addDays(1), QTime(8, 0), Qt::UTC), late);
        desk.openMany(monday.addDays(2), 7, late);
    }
    // The running week (30 March) is not over and does not count.
    desk.openMany(QDate(2026, 3, 31), 2, pump);

    desk.at(utc(2026, 3, 2, 8));
    const Problem problem =
        desk.create(desk.draft(QStringLiteral("Pumps lose power after a month"), hardware, mar2));
    auto n = desk.problems(desk.rep).linkCases(problem.id, linked);
    INFO(describe(n));
    REQUIRE(n == 4);

    desk.at(utc(2026, 4, 1, 10)); // a Wednesday
    const EffectivenessReport r = desk.measure(problem.id);
    CHECK(r.effectiveOn == mar2);
    // 12 weeks before (from 2025-12-08), 4 after, the running week.
    REQUIRE(r.weeks.size() == 17);
    CHECK(r.weeks.first().week == QStringLiteral("2025-W50"));
    CHECK(r.weeks.first().monday == QDate(2025, 12, 8));
    CHECK(r.weeks.first().analysedCases == 0);
    CHECK_FALSE(r.weeks.first().rate.has_value());
    CHECK(r.weeksBefore == 12);
    CHECK(r.weeksAfter == 4);
    const EffectivenessWeek& w06 = r.weeks.at(8);
    CHECK(w06.week == QStringLiteral("2026-W06"));
    CHECK(w06.phase == WeekPhase::Before);
    CHECK(w06.problemCases == 3);
    CHECK(w06.analysedCases == 5);
    CHECK(w06.rate.value_or(-1) == Approx(60.0));
    const EffectivenessWeek& w10 = r.weeks.at(12);
    CHECK(w10.week == QStringLiteral("2026-W10"));
    CHECK(w10.phase == WeekPhase::After); // effective on its Monday: no transition week
    CHECK(w10.problemCases == 3);
    CHECK(w10.analysedCases == 10);
    CHECK(w10.rate.value_or(-1) == Approx(30.0));
    CHECK(r.weeks.last().phase == WeekPhase::Current);
    CHECK(r.weeks.last().week == QStringLiteral("2026-W14"));
    CHECK(r.weeks.last().problemCases == 2);

    CHECK(r.beforeProblemCases == 12);
    CHECK(r.beforeAnalysedCases == 20);
    CHECK(r.afterProblemCases == 12);
    CHECK(r.afterAnalysedCases == 40);
    CHECK(r.beforeRate.value_or(-1) == Approx(60.0));
    CHECK(r.afterRate.value_or(-1) == Approx(30.0));
    // Pooled 24/60 = 0.4; z = 0.3 / sqrt(0.4 · 0.6 · (1/20 + 1/40)) ≈ 2.236.
    REQUIRE(r.z.has_value());
    CHECK(*r.z == Approx(zOf(12, 20, 12, 40)));
    CHECK(*r.z == Approx(2.2361).epsilon(0.001));
    CHECK(r.verdict == Verdict::Fell);

    SECTION("two weeks after the day it is not yet known")
    {
        desk.at(utc(2026, 3, 18, 10));
        const EffectivenessReport early = desk.measure(problem.id);
        CHECK(early.weeksAfter == 2);
        CHECK(early.afterAnalysedCases == 20);
        CHECK(early.verdict == Verdict::NotYetKnown);
        CHECK(early.why.contains(QStringLiteral("at least 4")));
        CHECK_FALSE(early.z.has_value());
    }
    SECTION("a day in mid-week leaves its week out of both sides")
    {
        Problem moved = problem;
        moved.effectiveOn = QDate(2026, 2, 25); // a Wednesday in 2026-W09
        auto saved = desk.problems(desk.quality).update(moved);
        INFO(describe(saved));
        REQUIRE(saved.has_value());
        const EffectivenessReport mid = desk.measure(problem.id);
        CHECK(mid.weeks.first().monday == QDate(2025, 12, 1));
        const auto w09 = std::find_if(mid.weeks.begin(), mid.weeks.end(), [](const EffectivenessWeek& w) {
            return w.week == QStringLiteral("2026-W09");
        });
        REQUIRE(w09 != mid.weeks.end());
        CHECK(w09->phase == WeekPhase::Transition);
        // Before: W06–W08, 9 of 15; after: W10–W13, 12 of 40.
        CHECK(mid.beforeProblemCases == 9);
        CHECK(mid.beforeAnalysedCases == 15);
        CHECK(mid.afterProblemCases == 12);
        CHECK(mid.afterAnalysedCases == 40);
        CHECK(mid.weeksAfter == 4);
        REQUIRE(mid.z.has_value());
        CHECK(*mid.z == Approx(zOf(9, 15, 12, 40)));
        CHECK(mid.verdict == Verdict::Fell);
    }
    SECTION("without an effective day nothing is judged")
    {
        Problem cleared = problem;
        cleared.status = ProblemStatus::Open;
        cleared.effectiveOn = {};
        REQUIRE(desk.problems(desk.quality).update(cleared).has_value());
        const EffectivenessReport none = desk.measure(problem.id);
        CHECK(none.verdict == Verdict::NotYetKnown);
        CHECK(none.weeksAfter == 0);
        CHECK(none.weeksBefore == 12);
        CHECK(none.weeks.last().phase == WeekPhase::Current);
        // No open review stays for a day that is gone.
        CHECK_FALSE(desk.problems(desk.quality).get(problem.id)->nextReviewDue.isValid());
    }
}

TEST_CASE("Complaints that fell in number but not as a share did not fall", "[problems]")
{
    Desk desk;
    fillBefore(desk);
    // After: a quiet spell, three cases a week of which two of Power supply:
    // 8 of 12 (66.7 per 100) against 12 of 20 (60) before. Fewer
    // complaints, but a larger share of the fewer cases.
    for (int w = 0; w < 4; ++w) {
        const QDate monday = mar2.addDays(7 * w);
        desk.openMany(monday, 2, powerSupply);
        desk.openMany(monday.addDays(3), 1, doubleCharge);
    }
    desk.at(utc(2026, 3, 1));
    const Problem problem = desk.create(desk.draft(QStringLiteral("Power supplies fail"), hardware, mar2));
    desk.at(utc(2026, 3, 30, 9)); // Monday: W10–W13 are complete
    // Cases nobody has analysed yet are no one's: a backlog of them after
    // the day must not read as a fall.
    for (int w = 0; w < 4; ++w)
        desk.openMany(mar2.addDays(7 * w + 4), 5, 0);
    desk.at(utc(2026, 3, 30, 9));
    const EffectivenessReport r = desk.measure(problem.id);
    CHECK(r.weeksAfter == 4);
    CHECK(r.afterOpenedCases == 32);
    CHECK(r.beforeOpenedCases == 20);
    CHECK(r.weeks.at(12).openedCases == 8);
    CHECK(r.weeks.at(12).analysedCases == 3);
    CHECK(r.beforeProblemCases == 12);
    CHECK(r.beforeAnalysedCases == 20);
    CHECK(r.afterProblemCases == 8);
    CHECK(r.afterAnalysedCases == 12);
    CHECK(r.afterRate.value_or(-1) == Approx(200.0 / 3.0));
    REQUIRE(r.z.has_value());
    CHECK(*r.z < 0);
    CHECK(r.verdict == Verdict::DidNotFall);

    SECTION("a fall too small to be sure of did not fall either")
    {
        // Counts straight into the test: 30 of 100 before, 25 of 100 after,
        // z = 0.05 / sqrt(0.275 · 0.725 · 0.02) ≈ 0.79 < 1.645.
        EffectivenessReport counts;
        counts.effectiveOn = mar2;
        counts.weeksAfter = 6;
        counts.beforeProblemCases = 30;
        counts.beforeAnalysedCases = 100;
        counts.afterProblemCases = 25;
        counts.afterAnalysedCases = 100;
        CHECK(Effectiveness::judge(counts) == Verdict::DidNotFall);
        REQUIRE(counts.z.has_value());
        CHECK(*counts.z == Approx(zOf(30, 100, 25, 100)));
        // The same shares from ten times the cases are a fall.
        counts.beforeProblemCases = 300;
        counts.beforeAnalysedCases = 1000;
        counts.afterProblemCases = 250;
        counts.afterAnalysedCases = 1000;
        CHECK(Effectiveness::judge(counts) == Verdict::Fell);
    }
}

TEST_CASE("Too few complaints to judge is not yet known", "[problems]")
{
    // 2 of 20 before, 0 of 20 after: at the pooled rate (0.05) each period
    // would hold one problem case, below the five the test needs.
    EffectivenessReport counts;
    counts.effectiveOn = mar2;
    counts.weeksAfter = 8;
    counts.beforeProblemCases = 2;
    counts.beforeAnalysedCases = 20;
    counts.afterProblemCases = 0;
    counts.afterAnalysedCases = 20;
    CHECK(Effectiveness::judge(counts) == Verdict::NotYetKnown);
    CHECK(counts.why.contains(QStringLiteral("Too few")));
    // No complaint at all after the day: nothing to compare.
    counts.beforeProblemCases = 12;
    counts.afterAnalysedCases = 0;
    CHECK(Effectiveness::judge(counts) == Verdict::NotYetKnown);

    // And from a store: one Double charge case before, none after.
    Desk desk;
    desk.open(utc(2026, 2, 3), doubleCharge);
    desk.openMany(QDate(2026, 3, 4), 3, late);
    desk.at(utc(2026, 3, 1));
    const Problem problem = desk.create(desk.draft(QStringLiteral("Charged twice"), doubleCharge, mar2));
    desk.at(utc(2026, 4, 8));
    const EffectivenessReport r = desk.measure(problem.id);
    CHECK(r.weeksAfter == 5);
    CHECK(r.beforeProblemCases == 1);
    CHECK(r.verdict == Verdict::NotYetKnown);
}

TEST_CASE("Effectiveness reviews are due 30 and 90 days after the effective day", "[problems]")
{
    Desk desk;
    fillBefore(desk);
    // After: one of Power supply and nine Late cases a week, 4 of 40.
    for (int w = 0; w < 4; ++w) {
        desk.openMany(mar2.addDays(7 * w), 1, powerSupply);
        desk.openMany(mar2.addDays(7 * w + 1), 9, late);
    }
    desk.at(utc(2026, 3, 2, 8));
    ProblemRepository problems = desk.problems(desk.quality);
    const Problem problem = desk.create(desk.draft(QStringLiteral("Pumps lose power"), hardware, mar2));

    auto reviews = problems.reviews(problem.id);
    REQUIRE(reviews.has_value());
    REQUIRE(reviews->size() == 2);
    CHECK(reviews->at(0).offsetDays == 30);
    CHECK(reviews->at(0).dueAt == QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    CHECK(reviews->at(1).offsetDays == 90);
    CHECK(reviews->at(1).dueAt == QDateTime(QDate(2026, 5, 31), QTime(0, 0), Qt::UTC));
    CHECK(reviews->at(0).isOpen());
    CHECK(problems.get(problem.id)->nextReviewDue == reviews->at(0).dueAt);

    // The owner's queue holds what is due by then, nobody else's.
    CHECK(problems.reviewsDue(desk.quality.id, utc(2026, 3, 31, 23))->isEmpty());
    auto due = problems.reviewsDue(desk.quality.id, utc(2026, 4, 1, 9));
    REQUIRE(due.has_value());
    REQUIRE(due->size() == 1);
    CHECK(due->first().offsetDays == 30);
    CHECK(due->first().problemTitle == QStringLiteral("Pumps lose power"));
    CHECK(due->first().problemReference() == problem.reference());
    CHECK(problems.reviewsDue(desk.lead.id, utc(2026, 12, 31))->isEmpty());
    CHECK(problems.reviewsDue(desk.quality.id, utc(2026, 6, 1))->size() == 2);

    // Completing it records the verdict of that moment: 60 per 100 before,
    // 10 after.
    desk.at(utc(2026, 4, 1, 9));
    CHECK_FALSE(desk.problems(desk.rep).completeReview(due->first().id).has_value());
    auto done = problems.completeReview(due->first().id, QStringLiteral("Supplier change worked."));
    INFO(describe(done));
    REQUIRE(done.has_value());
    CHECK(done->verdict == Verdict::Fell);
    CHECK(done->doneAt == utc(2026, 4, 1, 9));
    CHECK(done->doneBy == QStringLiteral("Qiu Lan"));
    CHECK(done->note == QStringLiteral("Supplier change worked."));
    CHECK(problems.reviewsDue(desk.quality.id, utc(2026, 4, 1, 9))->isEmpty());
    auto again = problems.completeReview(due->first().id);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Error::Code::Conflict);

    SECTION("a new effective day moves the open reviews and keeps the done one")
    {
        Problem moved = *problems.get(problem.id);
        moved.effectiveOn = QDate(2026, 3, 9);
        REQUIRE(problems.update(moved).has_value());
        auto after = problems.reviews(problem.id);
        REQUIRE(after.has_value());
        REQUIRE(after->size() == 3);
        CHECK(after->at(0).verdict == Verdict::Fell); // done, due 1 April
        CHECK_FALSE(after->at(0).isOpen());
        CHECK(after->at(1).isOpen());
        CHECK(after->at(1).dueAt == QDateTime(QDate(2026, 4, 8), QTime(0, 0), Qt::UTC));
        CHECK(after->at(2).dueAt == QDateTime(QDate(2026, 6, 7), QTime(0, 0), Qt::UTC));
        // Saving other fields leaves the schedule alone.
        moved = *problems.get(problem.id);
        moved.title = QStringLiteral("Pumps lose power after a month");
        REQUIRE(problems.update(moved).has_value());
        CHECK(problems.reviews(problem.id)->size() == 3);
    }
    SECTION("offsets are chosen per call")
    {
        Problem moved = *problems.get(problem.id);
        moved.effectiveOn = QDate(2026, 3, 16);
        REQUIRE(problems.update(moved, {14}).has_value());
        auto open = problems.reviewsDue(desk.quality.id, utc(2027, 1, 1));
        REQUIRE(open->size() == 1);
        CHECK(open->first().offsetDays == 14);
        CHECK(open->first().dueAt == QDateTime(QDate(2026, 3, 30), QTime(0, 0), Qt::UTC));
    }
    SECTION("a closed problem leaves the queue")
    {
        Problem closed = *problems.get(problem.id);
        closed.status = ProblemStatus::Closed;
        auto saved = problems.update(closed);
        REQUIRE(saved.has_value());
        CHECK(saved->closedAt == utc(2026, 4, 1, 9));
        CHECK(problems.reviewsDue(desk.quality.id, utc(2027, 1, 1))->isEmpty());
    }
}

TEST_CASE("Cases are linked one at a time or in bulk, with a timeline event each", "[problems]")
{
    Desk desk;
    const qint64 p1 = desk.open(utc(2026, 1, 5), powerSupply);
    const qint64 p2 = desk.open(utc(2026, 1, 6), pump);
    const qint64 p3 = desk.open(utc(2026, 2, 10), powerSupply); // outside January
    const qint64 l1 = desk.open(utc(2026, 1, 7), late);
    const qint64 e1 = desk.open(utc(2026, 1, 8), setup, true);
    const qint64 e2 = desk.open(utc(2026, 1, 9), setup, false);
    desk.at(utc(2026, 2, 20));
    const Problem problem = desk.create(desk.draft(QStringLiteral("Pumps lose power"), hardware));
    ProblemRepository asRep = desk.problems(desk.rep);
    CaseRepository cases(desk.store.db(), desk.lead.id);

    SECTION("one case, from the analysis step")
    {
        const qint64 versionBefore = cases.get(l1)->rowVersion;
        REQUIRE(asRep.linkCase(problem.id, l1) == 1);
        CHECK(asRep.linkCase(problem.id, l1) == 0); // linked already
        auto timeline = cases.timeline(l1);
        REQUIRE(timeline.has_value());
        const CaseEvent& last = timeline->last();
        CHECK(last.kind == CaseEvent::Kind::FieldChanged);
        CHECK(last.field == QStringLiteral("problem"));
        CHECK(last.newValue == QStringLiteral("PR-0001 Pumps lose power"));
        CHECK(last.actor == QStringLiteral("Sam Rivera"));
        CHECK(cases.get(l1)->rowVersion == versionBefore + 1);
        auto of = asRep.problemsOfCase(l1);
        REQUIRE(of.has_value());
        REQUIRE(of->size() == 1);
        CHECK(of->first().id == problem.id);
        CHECK(asRep.get(problem.id)->linkedCases == 1);

        REQUIRE(asRep.unlinkCase(problem.id, l1).has_value());
        CHECK(cases.timeline(l1)->last().oldValue == QStringLiteral("PR-0001 Pumps lose power"));
        CHECK(asRep.problemsOfCase(l1)->isEmpty());
        auto twice = asRep.unlinkCase(problem.id, l1);
        REQUIRE_FALSE(twice.has_value());
        CHECK(twice.error().code == Error::Code::NotFound);
    }
    SECTION("many cases in one transaction: an unknown one links none")
    {
        auto bad = asRep.linkCases(problem.id, {p1, p2, 9999});
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().code == Error::Code::NotFound);
        CHECK(bad.error().message.contains(QStringLiteral("RD-009999")));
        CHECK(count(desk.store.db().connection(), QStringLiteral("problem_cases")) == 0);
        CHECK(asRep.linkCases(problem.id, {p1, p2, p1}) == 2);
        CHECK(asRep.linkedCases(problem.id) == QList<qint64>{p1, p2});
    }
    SECTION("in bulk from a Pareto bar: the cause's subtree in the range")
    {
        auto n = asRep.linkCasesOfCause(problem.id, hardware, {QDate(2026, 1, 1), QDate(2026, 1, 31)});
        INFO(describe(n));
        REQUIRE(n == 2);
        CHECK(asRep.linkedCases(problem.id) == QList<qint64>{p1, p2});
        CHECK(cases.timeline(p2)->last().field == QStringLiteral("problem"));
        // Again with no range adds the February one only.
        CHECK(asRep.linkCasesOfCause(problem.id, powerSupply, {}) == 1);
        CHECK(asRep.linkedCases(problem.id) == QList<qint64>{p1, p2, p3});
        auto backwards = asRep.linkCasesOfCause(problem.id, hardware, {QDate(2026, 2, 1), QDate(2026, 1, 1)});
        REQUIRE_FALSE(backwards.has_value());
        CHECK(backwards.error().field == QStringLiteral("from"));
    }
    SECTION("an education action takes only the cases flagged as education gaps")
    {
        Problem education = desk.draft(QStringLiteral("Setup guide misses the valve"), setup);
        education.kind = ProblemKind::Education;
        const Problem made = desk.create(education);
        CHECK(made.kind == ProblemKind::Education);
        CHECK(asRep.linkCasesOfCause(made.id, setup, {}) == 1);
        CHECK(asRep.linkedCases(made.id) == QList<qint64>{e1});
        Q_UNUSED(e2);
    }
    SECTION("a closed problem takes no more cases")
    {
        Problem closed = problem;
        closed.status = ProblemStatus::Closed;
        REQUIRE(desk.problems(desk.quality).update(closed).has_value());
        auto refused = asRep.linkCase(problem.id, p1);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("problem"));
    }
}

TEST_CASE("Only leads, quality, executives and admins keep problem records", "[problems]")
{
    Desk desk;
    const User executive =
        makeUser(desk.store.db(), QStringLiteral("eve"), QStringLiteral("Eve Stone"), Role::Executive);
    const User admin =
        makeUser(desk.store.db(), QStringLiteral("ada"), QStringLiteral("Ada Root"), Role::Admin);
    const Problem draft = desk.draft(QStringLiteral("Pumps lose power"), hardware);

    auto byRep = desk.problems(desk.rep).create(draft);
    REQUIRE_FALSE(byRep.has_value());
    CHECK(byRep.error().message.contains(QStringLiteral("Sam Rivera")));
    CHECK(count(desk.store.db().connection(), QStringLiteral("problems")) == 0);

    for (const User& u : {desk.lead, desk.quality, executive, admin}) {
        auto made = desk.problems(u).create(draft);
        INFO(u.login.toStdString() << ": " << describe(made));
        CHECK(made.has_value());
    }
    const Problem first = *desk.problems(desk.quality).get(1);
    CHECK(first.createdBy == QStringLiteral("Julia Novak"));
    CHECK(first.ownerName == QStringLiteral("Qiu Lan"));
    CHECK(first.rootCausePath == QStringLiteral("Product defect \u203a Hardware"));
    CHECK(first.status == ProblemStatus::Open);
    CHECK(first.rowVersion == 1);

    Problem edit = first;
    edit.title = QStringLiteral("Edited by a rep");
    CHECK_FALSE(desk.problems(desk.rep).update(edit).has_value());
    CHECK(desk.problems(desk.rep).get(1)->title == QStringLiteral("Pumps lose power"));

    SECTION("a stale row version is a conflict")
    {
        REQUIRE(desk.problems(desk.lead).update(edit).has_value());
        CHECK(desk.problems(desk.lead).get(1)->rowVersion == 2);
        auto stale = desk.problems(desk.quality).update(edit);
        REQUIRE_FALSE(stale.has_value());
        CHECK(stale.error().code == Error::Code::Conflict);
    }
}

TEST_CASE("Bad problem records are refused naming the field", "[problems]")
{
    Desk desk;
    ProblemRepository problems = desk.problems(desk.quality);
    const Problem good = desk.draft(QStringLiteral("Pumps lose power"), hardware, mar2);
    const auto refused = [&](Problem p, const QString& field, const QString& words,
                             const QList<int>& days = ProblemRepository::defaultReviewDays()) {
        auto made = problems.create(p, days);
        INFO(field.toStdString() << ": " << describe(made));
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().code == Error::Code::InvalidInput);
        CHECK(made.error().field == field);
        CHECK(made.error().message.contains(words));
    };
    Problem p = good;
    p.title = QStringLiteral("   ");
    refused(p, QStringLiteral("title"), QStringLiteral("title"));
    p = good;
    p.title = QString(ProblemRepository::maxTitle + 1, QLatin1Char('x'));
    refused(p, QStringLiteral("title"), QStringLiteral("at most 200"));
    p = good;
    p.rootCauseId = 0;
    refused(p, QStringLiteral("root_cause"), QStringLiteral("root cause"));
    p.rootCauseId = 999;
    refused(p, QStringLiteral("root_cause"), QStringLiteral("#999"));
    p = good;
    p.ownerId = 0;
    refused(p, QStringLiteral("owner"), QStringLiteral("owner"));
    p.ownerId = 999;
    refused(p, QStringLiteral("owner"), QStringLiteral("#999"));
    p.ownerId = desk.rep.id;
    refused(p, QStringLiteral("owner"), QStringLiteral("Sam Rivera"));
    p = good;
    p.correctiveAction.clear();
    refused(p, QStringLiteral("corrective_action"), QStringLiteral("Action taken"));
    p = good;
    p.effectiveOn = {};
    refused(p, QStringLiteral("effective_on"), QStringLiteral("took effect"));
    p = good;
    p.effectiveOn = desk.clock.now().date().addYears(2);
    refused(p, QStringLiteral("effective_on"), QStringLiteral("more than a year ahead"));
    p.effectiveOn = QDate(1999, 12, 31);
    refused(p, QStringLiteral("effective_on"), QStringLiteral("1999-12-31"));
    refused(good, QStringLiteral("review_days"), QStringLiteral("0 days"), {30, 0});
    CHECK(count(desk.store.db().connection(), QStringLiteral("problems")) == 0);

    // Before the record was opened is fine: the fix often comes first.
    p = good;
    p.effectiveOn = desk.clock.now().date().addDays(-40);
    CHECK(problems.create(p).has_value());
    auto missing = problems.get(42);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("PR-0042")));
}

TEST_CASE("A root cause deleted while a problem names it is shown, counted and kept",
          "[problems][sqlite-only]")
{
    Desk desk;
    desk.openMany(feb2, 2, leak);
    desk.at(utc(2026, 2, 20));
    const Problem problem = desk.create(desk.draft(QStringLiteral("Seals leak"), leak));

    // Redress's own connection refuses the deletion (foreign keys on) ...
    CHECK_FALSE(
        execError(desk.store.db().connection(), QStringLiteral("DELETE FROM root_causes WHERE id = 5"))
            .isEmpty());
    // ... another program may not.
    {
        RawConnection raw(desk.store.path());
        REQUIRE(raw.isOpen());
        exec(raw.db(), QStringLiteral("DELETE FROM root_causes WHERE id = 5"));
    }
    auto read = desk.problems(desk.quality).get(problem.id);
    REQUIRE(read.has_value());
    CHECK(read->rootCausePath == QStringLiteral("Deleted root cause #5"));
    // The analyses still name it, so its cases still count.
    const EffectivenessReport r = desk.measure(problem.id);
    CHECK(r.beforeProblemCases == 2);
    // Other fields can still be edited; choosing it anew is refused.
    Problem edit = *read;
    edit.title = QStringLiteral("Seals leak in the cold");
    auto edited = desk.problems(desk.quality).update(edit);
    INFO(describe(edited));
    CHECK(edited.has_value());
    auto fresh = desk.problems(desk.quality).create(desk.draft(QStringLiteral("Another"), leak));
    REQUIRE_FALSE(fresh.has_value());
    CHECK(fresh.error().field == QStringLiteral("root_cause"));
    // The CLI shows it too.
    const CliRun run = cli({QStringLiteral("--db"), desk.store.path(), QStringLiteral("report"),
                            QStringLiteral("problems"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(run));
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Deleted root cause #5")));
}

TEST_CASE("redress-cli report problems prints Effectiveness's own numbers", "[problems]")
{
    Desk desk;
    fillBefore(desk);
    for (int w = 0; w < 4; ++w) {
        desk.openMany(mar2.addDays(7 * w), 1, powerSupply);
        desk.openMany(mar2.addDays(7 * w + 1), 9, late);
    }
    desk.at(utc(2026, 1, 10));
    Problem first = desk.draft(QStringLiteral("=Pumps lose power"), hardware, mar2); // a formula in a title
    const Problem pumps = desk.create(first);
    desk.at(utc(2026, 2, 15));
    Problem education = desk.draft(QStringLiteral("Setup guide misses the valve"), setup);
    education.kind = ProblemKind::Education;
    education.ownerId = desk.lead.id;
    const Problem guide = desk.create(education);
    desk.at(utc(2026, 3, 5));
    Problem closed = desk.create(desk.draft(QStringLiteral("Late vans"), late));
    closed.status = ProblemStatus::Closed;
    REQUIRE(desk.problems(desk.quality).update(closed).has_value());
    REQUIRE(desk.problems(desk.rep).linkCases(pumps.id, {1, 2, 3}) == 3);

    desk.at(utc(2026, 4, 2));
    const EffectivenessReport measured = desk.measure(pumps.id);
    // 12 of 20 before; 4 of 40 after: 60.0 and 10.0 per 100, fell.
    REQUIRE(measured.verdict == Verdict::Fell);
    REQUIRE(measured.afterRate.value_or(-1) == Approx(10.0));
    const QString db = desk.store.path();

    const CliRun csv = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(csv));
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) ==
          QStringLiteral("reference,kind,title,root_cause,owner,status,effective_on,linked_cases,"
                         "before_rate,after_rate,verdict,next_review"));
    // Newest first; the closed one was closed within "so far".
    CHECK(lines.at(1).startsWith(
        QStringLiteral("PR-0003,defect,Late vans,Delivery \u203a Late,Qiu Lan,closed,,0,")));
    CHECK(lines.at(2) ==
          QStringLiteral("PR-0002,education,Setup guide misses the valve,Customer error \u203a Setup or "
                         "installation,Julia Novak,open,,0,0.0,,not_yet_known,"));
    CHECK(lines.at(3) ==
          QStringLiteral("PR-0001,defect,'=Pumps lose power,Product defect \u203a Hardware,Qiu Lan,"
                         "action_taken,2026-03-02,3,60.0,10.0,fell,2026-04-01"));
    CHECK(lines.at(3).contains(QString::number(*measured.beforeRate, 'f', 1) + QLatin1Char(',') +
                               QString::number(*measured.afterRate, 'f', 1)));

    SECTION("the range selects the problems open in it")
    {
        // Up to 1 March: PR-0003 did not exist yet.
        const CliRun before =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-01"), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        INFO(show(before));
        REQUIRE(before.code == 0);
        CHECK(before.out.count(QStringLiteral("\r\n")) == 3);
        CHECK_FALSE(before.out.contains(QStringLiteral("PR-0003")));
        // From 6 March: PR-0003 was closed on the 5th.
        const CliRun after =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems"),
                 QStringLiteral("--from"), QStringLiteral("2026-03-06")});
        INFO(show(after));
        REQUIRE(after.code == 0);
        CHECK_FALSE(after.out.contains(QStringLiteral("PR-0003")));
        CHECK(after.out.contains(QStringLiteral("PR-0001")));
        // Before any problem: an empty table that says why.
        const CliRun none =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems"),
                 QStringLiteral("--to"), QStringLiteral("2026-01-01")});
        INFO(show(none));
        REQUIRE(none.code == 0);
        CHECK(none.out.contains(QStringLiteral("No problem record was open up to 2026-01-01")));
    }
    SECTION("text is aligned for people")
    {
        const CliRun text =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems")});
        INFO(show(text));
        REQUIRE(text.code == 0);
        const QStringList rows = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(rows.size() == 5); // header, three problems, the note on rates
        const qsizetype verdictColumn = rows.at(0).indexOf(QStringLiteral("verdict"));
        REQUIRE(verdictColumn > 0);
        CHECK(rows.at(3).mid(verdictColumn).startsWith(QStringLiteral("fell")));
        CHECK(rows.at(2).mid(verdictColumn).startsWith(QStringLiteral("not_yet_known")));
        CHECK(rows.at(3).contains(QStringLiteral("=Pumps lose power"))); // no CSV quoting in text
        CHECK(rows.at(4).startsWith(QStringLiteral("rates:")));
    }
    SECTION("options it does not take are usage errors")
    {
        const CliRun period =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("problems"),
                 QStringLiteral("--period"), QStringLiteral("week")});
        CHECK(period.code == 2);
        CHECK(period.err.contains(QStringLiteral("--period")));
        const CliRun by = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
                               QStringLiteral("problems"), QStringLiteral("--by"), QStringLiteral("cost")});
        CHECK(by.code == 2);
        const CliRun unknown =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("defects")});
        CHECK(unknown.code == 2);
        CHECK(unknown.err.contains(QStringLiteral("problems")));
    }
}
