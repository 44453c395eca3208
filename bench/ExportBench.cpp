#include "bench/Bench.h"

#include "core/io/CaseExporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace redress::bench {

namespace {

constexpr double exportAimRatio = 2.0;
// Against the floor: the shell dumping the cases table as it is.
constexpr double exportFloorAimRatio = 2.5;

/// Records in a CSV file, counted as RFC 4180 reads them: a line end inside
/// quotes is part of a field. Streams, so a large file costs no memory.
std::optional<qint64> csvRecords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    qint64 records = 0;
    bool quoted = false;
    bool inRecord = false;
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty()) {
        for (char c : chunk) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted) {
                ++records;
                inRecord = false;
                continue;
            }
            inRecord = true;
        }
    }
    return records + (inRecord ? 1 : 0);
}

/// CPU time of the calling thread, where the exporter runs.
double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

QString mib(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

bool Bench::measureExport()
{
    progress(QStringLiteral("CSV export of every case (%1 runs each side) …").arg(m_options.exportRuns));
    // What File › Export writes for the list as it opens: every case, the
    // default columns, newest first.
    const core::ExportOptions options;
    auto statement = core::CaseExporter::statement(m_db->connection(), options);
    if (!statement)
        return failed(statement.error().toString());
    if (!statement->values.isEmpty())
        return failed(QStringLiteral("the export's SELECT has bound values; the shell cannot be given it"));
    const QString sql = statement->sql + QLatin1Char(';');

    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(QStringLiteral("no temporary folder for the exports"));
    const QString shellOut = dir.filePath(QStringLiteral("shell.csv"));
    const QString oursOut = dir.filePath(QStringLiteral("redress.csv"));
    const QString cliOut = dir.filePath(QStringLiteral("cli.csv"));
    // The shell gets the page cache the app's connections have.
    const QStringList shellArguments{QStringLiteral("-batch"),
                                     QStringLiteral("-init"),
                                     QStringLiteral("/dev/null"),
                                     QStringLiteral("-csv"),
                                     QStringLiteral("-cmd"),
                                     QStringLiteral("PRAGMA cache_size = -32000;"),
                                     m_options.db,
                                     sql};
    // The floor: the plainest dump of the cases table, no lookups at all.
    const QString floorOut = dir.filePath(QStringLiteral("floor.csv"));
    QStringList floorArguments = shellArguments;
    floorArguments.last() = QStringLiteral("SELECT * FROM cases;");
    const QString cli = cliPath();
    if (!QFileInfo(cli).isExecutable())
        return failed(QStringLiteral("redress-cli not found at %1; build it or pass --cli PATH.").arg(cli));

    Samples shellWall, shellCpu, oursWall, oursCpu, cliWall, cliCpu, floorWall;
    qint64 rows = 0;
    const qint64 hwmBefore = procStatusKb("VmHWM");
    for (int i = 0; i < m_options.exportRuns; ++i) {
        // The three interleaved, so a change in the machine's load falls on
        // all of them alike.
        auto startup = m_shell.query(QStringLiteral(":memory:"), QStringLiteral("SELECT 1"));
        if (!startup)
            return failed(startup.error());
        auto shell = m_shell.runProgram(m_options.sqlite3, shellArguments, shellOut);
        if (!shell)
            return failed(shell.error());
        if (shell->exitCode != 0 || !shell->err.trimmed().isEmpty())
            return failed(QStringLiteral("sqlite3 -csv failed (exit %1): %2")
                              .arg(shell->exitCode)
                              .arg(QString::fromUtf8(shell->err.trimmed())));
        shellWall.add(shell->ms - startup->ms);
        shellCpu.add(shell->cpuMs - startup->cpuMs);
        auto floor = m_shell.runProgram(m_options.sqlite3, floorArguments, floorOut);
        if (!floor || floor->exitCode != 0)
            return failed(QStringLiteral("sqlite3 -csv of the cases table failed"));
        floorWall.add(floor->ms - startup->ms);
        progress(
            QStringLiteral("  run %1: shell %2 s").arg(i + 1).arg(shellWall.ms.last() / 1000, 0, 'f', 1));

        const double cpuBefore = threadCpuMs();
        QElapsedTimer clock;
        clock.start();
        auto written = core::CaseExporter(*m_db).writeFile(options, oursOut);
        oursWall.add(clock.nsecsElapsed() / 1e6);
        oursCpu.add(threadCpuMs() - cpuBefore);
        if (!written)
            return failed(QStringLiteral("export: ") + written.error().toString());
        rows = *written;
        progress(QStringLiteral("  run %1: CaseExporter %2 s")
                     .arg(i + 1)
                     .arg(oursWall.ms.last() / 1000, 0, 'f', 1));

        auto process = m_shell.runProgram(cli, {QStringLiteral("--db"), m_options.db,
                                                QStringLiteral("export"), QStringLiteral("--out"), cliOut});
        if (!process)
            return failed(process.error());
        if (process->exitCode != 0)
            return failed(QStringLiteral("redress-cli export failed: ") +
                          QString::fromUtf8(process->err.trimmed()));
        cliWall.add(process->ms);
        cliCpu.add(process->cpuMs);
        progress(QStringLiteral("  run %1: redress-cli export %2 s")
                     .arg(i + 1)
                     .arg(cliWall.ms.last() / 1000, 0, 'f', 1));
    }

    // Both sides wrote every case: the shell without a header row.
    const auto shellRecords = csvRecords(shellOut);
    const auto oursRecords = csvRecords(oursOut);
    const auto cliRecords = csvRecords(cliOut);
    if (rows != m_total || shellRecords != m_total || oursRecords != m_total + 1 || cliRecords != m_total + 1)
        return failed(
            QStringLiteral("the exports differ: %1 cases in the store, CaseExporter wrote %2 records "
                           "(header included), redress-cli %3, the shell %4")
                .arg(m_total)
                .arg(oursRecords.value_or(-1))
                .arg(cliRecords.value_or(-1))
                .arg(shellRecords.value_or(-1)));

    m_report.addComparison({QStringLiteral("CSV export, every case: CaseExporter::writeFile"), oursWall,
                            shellWall, QStringLiteral("≤ 2× shell"),
                            oursWall.median() <= exportAimRatio * shellWall.median()});
    m_report.addComparison({QStringLiteral("CSV export, every case: redress-cli export process"), cliWall,
                            shellWall, QStringLiteral("≤ 2× shell"),
                            cliWall.median() <= exportAimRatio * shellWall.median()});
    m_report.addComparison(
        {QStringLiteral("CSV export against the floor (the shell dumping the cases table): "
                        "CaseExporter::writeFile"),
         oursWall, floorWall, QStringLiteral("≤ 2.5× shell"),
         oursWall.median() <= exportFloorAimRatio * floorWall.median()});
    m_report.addComparison({QStringLiteral("CSV export, CPU time (user + sys): CaseExporter thread"), oursCpu,
                            shellCpu, QStringLiteral("— (info)"), std::nullopt});
    m_report.addComparison({QStringLiteral("CSV export, CPU time (user + sys): redress-cli process"), cliCpu,
                            shellCpu, QStringLiteral("— (info)"), std::nullopt});
    // Not the children's peaks: wait4's ru_maxrss for a posix_spawn child
    // starts from this process's resident size at the spawn.
    m_report.addFigure({QStringLiteral("CSV export: file sizes and memory"),
                        QStringLiteral("Redress %1 (%2 cases/s in process), shell %3; this process's VmHWM "
                                       "%4 before the exports, %5 after (the connection's 32 MB page cache "
                                       "filling; the writer holds one 256 KiB buffer)")
                            .arg(mib(QFileInfo(oursOut).size()))
                            .arg(qRound64(rows / (oursWall.median() / 1000.0)))
                            .arg(mib(QFileInfo(shellOut).size()))
                            .arg(mib(hwmBefore * 1024))
                            .arg(mib(procStatusKb("VmHWM") * 1024)),
                        QStringLiteral("constant memory"), std::nullopt});
    m_report.addNote(
        QStringLiteral(
            "CSV export: the shell runs `sqlite3 -batch -init /dev/null -csv -cmd \"PRAGMA cache_size "
            "= -32000;\" FILE \"<CaseExporter::statement()>;\"` (the exporter's own SELECT, so the same "
            "rows and columns; it prints stored values where Redress writes labels, local times and "
            "the RFC 4180 / spreadsheet-safe quoting), output to a file, less a startup run; the three "
            "sides run interleaved, %1 times each, and both files are checked to hold every case.")
            .arg(m_options.exportRuns));
    m_exportMeasured = true;
    return true;
}

} // namespace redress::bench
