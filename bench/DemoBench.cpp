// redress-bench --only demo: `redress-cli demo --cases N` into a fresh file,
// end to end, against the physical floor: the sqlite3 shell loading the very
// rows that run wrote, as a plain SQL script (`.dump`: every table's rows as
// INSERT statements in one transaction, the indexes and triggers after),
// into a fresh file of its own. The script is made from the store itself, so
// the floor cannot drift from what the demo writes.
#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"
#include "bench/ShellRunner.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QtEndian>

#include <cstdio>

namespace redress::bench {

namespace {

constexpr double demoAimPerSecond = 20000.0;
constexpr double demoAimRatio = 3.0;

QString grouped(double n)
{
    return QLocale(QLocale::English).toString(qRound64(n));
}

// Only a Redress store is ours to throw away: its header carries our
// application id (big-endian, offset 68).
bool isRedressStore(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(100);
    return header.size() == 100 && header.startsWith("SQLite format 3") &&
           qFromBigEndian<qint32>(header.constData() + 68) == core::Database::applicationId;
}

void removeStore(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runDemoBench(const BenchOptions& options)
{
    const QString path = QFileInfo(options.db).absoluteFilePath();
    const QString script = path + QStringLiteral(".floor.sql");
    const QString floor = path + QStringLiteral(".floor.sqlite");
    const QString cli =
        !options.cli.isEmpty()
            ? options.cli
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/redress-cli"));
    if (!QFileInfo(cli).isExecutable()) {
        say(QStringLiteral("redress-bench: redress-cli not found at %1; build it or pass --cli PATH.")
                .arg(cli));
        return 1;
    }
    if (QFileInfo::exists(path)) {
        if (!options.replace) {
            say(QStringLiteral(
                    "redress-bench: %1 exists; the demo is timed into a fresh file. Pass --replace "
                    "to build a new store in its place.")
                    .arg(path));
            return 1;
        }
        if (!isRedressStore(path)) {
            say(QStringLiteral("redress-bench: %1 is not a Redress store; it was left alone.").arg(path));
            return 1;
        }
        removeStore(path);
    }
    // What an earlier run left (it removes both when it ends) is replaced;
    // anything else of those names is left alone.
    if ((QFileInfo::exists(script) && !options.replace) ||
        (QFileInfo::exists(floor) && !isRedressStore(floor))) {
        say(QStringLiteral("redress-bench: %1 or %2 is in the way; it was left alone.").arg(script, floor));
        return 1;
    }
    QFile::remove(script);
    removeStore(floor);

    ShellRunner shell(options.sqlite3);
    const QString load = loadAverage();

    // Ours: the whole process, start to exit, as a person waiting sees it.
    say(QStringLiteral("generating %1 demo cases …").arg(options.cases));
    const CpuTicks beforeOurs = CpuTicks::now();
    auto ours = shell.runProgram(cli, {QStringLiteral("--db"), path, QStringLiteral("demo"),
                                       QStringLiteral("--cases"), QString::number(options.cases),
                                       QStringLiteral("--seed"), QString::number(options.seed),
                                       QStringLiteral("--now"), options.now});
    if (!ours || ours->exitCode != 0) {
        say(QStringLiteral("redress-bench: redress-cli demo failed: ") +
            (ours ? QString::fromUtf8(ours->err.trimmed()) : ours.error()));
        return 1;
    }
    const double othersOurs = CpuTicks::othersShare(beforeOurs, CpuTicks::now());

    // The same rows as a script; making it is not timed.
    say(QStringLiteral("dumping the store as a SQL script …"));
    auto dumped = shell.runProgram(options.sqlite3,
                                   {QStringLiteral("-batch"), QStringLiteral("-init"),
                                    QStringLiteral("/dev/null"), path, QStringLiteral(".dump")},
                                   script);
    if (!dumped || dumped->exitCode != 0) {
        say(QStringLiteral("redress-bench: .dump failed: ") +
            (dumped ? QString::fromUtf8(dumped->err.trimmed()) : dumped.error()));
        return 1;
    }
    const qint64 scriptBytes = QFileInfo(script).size();

    // The floor: the shell reads the script into a fresh file, with the page
    // cache and sorter threads the demo's bulk load gives itself.
    say(QStringLiteral("loading the script with the sqlite3 shell …"));
    const CpuTicks beforeShell = CpuTicks::now();
    auto floorRun = shell.runProgram(
        options.sqlite3,
        {QStringLiteral("-batch"), QStringLiteral("-init"), QStringLiteral("/dev/null"),
         QStringLiteral("-cmd"), QStringLiteral("PRAGMA cache_size = -262144"), QStringLiteral("-cmd"),
         QStringLiteral("PRAGMA threads = 2"), floor, QStringLiteral(".read ") + script},
        QStringLiteral("/dev/null"));
    const double othersShell = CpuTicks::othersShare(beforeShell, CpuTicks::now());
    QFile::remove(script);
    if (!floorRun || floorRun->exitCode != 0) {
        say(QStringLiteral("redress-bench: loading the script failed: ") +
            (floorRun ? QString::fromUtf8(floorRun->err.trimmed()) : floorRun.error()));
        removeStore(floor);
        return 1;
    }
    // Both files must hold the same rows, or the comparison means nothing.
    const QString counts =
        QStringLiteral("SELECT (SELECT count(*) FROM cases) || ' ' || (SELECT count(*) FROM "
                       "case_events) || ' ' || (SELECT max(hash) FROM case_events)");
    auto a = shell.query(path, counts);
    auto b = shell.query(floor, counts);
    const qint64 floorBytes = QFileInfo(floor).size();
    removeStore(floor);
    if (!a || !b || a->out != b->out) {
        say(QStringLiteral("redress-bench: the shell's file does not hold the demo's rows"));
        return 1;
    }

    const double oursS = ours->ms / 1000.0;
    const double shellS = floorRun->ms / 1000.0;
    const double ratio = oursS / shellS;
    const double cpuRatio = ours->cpuMs / floorRun->cpuMs;
    const bool met = options.cases / oursS >= demoAimPerSecond && ratio <= demoAimRatio;
    QString out;
    QTextStream md(&out);
    md << "## Demo generator\n\n";
    md << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", " << grouped(options.cases)
       << " cases (seed " << options.seed << "), command: `" << options.commandLine
       << "`. Load average before: " << load << "; other processes used "
       << QString::number(othersOurs * 100, 'f', 0) << "% / " << QString::number(othersShell * 100, 'f', 0)
       << "% of the machine's CPU during the two runs. Script: " << grouped(scriptBytes / 1048576.0)
       << " MiB; store " << grouped(QFileInfo(path).size() / 1048576.0) << " MiB, the shell's "
       << grouped(floorBytes / 1048576.0) << " MiB.\n\n";
    md << "| Run | Wall | Cases/s | CPU (user + sys) | Peak memory |\n|---|---|---|---|---|\n";
    md << "| `redress-cli demo` | " << QString::number(oursS, 'f', 1) << " s | "
       << grouped(options.cases / oursS) << " | " << QString::number(ours->cpuMs / 1000, 'f', 1) << " s | "
       << ours->maxRssKb / 1024 << " MiB |\n";
    md << "| sqlite3 shell `.read` of the `.dump` | " << QString::number(shellS, 'f', 1) << " s | "
       << grouped(options.cases / shellS) << " | " << QString::number(floorRun->cpuMs / 1000, 'f', 1)
       << " s | " << floorRun->maxRssKb / 1024 << " MiB |\n\n";
    md << "Ratio (wall) " << QString::number(ratio, 'f', 2) << "×, (CPU) "
       << QString::number(cpuRatio, 'f', 2)
       << "×. Aim: ≥ 20,000 cases/s and ≤ 3× the shell: " << (met ? "met" : "not met") << ".\n";
    if (!publish(out, options.markdown))
        return 1;
    return 0;
}

} // namespace redress::bench
