// The team lead's dashboard (issue 7): every figure on a small store whose
// right answers are worked out by hand below, each filter field, cancel,
// bad ranges, a root cause deleted under its cases, and the CLI's figures
// against the dashboard's.
#include "core/io/CsvWriter.h"
#include "core/report/Dashboard.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/Sql.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

using namespace redress::core;
using namespace redress::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

qint64 ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

// Root causes of the seeded taxonomy (schema v2).
constexpr qint64 productDefect = 1; // Product defect
constexpr qint64 hardware = 2;      // Product defect › Hardware
constexpr qint64 powerSupply = 3;   // … › Hardware › Power supply
constexpr qint64 pumpOrMotor = 4;   // … › Hardware › Pump or motor
constexpr qint64 leakOrSeal = 5;    // … › Hardware › Leak or seal
constexpr qint64 delivery = 9;      // Delivery
constexpr qint64 late = 10;         // Delivery › Late

/// The store. "Now" (asOf) is 2026-03-01 12:00 UTC.
///
///  case opened      product channel cause        owner gesture status       resolved      promise
///  c1   01-05 09:00 Pump    phone   Power supply rep    10.00   resolved     01-07 09:00   01-08 kept
///  c2   01-06 09:00 Pump    email   Pump or motor —     30.00   in_recovery  —             01-10 broken
///  c3   01-20 09:00 Kettle  phone   Late         lead   —       resolved     01-22 09:00   01-20 broken
///  c4   02-27 09:00 Kettle  chat    —            rep    —       new          —             03-10 pending
///  c5   02-28 20:00 Pump    phone   Leak or seal rep     8.00   reopened     (02-28 22:00) —
///  c6   2025-12-15 09:00 Pump phone Power supply lead   —       closed       12-16 09:00   —
///
/// SLA (due → met): c1 ack on time, contact late, resolve late; c2 nothing
/// met, all due in January: three breaches, escalation level 1; c3 ack
/// late, contact and resolve on time; c4 all due after now (not breached);
/// c5 and c6 have no targets, c5 has an escalation row (level back at 0).
/// → ack 2 (c2, c3), contact 2 (c1, c2), resolve 2 (c1, c2), escalated 2.
///
/// Resolved (a reopened case is not): c1 48 h, c3 48 h, c6 24 h → 3, 40 h.
/// Ageing of c2 (54 days), c4 (2 days), c5 (0 days): 1, 1, 0, 1, 0.
/// Follow-ups: c1 9 and c3 7 (one customer, Ana, 1000.00), c5 4 (Bob,
/// 500.00), c6 10 (Cy, 70.00) → retained Ana and Cy, 1070.00.
/// Promise times keep a day's margin so the desk's zone cannot tip them.
struct Desk
{
    TempStore store;
    FixedClock clock{utc(2026, 3, 1)};
    User lead = makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    User rep = makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0;
    qint64 pump = 0;

    QSqlDatabase sql() const { return store.db().connection(); }

    qint64 open(const QDateTime& opened, const QString& product, Channel channel, const QString& customer,
                qint64 customerId = 0)
    {
        const NewCase intake = CaseBuilder()
                                   .existingCustomer(customerId)
                                   .customer(customer)
                                   .product(product)
                                   .channel(channel)
                                   .description(QStringLiteral("It stopped working."))
                                   .build();
        auto made = CaseRepository(store.db(), lead.id).create(intake);
        INFO(describe(made));
        REQUIRE(made.has_value());
        exec(sql(),
             QStringLiteral("UPDATE cases SET opened_at = %1, owner_id = NULL, acknowledged_at = NULL, "
                            "first_contact_at = NULL, acknowledge_due = NULL, contact_due = NULL, "
                            "resolve_due = NULL, escalation_level = 0 WHERE id = %2")
                 .arg(ms(opened))
                 .arg(made->id));
        return made->id;
    }

    void set(qint64 id, const QString& assignments)
    {
        exec(sql(), QStringLiteral("UPDATE cases SET %1 WHERE id = %2").arg(assignments).arg(id));
    }

    void analyse(qint64 id, qint64 cause)
    {
        auto ok = RecoveryRepository(store.db(), lead).recordAnalysis(id, cause, {}, false);
        INFO(describe(ok));
        REQUIRE(ok.has_value());
    }

    void gesture(const User& by, qint64 id, qint64 cents)
    {
        auto given = RecoveryRepository(store.db(), by).giveGesture(id, 1, cents);
        INFO(describe(given));
        REQUIRE(given.has_value());
    }

    void promise(qint64 id, const QDate& by)
    {
        exec(sql(), QStringLiteral("INSERT INTO solutions (case_id, fix, customer_wants, promised_by, "
                                   "recorded_at) VALUES (%1, 'Replace it', 'A working pump', '%2', 0)")
                        .arg(id)
                        .arg(by.toString(Qt::ISODate)));
    }

    void followUp(qint64 id, int score)
    {
        exec(sql(), QStringLiteral("INSERT INTO follow_ups (case_id, score, recorded_at) VALUES (%1, %2, %3)")
                        .arg(id)
                        .arg(score)
                        .arg(ms(utc(2026, 2, 1))));
    }

    qint64 customerOf(qint64 id)
    {
        return scalar(sql(), QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {id}).toLongLong();
    }

    Desk()
    {
        c1 = open(utc(2026, 1, 5, 9), QStringLiteral("Pump"), Channel::Phone, QStringLiteral("Ana"));
        c2 = open(utc(2026, 1, 6, 9), QStringLiteral("Pump"), Channel::Email, QStringLiteral("Dan"));
        c3 = open(utc(2026, 1, 20, 9), QStringLiteral("Kettle"), Channel::Phone, QStringLiteral("Ana"),
                  customerOf(c1));
        c4 = open(utc(2026, 2, 27, 9), QStringLiteral("Kettle"), Channel::Chat, QStringLiteral("Eve"));
        c5 = open(utc(2026, 2, 28, 20), QStringLiteral("Pump"), Channel::Phone, QStringLiteral("Bob"));
        c6 = open(utc(2025, 12, 15, 9), QStringLiteral("Pump"), Channel::Phone, QStringLiteral("Cy"));
        pump = scalar(sql(), QStringLiteral("SELECT product_id FROM cases WHERE id = ?"), {c1}).toLongLong();

        analyse(c1, powerSupply);
        analyse(c2, pumpOrMotor);
        analyse(c3, late);
        analyse(c5, leakOrSeal);
        analyse(c6, powerSupply);
        gesture(lead, c1, 1000);
        gesture(rep, c2, 3000);
        gesture(lead, c5, 800);
        // A request over the rep's limit waits: not counted.
        gesture(rep, c4, 45000);
        promise(c1, QDate(2026, 1, 8));
        promise(c2, QDate(2026, 1, 10));
        promise(c3, QDate(2026, 1, 20));
        promise(c4, QDate(2026, 3, 10));

        set(c1,
            QStringLiteral("status = 'resolved', owner_id = %1, resolved_at = %2, acknowledge_due = %3, "
                           "acknowledged_at = %4, contact_due = %5, first_contact_at = %6, resolve_due = %7")
                .arg(rep.id)
                .arg(ms(utc(2026, 1, 7, 9)))
                .arg(ms(utc(2026, 1, 5, 10)))
                .arg(ms(utc(2026, 1, 5, 9, 30)))
                .arg(ms(utc(2026, 1, 5, 12)))
                .arg(ms(utc(2026, 1, 5, 13)))
                .arg(ms(utc(2026, 1, 6, 9))));
        set(c2, QStringLiteral(
                    "status = 'in_recovery', acknowledge_due = %1, contact_due = %2, resolve_due = %3, "
                    "escalation_level = 1")
                    .arg(ms(utc(2026, 1, 6, 10)))
                    .arg(ms(utc(2026, 1, 6, 12)))
                    .arg(ms(utc(2026, 1, 10))));
        set(c3,
            QStringLiteral("status = 'resolved', owner_id = %1, resolved_at = %2, acknowledge_due = %3, "
                           "acknowledged_at = %4, contact_due = %5, first_contact_at = %6, resolve_due = %7")
                .arg(lead.id)
                .arg(ms(utc(2026, 1, 22, 9)))
                .arg(ms(utc(2026, 1, 20, 10)))
                .arg(ms(utc(2026, 1, 20, 11)))
                .arg(ms(utc(2026, 1, 20, 14)))
                .arg(ms(utc(2026, 1, 20, 13)))
                .arg(ms(utc(2026, 1, 23))));
        set(c4, QStringLiteral("status = 'new', owner_id = %1, acknowledge_due = %2, contact_due = %2, "
                               "resolve_due = %3")
                    .arg(rep.id)
                    .arg(ms(utc(2026, 3, 2)))
                    .arg(ms(utc(2026, 3, 5))));
        set(c5, QStringLiteral("status = 'reopened', owner_id = %1, resolved_at = %2")
                    .arg(rep.id)
                    .arg(ms(utc(2026, 2, 28, 22))));
        set(c6, QStringLiteral("status = 'closed', owner_id = %1, resolved_at = %2")
                    .arg(lead.id)
                    .arg(ms(utc(2025, 12, 16, 9))));
        exec(sql(),
             QStringLiteral("INSERT INTO escalations (case_id, from_level, to_level, rule, escalated_at) "
                            "VALUES (%1, 0, 1, 'manual', %2)")
                 .arg(c5)
                 .arg(ms(utc(2026, 2, 28, 21))));
        exec(sql(),
             QStringLiteral("UPDATE customers SET lifetime_value_cents = CASE name WHEN 'Ana' THEN 100000 "
                            "WHEN 'Bob' THEN 50000 WHEN 'Cy' THEN 7000 ELSE 123 END"));
        followUp(c1, 9);
        followUp(c3, 7);
        followUp(c5, 4);
        followUp(c6, 10);
    }

    Result<DashboardFigures> compute(const DashboardFilter& filter, const Dashboard::Progress& progress = {})
    {
        return Dashboard(store.db()).compute(filter, ReportPeriod::Month, progress);
    }

    /// The dashboard's figures for `filter`, which must compute.
    DashboardFigures figures(const DashboardFilter& filter = {})
    {
        auto f = compute(filter);
        INFO(describe(f));
        REQUIRE(f.has_value());
        return *f;
    }
};

const ReportRange january{QDate(2026, 1, 1), QDate(2026, 1, 31)};

QStringList rowsOf(const ParetoReport& r)
{
    QStringList out;
    for (const ParetoRow& row : r.rows)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                   .arg(row.rootCauseId)
                   .arg(row.path)
                   .arg(row.cases)
                   .arg(row.costCents)
                   .arg(row.value)
                   .arg(row.cumulativePercent, 0, 'f', 3)
                   .arg(row.vital);
    out << QStringLiteral("total %1, unanalysed %2").arg(r.total).arg(r.unanalysed);
    return out;
}

QStringList rowsOf(const QList<TrendRow>& rows)
{
    QStringList out;
    for (const TrendRow& r : rows)
        out << QStringLiteral("%1|%2|%3|%4").arg(r.period).arg(r.rootCauseId).arg(r.path).arg(r.cases);
    return out;
}

QStringList rowsOf(const QList<ChampionRow>& rows)
{
    QStringList out;
    for (const ChampionRow& r : rows)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                   .arg(r.period)
                   .arg(r.followUps)
                   .arg(r.champions)
                   .arg(r.passives)
                   .arg(r.detractors)
                   .arg(r.meanScore)
                   .arg(r.withPrior);
    return out;
}

QList<qint64> causesOf(const ParetoReport& r)
{
    QList<qint64> ids;
    for (const ParetoRow& row : r.rows)
        ids << row.rootCauseId;
    return ids;
}

} // namespace

TEST_CASE("Dashboard: every figure of the hand-built store", "[core][dashboard]")
{
    Desk desk;
    const DashboardFigures f = desk.figures();
    CHECK(f.asOf == utc(2026, 3, 1));
    CHECK(f.cases == 6);

    // By count (total 5): Power supply 2 → 40%; then one each by path:
    // Late 60%, Leak 80%, Pump or motor 100%. Pump begins at 80%: not vital.
    const ParetoReport& count = f.paretoByCount;
    CHECK(count.total == 5);
    CHECK(count.unanalysed == 1);
    REQUIRE(count.rows.size() == 4);
    CHECK(causesOf(count) == QList<qint64>{powerSupply, late, leakOrSeal, pumpOrMotor});
    CHECK(count.rows[0].path == QStringLiteral("Product defect \u203a Hardware \u203a Power supply"));
    CHECK(count.rows[0].cumulativePercent == Approx(40.0));
    CHECK(count.rows[2].cumulativePercent == Approx(80.0));
    CHECK(count.rows[2].vital);
    CHECK_FALSE(count.rows[3].vital);

    // By cost: Pump or motor 30.00, Power supply 10.00, Leak 8.00, Late 0;
    // the 450.00 request waits for approval and counts nowhere.
    const ParetoReport& cost = f.paretoByCost;
    CHECK(cost.total == 4800);
    CHECK(causesOf(cost) == QList<qint64>{pumpOrMotor, powerSupply, leakOrSeal, late});
    CHECK(cost.rows[0].cumulativePercent == Approx(62.5));
    CHECK(cost.rows[1].vital);
    CHECK_FALSE(cost.rows[2].vital);

    CHECK(f.value.compensationCents == 4800);
    CHECK(f.value.retainedCustomers == 2);
    CHECK(f.value.retainedLifetimeValueCents == 107000);

    CHECK(f.promises.promised == 4);
    CHECK(f.promises.kept == 1);
    CHECK(f.promises.broken == 2);
    CHECK(f.promises.pending == 1);
    REQUIRE(f.promises.keptRate.has_value());
    CHECK(*f.promises.keptRate == Approx(1.0 / 3.0));

    CHECK(f.sla.acknowledgeBreaches == 2);
    CHECK(f.sla.contactBreaches == 2);
    CHECK(f.sla.resolveBreaches == 2);
    CHECK(f.sla.escalatedCases == 2);

    CHECK(f.resolved == 3);
    REQUIRE(f.meanHoursToResolution.has_value());
    CHECK(*f.meanHoursToResolution == Approx(40.0));

    REQUIRE(f.ageing.size() == 5);
    QList<qint64> ageing;
    for (const AgeingBucket& b : f.ageing)
        ageing << b.cases;
    CHECK(ageing == QList<qint64>{1, 1, 0, 1, 0});
    CHECK(f.ageing[4].toDays == -1);

    // Trend by month: December one Power supply; January Late, Power supply,
    // Pump or motor; February Leak and one not analysed (last).
    const QStringList trend = rowsOf(f.trend);
    CHECK(trend == QStringList{
                       QStringLiteral("2025-12|3|Product defect \u203a Hardware \u203a Power supply|1"),
                       QStringLiteral("2026-01|10|Delivery \u203a Late|1"),
                       QStringLiteral("2026-01|3|Product defect \u203a Hardware \u203a Power supply|1"),
                       QStringLiteral("2026-01|4|Product defect \u203a Hardware \u203a Pump or motor|1"),
                       QStringLiteral("2026-02|5|Product defect \u203a Hardware \u203a Leak or seal|1"),
                       QStringLiteral("2026-02|0|Not analysed yet|1"),
                   });
    // All four follow-ups were recorded on 1 February.
    REQUIRE(f.champions.size() == 1);
    CHECK(f.champions[0].followUps == 4);
    CHECK(f.champions[0].champions == 2);
    CHECK(f.champions[0].passives == 1);
    CHECK(f.champions[0].detractors == 1);
}

TEST_CASE("Dashboard: the copies on cases follow analyses, gestures and solutions", "[core][dashboard]")
{
    Desk desk;
    // A gesture approved later counts from then on; a changed analysis
    // moves the case; a promise withdrawn is no promise.
    auto pending = scalar(desk.sql(),
                          QStringLiteral("SELECT id FROM gestures WHERE case_id = ? AND status = "
                                         "'pending'"),
                          {desk.c4})
                       .toLongLong();
    auto decided =
        RecoveryRepository(desk.store.db(), desk.lead).decide(pending, true, QStringLiteral("fair"));
    INFO(describe(decided));
    REQUIRE(decided.has_value());
    desk.analyse(desk.c4, late);
    // c6 is closed: its analysis changed underneath, as an import would.
    exec(desk.sql(), QStringLiteral("UPDATE analyses SET root_cause_id = %1 WHERE case_id = %2")
                         .arg(delivery)
                         .arg(desk.c6));
    exec(desk.sql(),
         QStringLiteral("UPDATE solutions SET promised_by = NULL WHERE case_id = %1").arg(desk.c4));
    exec(desk.sql(), QStringLiteral("DELETE FROM gestures WHERE case_id = %1").arg(desk.c5));

    const DashboardFigures f = desk.figures();
    CHECK(f.value.compensationCents == 1000 + 3000 + 45000);
    CHECK(f.paretoByCount.unanalysed == 0);
    CHECK(causesOf(f.paretoByCount) == QList<qint64>{late, delivery, leakOrSeal, powerSupply, pumpOrMotor});
    CHECK(f.promises.promised == 3);
    CHECK(f.promises.pending == 0);
    // The copies equal what the source tables say, case by case.
    CHECK(scalar(
              desk.sql(),
              QStringLiteral(
                  "SELECT count(*) FROM cases c WHERE c.compensation_cents IS DISTINCT FROM coalesce((SELECT "
                  "sum(g.cost_cents) FROM gestures g WHERE g.case_id = c.id AND g.status IN "
                  "('granted', 'approved')), 0) OR c.root_cause_id IS DISTINCT FROM (SELECT a.root_cause_id "
                  "FROM analyses a WHERE a.case_id = c.id) OR c.promised_by IS DISTINCT FROM (SELECT "
                  "s.promised_by FROM solutions s WHERE s.case_id = c.id)"))
              .toInt() == 0);
}

TEST_CASE("Dashboard: each filter field narrows every figure", "[core][dashboard]")
{
    Desk desk;

    SECTION("range: cases by the day they were opened")
    {
        const DashboardFigures f = desk.figures({.range = january});
        CHECK(f.cases == 3);
        CHECK(f.paretoByCount.total == 3);
        CHECK(f.paretoByCount.unanalysed == 0);
        CHECK(f.value.compensationCents == 4000);
        CHECK(f.value.retainedCustomers == 1);
        CHECK(f.value.retainedLifetimeValueCents == 100000);
        CHECK(f.promises.promised == 3);
        CHECK(f.promises.pending == 0);
        CHECK(f.resolved == 2);
        CHECK(*f.meanHoursToResolution == Approx(48.0));
        CHECK(f.sla.acknowledgeBreaches == 2);
        CHECK(f.sla.escalatedCases == 1);
        CHECK(f.ageing[3].cases == 1);
        CHECK(f.ageing[0].cases == 0);
        // Follow-ups go by the day they were recorded: none in January.
        CHECK(f.champions.isEmpty());
    }
    SECTION("product")
    {
        const DashboardFigures f = desk.figures({.productId = desk.pump});
        CHECK(f.cases == 4);
        CHECK(causesOf(f.paretoByCount) == QList<qint64>{powerSupply, leakOrSeal, pumpOrMotor});
        CHECK(f.promises.promised == 2);
        CHECK(f.value.retainedCustomers == 2);
        CHECK(f.champions[0].followUps == 3);
    }
    SECTION("owner, and 0 for the cases nobody owns")
    {
        const DashboardFigures rep = desk.figures({.ownerId = desk.rep.id});
        CHECK(rep.cases == 3);
        CHECK(rep.paretoByCount.unanalysed == 1);
        CHECK(rep.promises.pending == 1);
        const DashboardFigures nobody = desk.figures({.ownerId = 0});
        CHECK(nobody.cases == 1);
        CHECK(causesOf(nobody.paretoByCount) == QList<qint64>{pumpOrMotor});
        CHECK(nobody.sla.resolveBreaches == 1);
        CHECK(nobody.champions.isEmpty());
    }
    SECTION("channel")
    {
        const DashboardFigures f = desk.figures({.channel = Channel::Phone});
        CHECK(f.cases == 4);
        CHECK(f.value.compensationCents == 1800);
        CHECK(f.ageing[0].cases == 1);
        CHECK(f.ageing[3].cases == 0);
        CHECK(f.promises.promised == 2);
        CHECK(f.resolved == 3);
    }
    SECTION("root cause: the cause and its whole subtree")
    {
        CHECK(desk.figures({.rootCauseId = productDefect}).cases == 4);
        const DashboardFigures hw = desk.figures({.rootCauseId = hardware});
        CHECK(hw.cases == 4);
        CHECK(hw.paretoByCount.unanalysed == 0);
        CHECK(hw.value.compensationCents == 4800);
        CHECK(hw.sla.escalatedCases == 2);
        const DashboardFigures deliveries = desk.figures({.rootCauseId = delivery});
        CHECK(deliveries.cases == 1);
        CHECK(causesOf(deliveries.paretoByCount) == QList<qint64>{late});
        CHECK(deliveries.promises.broken == 1);
        CHECK(deliveries.value.retainedCustomers == 1);
        // Three levels down: a cause added under Power supply, and c6 moved there.
        auto fuse =
            RecoveryRepository(desk.store.db(), desk.lead).addRootCause(powerSupply, QStringLiteral("Fuse"));
        REQUIRE(fuse.has_value());
        exec(desk.sql(), QStringLiteral("UPDATE analyses SET root_cause_id = %1 WHERE case_id = %2")
                             .arg(fuse->id)
                             .arg(desk.c6));
        CHECK(desk.figures({.rootCauseId = hardware}).cases == 4);
        CHECK(desk.figures({.rootCauseId = powerSupply}).cases == 2);
        CHECK(desk.figures({.rootCauseId = fuse->id}).cases == 1);
        CHECK(desk.figures({.rootCauseId = late}).trend.size() == 1);
    }
    SECTION("all fields at once")
    {
        const DashboardFigures f = desk.figures({.range = january,
                                                 .productId = desk.pump,
                                                 .ownerId = desk.rep.id,
                                                 .channel = Channel::Phone,
                                                 .rootCauseId = hardware});
        CHECK(f.cases == 1);
        CHECK(causesOf(f.paretoByCount) == QList<qint64>{powerSupply});
        CHECK(f.promises.kept == 1);
        CHECK(f.value.retainedLifetimeValueCents == 100000);
    }
}

TEST_CASE("Dashboard: a root cause deleted under its cases is shown, not dropped",
          "[core][dashboard][sqlite-only]")
{
    Desk desk;
    exec(desk.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    exec(desk.sql(), QStringLiteral("DELETE FROM root_causes WHERE id = %1").arg(leakOrSeal));
    exec(desk.sql(), QStringLiteral("PRAGMA foreign_keys = ON"));
    const DashboardFigures f = desk.figures();
    CHECK(f.paretoByCount.total == 5);
    const auto row = std::find_if(f.paretoByCount.rows.begin(), f.paretoByCount.rows.end(),
                                  [](const ParetoRow& r) { return r.rootCauseId == leakOrSeal; });
    REQUIRE(row != f.paretoByCount.rows.end());
    CHECK(row->path == QStringLiteral("Deleted root cause #5"));
    CHECK(row->cases == 1);
    CHECK(rowsOf(f.trend).contains(QStringLiteral("2026-02|5|Deleted root cause #5|1")));
    // The lost cause is no longer under Hardware, but still selectable itself.
    CHECK(desk.figures({.rootCauseId = hardware}).cases == 3);
    CHECK(desk.figures({.rootCauseId = leakOrSeal}).cases == 1);
}

TEST_CASE("Dashboard: progress between the queries, and cancel", "[core][dashboard]")
{
    Desk desk;
    QList<int> seen;
    int total = 0;
    auto all = desk.compute({}, [&](int done, int of) {
        seen << done;
        total = of;
        return true;
    });
    REQUIRE(all.has_value());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.first() == 0);
    CHECK(seen.last() == total);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    auto cancelled = desk.compute({}, [&](int done, int) {
        ++calls;
        return done < 2;
    });
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK_FALSE(cancelled.error().message.isEmpty());
    CHECK(calls == 3);
}

TEST_CASE("Dashboard: a backwards range names 'from'; no cases give empty figures", "[core][dashboard]")
{
    Desk desk;
    auto backwards = desk.compute({.range = {QDate(2026, 2, 1), QDate(2026, 1, 31)}});
    REQUIRE_FALSE(backwards.has_value());
    CHECK(backwards.error().code == Error::Code::InvalidInput);
    CHECK(backwards.error().field == QStringLiteral("from"));
    CHECK(Dashboard::validate({.range = {QDate(2026, 2, 1), QDate(2026, 1, 31)}}).error().field ==
          QStringLiteral("from"));

    for (const DashboardFilter& filter :
         {DashboardFilter{.range = {QDate(2025, 6, 1), QDate(2025, 6, 30)}},
          DashboardFilter{.productId = 999}, DashboardFilter{.rootCauseId = 999}}) {
        const DashboardFigures f = desk.figures(filter);
        CHECK(f.cases == 0);
        CHECK(f.paretoByCount.rows.isEmpty());
        CHECK(f.paretoByCost.total == 0);
        CHECK(f.trend.isEmpty());
        CHECK(f.promises.promised == 0);
        CHECK_FALSE(f.promises.keptRate.has_value());
        CHECK(f.value.compensationCents == 0);
        CHECK(f.value.retainedCustomers == 0);
        CHECK(f.sla.acknowledgeBreaches == 0);
        CHECK(f.resolved == 0);
        CHECK_FALSE(f.meanHoursToResolution.has_value());
        CHECK(f.ageing.size() == 5);
        for (const AgeingBucket& b : f.ageing)
            CHECK(b.cases == 0);
    }
    // One day is a range.
    CHECK(desk.figures({.range = {QDate(2026, 1, 5), QDate(2026, 1, 5)}}).cases == 1);
}

TEST_CASE("Dashboard: the CLI's report path gives the dashboard's numbers", "[core][dashboard][cli]")
{
    Desk desk;
    for (const ReportRange& range :
         {january, ReportRange{}, ReportRange{QDate(2025, 1, 1), QDate(2026, 12, 31)}}) {
        const DashboardFigures f = desk.figures({.range = range});
        Reports reports(desk.store.db());
        CHECK(rowsOf(*reports.pareto(range, ParetoMeasure::Count)) == rowsOf(f.paretoByCount));
        CHECK(rowsOf(*reports.pareto(range, ParetoMeasure::Cost)) == rowsOf(f.paretoByCost));
        CHECK(rowsOf(*reports.trend(range, ReportPeriod::Month)) == rowsOf(f.trend));
        CHECK(rowsOf(*reports.champions(range, ReportPeriod::Month)) == rowsOf(f.champions));
    }

    // And the CLI itself: its CSV Pareto is the dashboard's, row by row.
    const DashboardFigures f = desk.figures({.range = january});
    const CliRun csv =
        cli({QStringLiteral("--db"), desk.store.path(), QStringLiteral("report"), QStringLiteral("pareto"),
             QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
             QStringLiteral("2026-01-31"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(csv));
    REQUIRE(csv.code == 0);
    QString expected = QString::fromUtf8(
        csvRecord({QStringLiteral("rank"), QStringLiteral("root_cause_id"), QStringLiteral("root_cause"),
                   QStringLiteral("cases"), QStringLiteral("cost"), QStringLiteral("cumulative_percent"),
                   QStringLiteral("vital")}));
    int rank = 0;
    for (const ParetoRow& r : f.paretoByCount.rows) {
        expected += QString::fromUtf8(csvRecord(
            {QString::number(++rank), QString::number(r.rootCauseId), r.path, QString::number(r.cases),
             QStringLiteral("%1.%2").arg(r.costCents / 100).arg(r.costCents % 100, 2, 10, QLatin1Char('0')),
             QString::number(r.cumulativePercent, 'f', 1),
             r.vital ? QStringLiteral("yes") : QStringLiteral("no")}));
    }
    CHECK(csv.out == expected);
}
