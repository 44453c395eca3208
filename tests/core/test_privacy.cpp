// Customer data stays private: every file Redress writes is its owner's
// alone (0600) and the folders it makes are too (0700), whatever the umask;
// an output path that is a link is replaced, never followed; a store path
// that is not a regular file is refused; hidden copies that killed backups
// left behind are swept by the next backup.

#include "core/cli/Cli.h"
#include "core/demo/DemoGenerator.h"
#include "core/PrivateFile.h"
#include "core/store/Backup.h"
#include "core/store/Database.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace redress::core;
using namespace redress::test;

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The mode bits of a file as the system has them (not Qt's view, which
/// folds in the user's access).
mode_t modeOf(const QString& path)
{
    struct stat st = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

/// Runs with the umask most systems default to, so a 0600 file is Redress's
/// doing and not the test's.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

void fillDemo(const QString& path, int cases)
{
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--cases"),
                          QString::number(cases)});
    INFO(show(r));
    REQUIRE(r.code == 0);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// Hidden files a writer may have left beside its target.
QStringList hiddenIn(const QString& folder)
{
    return QDir(folder)
        .entryList(QDir::Files | QDir::Hidden | QDir::System)
        .filter(QRegularExpression(QStringLiteral("^\\.")));
}

} // namespace

TEST_CASE("A private file is 0600, replaces a link and leaves nothing when not committed", "[privacy][core]")
{
    const Umask loose(022);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.csv"));

    SECTION("a new file is 0600 however loose the umask")
    {
        PrivateFile file(target);
        REQUIRE(file.open().has_value());
        file.device().write("a,b\r\n");
        REQUIRE(file.commit().has_value());
        CHECK(modeOf(target) == 0600);
        CHECK(readAll(target) == "a,b\r\n");
        CHECK(hiddenIn(dir.path()).isEmpty());
    }
    SECTION("an existing file, shared before, is replaced by a 0600 one")
    {
        writeAll(target, "old");
        REQUIRE(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
        PrivateFile file(target);
        REQUIRE(file.open().has_value());
        file.device().write("new");
        REQUIRE(file.commit().has_value());
        CHECK(modeOf(target) == 0600);
        CHECK(readAll(target) == "new");
    }
    SECTION("a link at the path is replaced; the file it pointed at is untouched")
    {
        const QString victim = dir.filePath(QStringLiteral("victim"));
        writeAll(victim, "keep me");
        REQUIRE(QFile::link(victim, target));
        PrivateFile file(target);
        REQUIRE(file.open().has_value());
        file.device().write("export");
        REQUIRE(file.commit().has_value());
        CHECK(readAll(victim) == "keep me");
        CHECK_FALSE(QFileInfo(target).isSymLink());
        CHECK(readAll(target) == "export");
        CHECK(modeOf(target) == 0600);
    }
    SECTION("a dangling link is replaced too, not used to create its target")
    {
        const QString elsewhere = dir.filePath(QStringLiteral("planted"));
        REQUIRE(QFile::link(elsewhere, target));
        PrivateFile file(target);
        REQUIRE(file.open().has_value());
        REQUIRE(file.commit().has_value());
        CHECK_FALSE(QFileInfo::exists(elsewhere));
        CHECK_FALSE(QFileInfo(target).isSymLink());
    }
    SECTION("without commit the target stays as it was and no hidden file is left")
    {
        writeAll(target, "old");
        {
            PrivateFile file(target);
            REQUIRE(file.open().has_value());
            file.device().write("half");
        }
        CHECK(readAll(target) == "old");
        CHECK(hiddenIn(dir.path()).isEmpty());
    }
    SECTION("a device, a pipe or a folder is refused, and so is a link to one")
    {
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString toDevice = dir.filePath(QStringLiteral("to-null"));
        REQUIRE(QFile::link(QStringLiteral("/dev/null"), toDevice));
        for (const auto& [path, kind] :
             {std::pair{QStringLiteral("/dev/null"), QStringLiteral("a device")},
              std::pair{fifo, QStringLiteral("a pipe")}, std::pair{dir.path(), QStringLiteral("a folder")},
              std::pair{toDevice, QStringLiteral("a device")}}) {
            PrivateFile file(path);
            auto opened = file.open();
            INFO(path.toStdString());
            REQUIRE_FALSE(opened.has_value());
            CHECK(opened.error().code == Error::Code::Io);
            CHECK(opened.error().message.contains(kind));
            CHECK(opened.error().message.contains(
                QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        }
        CHECK(QFileInfo(toDevice).isSymLink());
        CHECK(hiddenIn(dir.path()).isEmpty());
    }
}

TEST_CASE("Folders Redress makes are 0700, parents included; existing ones are left alone", "[privacy][core]")
{
    const Umask loose(022);
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString deep = dir.filePath(QStringLiteral("a/b/c"));
    REQUIRE(PrivateFile::makeFolder(deep).has_value());
    CHECK(modeOf(dir.filePath(QStringLiteral("a"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("a/b"))) == 0700);
    CHECK(modeOf(deep) == 0700);
    CHECK(modeOf(dir.path()) == 0755);
    REQUIRE(PrivateFile::makeFolder(deep).has_value()); // already there: fine

    writeAll(dir.filePath(QStringLiteral("file")), "x");
    CHECK_FALSE(PrivateFile::makeFolder(dir.filePath(QStringLiteral("file"))).has_value());
}

TEST_CASE("The store, its WAL and shared-memory files, backups, exports and rejects are 0600",
          "[privacy][sqlite-only]")
{
    const Umask loose(022);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    fillDemo(store, 30);
    CHECK(modeOf(store) == 0600);

    SECTION("the store's -wal and -shm while a connection holds them")
    {
        auto db = Database::open(store, Database::OpenMode::OpenExisting);
        REQUIRE(db.has_value());
        REQUIRE(QFileInfo::exists(store + QStringLiteral("-wal")));
        CHECK(modeOf(store + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(store + QStringLiteral("-shm")) == 0600);
        db->closeAll();
    }
    SECTION("a backup, the daily backup and the folder made for it")
    {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        CliRun r =
            cli({QStringLiteral("--db"), store, QStringLiteral("backup"), QStringLiteral("--out"), copy});
        INFO(show(r));
        REQUIRE(r.code == 0);
        CHECK(modeOf(copy) == 0600);

        auto db = Database::open(store, Database::OpenMode::OpenExisting);
        REQUIRE(db.has_value());
        const QString folder = dir.filePath(QStringLiteral("backups/daily"));
        auto daily = Backup::daily(*db, folder, 3, QDateTime::currentDateTime());
        REQUIRE(daily.has_value());
        CHECK(modeOf(*daily) == 0600);
        CHECK(modeOf(folder) == 0700);
        CHECK(modeOf(dir.filePath(QStringLiteral("backups"))) == 0700);
        db->closeAll();
    }
    SECTION("a restored store")
    {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            auto db = Database::open(store, Database::OpenMode::OpenExisting);
            REQUIRE(db.has_value());
            REQUIRE(Backup::write(*db, copy).has_value());
            db->closeAll();
        }
        REQUIRE(::chmod(QFile::encodeName(copy).constData(), 0644) == 0);
        REQUIRE(Backup::restore(copy, store).has_value());
        CHECK(modeOf(store) == 0600);
    }
    SECTION("an export and the rejects of an import")
    {
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        CliRun r =
            cli({QStringLiteral("--db"), store, QStringLiteral("export"), QStringLiteral("--out"), csv});
        INFO(show(r));
        REQUIRE(r.code == 0);
        CHECK(modeOf(csv) == 0600);

        // The header and one row the importer refuses (no customer, no text).
        const QByteArray header = readAll(csv).split('\n').first();
        const int columns = header.count(',') + 1;
        QByteArray bad = "RD-BAD";
        bad += QByteArray(columns - 1, ',');
        const QString in = dir.filePath(QStringLiteral("in.csv"));
        writeAll(in, header + '\n' + bad + "\r\n");
        const QString rejects = dir.filePath(QStringLiteral("bad.csv"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        r = cli({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("--cases"), in,
                 QStringLiteral("--rejects"), rejects});
        INFO(show(r));
        REQUIRE(r.code == 3);
        CHECK(modeOf(rejects) == 0600);
        CHECK(modeOf(other) == 0600);
    }
}

TEST_CASE("An output path that is a planted link is replaced instead of written through",
          "[privacy][cli][sqlite-only]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    fillDemo(store, 5);
    const QString victim = dir.filePath(QStringLiteral("victim"));
    writeAll(victim, "someone else's file");

    for (const QString& command : {QStringLiteral("export"), QStringLiteral("backup")}) {
        const QString out = dir.filePath(command + QStringLiteral(".out"));
        REQUIRE(QFile::link(victim, out));
        const CliRun r = cli({QStringLiteral("--db"), store, command, QStringLiteral("--out"), out});
        INFO(show(r));
        REQUIRE(r.code == 0);
        CHECK(readAll(victim) == "someone else's file");
        CHECK_FALSE(QFileInfo(out).isSymLink());
        CHECK(modeOf(out) == 0600);
    }

    const CliRun r = cli({QStringLiteral("--db"), store, QStringLiteral("export"), QStringLiteral("--out"),
                          QStringLiteral("/dev/null")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("/dev/null is a device, not a file")));
}

TEST_CASE("A store path that is not a regular file is refused, naming what it is",
          "[privacy][store][sqlite-only]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const auto& [path, kind] :
         {std::pair{QStringLiteral("/dev/null"), QStringLiteral("a device")},
          std::pair{QStringLiteral("/dev/zero"), QStringLiteral("a device")},
          std::pair{fifo, QStringLiteral("a pipe")}, std::pair{dir.path(), QStringLiteral("a folder")}}) {
        INFO(path.toStdString());
        auto db = Database::open(path);
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().message ==
              QStringLiteral("%1 is %2, not a Redress database.")
                  .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), kind));
    }
    // A link to a store is still a store.
    const QString store = dir.filePath(QStringLiteral("real.sqlite"));
    fillDemo(store, 2);
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    REQUIRE(QFile::link(store, link));
    auto db = Database::open(link, Database::OpenMode::OpenExisting);
    REQUIRE(db.has_value());
    db->closeAll();
}

TEST_CASE("The next backup sweeps hidden copies killed backups left, and only those",
          "[privacy][backup][sqlite-only]")
{
    TempStore store;
    const QString folder = store.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const QDateTime longAgo = QDateTime::currentDateTime().addSecs(-2 * Backup::stalePartSecs);

    // A copy of the store as a killed backup would have left it, and its journal.
    const QByteArray sqliteHeader = readAll(store.path()).left(4096);
    const auto plant = [&](const QString& name, const QByteArray& bytes, bool old) {
        const QString path = QDir(folder).filePath(name);
        writeAll(path, bytes);
        if (old) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.setFileTime(longAgo, QFileDevice::FileModificationTime));
        }
        return path;
    };
    const QString stale = plant(QStringLiteral(".redress-2026-01-02.sqlite.Ab12Cd.part"), sqliteHeader, true);
    const QString staleJournal =
        plant(QStringLiteral(".redress-2026-01-02.sqlite.Ab12Cd.part-journal"), "x", true);
    const QString running =
        plant(QStringLiteral(".redress-2026-01-03.sqlite.Zz99Yy.part"), sqliteHeader, false);
    const QString notOurs = plant(QStringLiteral(".movie.mkv.Ab12Cd.part"), "not a database", true);
    const QString usersFile = plant(QStringLiteral("notes.part"), sqliteHeader, true);

    auto daily = Backup::daily(store.db(), folder, 3, QDateTime::currentDateTime());
    INFO(describe(daily));
    REQUIRE(daily.has_value());
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK_FALSE(QFileInfo::exists(staleJournal));
    CHECK(QFileInfo::exists(running));
    CHECK(QFileInfo::exists(notOurs));
    CHECK(QFileInfo::exists(usersFile));
    CHECK(QFileInfo::exists(*daily));
}

TEST_CASE("A password in a server's address is never shown or kept in the address", "[privacy][core]")
{
    const QString address = QStringLiteral("postgresql://ana:s3cret@db.example:5432/redress?sslmode=require");
    CHECK(Database::withoutPassword(address) ==
          QStringLiteral("postgresql://ana@db.example:5432/redress?sslmode=require"));
    CHECK(Database::withoutPassword(
              QStringLiteral("postgresql://ana@db.example/redress?password=s3cret&a=b")) ==
          QStringLiteral("postgresql://ana@db.example/redress?a=b"));
    // A file is a file, colons and at-signs included.
    CHECK(Database::withoutPassword(QStringLiteral("/home/ana/a:b@c.sqlite")) ==
          QStringLiteral("/home/ana/a:b@c.sqlite"));

    // An address Redress refuses is named in the message, without its secret.
    const QString broken = QStringLiteral("postgresql://ana:s3cret@db.example:5432/");
    auto db = Database::open(broken);
    REQUIRE_FALSE(db.has_value());
    CHECK_FALSE(db.error().toString().contains(QStringLiteral("s3cret")));
    CHECK(db.error().message.contains(QStringLiteral("postgresql://ana@db.example:5432/")));

    const CliRun r = cli({QStringLiteral("--db"), broken, QStringLiteral("stats")});
    CHECK(r.code != 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("s3cret")));
    CHECK_FALSE(r.out.contains(QStringLiteral("s3cret")));

    // The connection options carry no password either: it reaches the
    // driver apart from them.
    const QString options =
        Database::serverConnectOptions(QStringLiteral("postgresql://ana@db.example/redress?password=s3cret"))
            .join(QLatin1Char(';'));
    CHECK_FALSE(options.contains(QStringLiteral("s3cret")));
}

TEST_CASE("Off this computer the server's certificate is checked unless the address says otherwise",
          "[privacy][core]")
{
    const auto sslmodes = [](const QString& address) {
        QStringList modes;
        for (const QString& option : Database::serverConnectOptions(address)) {
            if (option.startsWith(QLatin1String("sslmode=")))
                modes << option;
        }
        return modes;
    };
    const QString unset = qEnvironmentVariable("PGSSLMODE");
    const bool wasSet = qEnvironmentVariableIsSet("PGSSLMODE");
    qunsetenv("PGSSLMODE");

    SECTION("a host elsewhere gets verify-full")
    {
        for (const char* address :
             {"postgresql://ana@db.example:5432/redress", "postgresql://ana@10.0.0.7/redress",
              "postgresql://ana@[2001:db8::1]/redress", "postgresql:///redress?host=localhost,db.example",
              "postgresql:///redress?host=db.example"}) {
            INFO(address);
            CHECK(sslmodes(QString::fromLatin1(address)) ==
                  QStringList{QStringLiteral("sslmode=verify-full")});
        }
    }
    SECTION("this computer keeps libpq's default")
    {
        for (const char* address :
             {"postgresql://ana@localhost/redress", "postgresql://ana@127.0.0.1:5433/redress",
              "postgresql://ana@127.9.8.7/redress", "postgresql://ana@[::1]/redress", "postgresql:///redress",
              "postgresql:///redress?host=/var/run/postgresql"}) {
            INFO(address);
            CHECK(sslmodes(QString::fromLatin1(address)).isEmpty());
        }
    }
    SECTION("an sslmode in the address wins, and so does PGSSLMODE")
    {
        CHECK(sslmodes(QStringLiteral("postgresql://ana@db.example/redress?sslmode=require")) ==
              QStringList{QStringLiteral("sslmode='require'")});
        qputenv("PGSSLMODE", "require");
        CHECK(sslmodes(QStringLiteral("postgresql://ana@db.example/redress")).isEmpty());
    }
    if (wasSet)
        qputenv("PGSSLMODE", unset.toLocal8Bit());
    else
        qunsetenv("PGSSLMODE");
}
