// redress-cli through runCli(): exit codes, where text goes, and what the
// commands do to a store.

#include "Version.h"
#include "core/cases/CaseTypes.h"
#include "core/cli/Cli.h"
#include "core/store/Database.h"
#include "core/store/StoreCheck.h"
#include "support/CliRun.h"
#include "support/Helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

using namespace redress::core;
using namespace redress::test;

namespace {

// "key: value" lines as a map, keeping the order of the keys.
struct KeyValues
{
    QStringList keys;
    QHash<QString, QString> values;
};

KeyValues parse(const QString& text)
{
    KeyValues kv;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        REQUIRE(colon > 0);
        const QString key = line.left(colon);
        kv.keys << key;
        kv.values.insert(key, line.mid(colon + 2));
    }
    return kv;
}

} // namespace

TEST_CASE("--help and --version print text and succeed", "[cli]")
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        CAPTURE(flag);
        const CliRun r = cli({flag});
        INFO(show(r));
        CHECK(r.code == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.contains(QStringLiteral("Usage")));
        for (const char* command : {"demo", "stats", "check", "--db"})
            CHECK(r.out.contains(QString::fromLatin1(command)));
    }
    for (const QString& flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        CAPTURE(flag);
        const CliRun r = cli({flag});
        INFO(show(r));
        CHECK(r.code == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.trimmed() ==
              QStringLiteral("redress-cli ") + QString::fromLatin1(redress::versionString));
        CHECK_FALSE(QString::fromLatin1(redress::versionString).isEmpty());
    }
}

TEST_CASE("Usage errors exit 2 with a message on stderr", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));

    const QList<QStringList> wrong{
        {},
        {QStringLiteral("--db"), db},
        {QStringLiteral("frobnicate"), QStringLiteral("--db"), db},
        {QStringLiteral("demo"), QStringLiteral("--db"), db},
        {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("abc"), QStringLiteral("--db"),
         db},
        {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("-5"), QStringLiteral("--db"), db},
        {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("10"), QStringLiteral("--seed"),
         QStringLiteral("x"), QStringLiteral("--db"), db},
        {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("10"), QStringLiteral("--now"),
         QStringLiteral("yesterday"), QStringLiteral("--db"), db},
        {QStringLiteral("stats"), QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--db"), db},
        {QStringLiteral("check"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--db"), db},
        {QStringLiteral("stats"), QStringLiteral("extra"), QStringLiteral("--db"), db},
        {QStringLiteral("stats"), QStringLiteral("--frobnicate"), QStringLiteral("--db"), db},
        {QStringLiteral("stats"), QStringLiteral("--db")},
        {QStringLiteral("stats"), QStringLiteral("--db"), QString()},
    };
    for (const QStringList& args : wrong) {
        CAPTURE(args.join(QLatin1Char(' ')));
        const CliRun r = cli(args);
        INFO(show(r));
        CHECK(r.code == 2);
        CHECK(r.err.startsWith(QStringLiteral("redress-cli: ")));
        CHECK(r.err.trimmed().size() > QStringLiteral("redress-cli: ").size());
        // A mistyped command leaves no new store behind.
        CHECK_FALSE(QFileInfo::exists(db));
    }
    // Spelled out for two of them: the message says what was wrong.
    CHECK(cli({QStringLiteral("frobnicate"), QStringLiteral("--db"), db})
              .err.contains(QStringLiteral("frobnicate")));
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("abc"),
               QStringLiteral("--db"), db})
              .err.contains(QStringLiteral("abc")));
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--cases"), QStringLiteral("5"),
               QStringLiteral("--db"), db})
              .err.contains(QStringLiteral("cases")));
}

TEST_CASE("demo then stats then check on a store", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    REQUIRE_FALSE(QFile::exists(db));

    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("200"),
                             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--now"),
                             QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("--db"), db});
    INFO(show(demo));
    REQUIRE(demo.code == 0);
    CHECK(demo.err.isEmpty());
    CHECK(demo.out.contains(QStringLiteral("cases: 200")));
    REQUIRE(QFile::exists(db));

    const CliRun stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db});
    INFO(show(stats));
    REQUIRE(stats.code == 0);
    CHECK(stats.err.isEmpty());
    const KeyValues kv = parse(stats.out);

    // The numbers the store holds, read past the CLI.
    qint64 customers = 0;
    QHash<QString, qint64> byStatus;
    {
        RawConnection raw(db);
        REQUIRE(raw.isOpen());
        customers = count(raw.db(), QStringLiteral("customers"));
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("SELECT status, count(*) FROM cases GROUP BY status")));
        while (q.next())
            byStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    REQUIRE(customers > 0);
    CHECK(kv.values.value(QStringLiteral("customers")) == QString::number(customers));
    CHECK(kv.values.value(QStringLiteral("cases")) == QStringLiteral("200"));

    qint64 sum = 0;
    int statusLines = 0;
    for (const QString& key : kv.keys) {
        if (!key.startsWith(QStringLiteral("status.")))
            continue;
        ++statusLines;
        CAPTURE(key);
        const QString status = key.mid(7);
        CHECK(statusFromKey(status).has_value());
        bool ok = false;
        const qint64 n = kv.values.value(key).toLongLong(&ok);
        CHECK(ok);
        CHECK(n == byStatus.value(status));
        sum += n;
    }
    CHECK(statusLines == allStatuses().size());
    // customers, cases, one line per status, then messages and attachments.
    CHECK(kv.keys.size() == 2 + allStatuses().size() + 2);
    CHECK(kv.values.value(QStringLiteral("messages")) == QStringLiteral("0"));
    CHECK(kv.values.value(QStringLiteral("attachments")) == QStringLiteral("0"));
    CHECK(sum == 200);

    const CliRun sound = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    {
        INFO(show(sound));
        CHECK(sound.code == 0);
        CHECK(sound.err.isEmpty());
        const KeyValues checks = parse(sound.out);
        CHECK(checks.keys == StoreCheck::names());
        for (const QString& name : checks.keys)
            CHECK(checks.values.value(name) == QStringLiteral("ok"));
    }

    {
        RawConnection raw(db);
        REQUIRE(raw.isOpen());
        exec(raw.db(), QStringLiteral("UPDATE cases SET customer_name = 'X' WHERE id = 7"));
    }
    const CliRun tampered = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(show(tampered));
    CHECK(tampered.code == 1);
    CHECK(tampered.err.contains(QStringLiteral("names")));
    CHECK(tampered.err.contains(referenceFor(7)));
    const KeyValues checks = parse(tampered.out);
    CHECK(checks.values.value(QStringLiteral("names")) != QStringLiteral("ok"));
    CHECK(checks.values.value(QStringLiteral("integrity")) == QStringLiteral("ok"));
}

TEST_CASE("A --db that is not a store is reported and left alone", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shopping-list.txt"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("eggs\nflour\nmilk\n").repeated(50));
    }
    const QByteArray before = fileChecksum(path);

    for (const QString& command : {QStringLiteral("stats"), QStringLiteral("check")}) {
        CAPTURE(command);
        const CliRun r = cli({command, QStringLiteral("--db"), path});
        INFO(show(r));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("shopping-list.txt")));
        CHECK(r.out.isEmpty());
    }
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
                             QStringLiteral("--db"), path});
    CHECK(demo.code == 1);
    CHECK(fileChecksum(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("A --db that does not exist yet is created", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE_FALSE(QFile::exists(path));

    const CliRun r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path});
    INFO(show(r));
    CHECK(r.code == 0);
    const KeyValues kv = parse(r.out);
    CHECK(kv.values.value(QStringLiteral("cases")) == QStringLiteral("0"));
    CHECK(kv.values.value(QStringLiteral("customers")) == QStringLiteral("0"));
    REQUIRE(QFile::exists(path));
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        CHECK(scalar(raw.db(), QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    }

    // A folder that does not exist is not made for a path the user named.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/store.sqlite"));
    const CliRun missing = cli({QStringLiteral("stats"), QStringLiteral("--db"), nowhere});
    INFO(show(missing));
    CHECK(missing.code == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}
