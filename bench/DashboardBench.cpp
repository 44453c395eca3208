// redress-bench --only dashboard: the team lead's dashboard (issue 7), one
// full compute() with no filter over all time, against the sqlite3 shell
// running the very statements it ran. The statements are taken from SQLite
// itself (a profile trace, with the bound values expanded), so the shell
// side cannot drift from the code.
#include "bench/Bench.h"
#include "bench/Samples.h"
#include "bench/ShellRunner.h"

#include "core/Clock.h"
#include "core/report/Dashboard.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

namespace redress::bench {

namespace {

constexpr double dashboardAimMs = 1000.0;
constexpr double dashboardAimRatio = 1.5;

/// The statements one compute() ran, as SQLite saw them, and their times.
struct Trace
{
    QStringList sql;
    QList<double> ms;
};

int onProfile(unsigned type, void* context, void* statement, void* nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto* trace = static_cast<Trace*>(context);
    char* text = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    trace->sql << QString::fromUtf8(text);
    sqlite3_free(text);
    trace->ms << static_cast<double>(*static_cast<sqlite3_int64*>(nanoseconds)) / 1e6;
    return 0;
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

QString oneLine(QString sql)
{
    return sql.simplified();
}

} // namespace

int runDashboardBench(const BenchOptions& options)
{
    const QDateTime now = QDateTime::fromString(options.now, Qt::ISODate).toUTC();
    if (!now.isValid()) {
        say(QStringLiteral("redress-bench: --now is not an ISO 8601 time: ") + options.now);
        return 1;
    }
    const QString path = QFileInfo(options.db).absoluteFilePath();
    // Opening migrates an older store (schema v8 adds the dashboard's
    // copies and indexes); that one-off cost is reported, not compared.
    QElapsedTimer clock;
    clock.start();
    auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
    const double openMs = clock.nsecsElapsed() / 1e6;
    if (!db) {
        say(QStringLiteral("redress-bench: ") + db.error().toString());
        return 1;
    }
    core::Clock::set([now] { return now; });
    core::Dashboard dashboard(*db);
    sqlite3* handle = handleOf(db->connection());
    if (!handle) {
        say(QStringLiteral("redress-bench: the store's connection is not SQLite"));
        return 1;
    }

    // One run traced: the statements, each timed by SQLite.
    Trace trace;
    sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, onProfile, &trace);
    auto first = dashboard.compute({}, core::ReportPeriod::Month);
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    if (!first) {
        say(QStringLiteral("redress-bench: dashboard: ") + first.error().toString());
        return 1;
    }

    Samples ours;
    for (int i = 0; i < options.warmups + options.runs; ++i) {
        clock.restart();
        auto again = dashboard.compute({}, core::ReportPeriod::Month);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!again) {
            say(QStringLiteral("redress-bench: dashboard: ") + again.error().toString());
            return 1;
        }
        if (i >= options.warmups)
            ours.add(ms);
    }

    ShellRunner shell(options.sqlite3);
    if (auto startup = shell.calibrate(options.warmups + 2, 15); !startup) {
        say(QStringLiteral("redress-bench: the sqlite3 shell cannot run: ") + startup.error());
        return 1;
    }
    QString script;
    for (const QString& statement : trace.sql)
        script += oneLine(statement) + QStringLiteral(";\n");
    // The shell warm, with the app's page cache, like the app's connection
    // after its first refresh.
    auto sh =
        shell.timeWarm(path, QStringLiteral("PRAGMA cache_size = %1;").arg(core::Database::cacheSizePragma),
                       script, options.warmups, 3, 3);
    if (!sh) {
        say(QStringLiteral("redress-bench: shell: ") + sh.error());
        return 1;
    }

    QString out;
    QTextStream md(&out);
    const core::DashboardFigures& f = *first;
    md << "## Dashboard\n\n";
    md << "Store: " << f.cases << " cases, " << path << " (opened and migrated in "
       << QString::number(openMs / 1000, 'f', 2) << " s). Command: `" << options.commandLine << "`.\n\n";
    md << "| Measurement | Redress (median) | sqlite3 shell (median) | Ratio | Aim | Met |\n";
    md << "|---|---|---|---|---|---|\n";
    const double ratio = sh->median() > 0 ? ours.median() / sh->median() : 0;
    const bool met = ours.median() <= dashboardAimMs && ratio <= dashboardAimRatio;
    md << "| full compute(), no filter, all time | " << QString::number(ours.median(), 'f', 1) << " ms | "
       << QString::number(sh->median(), 'f', 1) << " ms | " << QString::number(ratio, 'f', 2)
       << " | < 1000 ms and ≤ 1.5× shell | " << (met ? "yes" : "no") << " |\n\n";
    md << "Per statement (SQLite's own profile of the traced run) and its plan:\n\n";
    for (qsizetype i = 0; i < trace.sql.size(); ++i) {
        const QString sql = oneLine(trace.sql[i]);
        auto plan = shell.query(path, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        const QString planText =
            plan ? QString::fromUtf8(plan->out).trimmed().replace(QLatin1Char('\n'), QStringLiteral("; "))
                 : plan.error();
        md << "- " << QString::number(trace.ms[i], 'f', 1) << " ms: `" << sql.left(160)
           << (sql.size() > 160 ? "…" : "") << "`\n  plan: " << planText << "\n";
    }
    md.flush();
    std::fprintf(stdout, "%s\n", qPrintable(out));
    if (!options.markdown.isEmpty()) {
        QFile file(options.markdown);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(out.toUtf8());
    }
    core::Clock::reset();
    return 0;
}

} // namespace redress::bench
