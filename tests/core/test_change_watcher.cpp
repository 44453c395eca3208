// Other desks' changes reach a desk without a restart: the store's own
// writes, from any thread, make the watcher say so, once per burst, and
// nothing makes it say so falsely. On PostgreSQL through migration 10's
// notifications, on SQLite through PRAGMA data_version.
#include "core/cases/Case.h"
#include "core/store/CaseRepository.h"
#include "core/store/ChangeWatcher.h"
#include "core/store/Transaction.h"

#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace redress::core;
using namespace redress::test;

namespace {

NewCase intake(const QString& customer)
{
    return CaseBuilder()
        .customer(customer)
        .product(QStringLiteral("Kettle K1"))
        .description(QStringLiteral("The lid does not close."))
        .build();
}

/// Counts a watcher's changed() signals.
struct Counter
{
    explicit Counter(ChangeWatcher& watcher)
    {
        QObject::connect(&watcher, &ChangeWatcher::changed, &context, [this] { ++changes; });
    }
    QObject context;
    int changes = 0;
};

/// Until the watcher has said something, looking again each time round.
bool heard(ChangeWatcher& watcher, const Counter& counter, int atLeast = 1)
{
    return waitUntil([&] {
        watcher.pollNow();
        return counter.changes >= atLeast && !watcher.isPending();
    });
}

/// Brings in whatever was notified before now, and lets it be handled:
/// after this, a change not yet announced shows as isPending().
void settle(ChangeWatcher& watcher)
{
    watcher.pollNow();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A write through the store makes the watcher say the store changed", "[watch]")
{
    TempStore store;
    ChangeWatcher watcher(store.db());
    REQUIRE(watcher.isConnected());
    Counter counter(watcher);

    SECTION("from this thread")
    {
        REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value());
    }
    SECTION("from a worker thread of the same store")
    {
        bool created = false;
        std::thread worker([&] {
            created = CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value();
            store.db().releaseThreadConnection();
        });
        worker.join();
        REQUIRE(created);
    }
    REQUIRE(heard(watcher, counter));
    settle(watcher);
    // One commit, whatever tables it touched: one signal.
    CHECK(counter.changes == 1);
    CHECK_FALSE(watcher.isPending());
}

TEST_CASE("With no write in between the watcher stays quiet", "[watch]")
{
    TempStore store;
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value());
    ChangeWatcher watcher(store.db());
    Counter counter(watcher);
    for (int i = 0; i < 3; ++i)
        settle(watcher);
    CHECK(counter.changes == 0);
    CHECK_FALSE(watcher.isPending());

    // Reading the store is no change either.
    REQUIRE(CaseRepository(store.db(), 0).count().value_or(0) == 1);
    settle(watcher);
    CHECK(counter.changes == 0);
    CHECK_FALSE(watcher.isPending());
}

TEST_CASE("A burst of writes makes one signal", "[watch]")
{
    TempStore store;
    ChangeWatcher watcher(store.db());
    Counter counter(watcher);
    // Five commits before the event loop runs again.
    for (const char* name : {"Ada Brook", "Ben Cole", "Cy Dunn", "Di Eck", "Ed Fox"})
        REQUIRE(CaseRepository(store.db(), 0).create(intake(QLatin1String(name))).has_value());
    REQUIRE(heard(watcher, counter));
    settle(watcher);
    CHECK(counter.changes == 1);
    CHECK_FALSE(watcher.isPending());
    if (onPostgres()) {
        // Each commit notified at least about its case: five at least, one signal.
        CHECK(watcher.notificationsSeen() >= 5);
    }

    // The next write is news again.
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Flo Gale"))).has_value());
    REQUIRE(heard(watcher, counter, 2));
    settle(watcher);
    CHECK(counter.changes == 2);
}

TEST_CASE("A stopped watcher says nothing and lets its connection go", "[watch]")
{
    TempStore store;
    ChangeWatcher watcher(store.db());
    Counter counter(watcher);
    REQUIRE(watcher.isConnected());
    watcher.stop();
    CHECK_FALSE(watcher.isConnected());
    CHECK_FALSE(watcher.isActive());
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value());
    settle(watcher);
    CHECK(counter.changes == 0);
    for (const QString& name : QSqlDatabase::connectionNames())
        CHECK_FALSE(name.startsWith(QLatin1String("redress-watch:")));
}

TEST_CASE("A transaction's notifications come once per table, at its commit", "[.][postgresql-only][watch]")
{
    TempStore store;
    ChangeWatcher watcher(store.db());
    Counter counter(watcher);

    // The first case also brings the product in; the rest find it.
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value());
    REQUIRE(heard(watcher, counter));
    settle(watcher);
    const int before = watcher.notificationsSeen();
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ben Cole"))).has_value());
    REQUIRE(heard(watcher, counter, 2));
    settle(watcher);
    const int perCase = watcher.notificationsSeen() - before;
    // At least the case and its opening event.
    REQUIRE(perCase >= 2);

    {
        Transaction tx(store.db().connection());
        REQUIRE(tx.begun().has_value());
        for (int i = 0; i < 20; ++i)
            REQUIRE(CaseRepository(store.db(), 0)
                        .create(intake(QStringLiteral("Customer %1").arg(i)))
                        .has_value());
        // Nothing is announced before the commit.
        settle(watcher);
        CHECK(watcher.notificationsSeen() == before + perCase);
        CHECK_FALSE(watcher.isPending());
        REQUIRE(tx.commit().has_value());
    }
    REQUIRE(heard(watcher, counter, 3));
    settle(watcher);
    // Twenty cases of new customers touch the same tables as one did.
    CHECK(watcher.notificationsSeen() == before + 2 * perCase);
    CHECK(counter.changes == 3);
}

TEST_CASE("A watcher whose connection was cut comes back and says what it may have missed",
          "[.][postgresql-only][watch]")
{
    TempStore store;
    ChangeWatcher watcher(store.db());
    watcher.setRetryInterval(std::chrono::milliseconds(20));
    Counter counter(watcher);
    const qint64 pid = watcher.serverPid();
    REQUIRE(pid > 0);

    // The server drops the listener, as a restart or a network cut would.
    REQUIRE(
        scalar(store.db().connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
    // A write while it is away is covered by the signal after it returns.
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ada Brook"))).has_value());
    REQUIRE(heard(watcher, counter));
    CHECK(watcher.isConnected());
    CHECK(watcher.serverPid() != pid);
    settle(watcher);
    CHECK(counter.changes == 1);

    // And it listens again.
    REQUIRE(CaseRepository(store.db(), 0).create(intake(QStringLiteral("Ben Cole"))).has_value());
    REQUIRE(heard(watcher, counter, 2));
}
