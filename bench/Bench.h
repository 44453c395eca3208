#pragma once

#include "bench/ListHarness.h"
#include "bench/Machine.h"
#include "bench/Report.h"
#include "bench/ShellRunner.h"
#include "bench/StallMonitor.h"
#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace redress::bench {

struct BenchOptions
{
    QString db;
    qint64 cases = 1'000'000;
    quint64 seed = 1;
    /// Fixed, so the same seed gives the same store on any day.
    QString now = QStringLiteral("2026-01-31T09:00:00Z");
    bool reuse = false;
    bool replace = false;
    QString markdown;
    QString cli;
    QString sqlite3 = QStringLiteral("sqlite3");
    int warmups = 1;
    int runs = 5;
    /// The shell is cheap to run and a process start is noisy: more runs.
    int shellRuns = 11;
    /// "list", "export", "escalate", or empty for all.
    QString only;
    /// Runs of the CSV export, each side; a million-case export takes tens
    /// of seconds, so fewer than the list's.
    int exportRuns = 3;
    QString commandLine;
};

/// One benchmark run: builds (or reuses) the store, then measures the case
/// list through the real model and view against the sqlite3 shell running
/// the equivalent SQL on the same file, and reports.
class Bench
{
public:
    explicit Bench(BenchOptions options);
    ~Bench();

    /// 0 when every measurement ran (whether or not the aims were met).
    int run();

private:
    bool prepareStore();
    bool openStore();
    bool measureOpen();
    bool measureFirstScreen();
    bool measureScroll();
    bool measurePeakMemory();
    bool measureSorts();
    bool measureSearches();
    bool driveForStalls();
    bool measureSql();
    /// The CSV export of every case against `sqlite3 -csv` running the
    /// exporter's own SELECT (bench/ExportBench.cpp).
    bool measureExport();
    /// One pass of the escalation rules, and the passes after it, against
    /// the shell running the rules' query (bench/EscalateBench.cpp).
    bool measureEscalation();
    void finish();
    void finishList();
    void writeReport();
    /// The redress-cli to run: --cli, or the one built beside this program.
    QString cliPath() const;

    /// Times an operation on a list: `prepare` (untimed) brings the list to
    /// its starting point, `act` starts the operation, and the time runs
    /// until `row` is loaded. Warm-ups first, then the measured runs.
    std::optional<Samples> timeList(ListHarness& list, const QString& phase, int row,
                                    const std::function<bool()>& prepare, const std::function<void()>& act);
    /// The shell on the store, less its startup.
    std::optional<Samples> shell(const QString& sql, ShellRunner::Run* last = nullptr);
    /// Whether the shell returned the count and ids the repository does for
    /// the same window; a mismatch means the spelled-out SQL has drifted.
    bool sameAsRepository(const QString& what, const ShellRunner::Run& run, const core::CaseListQuery& query,
                          qint64 start, int length, bool withCount);
    /// Keeps the worst GUI-thread costs a list has seen before it goes.
    void absorb(const ListHarness& list);
    /// Calls `call` on the GUI thread and keeps the longest such call.
    void timedCall(const QString& what, const std::function<void()>& call);
    bool failed(const QString& message);
    void progress(const QString& message);

    BenchOptions m_options;
    ShellRunner m_shell;
    StallMonitor m_stalls;
    Report m_report;
    QTextStream m_out;
    QTextStream m_err;
    std::optional<core::Database> m_db;
    qint64 m_total = 0;
    QString m_driverSqlite;
    bool m_listMeasured = false;
    bool m_exportMeasured = false;
    bool m_escalationMeasured = false;
    double m_longestCallMs = 0;
    QString m_longestCall;
    std::optional<Samples> m_firstPageShell;
    ListHarness::GuiCosts m_guiCosts;
    CpuTicks m_cpuBefore;
    QString m_loadBefore;
};

} // namespace redress::bench
