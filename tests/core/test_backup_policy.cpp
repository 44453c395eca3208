// The daily backup's policy: what a stored or chosen setting means, and
// for which stores the daily backup runs.
#include "core/store/BackupPolicy.h"

#include <catch2/catch.hpp>

using namespace redress::core;

TEST_CASE("A stored backup policy keeps between one and a year of copies", "[backup]")
{
    const QString folder = QStringLiteral("/srv/backups");
    CHECK(BackupPolicy::fromStored(true, folder, 7).keep == 7);
    CHECK(BackupPolicy::fromStored(true, folder, 0).keep == BackupPolicy::minKeep);
    CHECK(BackupPolicy::fromStored(true, folder, -3).keep == 1);
    CHECK(BackupPolicy::fromStored(true, folder, 1000).keep == BackupPolicy::maxKeep);
    CHECK(BackupPolicy::fromStored(true, folder, 365).keep == 365);
    const BackupPolicy stored = BackupPolicy::fromStored(false, QString(), 3);
    CHECK_FALSE(stored.daily);
    CHECK(stored.folder.isEmpty());
    CHECK(BackupPolicy().keep == BackupPolicy::defaultKeep);
    CHECK(BackupPolicy().daily);
}

TEST_CASE("A chosen backup policy without a folder uses the default one", "[backup]")
{
    const QString fallback = QStringLiteral("/home/sam/.local/share/redress/backups");
    CHECK(BackupPolicy::chosen(true, QString(), 7, fallback).folder == fallback);
    CHECK(BackupPolicy::chosen(true, QStringLiteral("/mnt/usb"), 7, fallback).folder == QStringLiteral("/mnt/usb"));
    CHECK(BackupPolicy::chosen(true, QStringLiteral("/mnt/usb"), 400, fallback).keep == 365);
}

TEST_CASE("The daily backup runs only when chosen and only for a file store", "[backup]")
{
    BackupPolicy policy;
    CHECK(policy.runsDailyFor(Database::Backend::Sqlite));
    CHECK_FALSE(policy.runsDailyFor(Database::Backend::PostgreSQL));
    policy.daily = false;
    CHECK_FALSE(policy.runsDailyFor(Database::Backend::Sqlite));
    CHECK_FALSE(policy.runsDailyFor(Database::Backend::PostgreSQL));
}
