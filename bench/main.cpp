#include "bench/Bench.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

// redress-bench --db PATH [--cases N] [--seed S] [--reuse | --replace] [--markdown FILE]
//               [--only list|export|escalate|dashboard|search|demo|open|apology] [--export-runs N]
//
// Builds a store with the real `redress-cli demo` (timed end to end), then
// measures the case list through the real model and view, and the CSV
// export, against the sqlite3 shell on the same file. See docs/BENCHMARKS.md.
namespace redress::bench {
/// --only dashboard (bench/DashboardBench.cpp): measures an existing store.
int runDashboardBench(const BenchOptions& options);
/// --only search (bench/SearchBench.cpp): measures an existing store.
int runSearchBench(const BenchOptions& options);
/// --only demo (bench/DemoBench.cpp): the demo generator against the shell
/// loading the same rows from a script.
int runDemoBench(const BenchOptions& options);
/// --only open (bench/OpenBench.cpp): opening an existing store (a copy: it writes).
int runOpenBench(const BenchOptions& options);
/// --only apology (bench/ApologyBench.cpp): the apology checker and templates; no store.
int runApologyBench(const BenchOptions& options);
int runMailTransportBench(const BenchOptions& options);
int runImportBench(const BenchOptions& options);
} // namespace redress::bench

int main(int argc, char* argv[])
{
    // The view must paint for the model to be asked for rows, and a
    // benchmark must run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("redress-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Redress's case list on a large store against the sqlite3 shell on the same file."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store to build or measure."),
                                QStringLiteral("path"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Demo cases to generate (default 1000000)."),
                                   QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo generator seed (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("The demo's 'now', ISO 8601 (default 2026-01-31T09:00:00Z)."),
                                 QStringLiteral("time"), QStringLiteral("2026-01-31T09:00:00Z"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("Measure the store at --db as it is when it exists."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QStringLiteral("Delete an existing Redress store at --db and build a new one."));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Also write the results as markdown."),
                                      QStringLiteral("file"));
    const QCommandLineOption cli(
        QStringLiteral("cli"),
        QStringLiteral("The redress-cli to generate with (default: ../app/redress-cli "
                       "next to this program)."),
        QStringLiteral("path"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"),
                                     QStringLiteral("The sqlite3 shell (default: sqlite3)."),
                                     QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Measured runs per operation (default 5)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Measure only 'list' (the case list), 'export' (the CSV "
                                                 "export), 'escalate' (the escalation rules), 'dashboard' "
                                                 "(the team lead's figures, on an existing store), 'search' "
                                                 "(200 words drawn from an existing store), 'demo' (the "
                                                 "demo generator into a fresh file against the shell "
                                                 "loading the same rows), 'open' (opening to audit "
                                                 "verified and queue counts, on a copy of an existing "
                                                 "store: it writes) or 'apology' (the apology checker "
                                                 "and templates, no store), 'mail-transport' (10,000 "
                                                 "messages fetched over IMAP against curl, no store), "
                                                 "'import' (redress-cli import of a --cases-row CSV file "
                                                 "into a fresh --db against the shell's .import); list, "
                                                 "export and escalate by default."),
                                  QStringLiteral("part"));
    const QCommandLineOption exportRuns(QStringLiteral("export-runs"),
                                        QStringLiteral("Runs of the million-case CSV export, each side "
                                                       "(default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({db, cases, seed, now, reuse, replace, markdown, cli, sqlite3, runs, only, exportRuns});
    parser.process(app);

    const auto usage = [](const QString& message) {
        std::fprintf(stderr, "redress-bench: %s\nTry 'redress-bench --help'.\n", qPrintable(message));
        return 2;
    };
    redress::bench::BenchOptions options;
    options.db = parser.value(db);
    if (options.db.isEmpty() && parser.value(only) != QLatin1String("apology") &&
        parser.value(only) != QLatin1String("mail-transport"))
        return usage(QStringLiteral("--db PATH is required."));
    bool ok = false;
    options.cases = parser.value(cases).toLongLong(&ok);
    if (!ok || options.cases < 1000)
        return usage(QStringLiteral("--cases takes a whole number of at least 1000."));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed takes a whole number."));
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 1)
        return usage(QStringLiteral("--runs takes a whole number of at least 1."));
    options.exportRuns = parser.value(exportRuns).toInt(&ok);
    if (!ok || options.exportRuns < 1)
        return usage(QStringLiteral("--export-runs takes a whole number of at least 1."));
    options.only = parser.value(only);
    static const QStringList parts{QStringLiteral("list"),           QStringLiteral("export"),
                                   QStringLiteral("escalate"),       QStringLiteral("dashboard"),
                                   QStringLiteral("search"),         QStringLiteral("demo"),
                                   QStringLiteral("open"),           QStringLiteral("apology"),
                                   QStringLiteral("mail-transport"), QStringLiteral("import")};
    if (!options.only.isEmpty() && !parts.contains(options.only))
        return usage(QStringLiteral("--only takes one of: ") + parts.join(QStringLiteral(", ")) +
                     QLatin1Char('.'));
    if (parser.isSet(reuse) && parser.isSet(replace))
        return usage(QStringLiteral("--reuse and --replace exclude each other."));
    options.now = parser.value(now);
    options.reuse = parser.isSet(reuse);
    options.replace = parser.isSet(replace);
    options.markdown = parser.value(markdown);
    options.cli = parser.value(cli);
    options.sqlite3 = parser.value(sqlite3);
    options.commandLine = QApplication::arguments().join(QLatin1Char(' '));

    if (options.only == QLatin1String("dashboard"))
        return redress::bench::runDashboardBench(options);
    if (options.only == QLatin1String("search"))
        return redress::bench::runSearchBench(options);
    if (options.only == QLatin1String("demo"))
        return redress::bench::runDemoBench(options);
    if (options.only == QLatin1String("open"))
        return redress::bench::runOpenBench(options);
    if (options.only == QLatin1String("apology"))
        return redress::bench::runApologyBench(options);
    if (options.only == QLatin1String("mail-transport"))
        return redress::bench::runMailTransportBench(options);
    if (options.only == QLatin1String("import"))
        return redress::bench::runImportBench(options);

    redress::bench::Bench bench(std::move(options));
    return bench.run();
}
