// Backups: a consistent copy while others write, checked after writing,
// atomic on failure and cancel; verify refusing damaged and foreign files;
// restore; the daily backup and its pruning; `redress-cli backup`.

#include "core/cli/Cli.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Backup.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace redress::core;
using namespace redress::test;

namespace {

const QString casesInOrder = QStringLiteral("SELECT * FROM cases ORDER BY id");
const QString eventsInOrder = QStringLiteral("SELECT * FROM case_events ORDER BY id");

void fillDemo(const Database& db, qint64 cases)
{
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = 7;
    options.now = QDateTime(QDate(2025, 5, 12), QTime(9, 0), Qt::UTC);
    auto made = DemoGenerator(db).generate(options);
    INFO(describe(made));
    REQUIRE(made.has_value());
}

/// A read-only look at a file, so that checking a copy cannot change it.
QByteArray digestOf(const QString& path, const QString& statement)
{
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    REQUIRE(raw.isOpen());
    return queryDigest(raw.db(), statement);
}

QSet<QString> filesIn(const QString& folder)
{
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    return QSet<QString>(names.begin(), names.end());
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

/// A store with some cases and a checked backup of it in the same folder.
struct Fixture
{
    TempStore store;
    QString backupPath = store.filePath(QStringLiteral("copy.sqlite"));

    explicit Fixture(qint64 cases = 20) { fillDemo(store.db(), cases); }

    Backup::Written backUp(const Backup::Progress& progress = {})
    {
        auto written = Backup::write(store.db(), backupPath, progress);
        INFO(describe(written));
        REQUIRE(written.has_value());
        return *written;
    }
};

} // namespace

TEST_CASE("A backup holds the committed state, not another connection's open transaction",
          "[backup][sqlite-only]")
{
    Fixture f;
    const QByteArray committedCases = queryDigest(f.store.db().connection(), casesInOrder);
    const QByteArray committedEvents = queryDigest(f.store.db().connection(), eventsInOrder);

    RawConnection writer(f.store.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    REQUIRE(writer.isOpen());
    exec(writer.db(), QStringLiteral("BEGIN IMMEDIATE"));
    exec(writer.db(), QStringLiteral("UPDATE cases SET description = 'not committed' WHERE id = 1"));
    exec(writer.db(), QStringLiteral("DELETE FROM drafts"));
    exec(writer.db(), QStringLiteral("UPDATE customers SET name = 'Nobody Yet' WHERE id = 2"));

    const Backup::Written written = f.backUp();
    exec(writer.db(), QStringLiteral("ROLLBACK"));

    CHECK(written.path == QFileInfo(f.backupPath).absoluteFilePath());
    CHECK(written.cases == 20);
    CHECK(written.bytes == QFileInfo(f.backupPath).size());
    CHECK(digestOf(f.backupPath, casesInOrder) == committedCases);
    CHECK(digestOf(f.backupPath, eventsInOrder) == committedEvents);

    // One self-contained file: a rollback journal in the header (bytes 18
    // and 19 are 1, not WAL's 2) and nothing beside it.
    const QByteArray header = readFile(f.backupPath).left(100);
    CHECK(header.at(18) == 1);
    CHECK(header.at(19) == 1);
    CHECK_FALSE(QFileInfo::exists(f.backupPath + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(f.backupPath + QStringLiteral("-shm")));
    CHECK_FALSE(QFileInfo::exists(f.backupPath + QStringLiteral("-journal")));
    {
        RawConnection raw(f.backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        CHECK(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    }

    // And it opens as a store of its own with the same cases.
    auto copy = Database::open(f.backupPath, Database::OpenMode::OpenExisting);
    INFO(describe(copy));
    REQUIRE(copy.has_value());
    CHECK(queryDigest(copy->connection(), casesInOrder) == committedCases);
    CHECK(copy->schemaVersion() == Migrations::latest());
    copy->closeAll();
}

TEST_CASE("Commits during the copy neither restart it nor get into it", "[backup][sqlite-only]")
{
    Fixture f;
    const QByteArray before = queryDigest(f.store.db().connection(), casesInOrder);
    RawConnection writer(f.store.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    REQUIRE(writer.isOpen());

    QList<double> seen;
    int commits = 0;
    const Backup::Written written = f.backUp([&](double done) {
        seen << done;
        // Between steps of the copy: another connection commits each time.
        if (seen.size() >= 2 && commits < 5) {
            exec(writer.db(), QStringLiteral("UPDATE cases SET description = 'changed %1' WHERE id = %2")
                                  .arg(commits)
                                  .arg(commits + 1));
            ++commits;
        }
        return true;
    });

    CHECK(commits == 5);
    REQUIRE(seen.size() > 3);
    CHECK(seen.first() == 0.0);
    CHECK(seen.last() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(written.cases == 20);
    CHECK(digestOf(f.backupPath, casesInOrder) == before);
    CHECK(queryDigest(f.store.db().connection(), casesInOrder) != before);
}

TEST_CASE("verify refuses damaged and foreign files, naming them, and writes nothing",
          "[backup][sqlite-only]")
{
    Fixture f;
    f.backUp();
    const QByteArray good = readFile(f.backupPath);
    qint64 pageSize = 0;
    {
        RawConnection raw(f.backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        // At most one free page, the freelist's trunk, whose content no
        // check reads; the page damaged below is another.
        CHECK(scalar(raw.db(), QStringLiteral("PRAGMA freelist_count")).toInt() <= 1);
        pageSize = scalar(raw.db(), QStringLiteral("PRAGMA page_size")).toLongLong();
    }
    REQUIRE(good.size() / pageSize > 8);

    auto ok = Backup::verify(f.backupPath);
    INFO(describe(ok));
    REQUIRE(ok.has_value());
    CHECK(ok->cases == 20);
    CHECK(ok->bytes == good.size());

    struct Bad
    {
        const char* what;
        QByteArray bytes;
        Error::Code code;
        const char* says;
    };
    QByteArray flipped = good;
    // Every byte of a page in the middle, one of a table or an index.
    const auto u32At = [&](int at) {
        return (quint32(quint8(good[at])) << 24) | (quint32(quint8(good[at + 1])) << 16) |
               (quint32(quint8(good[at + 2])) << 8) | quint32(quint8(good[at + 3]));
    };
    qint64 page = good.size() / pageSize / 2; // 1-based page numbers
    if (page == u32At(32))
        ++page;
    const qint64 middle = (page - 1) * pageSize;
    for (qint64 i = middle; i < middle + pageSize; ++i)
        flipped[i] = char(~flipped[i]);
    RawConnection other(f.store.filePath(QStringLiteral("other.sqlite")));
    REQUIRE(other.isOpen());
    exec(other.db(), QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
    exec(other.db(), QStringLiteral("INSERT INTO notes (body) VALUES ('hello')"));
    QByteArray newer = good;
    {
        // user_version lives at offset 60 of the header, big-endian.
        const quint32 v = quint32(Migrations::latest() + 1);
        newer[60] = char(v >> 24);
        newer[61] = char(v >> 16);
        newer[62] = char(v >> 8);
        newer[63] = char(v);
    }
    const QList<Bad> bad = {
        {"cut at a page boundary", good.left(middle), Error::Code::Corrupt, "cut short"},
        {"cut mid-page", good.left(middle + 100), Error::Code::Corrupt, "cut short"},
        {"cut inside the header", good.left(60), Error::Code::Corrupt, "cut short"},
        {"bytes flipped in the middle", flipped, Error::Code::Corrupt, "damaged"},
        {"text", QByteArrayLiteral("reference,customer\nRD-000001,Grace\n"), Error::Code::NotRedressFile,
         "not an SQLite database"},
        {"empty", QByteArray(), Error::Code::NotRedressFile, "not an SQLite database"},
        {"another program's database", readFile(f.store.filePath(QStringLiteral("other.sqlite"))),
         Error::Code::NotRedressFile, "another program"},
        {"a newer schema", newer, Error::Code::NewerSchema, "newer Redress"},
    };
    for (const Bad& b : bad) {
        SECTION(b.what)
        {
            const QString path = f.store.filePath(QStringLiteral("bad.sqlite"));
            writeFile(path, b.bytes);
            const QSet<QString> filesBefore = filesIn(f.store.dirPath());
            auto verdict = Backup::verify(path);
            REQUIRE_FALSE(verdict.has_value());
            CHECK(verdict.error().code == b.code);
            INFO(verdict.error().toString().toStdString());
            CHECK(verdict.error().message.contains(QDir::toNativeSeparators(path)));
            CHECK(verdict.error().message.contains(QString::fromLatin1(b.says)));
            CHECK(readFile(path) == b.bytes);
            CHECK(filesIn(f.store.dirPath()) == filesBefore);
        }
    }
    SECTION("a missing file")
    {
        auto verdict = Backup::verify(f.store.filePath(QStringLiteral("missing.sqlite")));
        REQUIRE_FALSE(verdict.has_value());
        CHECK(verdict.error().code == Error::Code::NotFound);
        CHECK(verdict.error().message.contains(QStringLiteral("missing.sqlite")));
    }
}

TEST_CASE("A backup that cannot be written leaves no file", "[backup][sqlite-only]")
{
    Fixture f;
    // A regular file where the folder should be: refused even for root.
    const QString notAFolder = f.store.filePath(QStringLiteral("plain.txt"));
    writeFile(notAFolder, "not a folder");
    const QSet<QString> filesBefore = filesIn(f.store.dirPath());

    SECTION("parent is a file")
    {
        const QString target = notAFolder + QStringLiteral("/backup.sqlite");
        auto written = Backup::write(f.store.db(), target);
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == Error::Code::Io);
        CHECK(written.error().message.contains(QDir::toNativeSeparators(target)));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    SECTION("the target is a folder")
    {
        auto written = Backup::write(f.store.db(), f.store.dirPath());
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == Error::Code::Io);
    }
    SECTION("the target is the store itself")
    {
        const QByteArray store = fileChecksum(f.store.path());
        auto written = Backup::write(f.store.db(), f.store.dirPath() + QStringLiteral("/./store.sqlite"));
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == Error::Code::InvalidInput);
        CHECK(fileChecksum(f.store.path()) == store);
    }
    SECTION("no name")
    {
        auto written = Backup::write(f.store.db(), QString());
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().field == QStringLiteral("target"));
    }
    CHECK(filesIn(f.store.dirPath()) == filesBefore);
}

TEST_CASE("A cancelled backup leaves no file and an existing target as it was", "[backup][sqlite-only]")
{
    Fixture f;
    // A dry run counts the progress calls; every one but the last (made
    // after the rename) is a point where a cancel must leave nothing.
    QList<double> calls;
    f.backUp([&](double done) {
        calls << done;
        return true;
    });
    REQUIRE(calls.size() > 3);
    CHECK(calls.at(calls.size() - 2) < 1.0);

    const QByteArray old = "an older backup the user keeps";
    writeFile(f.backupPath, old);
    const QSet<QString> filesBefore = filesIn(f.store.dirPath());
    for (const qsizetype at : {qsizetype(0), qsizetype(1), calls.size() / 2, calls.size() - 2}) {
        CAPTURE(at);
        qsizetype n = 0;
        auto written = Backup::write(f.store.db(), f.backupPath, [&](double) { return n++ < at; });
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == Error::Code::Cancelled);
        CHECK(n == at + 1);
        CHECK(readFile(f.backupPath) == old);
        CHECK(filesIn(f.store.dirPath()) == filesBefore);
    }
}

TEST_CASE("Restoring a backup brings its cases back and keeps the store before it", "[backup][sqlite-only]")
{
    Fixture f;
    f.backUp();
    const QByteArray backedUp = digestOf(f.backupPath, casesInOrder);
    exec(f.store.db().connection(),
         QStringLiteral("UPDATE cases SET description = 'after the backup' WHERE id = 3"));
    const QByteArray changed = queryDigest(f.store.db().connection(), casesInOrder);
    REQUIRE(changed != backedUp);
    f.store.db().closeAll();

    auto restored = Backup::restore(f.backupPath, f.store.path());
    INFO(describe(restored));
    REQUIRE(restored.has_value());
    const QString before = f.store.path() + QStringLiteral("-before-restore");
    REQUIRE(QFileInfo::exists(before));
    CHECK(digestOf(before, casesInOrder) == changed);
    CHECK_FALSE(QFileInfo::exists(f.store.path() + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(f.store.path() + QStringLiteral("-shm")));

    auto reopened = Database::open(f.store.path(), Database::OpenMode::OpenExisting);
    INFO(describe(reopened));
    REQUIRE(reopened.has_value());
    CHECK(queryDigest(reopened->connection(), casesInOrder) == backedUp);
    CHECK(scalar(reopened->connection(), QStringLiteral("SELECT description FROM cases WHERE id = 3"))
              .toString() != QStringLiteral("after the backup"));

    SECTION("a second restore replaces the older -before-restore")
    {
        exec(reopened->connection(),
             QStringLiteral("UPDATE cases SET description = 'second change' WHERE id = 4"));
        const QByteArray second = queryDigest(reopened->connection(), casesInOrder);
        reopened->closeAll();
        REQUIRE(Backup::restore(f.backupPath, f.store.path()).has_value());
        CHECK(digestOf(before, casesInOrder) == second);
        CHECK(digestOf(f.store.path(), casesInOrder) == backedUp);
    }
    reopened->closeAll();
}

TEST_CASE("Restore keeps changes a crash left in the store's -wal with the store before it",
          "[backup][sqlite-only]")
{
    Fixture f;
    f.backUp();
    // A store as a crash leaves it: committed changes still in the -wal.
    const QString crashed = f.store.filePath(QStringLiteral("crashed.sqlite"));
    QByteArray changed;
    {
        RawConnection raw(f.store.path());
        REQUIRE(raw.isOpen());
        exec(raw.db(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        exec(raw.db(), QStringLiteral("UPDATE cases SET description = 'only in the log' WHERE id = 5"));
        changed = queryDigest(raw.db(), casesInOrder);
        REQUIRE(QFile::copy(f.store.path(), crashed));
        REQUIRE(QFile::copy(f.store.path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    REQUIRE(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);

    auto restored = Backup::restore(f.backupPath, crashed);
    INFO(describe(restored));
    REQUIRE(restored.has_value());
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-wal")));
    CHECK(digestOf(crashed + QStringLiteral("-before-restore"), casesInOrder) == changed);
    CHECK(digestOf(crashed, casesInOrder) == digestOf(f.backupPath, casesInOrder));
}

TEST_CASE("Restore refuses a bad backup and leaves the store byte for byte", "[backup][sqlite-only]")
{
    Fixture f;
    f.backUp();
    f.store.db().closeAll();
    QByteArray damaged = readFile(f.backupPath);
    damaged.truncate(damaged.size() / 2);
    const QString bad = f.store.filePath(QStringLiteral("bad.sqlite"));
    writeFile(bad, damaged);
    const QString foreign = f.store.filePath(QStringLiteral("foreign.txt"));
    writeFile(foreign, "just text");

    const QByteArray store = fileChecksum(f.store.path());
    const QSet<QString> filesBefore = filesIn(f.store.dirPath());
    for (const QString& backup :
         {bad, foreign, f.store.filePath(QStringLiteral("missing.sqlite")), f.store.path()}) {
        CAPTURE(backup);
        auto restored = Backup::restore(backup, f.store.path());
        REQUIRE_FALSE(restored.has_value());
        CHECK(restored.error().message.contains(QFileInfo(backup).fileName()));
        CHECK(fileChecksum(f.store.path()) == store);
        CHECK(filesIn(f.store.dirPath()) == filesBefore);
    }
}

TEST_CASE("The daily backup is written once a day and pruned to the kept count", "[backup][sqlite-only]")
{
    Fixture f(5);
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString folder = root.filePath(QStringLiteral("nested/backups"));

    // Files a person put there, some with names close to ours.
    const QStringList theirs = {QStringLiteral("notes.txt"), QStringLiteral("redress-manual.sqlite"),
                                QStringLiteral("redress-2024-01-01.sqlite.bak"),
                                QStringLiteral("my-redress-2024-01-01.sqlite")};
    REQUIRE_FALSE(QFileInfo::exists(folder)); // made when missing

    const QDateTime day1(QDate(2025, 5, 12), QTime(23, 30)); // local time
    auto first = Backup::daily(f.store.db(), folder, 3, day1);
    INFO(describe(first));
    REQUIRE(first.has_value());
    CHECK(*first == QDir(folder).absoluteFilePath(QStringLiteral("redress-2025-05-12.sqlite")));
    CHECK(Backup::verify(*first).has_value());
    for (const QString& name : theirs)
        writeFile(folder + QLatin1Char('/') + name, name.toUtf8());

    auto again = Backup::daily(f.store.db(), folder, 3, day1.addSecs(600));
    REQUIRE(again.has_value());
    CHECK(again->isEmpty());

    for (int day = 1; day < 5; ++day) {
        auto next = Backup::daily(f.store.db(), folder, 3, day1.addDays(day));
        INFO(describe(next));
        REQUIRE(next.has_value());
        CHECK_FALSE(next->isEmpty());
    }
    QStringList expected = theirs;
    expected << QStringLiteral("redress-2025-05-14.sqlite") << QStringLiteral("redress-2025-05-15.sqlite")
             << QStringLiteral("redress-2025-05-16.sqlite");
    // Each kept backup's audit sidecar stays with it and goes with it.
    for (const QString& kept : QStringList(expected.mid(theirs.size())))
        expected << kept + QStringLiteral(".audit");
    const QSet<QString> left = filesIn(folder);
    CHECK(left == QSet<QString>(expected.begin(), expected.end()));
    for (const QString& name : theirs)
        CHECK(readFile(folder + QLatin1Char('/') + name) == name.toUtf8());

    SECTION("keep must be at least one")
    {
        auto refused = Backup::daily(f.store.db(), folder, 0, day1.addDays(9));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("keep"));
        CHECK(filesIn(folder) == left);
    }
    SECTION("a cancelled daily backup (Redress closing) leaves no file and prunes nothing")
    {
        auto cancelled =
            Backup::daily(f.store.db(), folder, 3, day1.addDays(5), [](double) { return false; });
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
        CHECK(filesIn(folder) == left);
    }
    SECTION("a lower count prunes on the next day's run")
    {
        auto next = Backup::daily(f.store.db(), folder, 1, day1.addDays(5));
        REQUIRE(next.has_value());
        QStringList now = theirs;
        now << QStringLiteral("redress-2025-05-17.sqlite")
            << QStringLiteral("redress-2025-05-17.sqlite.audit");
        CHECK(filesIn(folder) == QSet<QString>(now.begin(), now.end()));
    }
}

TEST_CASE("redress-cli backup writes a checked copy and says what it wrote", "[backup][cli][sqlite-only]")
{
    Fixture f(12);
    f.store.db().closeAll();
    const QString out = f.store.filePath(QStringLiteral("cli-copy.sqlite"));

    const CliRun ok =
        cli({QStringLiteral("--db"), f.store.path(), QStringLiteral("backup"), QStringLiteral("--out"), out});
    INFO(ok.out.toStdString() + ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(ok.err.isEmpty());
    CHECK(ok.out == QStringLiteral("backup: %1\nbytes: %2\ncases: 12\n")
                        .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                        .arg(QFileInfo(out).size()));
    CHECK(Backup::verify(out).has_value());

    SECTION("usage errors come before any store is opened")
    {
        const QString missing = f.store.filePath(QStringLiteral("never.sqlite"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("--db"), missing, QStringLiteral("backup")},
              QStringList{QStringLiteral("--db"), missing, QStringLiteral("backup"), QStringLiteral("--out"),
                          QString()},
              QStringList{QStringLiteral("--db"), missing, QStringLiteral("backup"), QStringLiteral("--out"),
                          QStringLiteral("-")},
              QStringList{QStringLiteral("--db"), f.store.path(), QStringLiteral("backup"),
                          QStringLiteral("--out"), f.store.path()}}) {
            CAPTURE(args);
            const QByteArray store = fileChecksum(f.store.path());
            const CliRun r = cli(args);
            CHECK(r.code == 2);
            CHECK(r.out.isEmpty());
            CHECK(r.err.contains(QStringLiteral("--out")));
            CHECK_FALSE(QFileInfo::exists(missing));
            CHECK(fileChecksum(f.store.path()) == store);
        }
    }
    SECTION("a missing store is an error, not a new empty store")
    {
        const QString missing = f.store.filePath(QStringLiteral("never.sqlite"));
        const CliRun r = cli({QStringLiteral("--db"), missing, QStringLiteral("backup"),
                              QStringLiteral("--out"), f.store.filePath(QStringLiteral("x.sqlite"))});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("never.sqlite")));
        CHECK_FALSE(QFileInfo::exists(missing));
        CHECK_FALSE(QFileInfo::exists(f.store.filePath(QStringLiteral("x.sqlite"))));
    }
    SECTION("an unwritable target is a runtime error naming it")
    {
        const QString plain = f.store.filePath(QStringLiteral("plain.txt"));
        writeFile(plain, "x");
        const QString target = plain + QStringLiteral("/copy.sqlite");
        const CliRun r = cli({QStringLiteral("--db"), f.store.path(), QStringLiteral("backup"),
                              QStringLiteral("--out"), target});
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QDir::toNativeSeparators(target)));
    }
}
