// redress-bench --only dashboard: the team lead's dashboard (issues 7, 18),
// one full compute() with no filter over all time and one with each filter
// field, against two runs of the sqlite3 shell: the very statements compute()
// ran (taken from SQLite itself, a profile trace with the bound values
// expanded, so that side cannot drift from the code), and the plainest SQL
// over the cases and follow-ups that gives the same figures, as someone
// without the store's summaries would write it.
#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"
#include "bench/Samples.h"
#include "bench/ShellRunner.h"

#include "core/Clock.h"
#include "core/report/Dashboard.h"
#include "core/store/Database.h"
#include "core/store/Sql.h"

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

QString oneLine(QString sql)
{
    return sql.simplified();
}

/// Every figure of the dashboard from the cases and follow-ups alone, one
/// plain statement each, as of `nowMs`. The promise deadline is taken at
/// UTC midnight here (the app takes the desk's), which costs the same.
QString plainScript(qint64 nowMs)
{
    return QStringLiteral(
               "SELECT root_cause_id, count(*), sum(compensation_cents) FROM cases GROUP BY root_cause_id;\n"
               "SELECT strftime('%Y-%m', opened_at / 1000, 'unixepoch'), root_cause_id, count(*) FROM cases "
               "GROUP BY 1, 2;\n"
               "SELECT strftime('%Y-%m', recorded_at / 1000, 'unixepoch'), count(*), sum(score >= 9), "
               "sum(score >= 7 AND score < 9), sum(score < 7), avg(score), count(prior_score), "
               "avg(CASE WHEN prior_score IS NOT NULL THEN score END), avg(prior_score) FROM follow_ups "
               "GROUP BY 1;\n"
               "SELECT count(*), sum(compensation_cents) FROM cases;\n"
               "SELECT sum(acknowledged_at > acknowledge_due OR (acknowledged_at IS NULL AND acknowledge_due "
               "< %1)), sum(first_contact_at > contact_due OR (first_contact_at IS NULL AND contact_due < "
               "%1)), "
               "sum(resolved_at > resolve_due OR (resolved_at IS NULL AND resolve_due < %1)) FROM cases;\n"
               "SELECT count(*) FROM cases WHERE escalation_level > 0 OR id IN (SELECT case_id FROM "
               "escalations);\n"
               "SELECT count(*), avg(resolved_at - opened_at) FROM cases WHERE status IN ('resolved', "
               "'follow_up', 'closed') AND resolved_at IS NOT NULL;\n"
               "SELECT count(*), sum(resolved_at < (unixepoch(promised_by, '+1 day') * 1000)), "
               "sum(resolved_at IS NULL AND %1 < unixepoch(promised_by, '+1 day') * 1000) FROM cases WHERE "
               "promised_by IS NOT NULL;\n"
               "SELECT count(*), sum(lifetime_value_cents) FROM customers WHERE id IN (SELECT c.customer_id "
               "FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE f.score >= 7);\n"
               "SELECT min(4, (%1 - opened_at) / 86400000 / 30), count(*) FROM cases WHERE status IN ('new', "
               "'acknowledged', 'in_recovery', 'reopened') GROUP BY 1;\n")
        .arg(nowMs);
}

/// One filter the dashboard is refreshed with, and what the table calls it.
struct Variant
{
    QString name;
    core::DashboardFilter filter;
};

/// No filter, then each field alone, on values the store holds.
QList<Variant> variants(const QSqlDatabase& db, const QDateTime& now)
{
    const auto first = [&](const char* statement) {
        auto v = core::sql::scalar(db, QLatin1String(statement), {}, QStringLiteral("picking a filter"), 0);
        return v ? v->toLongLong() : 0;
    };
    const QDate today = now.date();
    QList<Variant> out{{QStringLiteral("no filter, all time"), {}}};
    out << Variant{QStringLiteral("the last year"), {.range = {today.addYears(-1), today}}};
    out << Variant{QStringLiteral("the last 30 days"), {.range = {today.addDays(-30), today}}};
    out << Variant{QStringLiteral("one product"), {.productId = first("SELECT min(id) FROM products")}};
    out << Variant{QStringLiteral("one owner"), {.ownerId = first("SELECT min(owner_id) FROM cases")}};
    out << Variant{QStringLiteral("one channel"), {.channel = core::Channel::Email}};
    out << Variant{QStringLiteral("one root cause and below"), {.rootCauseId = 1}};
    out << Variant{QStringLiteral("a product and a channel (no summary)"),
                   {.productId = first("SELECT min(id) FROM products"), .channel = core::Channel::Phone}};
    return out;
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

    const QList<Variant> filters = variants(db->connection(), now);
    const CpuTicks before = CpuTicks::now();
    QList<Samples> ours(filters.size());
    // The filtered runs' first refresh traced too: their slow statements.
    QList<Trace> traces(filters.size());
    for (qsizetype v = 0; v < filters.size(); ++v) {
        for (int i = 0; i < options.warmups + options.runs; ++i) {
            if (i == 0)
                sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, onProfile, &traces[v]);
            clock.restart();
            auto again = dashboard.compute(filters[v].filter, core::ReportPeriod::Month);
            const double ms = clock.nsecsElapsed() / 1e6;
            sqlite3_trace_v2(handle, 0, nullptr, nullptr);
            if (!again) {
                say(QStringLiteral("redress-bench: dashboard: ") + again.error().toString());
                return 1;
            }
            if (i >= options.warmups)
                ours[v].add(ms);
        }
    }
    const double othersShare = CpuTicks::othersShare(before, CpuTicks::now());

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
    auto plain =
        shell.timeWarm(path, QStringLiteral("PRAGMA cache_size = %1;").arg(core::Database::cacheSizePragma),
                       plainScript(now.toMSecsSinceEpoch()), options.warmups, 3, 3);
    if (!plain) {
        say(QStringLiteral("redress-bench: shell: ") + plain.error());
        return 1;
    }

    QString out;
    QTextStream md(&out);
    const core::DashboardFigures& f = *first;
    md << "## Dashboard\n\n";
    md << "Store: " << f.cases << " cases, " << path << " (opened and migrated in "
       << QString::number(openMs / 1000, 'f', 2) << " s). Command: `" << options.commandLine << "`.\n\n";
    md << "Machine: " << QString::number(othersShare * 100, 'f', 0)
       << "% of its CPU time went to other processes while Redress ran.\n\n";
    md << "| Measurement | Redress (median) | sqlite3 shell, same statements | sqlite3 shell, plain SQL over "
          "the cases | Aim | Met |\n";
    md << "|---|---|---|---|---|---|\n";
    for (qsizetype v = 0; v < filters.size(); ++v) {
        const double ms = ours[v].median();
        md << "| full compute(), " << filters[v].name << " | " << QString::number(ms, 'f', 1) << " ms | ";
        if (v == 0) {
            md << QString::number(sh->median(), 'f', 1) << " ms ("
               << QString::number(sh->median() > 0 ? ms / sh->median() : 0, 'f', 2) << "×) | "
               << QString::number(plain->median(), 'f', 1) << " ms ("
               << QString::number(plain->median() > 0 ? ms / plain->median() : 0, 'f', 2) << "×) | ";
        } else {
            md << "| | ";
        }
        md << "< 1000 ms | " << (ms < dashboardAimMs ? "yes" : "no") << " |\n";
    }
    md << "\n";
    md << "Statements of the filtered refreshes over 20 ms (their first run):\n\n";
    for (qsizetype v = 1; v < filters.size(); ++v) {
        for (qsizetype i = 0; i < traces[v].sql.size(); ++i) {
            if (traces[v].ms[i] > 20)
                md << "- " << filters[v].name << ", " << QString::number(traces[v].ms[i], 'f', 1) << " ms: `"
                   << oneLine(traces[v].sql[i]).left(400) << "`\n";
        }
    }
    md << "\nPer statement (SQLite's own profile of the traced run) and its plan:\n\n";
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
    if (!publish(out, options.markdown))
        return 1;
    core::Clock::reset();
    return 0;
}

} // namespace redress::bench
