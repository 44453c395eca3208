// Opening a store: a new file is migrated and configured; a file that is not
// ours, newer than this build, damaged or missing is refused and left
// byte for byte as it was.

#include "core/demo/DemoGenerator.h"
#include "core/store/CaseRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace redress::core;
using namespace redress::test;

namespace {

bool sidecarsAbsent(const QString& path)
{
    return !QFile::exists(path + QStringLiteral("-wal")) && !QFile::exists(path + QStringLiteral("-shm")) &&
           !QFile::exists(path + QStringLiteral("-journal"));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A real store with some data, closed, so its bytes can be damaged.
void makeClosedStore(const QString& path, qint64 cases)
{
    auto db = Database::open(path);
    INFO(describe(db));
    REQUIRE(db.has_value());
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = 11;
    options.now = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    auto summary = DemoGenerator(*db).generate(options);
    INFO(describe(summary));
    REQUIRE(summary.has_value());
    db->closeAll();
    // The last connection checkpoints the log into the file and removes it.
    REQUIRE(sidecarsAbsent(path));
}

// Opening `path` fails with `code`, names the file, and changes nothing.
void requireRefused(const QString& path, Error::Code code)
{
    const QByteArray before = fileChecksum(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    REQUIRE_FALSE(before.isEmpty());
    for (auto mode : {Database::OpenMode::OpenOrCreate, Database::OpenMode::OpenExisting}) {
        auto db = Database::open(path, mode);
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().code == code);
        CHECK(db.error().message.contains(QFileInfo(path).fileName()));
    }
    CHECK(fileChecksum(path) == before);
    CHECK(QFileInfo(path).size() == sizeBefore);
    CHECK(sidecarsAbsent(path));
}

} // namespace

TEST_CASE("A new store is migrated to the latest schema and configured", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    QString path;
    SECTION("from a missing file")
    {
        path = dir.filePath(QStringLiteral("new.sqlite"));
    }
    SECTION("from an empty file")
    {
        path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
    }

    auto db = Database::open(path);
    INFO(describe(db));
    REQUIRE(db.has_value());
    {
        const QSqlDatabase c = db->connection();
        CHECK(db->schemaVersion() == Migrations::latest());
        CHECK(Migrations::latest() >= 1);
        CHECK(scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latest());
        CHECK(scalar(c, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
        CHECK(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        for (const char* table : {"users", "customers", "products", "cases", "case_events", "drafts",
                                  "case_search", "customer_search"}) {
            CAPTURE(table);
            CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                         {QString::fromLatin1(table)})
                      .toInt() == 1);
        }
    }
    db->closeAll();
    // Once the log is folded into the file, its header says so to any other
    // program, too.
    REQUIRE(sidecarsAbsent(path));
    const QByteArray header = readFile(path).left(100);
    REQUIRE(header.size() == 100);
    CHECK(header.mid(68, 4) == QByteArray("RDRS"));
}

TEST_CASE("A new store file and its write-ahead log are its owner's alone", "[store][sqlite-only]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private.sqlite"));
    auto db = Database::open(path);
    INFO(describe(db));
    REQUIRE(db.has_value());
    auto made = CaseRepository(*db, 0).create(CaseBuilder().build());
    INFO(describe(made));
    REQUIRE(made.has_value());
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(file));
        CHECK((QFileInfo(file).permissions() & others) == 0);
        CHECK((QFileInfo(file).permissions() & ownerOnly) == ownerOnly);
    }
    db->closeAll();
}

TEST_CASE("An empty SQLite database of nobody's is adopted", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        // A table made and dropped again: a valid file with no schema.
        exec(raw.db(), QStringLiteral("CREATE TABLE scratch (x)"));
        exec(raw.db(), QStringLiteral("DROP TABLE scratch"));
    }
    REQUIRE(QFileInfo(path).size() >= 512);
    auto db = Database::open(path);
    INFO(describe(db));
    REQUIRE(db.has_value());
    CHECK(db->schemaVersion() == Migrations::latest());
    db->closeAll();
}

TEST_CASE("Re-opening a current store migrates nothing and keeps its data", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QByteArray schemaBefore;
    {
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        const NewCase intake = CaseBuilder()
                                   .customer(QStringLiteral("Anna Costa"))
                                   .product(QStringLiteral("Laptop Aero 14"))
                                   .description(QStringLiteral("The battery is flat after an hour."))
                                   .build();
        REQUIRE(CaseRepository(*db, 0).create(intake).has_value());
        schemaBefore =
            queryDigest(db->connection(), QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                         "ORDER BY name"));
        db->closeAll();
    }
    REQUIRE(sidecarsAbsent(path));
    const QByteArray bytesBefore = fileChecksum(path);

    auto db = Database::open(path);
    INFO(describe(db));
    REQUIRE(db.has_value());
    CHECK(db->schemaVersion() == Migrations::latest());
    CHECK(queryDigest(db->connection(),
                      QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name")) ==
          schemaBefore);
    CHECK(count(db->connection(), QStringLiteral("cases")) == 1);
    // Migrating an up-to-date store again is a no-op as well.
    CHECK(Migrations::migrate(db->connection()).has_value());
    CHECK(db->schemaVersion() == Migrations::latest());
    db->closeAll();
    // Nothing was written: no migration step ran and no version was set.
    CHECK(fileChecksum(path) == bytesBefore);
}

TEST_CASE("An upgrade stopped between steps leaves a whole store the next open finishes",
          "[store][sqlite-only]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QList<std::pair<int, int>> heard;
    auto stopped = Database::open(path, Database::OpenMode::OpenOrCreate, [&](int done, int total) {
        heard.append({done, total});
        return done < 3;
    });
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == Error::Code::Cancelled);
    CHECK(stopped.error().message.contains(QStringLiteral("version 3")));
    const int steps = Migrations::latest();
    CHECK(heard == QList<std::pair<int, int>>{{0, steps}, {1, steps}, {2, steps}, {3, steps}});
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        CHECK(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt() == 3);
    }

    heard.clear();
    auto db = Database::open(path, Database::OpenMode::OpenExisting, [&](int done, int total) {
        heard.append({done, total});
        return true;
    });
    INFO(describe(db));
    REQUIRE(db.has_value());
    CHECK(db->schemaVersion() == steps);
    CHECK(heard.size() == steps - 3);
    CHECK(heard.first() == std::pair{0, steps - 3});
    const NewCase intake = CaseBuilder()
                               .customer(QStringLiteral("Anna Costa"))
                               .product(QStringLiteral("Laptop Aero 14"))
                               .description(QStringLiteral("The battery is flat after an hour."))
                               .build();
    CHECK(CaseRepository(*db, 0).create(intake).has_value());
    db->closeAll();
}

TEST_CASE("Files that are not a usable Redress store are refused untouched", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, QByteArray("Customer called about the pump again.\n").repeated(40));
        requireRefused(path, Error::Code::NotRedressFile);
    }
    SECTION("a short text file")
    {
        const QString path = dir.filePath(QStringLiteral("tiny.sqlite"));
        writeFile(path, QByteArray("hello"));
        requireRefused(path, Error::Code::NotRedressFile);
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = dir.filePath(QStringLiteral("recipes.sqlite"));
        {
            RawConnection raw(path);
            REQUIRE(raw.isOpen());
            exec(raw.db(), QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"));
            exec(raw.db(), QStringLiteral("INSERT INTO recipes (title) VALUES ('Bread'), ('Soup')"));
        }
        requireRefused(path, Error::Code::NotRedressFile);
    }
    SECTION("an SQLite database of another program in WAL mode")
    {
        const QString path = dir.filePath(QStringLiteral("other-wal.sqlite"));
        {
            RawConnection raw(path);
            REQUIRE(raw.isOpen());
            exec(raw.db(), QStringLiteral("PRAGMA journal_mode = WAL"));
            exec(raw.db(), QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY)"));
        }
        REQUIRE(sidecarsAbsent(path));
        requireRefused(path, Error::Code::NotRedressFile);
    }
    SECTION("a store written by a newer Redress")
    {
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            RawConnection raw(path);
            REQUIRE(raw.isOpen());
            exec(raw.db(), QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
            exec(raw.db(), QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latest() + 1));
            exec(raw.db(), QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY, hologram BLOB)"));
        }
        requireRefused(path, Error::Code::NewerSchema);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().message.contains(QString::number(Migrations::latest() + 1)));
    }
    SECTION("a store with bytes overwritten in the middle")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        makeClosedStore(path, 600);
        QByteArray bytes = readFile(path);
        REQUIRE(bytes.size() > 64 * 1024);
        // Three whole pages of noise from the middle on: b-tree pages that
        // no longer parse.
        const qsizetype pageSize = 4096;
        const qsizetype from = (bytes.size() / 2 / pageSize) * pageSize;
        for (qsizetype i = 0; i < 3 * pageSize; ++i)
            bytes[from + i] = static_cast<char>((i * 131 + 17) & 0xff);
        writeFile(path, bytes);
        requireRefused(path, Error::Code::Corrupt);
    }
    SECTION("a store cut to half its size")
    {
        const QString path = dir.filePath(QStringLiteral("halved.sqlite"));
        makeClosedStore(path, 600);
        const QByteArray bytes = readFile(path);
        writeFile(path, bytes.left(bytes.size() / 2));
        requireRefused(path, Error::Code::Corrupt);
    }
    SECTION("a store cut inside its first page")
    {
        const QString path = dir.filePath(QStringLiteral("cut-first-page.sqlite"));
        makeClosedStore(path, 10);
        writeFile(path, readFile(path).left(300));
        requireRefused(path, Error::Code::Corrupt);
    }
    SECTION("a store cut inside the header's magic string")
    {
        const QString path = dir.filePath(QStringLiteral("cut-magic.sqlite"));
        makeClosedStore(path, 10);
        writeFile(path, readFile(path).left(10));
        requireRefused(path, Error::Code::NotRedressFile);
    }
}

TEST_CASE("OpenExisting never creates a store", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));

    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Error::Code::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(sidecarsAbsent(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    SECTION("but opens one that exists")
    {
        {
            auto created = Database::open(path);
            REQUIRE(created.has_value());
            created->closeAll();
        }
        auto existing = Database::open(path, Database::OpenMode::OpenExisting);
        INFO(describe(existing));
        REQUIRE(existing.has_value());
        CHECK(existing->schemaVersion() == Migrations::latest());
        existing->closeAll();
    }
}

TEST_CASE("Paths that cannot hold a store are refused", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a folder")
    {
        const QString path = dir.filePath(QStringLiteral("folder.sqlite"));
        REQUIRE(QDir().mkdir(path));
        for (auto mode : {Database::OpenMode::OpenOrCreate, Database::OpenMode::OpenExisting}) {
            auto db = Database::open(path, mode);
            REQUIRE_FALSE(db.has_value());
            CHECK(db.error().code == Error::Code::Io);
            CHECK(db.error().message.contains(QStringLiteral("folder.sqlite")));
        }
        CHECK(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        CHECK(sidecarsAbsent(path));
    }
    SECTION("a file in a folder that does not exist")
    {
        const QString folder = dir.filePath(QStringLiteral("nowhere"));
        auto db = Database::open(folder + QStringLiteral("/store.sqlite"));
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().code == Error::Code::Io);
        CHECK_FALSE(QFileInfo::exists(folder));
    }
    SECTION("a server address without a database")
    {
        auto db = Database::open(QStringLiteral("postgresql://localhost"));
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().code == Error::Code::InvalidInput);
        CHECK(db.error().message.contains(QStringLiteral("postgresql://user@host:port/database")));
    }
}

TEST_CASE("A case can come in through the web from schema 17 on", "[store]")
{
    TempStore store;
    const NewCase intake = CaseBuilder()
                               .customer(QStringLiteral("Ines Duarte"))
                               .product(QStringLiteral("Router X2"))
                               .channel(Channel::Web)
                               .description(QStringLiteral("Filed through the regulator's portal."))
                               .build();
    auto made = CaseRepository(store.db(), 0).create(intake);
    INFO(describe(made));
    REQUIRE(made.has_value());
    CHECK(made->channel == Channel::Web);
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT channel FROM cases")).toString() ==
          QStringLiteral("web"));
}

TEST_CASE("Upgrading to schema 17 widens the channel on the upgrading connection itself",
          "[store][sqlite-only]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto stopped = Database::open(path, Database::OpenMode::OpenOrCreate,
                                  [](int done, int) { return done < 16; });
    REQUIRE_FALSE(stopped.has_value());
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    INFO(describe(db));
    REQUIRE(db.has_value());
    REQUIRE(db->schemaVersion() == Migrations::latest());
    const NewCase intake = CaseBuilder()
                               .customer(QStringLiteral("Ines Duarte"))
                               .product(QStringLiteral("Router X2"))
                               .channel(Channel::Web)
                               .description(QStringLiteral("Filed through a web form."))
                               .build();
    auto made = CaseRepository(*db, 0).create(intake);
    INFO(describe(made));
    CHECK(made.has_value());
    // Anything outside the list is still refused, and the file is sound.
    CHECK(execError(db->connection(), QStringLiteral("UPDATE cases SET channel = 'pigeon'")).contains(QStringLiteral("CHECK")));
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    db->closeAll();
}
