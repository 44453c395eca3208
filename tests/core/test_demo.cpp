// The demo generator: reproducible from its seed, sound by the store's own
// rules, varied enough to demonstrate, on both of its loading paths.

#include "core/cases/Lifecycle.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/Sql.h"
#include "core/store/StoreCheck.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QSet>

using namespace redress::core;
using namespace redress::test;

namespace {

const QDateTime demoNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

DemoGenerator::Summary generate(const Database& db, qint64 cases, quint64 seed,
                                std::function<bool(qint64, qint64)> progress = {})
{
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    options.now = demoNow;
    options.progress = std::move(progress);
    auto summary = DemoGenerator(db).generate(options);
    INFO(describe(summary));
    REQUIRE(summary.has_value());
    return *summary;
}

struct Digests
{
    QByteArray cases;
    QByteArray events;
    QByteArray customers;
    QByteArray others;
};

Digests digests(const QSqlDatabase& db)
{
    return {queryDigest(db, QStringLiteral("SELECT * FROM cases ORDER BY id")),
            queryDigest(db, QStringLiteral("SELECT * FROM case_events ORDER BY id")),
            queryDigest(db, QStringLiteral("SELECT * FROM customers ORDER BY id")),
            queryDigest(db, QStringLiteral("SELECT 'u', id, login, display_name, role, created_at FROM users "
                                           "UNION ALL SELECT 'p', id, name, category, '', 0 FROM products "
                                           "ORDER BY 1, 2"))};
}

QStringList findings(const Database& db)
{
    auto found = StoreCheck(db).run();
    INFO(describe(found));
    REQUIRE(found.has_value());
    QStringList lines;
    for (const auto& f : *found)
        lines << f.check + QStringLiteral(": ") + f.problem;
    return lines;
}

// What every generated store must satisfy, whatever its size.
void requireSound(const Database& db, const DemoGenerator::Summary& summary, qint64 cases)
{
    const QSqlDatabase sql = db.connection();
    CHECK(summary.cases == cases);
    CHECK(count(sql, QStringLiteral("cases")) == cases);
    CHECK(count(sql, QStringLiteral("customers")) == summary.customers);
    CHECK(count(sql, QStringLiteral("case_events")) == summary.events);
    CHECK(findings(db) == QStringList());

    // Statuses of many kinds, opened over the two years before "now".
    const qint64 statuses =
        scalar(sql, QStringLiteral("SELECT count(DISTINCT status) FROM cases")).toLongLong();
    CHECK(statuses > 3);
    const qint64 nowMs = demoNow.toMSecsSinceEpoch();
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 first = scalar(sql, QStringLiteral("SELECT min(opened_at) FROM cases")).toLongLong();
    const qint64 last = scalar(sql, QStringLiteral("SELECT max(opened_at) FROM cases")).toLongLong();
    CHECK(first >= nowMs - 731 * dayMs);
    CHECK(first <= nowMs - 700 * dayMs);
    CHECK(last <= nowMs);
    CHECK(last >= nowMs - 30 * dayMs);
    CHECK(scalar(sql, QStringLiteral("SELECT count(*) FROM cases WHERE updated_at > ?"), {nowMs})
              .toLongLong() == 0);

    // Every status change in a timeline is a move the lifecycle allows.
    QSqlQuery moves(sql);
    REQUIRE(moves.exec(
        QStringLiteral("SELECT old_value, new_value, count(*) FROM case_events WHERE kind = 'status' "
                       "GROUP BY 1, 2")));
    int kinds = 0;
    while (moves.next()) {
        const auto from = statusFromKey(moves.value(0).toString());
        const auto to = statusFromKey(moves.value(1).toString());
        CAPTURE(moves.value(0).toString(), moves.value(1).toString());
        REQUIRE(from.has_value());
        REQUIRE(to.has_value());
        CHECK(Lifecycle::allows(*from, *to));
        ++kinds;
    }
    CHECK(kinds > 3);
    // The time stamps say what the status says: resolved for a case at or
    // past Resolved, closed only when Closed, neither once reopened.
    CHECK(scalar(sql, QStringLiteral("SELECT count(*) FROM cases WHERE (resolved_at IS NOT NULL) <> "
                                     "(status IN ('resolved', 'follow_up', 'closed'))"))
              .toLongLong() == 0);
    CHECK(scalar(sql, QStringLiteral("SELECT count(*) FROM cases WHERE (closed_at IS NOT NULL) <> "
                                     "(status = 'closed')"))
              .toLongLong() == 0);

    // Search finds what a plain scan finds (LIKE is case-blind for ASCII).
    CaseListRepository list(db);
    for (const QString& word :
         {QStringLiteral("leak"), QStringLiteral("Refund"), QStringLiteral("technician")}) {
        CAPTURE(word);
        CaseListQuery q;
        q.filter.search = word;
        const QString pattern = QStringLiteral("%") + word + QStringLiteral("%");
        auto n = list.count(q);
        REQUIRE(n.has_value());
        const qint64 expected =
            scalar(
                sql,
                QStringLiteral("SELECT count(*) FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                               "WHERE lower(c.description) LIKE lower(?) OR lower(cu.name) LIKE lower(?) OR "
                               "lower(cu.company) LIKE lower(?)"),
                {pattern, pattern, pattern})
                .toLongLong();
        CHECK(*n == expected);
        CHECK(*n > 0);
    }
}

} // namespace

TEST_CASE("The same seed and time give the same store", "[store]")
{
    TempStore a(QStringLiteral("a.sqlite"));
    TempStore b(QStringLiteral("b.sqlite"));
    TempStore c(QStringLiteral("c.sqlite"));
    const auto sa = generate(a.db(), 1500, 17);
    const auto sb = generate(b.db(), 1500, 17);
    const auto sc = generate(c.db(), 1500, 18);

    CHECK(sc.cases == sa.cases);
    CHECK(sa.customers == sb.customers);
    CHECK(sa.events == sb.events);
    const Digests da = digests(a.db().connection());
    const Digests db = digests(b.db().connection());
    const Digests dc = digests(c.db().connection());
    CHECK(da.cases == db.cases);
    CHECK(da.events == db.events);
    CHECK(da.customers == db.customers);
    CHECK(da.others == db.others);

    CHECK(da.cases != dc.cases);
    CHECK(da.events != dc.events);
    CHECK(da.customers != dc.customers);
    // Users and products are fixed lists, not drawn from the seed.
    CHECK(da.others == dc.others);
}

TEST_CASE("Generated stores are sound and varied", "[store]")
{
    TempStore store;
    const auto summary = generate(store.db(), 2500, 3);
    requireSound(store.db(), summary, 2500);
    CHECK(summary.customers > 1);
    CHECK(summary.customers < 2500);
    CHECK(summary.events > 2500);
    // Cases still take ordinary writes afterwards.
    const qint64 owner =
        scalar(store.db().connection(), QStringLiteral("SELECT min(id) FROM users")).toLongLong();
    CaseRepository repo(store.db(), owner);
    const qint64 fresh =
        scalar(store.db().connection(), QStringLiteral("SELECT min(id) FROM cases WHERE status = 'new'"))
            .toLongLong();
    REQUIRE(fresh > 0);
    auto moved = repo.transition(fresh, CaseStatus::Acknowledged);
    INFO(describe(moved));
    CHECK(moved.has_value());
    CHECK(findings(store.db()) == QStringList());
}

TEST_CASE("A second run adds cases and reuses users and products", "[store][sqlite-only]")
{
    TempStore store;
    generate(store.db(), 300, 1);
    const qint64 users = count(store.db().connection(), QStringLiteral("users"));
    const qint64 products = count(store.db().connection(), QStringLiteral("products"));
    const auto second = generate(store.db(), 200, 2);
    CHECK(second.cases == 200);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 500);
    CHECK(count(store.db().connection(), QStringLiteral("users")) == users);
    CHECK(count(store.db().connection(), QStringLiteral("products")) == products);
    // The demo's problem records come once per store.
    CHECK(count(store.db().connection(), QStringLiteral("problems")) == 3);
    CHECK(findings(store.db()) == QStringList());
}

TEST_CASE("Demo stores have problem records whose corrective actions can be judged", "[store]")
{
    TempStore store;
    generate(store.db(), 3000, 5);
    auto problems = ProblemRepository(store.db()).list();
    REQUIRE(problems.has_value());
    REQUIRE(problems->size() == 3);
    // Newest first: the education action has no corrective action yet; the
    // two defects took effect 90 and 150 days before the demo's "now".
    CHECK(problems->at(0).kind == ProblemKind::Education);
    CHECK_FALSE(problems->at(0).effectiveOn.isValid());
    CHECK(problems->at(1).effectiveOn == demoNow.date().addDays(-90));
    CHECK(problems->at(2).effectiveOn == demoNow.date().addDays(-150));
    for (const Problem& p : std::as_const(*problems)) {
        CAPTURE(p.title.toStdString());
        CHECK(p.ownerName == QStringLiteral("Qiu Lan"));
        CHECK_FALSE(p.rootCausePath.startsWith(QStringLiteral("Deleted")));
    }
    // Leaks fell to a fifth of their share once the seals were fixed: the
    // demo's cases of that cause are drawn so.
    const qint64 leak = problems->at(2).rootCauseId;
    const auto share = [&](const char* range) {
        return scalar(store.db().connection(),
                      QStringLiteral("SELECT 1.0 * sum(CASE WHEN a.root_cause_id = ? THEN 1 ELSE 0 END) / "
                                     "count(*) FROM analyses a "
                                     "JOIN cases c ON c.id = a.case_id WHERE ") +
                          QLatin1String(range),
                      {leak, sql::toStored(demoNow.addDays(-150))})
            .toDouble();
    };
    CHECK(share("c.opened_at >= ?") < share("c.opened_at < ?") / 2);
}

TEST_CASE("The demo generator refuses impossible sizes and can be stopped", "[store]")
{
    TempStore store;
    DemoGenerator::Options options;
    options.cases = -1;
    auto refused = DemoGenerator(store.db()).generate(options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("cases"));
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 0);

    // Stopped at its first report of progress, what was written stays and
    // is sound.
    options.cases = 500;
    options.seed = 9;
    options.now = demoNow;
    qint64 reported = -1;
    options.progress = [&](qint64 done, qint64 total) {
        CHECK(total == 500);
        reported = done;
        return false;
    };
    auto stopped = DemoGenerator(store.db()).generate(options);
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == Error::Code::Cancelled);
    REQUIRE(reported > 0);
    CHECK(reported <= 500);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == reported);
    CHECK(findings(store.db()) == QStringList());
}

TEST_CASE("The bulk path writes a sound and searchable store", "[store][bulk][sqlite-only]")
{
    TempStore store;
    constexpr qint64 cases = 50000;
    const auto summary = generate(store.db(), cases, 23);
    requireSound(store.db(), summary, cases);

    // The indexes and triggers set aside for the load are all back.
    TempStore fresh(QStringLiteral("fresh.sqlite"));
    const QString schema = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    CHECK(queryDigest(store.db().connection(), schema) == queryDigest(fresh.db().connection(), schema));

    // A case added afterwards is indexed by the restored triggers.
    const NewCase intake =
        CaseBuilder()
            .customer(QStringLiteral("Xanthippe Quillfeather"))
            .product(QStringLiteral("Standard parcel"))
            .description(QStringLiteral("The parcel arrived soaked in zymurgical residue."))
            .build();
    auto made = CaseRepository(store.db(), 0).create(intake);
    REQUIRE(made.has_value());
    CaseListRepository list(store.db());
    for (const QString& text : {QStringLiteral("zymurgical"), QStringLiteral("Quillfeather")}) {
        CAPTURE(text);
        CaseListQuery q;
        q.filter.search = text;
        auto ids = list.ids(q, 0, 10);
        REQUIRE(ids.has_value());
        CHECK(*ids == QList<qint64>{made->id});
    }
}
