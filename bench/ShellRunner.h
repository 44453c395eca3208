#pragma once

#include "bench/Samples.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <expected>

namespace redress::bench {

/// Runs a program (the sqlite3 shell, redress-cli) as a child process and
/// times it from spawn to exit.
///
/// posix_spawn and wait4 rather than QProcess: wait4 hands back the child's
/// own peak memory, and there is no event loop or pipe reader between the
/// clock and the child. Output goes to files, so a large result cannot fill
/// a pipe and stall the child.
class ShellRunner
{
public:
    struct Run
    {
        double ms = 0; ///< wall time, spawn to exit
        int exitCode = -1;
        qint64 maxRssKb = 0; ///< the child's peak resident memory
        double cpuMs = 0;    ///< the child's user + system CPU time
        QByteArray out;
        QByteArray err;
    };

    explicit ShellRunner(QString sqlite3 = QStringLiteral("sqlite3"));

    /// Runs `program` with `arguments` and waits for it. With `outPath`,
    /// standard output goes to that file and is not read back (a large
    /// export need not pass through this process's memory).
    std::expected<Run, QString> runProgram(const QString& program, const QStringList& arguments,
                                           const QString& outPath = {});
    /// `sqlite3 -batch -init /dev/null FILE SQL`; -init keeps a ~/.sqliterc out of it.
    std::expected<Run, QString> query(const QString& file, const QString& sql);

    /// Times `sqlite3 :memory: "SELECT 1"`: what starting the shell costs
    /// before it does anything with a file. Later timings subtract it.
    std::expected<Samples, QString> calibrate(int warmups, int runs);
    double startupMs() const { return m_startupMs; }

    /// Times `sql` on `file` in a shell of its own, as a person running the
    /// command would: each sample is the wall time less that of a startup
    /// run made just before it. Pairing them cancels the drift of a shared
    /// machine, which moves a process start by milliseconds from one second
    /// to the next. `last` receives the output of the final run.
    std::expected<Samples, QString> time(const QString& file, const QString& sql, int warmups, int runs,
                                         Run* last = nullptr);
    /// Times `sql` once the shell has it warm: one shell runs it once, the
    /// next `repeats` times, and the difference over `repeats - 1` is the cost
    /// of one more run with the file open and its pages cached. Both start
    /// with `setup` (say, the page cache size the app uses).
    std::expected<Samples, QString> timeWarm(const QString& file, const QString& setup, const QString& sql,
                                             int warmups, int runs, int repeats = 11);

    /// The shell's own version line ("3.40.1 2022-12-28 …").
    QString version();
    /// The largest peak memory of any shell run so far.
    qint64 maxRssKb() const { return m_maxRssKb; }

private:
    QString m_sqlite3;
    QTemporaryDir m_dir;
    double m_startupMs = 0;
    qint64 m_maxRssKb = 0;
};

} // namespace redress::bench
