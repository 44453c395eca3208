// One running Redress per user and store (issue 9): a second start finds
// the first and asks it to come forward instead of opening the store twice.

#include "ui/app/SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using redress::ui::SingleInstance;

namespace {
// A key of this run only, so parallel test runs never meet.
QString freshKey(const QString& store)
{
    return SingleInstance::keyFor(QUuid::createUuid().toString(QUuid::WithoutBraces), store);
}
} // namespace

TEST_CASE("A second start with the same user and store brings the first forward", "[ui][instance]")
{
    const QString key = freshKey(QStringLiteral("/tmp/store.redress"));
    SingleInstance first(key);
    REQUIRE(first.isPrimary());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    CHECK_FALSE(second.isPrimary());
    REQUIRE(second.activatePrimary());
    REQUIRE(activated.wait(5000));
    CHECK(activated.size() == 1);
}

TEST_CASE("Another store or another user runs beside the first", "[ui][instance]")
{
    const QString login = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SingleInstance first(SingleInstance::keyFor(login, QStringLiteral("/tmp/a.redress")));
    SingleInstance otherStore(SingleInstance::keyFor(login, QStringLiteral("/tmp/b.redress")));
    SingleInstance otherUser(
        SingleInstance::keyFor(login + QStringLiteral("x"), QStringLiteral("/tmp/a.redress")));
    CHECK(first.isPrimary());
    CHECK(otherStore.isPrimary());
    CHECK(otherUser.isPrimary());
}

TEST_CASE("The key is the same however the store's path is written", "[ui][instance]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString direct = dir.filePath(QStringLiteral("store.redress"));
    const QString roundabout = dir.filePath(QStringLiteral("sub/../store.redress"));
    CHECK(SingleInstance::keyFor(QStringLiteral("sam"), direct) ==
          SingleInstance::keyFor(QStringLiteral("sam"), roundabout));
    CHECK(SingleInstance::keyFor(QStringLiteral("sam"), direct) !=
          SingleInstance::keyFor(QStringLiteral("ana"), direct));
}

TEST_CASE("When the first run ends the next start runs", "[ui][instance]")
{
    const QString key = freshKey(QStringLiteral("/tmp/store.redress"));
    {
        SingleInstance first(key);
        REQUIRE(first.isPrimary());
    }
    SingleInstance next(key);
    CHECK(next.isPrimary());
    // The next run is now the one a later start brings forward.
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    SingleInstance later(key);
    CHECK_FALSE(later.isPrimary());
    REQUIRE(later.activatePrimary());
    CHECK(activated.wait(5000));
}
