// The dashboard's per-day summaries (schema v12) against the cases and
// follow-ups they summarise, worked out again from scratch, after each kind
// of write: the demo's bulk load, edits, deletes, an import and an erasure;
// and the dashboard's figures off the summaries against the reports' own
// over the cases, for each filter field.
#include "core/demo/DemoGenerator.h"
#include "core/io/CaseImporter.h"
#include "core/report/Dashboard.h"
#include "core/store/Erasure.h"
#include "core/store/Sql.h"
#include "core/store/UserRepository.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QFile>

using namespace redress::core;
using namespace redress::test;

namespace {

const QDateTime demoNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

/// Rows in one of two queries' answers and not in the other's.
qint64 differences(const QSqlDatabase& db, const QString& actual, const QString& expected)
{
    const QString oneWay =
        QStringLiteral("SELECT count(*) FROM (SELECT * FROM (%1) AS a EXCEPT SELECT * FROM (%2) AS b) AS d");
    return scalar(db, oneWay.arg(actual, expected)).toLongLong() +
           scalar(db, oneWay.arg(expected, actual)).toLongLong();
}

/// Each summary equals what its sources say now (rows fallen to zero aside).
void requireSummariesRight(const Database& store)
{
    const QSqlDatabase db = store.connection();
    const QString resolved = QStringLiteral("CASE WHEN status IN ('resolved', 'follow_up', 'closed') AND "
                                            "resolved_at IS NOT NULL THEN 1 ELSE 0 END");
    const QString perFacet = QStringLiteral(
        "SELECT %1, opened_at / 86400000, coalesce(root_cause_id, 0), count(*), sum(compensation_cents), "
        "sum(%3), sum(%3 * coalesce(resolved_at - opened_at, 0)) FROM cases GROUP BY %2, opened_at / "
        "86400000, "
        "coalesce(root_cause_id, 0)");
    const QString cases =
        perFacet.arg(QStringLiteral("0, -1, ''"), QStringLiteral("1"), resolved) +
        QStringLiteral(" UNION ALL ") +
        perFacet.arg(QStringLiteral("product_id, -1, ''"), QStringLiteral("product_id"), resolved) +
        QStringLiteral(" UNION ALL ") +
        perFacet.arg(QStringLiteral("0, coalesce(owner_id, 0), ''"), QStringLiteral("coalesce(owner_id, 0)"),
                     resolved) +
        QStringLiteral(" UNION ALL ") +
        perFacet.arg(QStringLiteral("0, -1, channel"), QStringLiteral("channel"), resolved);
    CHECK(differences(
              db,
              QStringLiteral("SELECT product_id, owner_id, channel, day, root_cause_id, cases, "
                             "compensation_cents, resolved, resolved_ms FROM case_day_totals WHERE "
                             "cases <> 0 OR compensation_cents <> 0 OR resolved <> 0 OR resolved_ms <> 0"),
              cases) == 0);
    CHECK(
        differences(db,
                    QStringLiteral("SELECT day, score, follow_ups, with_prior, prior_sum FROM follow_up_days "
                                   "WHERE follow_ups <> 0 OR with_prior <> 0 OR prior_sum <> 0"),
                    QStringLiteral("SELECT recorded_at / 86400000, score, count(*), count(prior_score), "
                                   "coalesce(sum(prior_score), 0) FROM follow_ups GROUP BY recorded_at / "
                                   "86400000, score")) == 0);
    CHECK(differences(db,
                      QStringLiteral("SELECT customer_id, score, follow_ups FROM customer_scores WHERE "
                                     "follow_ups <> 0"),
                      QStringLiteral("SELECT c.customer_id, f.score, count(*) FROM follow_ups f JOIN cases c "
                                     "ON c.id = f.case_id GROUP BY c.customer_id, f.score")) == 0);
    CHECK(differences(db, QStringLiteral("SELECT id, top_score FROM customers"),
                      QStringLiteral("SELECT cu.id, (SELECT max(f.score) FROM follow_ups f JOIN cases c ON "
                                     "c.id = f.case_id WHERE c.customer_id = cu.id) FROM customers cu")) ==
          0);
    // Sums that fell to zero count nothing: the readers skip those rows.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_day_totals WHERE cases = 0 AND "
                                    "(compensation_cents <> 0 OR resolved <> 0 OR resolved_ms <> 0)"))
              .toLongLong() == 0);
}

std::string show(const ParetoReport& r)
{
    QStringList rows{QStringLiteral("total %1, unanalysed %2").arg(r.total).arg(r.unanalysed)};
    for (const ParetoRow& row : r.rows)
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(row.rootCauseId)
                    .arg(row.path)
                    .arg(row.cases)
                    .arg(row.costCents)
                    .arg(row.value)
                    .arg(row.cumulativePercent)
                    .arg(row.vital);
    return rows.join(QLatin1Char('\n')).toStdString();
}

std::string show(const QList<TrendRow>& trend)
{
    QStringList rows;
    for (const TrendRow& r : trend)
        rows << QStringLiteral("%1 %2 %3 %4").arg(r.period).arg(r.rootCauseId).arg(r.path).arg(r.cases);
    return rows.join(QLatin1Char('\n')).toStdString();
}

std::string show(const QList<ChampionRow>& champions)
{
    QStringList rows;
    for (const ChampionRow& r : champions)
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                    .arg(r.period)
                    .arg(r.followUps)
                    .arg(r.champions)
                    .arg(r.passives)
                    .arg(r.detractors)
                    .arg(r.meanScore, 0, 'g', 17)
                    .arg(r.withPrior)
                    .arg(r.meanScoreWithPrior.value_or(-1), 0, 'g', 17)
                    .arg(r.meanPriorScore.value_or(-1), 0, 'g', 17);
    return rows.join(QLatin1Char('\n')).toStdString();
}

/// The dashboard's figures equal the reports' and a plain count over the
/// cases, whichever path the dashboard took.
void requireFiguresRight(const Database& store, const DashboardFilter& filter)
{
    auto f = Dashboard(store).compute(filter, ReportPeriod::Month);
    INFO(describe(f));
    REQUIRE(f.has_value());
    Reports reports(store);
    auto byCount = reports.pareto(filter, ParetoMeasure::Count);
    auto byCost = reports.pareto(filter, ParetoMeasure::Cost);
    auto trend = reports.trend(filter, ReportPeriod::Month);
    auto champions = reports.champions(filter, ReportPeriod::Month);
    REQUIRE(byCount.has_value());
    REQUIRE(byCost.has_value());
    REQUIRE(trend.has_value());
    REQUIRE(champions.has_value());
    CHECK(show(f->paretoByCount) == show(*byCount));
    CHECK(show(f->paretoByCost) == show(*byCost));
    CHECK(show(f->trend) == show(*trend));
    CHECK(show(f->champions) == show(*champions));

    const SqlCondition where = caseCondition(filter);
    const QSqlDatabase db = store.connection();
    CHECK(f->cases ==
          scalar(db, QStringLiteral("SELECT count(*) FROM cases c WHERE %1").arg(where.text), where.values)
              .toLongLong());
    CHECK(f->value.compensationCents ==
          scalar(db,
                 QStringLiteral("SELECT coalesce(sum(c.compensation_cents), 0) FROM cases c WHERE %1")
                     .arg(where.text),
                 where.values)
              .toLongLong());
    const QString past =
        QStringLiteral("c.status IN ('resolved', 'follow_up', 'closed') AND c.resolved_at IS "
                       "NOT NULL AND %1")
            .arg(where.text);
    CHECK(f->resolved ==
          scalar(db, QStringLiteral("SELECT count(*) FROM cases c WHERE %1").arg(past), where.values)
              .toLongLong());
    if (f->resolved > 0) {
        const double meanMs =
            scalar(db,
                   QStringLiteral("SELECT avg(c.resolved_at - c.opened_at) FROM cases c WHERE %1").arg(past),
                   where.values)
                .toDouble();
        REQUIRE(f->meanHoursToResolution.has_value());
        CHECK(*f->meanHoursToResolution == meanMs / 3'600'000.0);
    } else {
        CHECK_FALSE(f->meanHoursToResolution.has_value());
    }
    QVariantList values{passiveMinScore};
    values << where.values;
    const QString retained =
        QStringLiteral("FROM customers cu WHERE cu.id IN (SELECT c.customer_id FROM "
                       "follow_ups f JOIN cases c ON c.id = f.case_id WHERE f.score >= ? "
                       "AND %1)")
            .arg(where.text);
    CHECK(f->value.retainedCustomers ==
          scalar(db, QStringLiteral("SELECT count(*) ") + retained, values).toLongLong());
    CHECK(f->value.retainedLifetimeValueCents ==
          scalar(db, QStringLiteral("SELECT coalesce(sum(cu.lifetime_value_cents), 0) ") + retained, values)
              .toLongLong());
}

/// Every filter field alone, and two together (the path over the cases).
void requireEveryFilterRight(const Database& store)
{
    const QSqlDatabase db = store.connection();
    const qint64 product = scalar(db, QStringLiteral("SELECT min(product_id) FROM cases")).toLongLong();
    const qint64 owner = scalar(db, QStringLiteral("SELECT min(owner_id) FROM cases")).toLongLong();
    const qint64 cause = scalar(db, QStringLiteral("SELECT min(root_cause_id) FROM cases")).toLongLong();
    const ReportRange year{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    SECTION("no filter")
    {
        requireFiguresRight(store, {});
    }
    SECTION("a range")
    {
        requireFiguresRight(store, {.range = year});
    }
    SECTION("a product")
    {
        requireFiguresRight(store, {.productId = product});
    }
    SECTION("an owner, and nobody")
    {
        requireFiguresRight(store, {.ownerId = owner});
        requireFiguresRight(store, {.ownerId = 0});
    }
    SECTION("a channel")
    {
        requireFiguresRight(store, {.channel = Channel::Email});
    }
    SECTION("a root cause, exact and with what is under it")
    {
        requireFiguresRight(store, {.rootCauseId = cause, .rootCauseExact = true});
        requireFiguresRight(store, {.rootCauseId = 1});
    }
    SECTION("a range, a product and a channel together")
    {
        requireFiguresRight(store, {.range = year, .productId = product, .channel = Channel::Phone});
    }
}

void generateDemo(const Database& db, qint64 cases, quint64 seed)
{
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    options.now = demoNow;
    auto summary = DemoGenerator(db).generate(options);
    INFO(describe(summary));
    REQUIRE(summary.has_value());
}

} // namespace

TEST_CASE("Dashboard summaries: the demo's bulk load leaves them right", "[core][dashboard]")
{
    TempStore store;
    generateDemo(store.db(), 400, 11);
    requireSummariesRight(store.db());
    // A second load into a store that has cases already (on a server the
    // demo only fills an empty store).
    if (!redress::core::sql::isPostgres(store.db().connection())) {
        generateDemo(store.db(), 150, 12);
        requireSummariesRight(store.db());
    }
    requireEveryFilterRight(store.db());
}

TEST_CASE("Dashboard summaries: edits and deletes of cases, analyses, gestures and follow-ups",
          "[core][dashboard]")
{
    TempStore store;
    generateDemo(store.db(), 300, 21);
    const QSqlDatabase db = store.db().connection();
    const QList<qint64> cases = idList(db, QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 20"));
    const QList<qint64> followedUp =
        idList(db, QStringLiteral("SELECT case_id FROM follow_ups ORDER BY case_id LIMIT 6"));
    REQUIRE(cases.size() == 20);
    REQUIRE(followedUp.size() == 6);

    // Every column the summaries read, changed under them.
    exec(db, QStringLiteral("UPDATE cases SET opened_at = opened_at - 3 * 86400000, channel = 'letter' "
                            "WHERE id = %1")
                 .arg(cases[0]));
    exec(db, QStringLiteral("UPDATE cases SET product_id = (SELECT max(id) FROM products), owner_id = NULL "
                            "WHERE id = %1")
                 .arg(cases[1]));
    exec(db, QStringLiteral("UPDATE cases SET status = 'reopened' WHERE status = 'closed' AND id IN "
                            "(SELECT id FROM cases ORDER BY id LIMIT 40)"));
    exec(db, QStringLiteral("UPDATE cases SET status = 'resolved', resolved_at = opened_at + 7200000 WHERE "
                            "id = %1")
                 .arg(cases[2]));
    exec(db, QStringLiteral("UPDATE analyses SET root_cause_id = 10 WHERE case_id IN (SELECT case_id FROM "
                            "analyses ORDER BY case_id LIMIT 5)"));
    exec(db, QStringLiteral("DELETE FROM analyses WHERE case_id IN (SELECT case_id FROM analyses ORDER BY "
                            "case_id DESC LIMIT 3)"));
    exec(db, QStringLiteral("DELETE FROM gestures WHERE case_id IN (SELECT case_id FROM gestures ORDER BY "
                            "case_id LIMIT 4)"));
    exec(db, QStringLiteral("UPDATE gestures SET cost_cents = cost_cents + 100 WHERE id IN (SELECT id FROM "
                            "gestures ORDER BY id DESC LIMIT 4)"));
    exec(db, QStringLiteral("UPDATE follow_ups SET score = 10 - score, prior_score = NULL WHERE case_id = %1")
                 .arg(followedUp[0]));
    exec(db, QStringLiteral("UPDATE follow_ups SET recorded_at = recorded_at + 3456000000, prior_score = 3 "
                            "WHERE case_id = %1")
                 .arg(followedUp[1]));
    exec(db, QStringLiteral("DELETE FROM follow_ups WHERE case_id = %1").arg(followedUp[2]));
    // A case handed to another customer takes its follow-up along.
    exec(db, QStringLiteral("UPDATE cases SET customer_id = (SELECT max(id) FROM customers) WHERE id = %1")
                 .arg(followedUp[3]));
    exec(db,
         QStringLiteral("UPDATE customers SET lifetime_value_cents = lifetime_value_cents + 5000 WHERE id = "
                        "(SELECT customer_id FROM cases WHERE id = %1)")
             .arg(followedUp[4]));
    // A case added and removed again (no timeline, so it may go).
    exec(db, QStringLiteral("INSERT INTO cases (customer_id, product_id, channel, description, severity, "
                            "impact, status, opened_at, updated_at, customer_name, product_name) SELECT "
                            "customer_id, product_id, channel, 'Gone again', 2, 1, 'new', opened_at, "
                            "updated_at, customer_name, product_name FROM cases WHERE id = %1")
                 .arg(cases[3]));
    requireSummariesRight(store.db());
    exec(db, QStringLiteral("DELETE FROM cases WHERE description = 'Gone again'"));
    requireSummariesRight(store.db());
    requireEveryFilterRight(store.db());
}

TEST_CASE("Dashboard summaries: an import", "[core][dashboard]")
{
    TempStore store;
    generateDemo(store.db(), 120, 31);
    const QString path = store.filePath(QStringLiteral("cases.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            "Reference,Opened,Customer,Company,Email,Product,Channel,Severity,Impact,Status,Owner,"
            "Root cause,Apology sent,Solution,Gestures,Gesture cost,Promise kept,Resolved,Closed,"
            "Description\r\n"
            "RD-900007,2025-06-05 09:30,Ann Lee,Acme Ltd,ann@acme.test,Kettle K2,Email,High,Major,Closed,,"
            "Product defect › Hardware › Power supply,2025-06-05 10:00,Replaced the kettle,Account "
            "credit,25.00,yes,2025-06-08 12:00,2025-06-09 16:00,\"The kettle stopped, twice.\"\r\n"
            "RD-900003,2025-06-06 11:00,Bob Stone,,,Toaster T1,phone,low,,new,,,,,,,,,,Burnt toast\r\n");
    }
    auto importer = UserRepository(store.db()).ensure(QStringLiteral("importer"), QStringLiteral("Ivy"));
    REQUIRE(importer.has_value());
    auto report = CaseImporter(store.db(), *importer).run(path, {});
    INFO(describe(report));
    REQUIRE(report.has_value());
    requireSummariesRight(store.db());

    requireFiguresRight(store.db(), {});
}

// Erasure scrubs SQLite's files, so it runs on SQLite alone.
TEST_CASE("Dashboard summaries: an erasure", "[core][dashboard][sqlite-only]")
{
    TempStore store;
    generateDemo(store.db(), 120, 31);
    const User admin = makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin);
    const qint64 customer =
        scalar(store.db().connection(),
               QStringLiteral("SELECT c.customer_id FROM follow_ups f JOIN cases c ON c.id = f.case_id "
                              "ORDER BY f.case_id LIMIT 1"))
            .toLongLong();
    auto erased = Erasure::eraseCustomer(store.db(), customer, admin);
    INFO(describe(erased));
    REQUIRE(erased.has_value());
    requireSummariesRight(store.db());
    requireFiguresRight(store.db(), {});
}

// A load of 50,000 cases or more sets the summaries' triggers aside and adds
// its cases once at the end; the cases already there must stay counted.
TEST_CASE("Dashboard summaries: a bulk load onto a store with cases", "[core][dashboard][sqlite-only]")
{
    TempStore store;
    generateDemo(store.db(), 200, 41);
    generateDemo(store.db(), 50000, 42);
    requireSummariesRight(store.db());
    requireFiguresRight(store.db(), {});
    // The triggers are back: a later edit is kept in step again.
    exec(store.db().connection(),
         QStringLiteral(
             "UPDATE cases SET channel = 'letter' WHERE id IN (SELECT id FROM cases ORDER BY id DESC "
             "LIMIT 10)"));
    requireSummariesRight(store.db());
}
