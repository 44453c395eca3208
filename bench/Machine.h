#pragma once

#include <QString>

namespace redress::bench {

/// What the numbers were measured on; printed with every report.
struct Machine
{
    int cores = 0;
    QString cpu;
    qint64 ramMb = 0;
    QString kernel;
    QString qt;
    QString sqliteLibrary; ///< the library Qt's SQLite driver runs on
    QString sqliteShell;   ///< `sqlite3 --version`

    static Machine probe(const QString& driverSqlite, const QString& shellVersion);
};

/// CPU time in clock ticks: the whole machine's, and this process's own with
/// the children it has waited for. Two snapshots tell how much of the
/// machine something else used while the benchmark ran.
struct CpuTicks
{
    qint64 machineBusy = 0;
    qint64 machineTotal = 0;
    qint64 own = 0;

    static CpuTicks now();
    /// The share of the machine's time, between `before` and `after`, that
    /// other processes kept busy.
    static double othersShare(const CpuTicks& before, const CpuTicks& after);
};

/// The first three fields of /proc/loadavg ("1.02 0.87 0.60"), or "?".
QString loadAverage();

/// A "VmHWM"-style line of /proc/self/status in KiB; 0 when absent.
qint64 procStatusKb(const char* key);

} // namespace redress::bench
