// redress-bench --only import: `redress-cli import` of a CSV file of N rows
// (a million by default) into a fresh store, end to end, against the sqlite3
// shell's `.import` of the very same file into a fresh file of its own, in
// the same run. The shell only splits the file into a table of text; ours
// checks every cell, matches customers and products, writes each case with
// its timeline, provenance, search entries and audit seal. The ratio says
// what all that costs over reading the bytes.
#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"
#include "bench/ShellRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QTextStream>

namespace redress::bench {

namespace {

QString grouped(double n)
{
    return QLocale(QLocale::English).toString(qRound64(n));
}

void removeStore(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Rows as another system exports them: its own id, a day-first date, one
// customer in twenty a repeat, an address for most, a few hundred products,
// channel and status in that system's words (a profile translates them).
bool writeFile(const QString& path, qint64 rows, quint64 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator64 random(seed);
    static const char* channels[] = {"Email", "Phone", "Web", "Chat", "twitter"};
    static const char* statuses[] = {"open", "open", "solved", "closed", "pending"};
    static const char* words[] = {"kettle", "leaks",   "late",  "refund",  "rude",
                                  "broken", "again",   "never", "arrived", "charged",
                                  "twice",  "waiting", "weeks", "call",    "back"};
    QByteArray out = "Ticket ID,Created,Full name,Customer Email,Company,Product,Source,Status,Description\n";
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 customers = std::max<qint64>(rows / 20, 1);
    for (qint64 i = 1; i <= rows; ++i) {
        const qint64 c = static_cast<qint64>(random.bounded(static_cast<quint64>(customers)));
        const QDateTime opened = start.addSecs(i * 60);
        QByteArray description;
        const int n = 5 + static_cast<int>(random.bounded(20));
        for (int w = 0; w < n; ++w) {
            if (w > 0)
                description += ' ';
            description += words[random.bounded(15)];
        }
        out += "T-" + QByteArray::number(i) + ',' +
               opened.toString(QStringLiteral("dd/MM/yyyy HH:mm")).toLatin1() + ",Customer " +
               QByteArray::number(c) + ',' +
               (c % 10 == 0 ? QByteArray() : "c" + QByteArray::number(c) + "@example.test") + ",Company " +
               QByteArray::number(c % 500) + ",Product " + QByteArray::number(random.bounded(300)) + ',' +
               channels[random.bounded(5)] + ',' + statuses[random.bounded(5)] + ",\"" + description + "\"\n";
        if (out.size() > (4 << 20)) {
            if (f.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return f.write(out) == out.size() && f.flush();
}

} // namespace

int runImportBench(const BenchOptions& options)
{
    const QString path = QFileInfo(options.db).absoluteFilePath();
    const QString csv = path + QStringLiteral(".import.csv");
    const QString profile = path + QStringLiteral(".import.json");
    const QString floor = path + QStringLiteral(".import-floor.sqlite");
    const QString cli =
        !options.cli.isEmpty()
            ? options.cli
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/redress-cli"));
    if (!QFileInfo(cli).isExecutable()) {
        say(QStringLiteral("redress-bench: redress-cli not found at %1; build it or pass --cli PATH.")
                .arg(cli));
        return 1;
    }
    if (QFileInfo::exists(path) && !options.replace) {
        say(QStringLiteral("redress-bench: %1 exists; the import is timed into a fresh file. Pass --replace "
                           "to import into a new store in its place.")
                .arg(path));
        return 1;
    }
    removeStore(path);
    removeStore(floor);

    say(QStringLiteral("writing %1 rows to %2 …").arg(options.cases).arg(csv));
    if (!writeFile(csv, options.cases, options.seed)) {
        say(QStringLiteral("redress-bench: %1 cannot be written").arg(csv));
        return 1;
    }
    {
        QFile p(profile);
        if (!p.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        p.write(R"({"columns": {"Ticket ID": "external_id"}, "set": {"channel": "Web"},
                    "dates": ["dd/MM/yyyy HH:mm"],
                    "values": {"status": {"open": "acknowledged", "solved": "resolved", "pending": "in_recovery"},
                               "channel": {"twitter": "social"}},
                    "key": "external_id"})");
    }
    const qint64 bytes = QFileInfo(csv).size();
    ShellRunner shell(options.sqlite3);
    const QString load = loadAverage();

    say(QStringLiteral("redress-cli import …"));
    const CpuTicks beforeOurs = CpuTicks::now();
    auto ours = shell.runProgram(cli, {QStringLiteral("--db"), path, QStringLiteral("import"),
                                       QStringLiteral("--cases"), csv, QStringLiteral("--profile"), profile,
                                       QStringLiteral("--all-or-nothing")});
    const double othersOurs = CpuTicks::othersShare(beforeOurs, CpuTicks::now());
    if (!ours || ours->exitCode != 0) {
        say(QStringLiteral("redress-bench: redress-cli import failed: ") +
            (ours ? QString::fromUtf8(ours->err.trimmed().left(2000)) : ours.error()));
        return 1;
    }

    say(QStringLiteral("sqlite3 .import …"));
    const CpuTicks beforeShell = CpuTicks::now();
    auto floorRun =
        shell.runProgram(options.sqlite3,
                         {QStringLiteral("-batch"), QStringLiteral("-init"), QStringLiteral("/dev/null"),
                          floor, QStringLiteral(".import --csv %1 cases").arg(csv)},
                         QStringLiteral("/dev/null"));
    const double othersShell = CpuTicks::othersShare(beforeShell, CpuTicks::now());
    if (!floorRun || floorRun->exitCode != 0) {
        say(QStringLiteral("redress-bench: sqlite3 .import failed: ") +
            (floorRun ? QString::fromUtf8(floorRun->err.trimmed()) : floorRun.error()));
        return 1;
    }
    auto a = shell.query(path, QStringLiteral("SELECT count(*) FROM cases"));
    auto b = shell.query(floor, QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 oursBytes = QFileInfo(path).size();
    const qint64 floorBytes = QFileInfo(floor).size();
    removeStore(floor);
    QFile::remove(csv);
    QFile::remove(profile);
    if (!a || !b || a->out.trimmed() != QByteArray::number(options.cases) || a->out != b->out) {
        say(QStringLiteral("redress-bench: the two files do not hold the same %1 rows").arg(options.cases));
        return 1;
    }

    const double oursS = ours->ms / 1000.0;
    const double shellS = floorRun->ms / 1000.0;
    QString out;
    QTextStream md(&out);
    md << "## Import (issue 22)\n\n";
    md << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", " << grouped(options.cases)
       << " rows (seed " << options.seed << ", " << grouped(bytes / 1048576.0) << " MiB of CSV), command: `"
       << options.commandLine << "`. Load average before: " << load << "; other processes used "
       << QString::number(othersOurs * 100, 'f', 0) << "% / " << QString::number(othersShell * 100, 'f', 0)
       << "% of the machine's CPU during the two runs. Store " << grouped(oursBytes / 1048576.0)
       << " MiB, the shell's " << grouped(floorBytes / 1048576.0) << " MiB.\n\n";
    md << "| Run | Wall | Rows/s | CPU (user + sys) | Peak memory |\n|---|---|---|---|---|\n";
    md << "| `redress-cli import --profile` | " << QString::number(oursS, 'f', 1) << " s | "
       << grouped(options.cases / oursS) << " | " << QString::number(ours->cpuMs / 1000, 'f', 1) << " s | "
       << ours->maxRssKb / 1024 << " MiB |\n";
    md << "| sqlite3 shell `.import --csv` | " << QString::number(shellS, 'f', 1) << " s | "
       << grouped(options.cases / shellS) << " | " << QString::number(floorRun->cpuMs / 1000, 'f', 1)
       << " s | " << floorRun->maxRssKb / 1024 << " MiB |\n\n";
    md << "Ratio (wall) " << QString::number(oursS / shellS, 'f', 2) << "×, (CPU) "
       << QString::number(ours->cpuMs / floorRun->cpuMs, 'f', 2) << "×.\n";
    if (!publish(out, options.markdown))
        return 1;
    return 0;
}

} // namespace redress::bench
