// The team's store on PostgreSQL: moving a desk's store into it, and what
// a rep meets when the server is down, refuses the login, is newer, is
// another program's, or drops the connection mid-save. These run only in
// the postgresql: pass (CTest), against the test server.
#include "core/cases/Case.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/StoreCopy.h"

#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

using namespace redress::core;
using namespace redress::test;

namespace {

NewCase intake(const QString& customer, const QString& text)
{
    return CaseBuilder().customer(customer).product(QStringLiteral("Pump P2")).description(text).build();
}

/// The test server's address with `user` and `password` in it.
QString addressWith(const QString& userInfo)
{
    QUrl url(postgresAddress());
    url.setUserInfo(userInfo);
    return url.toString();
}

} // namespace

TEST_CASE("migrate moves a desk's store into the team's, ids, chain and counts intact",
          "[.][postgresql-only][server]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto desk = Database::open(file);
        REQUIRE(desk.has_value());
        DemoGenerator::Options options;
        options.cases = 300;
        options.seed = 5;
        options.now = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        REQUIRE(DemoGenerator(*desk).generate(options).has_value());
        desk->closeAll();
    }
    TempStore team;
    CliRun r = cli({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("sqlite:") + file,
                    QStringLiteral("--to"), team.path()});
    INFO(show(r));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\ncases: 300\n")));
    CHECK(r.out.contains(QStringLiteral("(counts verified)")));

    auto desk = Database::open(file, Database::OpenMode::OpenExisting);
    REQUIRE(desk.has_value());
    for (const QString& table :
         {QStringLiteral("cases"), QStringLiteral("case_events"), QStringLiteral("customers"),
          QStringLiteral("gestures"), QStringLiteral("problems"), QStringLiteral("root_causes")}) {
        CAPTURE(table.toStdString());
        CHECK(count(team.db().connection(), table) == count(desk->connection(), table));
    }
    const QString cases = QStringLiteral("SELECT id, customer_name, status, opened_at, compensation_cents, "
                                         "root_cause_id FROM cases ORDER BY id");
    CHECK(queryDigest(team.db().connection(), cases) == queryDigest(desk->connection(), cases));
    auto chain = AuditChain::verify(team.db().connection());
    REQUIRE(chain.has_value());
    CHECK_FALSE(chain->broken.has_value());
    CHECK(chain->checked == count(desk->connection(), QStringLiteral("case_events")));

    // New records continue after the ids that came along.
    auto made =
        CaseRepository(team.db(), 0).create(intake(QStringLiteral("Ida Berg"), QStringLiteral("Leaks.")));
    REQUIRE(made.has_value());
    CHECK(made->id == 301);
    auto after = AuditChain::verify(team.db().connection());
    REQUIRE(after.has_value());
    CHECK_FALSE(after->broken.has_value());

    // A second move into a store that holds cases is refused, and changes nothing.
    const QByteArray before = queryDigest(team.db().connection(), cases);
    r = cli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), team.path()});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already holds")));
    CHECK(queryDigest(team.db().connection(), cases) == before);
    desk->closeAll();
}

TEST_CASE("A server that is down, a wrong password and a missing address say so",
          "[.][postgresql-only][server]")
{
    auto down = Database::open(QStringLiteral("postgresql://redress@127.0.0.1:1/redress"));
    REQUIRE_FALSE(down.has_value());
    CHECK(down.error().code == Error::Code::Unavailable);
    CHECK(down.error().message.contains(QStringLiteral("cannot be reached")));

    auto refused = Database::open(addressWith(QUrl(postgresAddress()).userName() + QStringLiteral(":wrong")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Unavailable);
    CHECK(refused.error().message.contains(QStringLiteral("refused the login")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("wrong"))); // no password in messages

    QUrl missing(postgresAddress());
    missing.setPath(QStringLiteral("/no_such_database"));
    auto none = Database::open(missing.toString());
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == Error::Code::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("no_such_database")));
}

TEST_CASE("A newer schema and another program's tables are refused untouched", "[.][postgresql-only][server]")
{
    TempStore store;
    REQUIRE(CaseRepository(store.db(), 0)
                .create(intake(QStringLiteral("Ida Berg"), QStringLiteral("The pump is loud.")))
                .has_value());
    exec(store.db().connection(),
         QStringLiteral("UPDATE redress_schema SET version = %1").arg(Migrations::latest() + 1));
    auto newer = Database::open(store.path());
    REQUIRE_FALSE(newer.has_value());
    CHECK(newer.error().code == Error::Code::NewerSchema);
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT version FROM redress_schema")).toInt() ==
          Migrations::latest() + 1);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 1);

    // A schema of someone else's: tables, but none of ours.
    TempStore other;
    exec(other.db().connection(), QStringLiteral("CREATE SCHEMA foreign_app"));
    exec(other.db().connection(), QStringLiteral("CREATE TABLE foreign_app.invoices (id integer)"));
    QUrl url(postgresAddress());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=foreign_app"));
    url.setQuery(query);
    auto foreign = Database::open(url.toString());
    exec(other.db().connection(), QStringLiteral("DROP SCHEMA foreign_app CASCADE"));
    REQUIRE_FALSE(foreign.has_value());
    CHECK(foreign.error().code == Error::Code::NotRedressFile);
}

TEST_CASE("A connection dropped during a save writes nothing, and the next save reconnects",
          "[.][postgresql-only][server]")
{
    TempStore store;
    CaseRepository cases(store.db(), 0);
    REQUIRE(
        cases.create(intake(QStringLiteral("Ida Berg"), QStringLiteral("The pump is loud."))).has_value());

    // The server ends this desk's session, as a restart or a network cut would.
    TempStore admin;
    const qint64 pid =
        scalar(store.db().connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    exec(admin.db().connection(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));

    auto lost = cases.create(intake(QStringLiteral("Jon Dahl"), QStringLiteral("The lid cracked.")));
    REQUIRE_FALSE(lost.has_value());
    CHECK(lost.error().code == Error::Code::Unavailable);

    // Nothing of it was kept; saving again works on a new connection.
    auto again = cases.create(intake(QStringLiteral("Jon Dahl"), QStringLiteral("The lid cracked.")));
    INFO(describe(again));
    REQUIRE(again.has_value());
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 2);
    CHECK(scalar(store.db().connection(),
                 QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Jon Dahl'"))
              .toInt() == 1);
    auto chain = AuditChain::verify(store.db().connection());
    REQUIRE(chain.has_value());
    CHECK_FALSE(chain->broken.has_value());
    // The new connection starts as the first did: the store's schema, the
    // busy wait, no notices.
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT current_setting('lock_timeout')"))
              .toString() == QStringLiteral("10s"));
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT current_setting('client_min_messages')"))
              .toString() == QStringLiteral("warning"));
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT current_setting('search_path')"))
              .toString()
              .startsWith(QStringLiteral("redress_test")));
}
