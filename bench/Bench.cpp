#include "bench/Bench.h"

#include "bench/ListHarness.h"
#include "bench/Machine.h"
#include "bench/ShellSql.h"
#include "core/store/CaseListRepository.h"
#include "ui/cases/CaseListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QtEndian>

#include <memory>

namespace redress::bench {

using core::CaseColumn;
using core::CaseListQuery;

namespace {

constexpr int page = ui::CaseListModel::pageSize;
constexpr double listAimRatio = 2.0;
constexpr double firstScreenAimMs = 100;
constexpr double stallAimMs = 50;
constexpr double memoryAimBytes = 300e6;
constexpr double demoAimPerSecond = 20000;

QString columnName(CaseColumn column, Qt::SortOrder order)
{
    return core::keyOf(column) +
           (order == Qt::AscendingOrder ? QStringLiteral(" ascending") : QStringLiteral(" descending"));
}

CaseListQuery sorted(CaseColumn column, Qt::SortOrder order)
{
    CaseListQuery q;
    q.sortColumn = column;
    q.order = order;
    return q;
}

CaseListQuery searching(const QString& text)
{
    CaseListQuery q;
    q.filter.search = text;
    return q;
}

// "1,234,567" reads better than "1234567" in a table of throughput.
QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

// The id in the first field of each "a|b|c" line the shell prints.
QList<qint64> idsFrom(const QList<QByteArray>& lines)
{
    QList<qint64> ids;
    for (const QByteArray& line : lines)
        ids << line.left(line.indexOf('|')).toLongLong();
    return ids;
}

} // namespace

Bench::Bench(BenchOptions options)
    : m_options(std::move(options)), m_shell(m_options.sqlite3), m_out(stdout), m_err(stderr)
{
}

Bench::~Bench()
{
    if (m_db)
        m_db->closeAll();
}

int Bench::run()
{
    auto startup = m_shell.calibrate(m_options.warmups + 2, 15);
    if (!startup) {
        failed(QStringLiteral("the sqlite3 shell cannot run: ") + startup.error());
        return 1;
    }
    progress(
        QStringLiteral("sqlite3 shell startup: %1 ms (median of 15)").arg(m_shell.startupMs(), 0, 'f', 2));

    if (!prepareStore())
        return 1;
    m_cpuBefore = CpuTicks::now();
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            m_loadBefore = QString::fromLatin1(load.readAll().trimmed()).section(QLatin1Char(' '), 0, 2);
    }
    const bool list = m_options.only.isEmpty() || m_options.only == QLatin1String("list");
    const bool csv = m_options.only.isEmpty() || m_options.only == QLatin1String("export");
    const bool rules = m_options.only.isEmpty() || m_options.only == QLatin1String("escalate");
    m_listMeasured = list;
    // The rules write (they escalate), so they come after what only reads.
    const bool ok = measureOpen() &&
                    (!list || (measureFirstScreen() && measureScroll() && measurePeakMemory() &&
                               measureSorts() && measureSearches() && driveForStalls() && measureSql())) &&
                    (!csv || measureExport()) && (!rules || measureEscalation());
    if (!ok)
        return 1;
    finish();
    return 0;
}

// ---- the store --------------------------------------------------------

bool Bench::prepareStore()
{
    const QString path = QFileInfo(m_options.db).absoluteFilePath();
    m_options.db = path;
    const bool exists = QFileInfo::exists(path);
    if (exists && m_options.reuse) {
        progress(QStringLiteral("reusing %1; the demo generator is not measured").arg(path));
        m_report.addFigure({QStringLiteral("demo generator, end to end"),
                            QStringLiteral("not measured (--reuse)"), QStringLiteral("≥ 20,000 cases/s"),
                            std::nullopt});
        return true;
    }
    const QString cli = cliPath();
    if (!QFileInfo(cli).isExecutable())
        return failed(QStringLiteral("redress-cli not found at %1; build it or pass --cli PATH.").arg(cli));

    if (exists) {
        if (!m_options.replace)
            return failed(
                QStringLiteral("%1 exists. Pass --reuse to measure it as it is, or --replace to build a "
                               "new store in its place.")
                    .arg(path));
        // Only a Redress store is ours to throw away: its header carries
        // our application id (big-endian, offset 68).
        QFile f(path);
        QByteArray header;
        if (f.open(QIODevice::ReadOnly))
            header = f.read(100);
        f.close();
        const bool ours = header.size() == 100 && header.startsWith("SQLite format 3") &&
                          qFromBigEndian<qint32>(header.constData() + 68) == core::Database::applicationId;
        if (!ours)
            return failed(QStringLiteral("%1 is not a Redress store; it was left alone.").arg(path));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    progress(
        QStringLiteral("generating %1 demo cases with %2 …").arg(m_options.cases).arg(QDir::cleanPath(cli)));
    const CpuTicks before = CpuTicks::now();
    auto run = m_shell.runProgram(cli, {QStringLiteral("--db"), path, QStringLiteral("demo"),
                                        QStringLiteral("--cases"), QString::number(m_options.cases),
                                        QStringLiteral("--seed"), QString::number(m_options.seed),
                                        QStringLiteral("--now"), m_options.now});
    if (!run)
        return failed(run.error());
    if (run->exitCode != 0)
        return failed(QStringLiteral("redress-cli demo failed: ") + QString::fromUtf8(run->err.trimmed()));
    // The whole process, start to exit: what a person waiting for the demo
    // store sees. The CLI's own figure leaves out its start and open.
    const double perSecond = m_options.cases / (run->ms / 1000.0);
    const double others = CpuTicks::othersShare(before, CpuTicks::now());
    const auto own =
        QRegularExpression(QStringLiteral("cases_per_second: (\\d+)")).match(QString::fromUtf8(run->out));
    m_report.addFigure(
        {QStringLiteral("demo generator, end to end (redress-cli process)"),
         QStringLiteral("%1 cases/s (%2 s; CLI's own figure %3/s; peak %4 MiB; other processes "
                        "used %5% of the CPU meanwhile)")
             .arg(grouped(qRound64(perSecond)))
             .arg(run->ms / 1000.0, 0, 'f', 1)
             .arg(own.hasMatch() ? grouped(own.captured(1).toLongLong()) : QStringLiteral("?"))
             .arg(run->maxRssKb / 1024)
             .arg(others * 100, 0, 'f', 1),
         QStringLiteral("≥ 20,000 cases/s"), perSecond >= demoAimPerSecond});
    progress(
        QStringLiteral("demo: %1 s, %2 cases/s").arg(run->ms / 1000.0, 0, 'f', 1).arg(qRound64(perSecond)));
    return true;
}

// ---- open ---------------------------------------------------------------

bool Bench::measureOpen()
{
    progress(QStringLiteral("open …"));
    Samples ours;
    double first = 0;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        // Every connection closed, so each run opens the file as a start does.
        if (m_db)
            m_db->closeAll();
        QElapsedTimer clock;
        clock.start();
        auto db = core::Database::open(m_options.db, core::Database::OpenMode::OpenExisting);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!db)
            return failed(db.error().toString());
        m_db = *db;
        if (i == 0)
            first = ms;
        if (i >= m_options.warmups)
            ours.add(ms);
    }
    auto sh = shell(QStringLiteral("SELECT count(*) FROM sqlite_master;"));
    if (!sh)
        return false;
    m_report.addComparison({QStringLiteral("open (Database::open: checks, WAL, migrations)"), ours, sh,
                            QStringLiteral("— (info)"), std::nullopt});
    m_report.addNote(
        QStringLiteral("The first open in the process (loading Qt's SQLite driver) took %1 ms; the "
                       "open row is the median of the later ones.")
            .arg(first, 0, 'f', 2));

    // The SQLite Qt's driver runs on, for the report (it may differ from
    // the shell's); a bench is free to ask the connection directly.
    QSqlQuery version(m_db->connection());
    if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
        m_driverSqlite = version.value(0).toString();
    auto total = core::CaseListRepository(*m_db).count({});
    if (!total)
        return failed(total.error().toString());
    m_total = *total;
    if (m_total < 2 * page)
        return failed(QStringLiteral("the store has %1 cases; the benchmark needs a few hundred at least.")
                          .arg(m_total));
    if (m_options.reuse && m_total != m_options.cases)
        progress(QStringLiteral("the store holds %1 cases (not the %2 asked for); measuring what is there")
                     .arg(m_total)
                     .arg(m_options.cases));
    return true;
}

// ---- first screen -----------------------------------------------------

bool Bench::measureFirstScreen()
{
    const CaseListQuery byDefault;
    ShellRunner::Run last;
    m_firstPageShell =
        shell(shellSql::count(byDefault) + shellSql::window(byDefault, 0, page, m_total), &last);
    if (!m_firstPageShell || !sameAsRepository(QStringLiteral("first page"), last, byDefault, 0, page, true))
        return false;

    // What a start costs: the store opened, the window's list created, the
    // first rows in. The first run is the first view of the process, as at
    // a real start (style, fonts, the loader's connection all new); it
    // comes before any other list is made. The shell's figure already
    // includes opening the file, so it is the same count + first page.
    progress(QStringLiteral("open → first screen …"));
    Samples firstScreen;
    double coldStart = 0;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        m_stalls.stop();
        m_db->closeAll();
        QElapsedTimer clock;
        clock.start();
        auto db = core::Database::open(m_options.db, core::Database::OpenMode::OpenExisting);
        if (!db)
            return failed(db.error().toString());
        // The app opens the store before its window exists; the event loop
        // is watched from the moment the list is shown.
        auto list = std::make_unique<ListHarness>(*db);
        m_stalls.start();
        m_stalls.setPhase(i == 0 ? QStringLiteral("open → first screen, first in process")
                                 : QStringLiteral("open → first screen"));
        auto at = list->waitForRow(0, clock);
        if (!at)
            return failed(QStringLiteral("open → first screen: ") + at.error());
        if (i == 0)
            coldStart = *at;
        if (i >= m_options.warmups)
            firstScreen.add(*at);
        m_stalls.stop();
        absorb(*list);
        list.reset();
        m_db = *db;
    }
    Samples cold;
    cold.add(coldStart);
    m_report.addComparison({QStringLiteral("open → first screen, first in the process (one run)"), cold,
                            m_firstPageShell, QStringLiteral("≈ 100 ms after open"),
                            coldStart <= firstScreenAimMs});
    m_report.addComparison({QStringLiteral("open → first screen (open + model + view → rows 0–99)"),
                            firstScreen, m_firstPageShell, QStringLiteral("≈ 100 ms after open"),
                            firstScreen.median() <= firstScreenAimMs});

    // A model and view on a store already open: the count and the first
    // page through the loader thread, until the view's rows are in.
    progress(QStringLiteral("first page …"));
    Samples firstPage;
    Samples counted;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto list = std::make_unique<ListHarness>(*m_db);
        m_stalls.start();
        m_stalls.setPhase(QStringLiteral("first page"));
        auto at = list->waitForRow(0, clock);
        if (!at)
            return failed(QStringLiteral("first page: ") + at.error());
        if (i >= m_options.warmups) {
            firstPage.add(*at);
            counted.add(list->countedAtMs());
        }
        // Tearing the model down waits for its loader thread; that is not
        // the list being used, so it is kept out of the stall figure.
        m_stalls.stop();
        absorb(*list);
        list.reset();
    }
    m_report.addComparison({QStringLiteral("first page: model + view created → rows 0–99 loaded"), firstPage,
                            m_firstPageShell, QStringLiteral("≤ 2× shell"),
                            firstPage.median() <= listAimRatio * m_firstPageShell->median()});
    m_report.addNote(
        QStringLiteral("First page: the count reached the model after %1 ms (median) and rows 0–99 "
                       "after %2 ms; the SQL for both takes under 1 ms warm (see \"SQL alone\").")
            .arg(counted.median(), 0, 'f', 1)
            .arg(firstPage.median(), 0, 'f', 1));
    return true;
}

// ---- scrolling ----------------------------------------------------------

bool Bench::measureScroll()
{
    progress(QStringLiteral("scroll to the last row and the middle …"));
    const CaseListQuery byDefault;
    const int lastRow = static_cast<int>(m_total - 1);
    const int middleRow = static_cast<int>(m_total / 2);

    // Each run a fresh list showing its first page, so the far page is
    // never in the model's cache already.
    const auto scrollRuns = [&](const QString& phase, int row,
                                const std::function<void(ListHarness&)>& scroll) -> std::optional<Samples> {
        Samples samples;
        for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
            QElapsedTimer setup;
            setup.start();
            auto list = std::make_unique<ListHarness>(*m_db);
            m_stalls.start();
            m_stalls.setPhase(phase + QStringLiteral(" (setup)"));
            if (auto at = list->waitForRow(0, setup); !at) {
                failed(phase + QStringLiteral(": ") + at.error());
                return std::nullopt;
            }
            m_stalls.setPhase(phase);
            QElapsedTimer clock;
            clock.start();
            timedCall(phase, [&] { scroll(*list); });
            auto at = list->waitForRow(row, clock);
            if (!at) {
                failed(phase + QStringLiteral(": ") + at.error());
                return std::nullopt;
            }
            if (i >= m_options.warmups)
                samples.add(*at);
            m_stalls.stop();
            absorb(*list);
            list.reset();
        }
        return samples;
    };

    auto toLast = scrollRuns(QStringLiteral("scroll to last row"), lastRow,
                             [](ListHarness& list) { list.view().scrollToBottom(); });
    if (!toLast)
        return false;
    const qint64 lastStart = m_total - page;
    ShellRunner::Run last;
    auto naiveLast = shell(shellSql::naiveWindow(lastStart, page), &last);
    if (!naiveLast ||
        !sameAsRepository(QStringLiteral("last rows (naive SQL)"), last, byDefault, lastStart, page, false))
        return false;
    m_report.addComparison({QStringLiteral("scroll to last row: model + view (scrollToBottom → loaded)"),
                            *toLast, naiveLast, QStringLiteral("≤ 2× shell"),
                            toLast->median() <= listAimRatio * naiveLast->median()});

    // The repository alone, on this thread, for the same window.
    core::CaseListRepository repository(*m_db);
    Samples window;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto rows = repository.window(byDefault, lastStart, page, m_total);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!rows || rows->size() != page)
            return failed(QStringLiteral("last window: ") +
                          (rows ? QStringLiteral("short") : rows.error().toString()));
        if (i >= m_options.warmups)
            window.add(ms);
    }
    m_report.addComparison({QStringLiteral("last-row window: CaseListRepository::window (total known)"),
                            window, naiveLast, QStringLiteral("≤ 2× shell"),
                            window.median() <= listAimRatio * naiveLast->median()});

    auto toMiddle = scrollRuns(QStringLiteral("jump to middle row"), middleRow, [&](ListHarness& list) {
        list.view().scrollTo(list.model().index(middleRow, 0), QAbstractItemView::PositionAtCenter);
    });
    if (!toMiddle)
        return false;
    const qint64 middleStart = (middleRow / page) * page;
    ShellRunner::Run middle;
    auto naiveMiddle = shell(shellSql::naiveWindow(middleStart, page), &middle);
    if (!naiveMiddle || !sameAsRepository(QStringLiteral("middle rows (naive SQL)"), middle, byDefault,
                                          middleStart, page, false))
        return false;
    m_report.addComparison({QStringLiteral("jump to row N/2: model + view (scrollTo → loaded)"), *toMiddle,
                            naiveMiddle, QStringLiteral("— (info)"), std::nullopt});
    return true;
}

bool Bench::measurePeakMemory()
{
    progress(QStringLiteral("peak memory …"));
    QElapsedTimer clock;
    clock.start();
    ListHarness list(*m_db);
    m_stalls.start();
    m_stalls.setPhase(QStringLiteral("memory: top, middle, bottom"));
    const int rows[] = {0, static_cast<int>(m_total / 2), static_cast<int>(m_total - 1), 0};
    for (int row : rows) {
        timedCall(QStringLiteral("scrollTo"), [&] {
            list.view().scrollTo(list.model().index(row, 0), QAbstractItemView::PositionAtCenter);
        });
        if (auto at = list.waitForRow(row, clock); !at)
            return failed(QStringLiteral("memory: ") + at.error());
    }
    const qint64 hwmKb = procStatusKb("VmHWM");
    const qint64 rssKb = procStatusKb("VmRSS");
    m_stalls.stop();
    absorb(list);
    m_report.addFigure(
        {QStringLiteral("peak memory (VmHWM) with the store open in model + view, scrolled top, "
                        "middle, bottom"),
         QStringLiteral("%1 MiB (%2 MB); resident now %3 MiB; cached pages %4")
             .arg(hwmKb / 1024.0, 0, 'f', 1)
             .arg(hwmKb * 1024 / 1e6, 0, 'f', 1)
             .arg(rssKb / 1024.0, 0, 'f', 1)
             .arg(list.model().cachedPages()),
         QStringLiteral("< 300 MB"), hwmKb * 1024.0 < memoryAimBytes});
    return true;
}

// ---- sort and search --------------------------------------------------

std::optional<Samples> Bench::timeList(ListHarness& list, const QString& phase, int row,
                                       const std::function<bool()>& prepare, const std::function<void()>& act)
{
    Samples samples;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        m_stalls.setPhase(phase + QStringLiteral(" (setup)"));
        if (!prepare())
            return std::nullopt;
        m_stalls.setPhase(phase);
        QElapsedTimer clock;
        clock.start();
        timedCall(phase, act);
        auto at = list.waitForRow(row, clock);
        if (!at) {
            failed(phase + QStringLiteral(": ") + at.error());
            return std::nullopt;
        }
        if (i >= m_options.warmups)
            samples.add(*at);
    }
    return samples;
}

bool Bench::measureSorts()
{
    progress(QStringLiteral("sorting …"));
    ListHarness list(*m_db);
    m_stalls.start();
    QElapsedTimer clock;
    clock.start();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("sort: ") + at.error());

    const std::pair<CaseColumn, Qt::SortOrder> targets[] = {{CaseColumn::Customer, Qt::AscendingOrder},
                                                            {CaseColumn::Customer, Qt::DescendingOrder},
                                                            {CaseColumn::Opened, Qt::AscendingOrder},
                                                            {CaseColumn::Opened, Qt::DescendingOrder}};
    for (const auto& [column, order] : targets) {
        const QString name = columnName(column, order);
        // Each run starts from the list sorted by reference, so the click
        // always changes the order (sort() ignores a click that does not).
        const auto prepare = [&] {
            QElapsedTimer c;
            c.start();
            list.view().sortByColumn(static_cast<int>(CaseColumn::Reference), Qt::AscendingOrder);
            if (auto at = list.waitForRow(0, c); !at)
                return failed(QStringLiteral("sort setup: ") + at.error());
            return true;
        };
        auto ours = timeList(list, QStringLiteral("sort by ") + name, 0, prepare,
                             [&] { list.view().sortByColumn(static_cast<int>(column), order); });
        if (!ours)
            return false;
        m_stalls.stop();
        const CaseListQuery query = sorted(column, order);
        ShellRunner::Run last;
        auto sh = shell(shellSql::count(query) + shellSql::window(query, 0, page, m_total), &last);
        if (!sh || !sameAsRepository(QStringLiteral("sort by ") + name, last, query, 0, page, true))
            return false;
        m_stalls.start();
        m_report.addComparison({QStringLiteral("sort by %1: click → count + rows 0–99").arg(name), *ours, sh,
                                QStringLiteral("≤ 2× shell"), ours->median() <= listAimRatio * sh->median()});
    }
    m_stalls.stop();
    absorb(list);
    return true;
}

bool Bench::measureSearches()
{
    progress(QStringLiteral("searching …"));
    ListHarness list(*m_db);
    m_stalls.start();
    QElapsedTimer clock;
    clock.start();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("search: ") + at.error());

    // A word of the demo descriptions, and part of a customer's surname.
    for (const QString& word : {QStringLiteral("grinding"), QStringLiteral("Nakam")}) {
        const auto prepare = [&] {
            QElapsedTimer c;
            c.start();
            list.model().setFilter({});
            if (auto at = list.waitForRow(0, c); !at)
                return failed(QStringLiteral("search setup: ") + at.error());
            return true;
        };
        core::CaseListFilter filter;
        filter.search = word;
        const QString phase = QStringLiteral("search \"%1\"").arg(word);
        auto ours = timeList(list, phase, 0, prepare, [&] { list.model().setFilter(filter); });
        if (!ours)
            return false;
        m_stalls.stop();
        const qint64 matches = list.model().rowCount();
        const CaseListQuery query = searching(word);
        ShellRunner::Run last;
        auto sh = shell(shellSql::count(query) + shellSql::window(query, 0, page, matches), &last);
        if (!sh || !sameAsRepository(phase, last, query, 0, page, true))
            return false;
        m_stalls.start();
        m_report.addComparison(
            {QStringLiteral("search \"%1\" (%2 matches): count + rows 0–99").arg(word, grouped(matches)),
             *ours, sh, QStringLiteral("≤ 2× shell"), ours->median() <= listAimRatio * sh->median()});
    }
    m_stalls.stop();
    absorb(list);

    // Whether search goes through the trigram indexes rather than reading
    // every case: SQLite's own plan for the count, asked of the shell.
    auto plan = m_shell.query(m_options.db, QStringLiteral("EXPLAIN QUERY PLAN ") +
                                                shellSql::count(searching(QStringLiteral("grinding"))));
    if (!plan)
        return failed(plan.error());
    const QString text = QString::fromUtf8(plan->out);
    const bool fts = text.contains(QLatin1String("SCAN case_search VIRTUAL TABLE")) &&
                     text.contains(QLatin1String("SCAN customer_search VIRTUAL TABLE"));
    const bool fullScan = text.contains(QRegularExpression(QStringLiteral("SCAN c(\\s|$)")));
    m_report.addFigure({QStringLiteral("search of ≥ 3 characters uses the FTS5 trigram indexes"),
                        fts && !fullScan
                            ? QStringLiteral("yes: case_search and customer_search MATCH, no scan of cases")
                            : QStringLiteral("no: ") + text.simplified(),
                        QStringLiteral("through FTS5 trigram"), fts && !fullScan});
    return true;
}

// ---- the GUI thread -----------------------------------------------------

bool Bench::driveForStalls()
{
    progress(QStringLiteral("driving the list for stalls …"));
    ListHarness list(*m_db);
    m_stalls.start();
    QElapsedTimer clock;
    clock.start();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("stalls: ") + at.error());
    QScrollBar* bar = list.view().verticalScrollBar();

    // Dragging the scroll bar thumb from top to bottom at 60 frames a second.
    m_stalls.setPhase(QStringLiteral("drag scroll bar top → bottom"));
    for (int step = 0; step <= 120; ++step) {
        timedCall(QStringLiteral("drag scroll bar"),
                  [&] { bar->setValue(static_cast<int>(qint64(bar->maximum()) * step / 120)); });
        ListHarness::spin(16);
    }
    if (auto at = list.waitForRow(static_cast<int>(m_total - 1), clock); !at)
        return failed(QStringLiteral("stalls: ") + at.error());

    // Page Up held down from the bottom.
    m_stalls.setPhase(QStringLiteral("page up ×100"));
    for (int step = 0; step < 100; ++step) {
        timedCall(QStringLiteral("page up"), [&] { bar->triggerAction(QAbstractSlider::SliderPageStepSub); });
        ListHarness::spin(16);
    }

    // Clicking through every column header in quick succession.
    m_stalls.setPhase(QStringLiteral("click every header"));
    for (int column = 0; column < core::caseColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timedCall(QStringLiteral("sortByColumn"), [&] { list.view().sortByColumn(column, order); });
            ListHarness::spin(30);
        }
    }
    clock.restart();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("stalls: ") + at.error());

    // Typing a search one key at a time, with no delay in front of the
    // model, so each key restarts the query.
    m_stalls.setPhase(QStringLiteral("typing a search"));
    const QString typed = QStringLiteral("grinding");
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        core::CaseListFilter filter;
        filter.search = typed.left(n);
        timedCall(QStringLiteral("setFilter"), [&] { list.model().setFilter(filter); });
        ListHarness::spin(40);
    }
    clock.restart();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("stalls: ") + at.error());
    m_stalls.setPhase(QStringLiteral("clear the search"));
    timedCall(QStringLiteral("setFilter"), [&] { list.model().setFilter({}); });
    clock.restart();
    if (auto at = list.waitForRow(0, clock); !at)
        return failed(QStringLiteral("stalls: ") + at.error());
    m_stalls.stop();
    absorb(list);
    return true;
}

// ---- SQL alone --------------------------------------------------------

bool Bench::measureSql()
{
    progress(QStringLiteral("SQL alone …"));
    core::CaseListRepository repository(*m_db);
    const auto timeRepository = [&](const std::function<bool()>& call) -> std::optional<Samples> {
        Samples samples;
        for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!call())
                return std::nullopt;
            if (i >= m_options.warmups)
                samples.add(clock.nsecsElapsed() / 1e6);
        }
        return samples;
    };
    struct Case
    {
        QString name;
        CaseListQuery query;
        qint64 start;
        bool withCount;
    };
    const CaseListQuery byDefault;
    const QList<Case> cases{
        {QStringLiteral("count(*), no filter"), byDefault, -1, true},
        {QStringLiteral("window rows 0–99, opened descending"), byDefault, 0, false},
        {QStringLiteral("window last 100 rows (read from the far end)"), byDefault, m_total - page, false},
        {QStringLiteral("window rows N/2… (OFFSET on the covering index)"), byDefault, m_total / 2, false},
        {QStringLiteral("count + rows 0–99, customer ascending"),
         sorted(CaseColumn::Customer, Qt::AscendingOrder), 0, true},
        {QStringLiteral("count + rows 0–99, search \"grinding\""), searching(QStringLiteral("grinding")), 0,
         true},
        {QStringLiteral("count + rows 0–99, search \"Nakam\""), searching(QStringLiteral("Nakam")), 0, true},
    };
    for (const Case& c : cases) {
        auto count = repository.count(c.query);
        if (!count)
            return failed(count.error().toString());
        const qint64 total = *count;
        auto ours = timeRepository([&] {
            if (c.withCount) {
                auto n = repository.count(c.query);
                if (!n)
                    return failed(n.error().toString());
            }
            if (c.start < 0)
                return true;
            auto rows = repository.window(c.query, c.start, page, total);
            if (!rows)
                return failed(rows.error().toString());
            return true;
        });
        if (!ours)
            return false;
        QString sql = c.withCount ? shellSql::count(c.query) : QString();
        if (c.start >= 0)
            sql += shellSql::window(c.query, c.start, page, total);
        if (c.start >= 0) {
            auto once = m_shell.query(m_options.db, sql);
            if (!once)
                return failed(once.error());
            if (!sameAsRepository(c.name, *once, c.query, c.start, page, c.withCount))
                return false;
        }
        // The repository's connection is warm and has a 32 MB page cache;
        // the shell gets the same cache and is timed warm as well.
        auto sh = m_shell.timeWarm(m_options.db, QStringLiteral("PRAGMA cache_size = -32000;"), sql,
                                   m_options.warmups, m_options.shellRuns);
        if (!sh)
            return failed(sh.error());
        m_report.addSqlDetail({c.name, *ours, *sh, {}, std::nullopt});
    }
    return true;
}

// ---- helpers ------------------------------------------------------------

QString Bench::cliPath() const
{
    if (!m_options.cli.isEmpty())
        return m_options.cli;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/redress-cli"));
}

std::optional<Samples> Bench::shell(const QString& sql, ShellRunner::Run* last)
{
    auto samples = m_shell.time(m_options.db, sql, m_options.warmups, m_options.shellRuns, last);
    if (!samples) {
        failed(samples.error());
        return std::nullopt;
    }
    return *samples;
}

bool Bench::sameAsRepository(const QString& what, const ShellRunner::Run& run, const CaseListQuery& query,
                             qint64 start, int length, bool withCount)
{
    QList<QByteArray> lines = run.out.split('\n');
    lines.removeAll(QByteArray());
    core::CaseListRepository repository(*m_db);
    auto count = repository.count(query);
    if (!count)
        return failed(count.error().toString());
    if (withCount) {
        if (lines.isEmpty() || lines.takeFirst().toLongLong() != *count)
            return failed(QStringLiteral("%1: the shell's count differs from the repository's; the SQL in "
                                         "bench/ShellSql.cpp no longer matches CaseListRepository")
                              .arg(what));
    }
    auto ids = repository.ids(query, start, length, *count);
    if (!ids)
        return failed(ids.error().toString());
    if (idsFrom(lines) != *ids)
        return failed(
            QStringLiteral("%1: the shell returned other rows than the repository (%2 against %3 ids); "
                           "the SQL in bench/ShellSql.cpp no longer matches CaseListRepository")
                .arg(what)
                .arg(lines.size())
                .arg(ids->size()));
    return true;
}

void Bench::absorb(const ListHarness& list)
{
    const ListHarness::GuiCosts& c = list.guiCosts();
    m_guiCosts.paints.ms << c.paints.ms;
    m_guiCosts.inserts.ms << c.inserts.ms;
    m_guiCosts.resets.ms << c.resets.ms;
}

void Bench::timedCall(const QString& what, const std::function<void()>& call)
{
    QElapsedTimer clock;
    clock.start();
    call();
    const double ms = clock.nsecsElapsed() / 1e6;
    if (ms > m_longestCallMs) {
        m_longestCallMs = ms;
        m_longestCall = what;
    }
}

bool Bench::failed(const QString& message)
{
    m_err << "redress-bench: " << message << '\n';
    m_err.flush();
    return false;
}

void Bench::progress(const QString& message)
{
    // The peak so far, so a jump in memory can be traced to a phase.
    m_err << "… " << message << "  [VmHWM " << procStatusKb("VmHWM") / 1024 << " MiB]\n";
    m_err.flush();
}

void Bench::finish()
{
    if (m_listMeasured)
        finishList();
    // The whole run's peak also covers the searches (FTS5 holds a common
    // trigram's whole doclist in memory), the export and the bench's own
    // connection.
    const qint64 hwmKb = procStatusKb("VmHWM");
    QString after = m_listMeasured ? QStringLiteral("after every sort, search and scroll") : QString();
    if (m_exportMeasured)
        after += (after.isEmpty() ? QString() : QStringLiteral(" and ")) +
                 QStringLiteral("after the CSV export of every case");
    if (m_escalationMeasured)
        after += (after.isEmpty() ? QString() : QStringLiteral(" and ")) +
                 QStringLiteral("after the escalation passes");
    m_report.addFigure(
        {QStringLiteral("peak memory (VmHWM) of the whole benchmark process, ") + after,
         QStringLiteral("%1 MiB (%2 MB)").arg(hwmKb / 1024.0, 0, 'f', 1).arg(hwmKb * 1024 / 1e6, 0, 'f', 1),
         QStringLiteral("< 300 MB"), hwmKb * 1024.0 < memoryAimBytes});
    writeReport();
}

void Bench::finishList()
{
    QStringList phases;
    for (auto it = m_stalls.worstByPhase().cbegin(); it != m_stalls.worstByPhase().cend(); ++it)
        phases << QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value(), 0, 'f', 1);
    m_report.addFigure(
        {QStringLiteral("longest GUI-thread stall (5 ms timer lateness) while driving the list"),
         QStringLiteral("%1 ms, during \"%2\"").arg(m_stalls.worstMs(), 0, 'f', 1).arg(m_stalls.worstPhase()),
         QStringLiteral("≤ 50 ms"), m_stalls.worstMs() <= stallAimMs});
    m_report.addFigure(
        {QStringLiteral("most CPU the GUI thread itself spent between two ticks (the stall less "
                        "time it was not scheduled)"),
         QStringLiteral("%1 ms, during \"%2\"")
             .arg(m_stalls.worstBusyMs(), 0, 'f', 1)
             .arg(m_stalls.worstBusyPhase()),
         QStringLiteral("≤ 50 ms"), m_stalls.worstBusyMs() <= stallAimMs});
    m_report.addFigure({QStringLiteral("longest single GUI-thread call (sort, setFilter, scroll)"),
                        QStringLiteral("%1 ms (%2)").arg(m_longestCallMs, 0, 'f', 2).arg(m_longestCall),
                        QStringLiteral("≤ 50 ms"), m_longestCallMs <= stallAimMs});
    m_report.addFigure({QStringLiteral("peak memory of any sqlite3 shell run (for comparison)"),
                        QStringLiteral("%1 MiB").arg(m_shell.maxRssKb() / 1024.0, 0, 'f', 1),
                        QStringLiteral("—"), std::nullopt});
    const auto cost = [](const Samples& s) {
        return QStringLiteral("median %1 ms, max %2 ms (%3×)")
            .arg(s.median(), 0, 'f', 1)
            .arg(s.max(), 0, 'f', 1)
            .arg(s.ms.size());
    };
    m_report.addFigure({QStringLiteral("GUI thread: one paint of the table"), cost(m_guiCosts.paints),
                        QStringLiteral("—"), std::nullopt});
    m_report.addFigure({QStringLiteral("GUI thread: rows inserted (the view and header reacting to "
                                       "endInsertRows)"),
                        cost(m_guiCosts.inserts), QStringLiteral("—"), std::nullopt});
    m_report.addFigure(
        {QStringLiteral("GUI thread: model reset (a new sort or filter, or its count arriving)"),
         cost(m_guiCosts.resets), QStringLiteral("—"), std::nullopt});
    m_report.addNote(QStringLiteral("Worst stall by phase: ") + phases.join(QStringLiteral("; ")) +
                     QLatin1Char('.'));
}

void Bench::writeReport()
{
    const double others = CpuTicks::othersShare(m_cpuBefore, CpuTicks::now());
    const QString interference =
        QStringLiteral("other processes kept %1% of the machine's CPU time busy while the "
                       "benchmark ran (load average before: %2); above a few per cent "
                       "the figures are disturbed")
            .arg(others * 100, 0, 'f', 1)
            .arg(m_loadBefore);

    Report::Context context;
    context.machine = Machine::probe(m_driverSqlite, m_shell.version());
    context.date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    context.store = m_options.db;
    context.fileBytes = QFileInfo(m_options.db).size();
    context.cases = m_total;
    context.seed = m_options.reuse ? QStringLiteral("%1, as given with --reuse").arg(m_options.seed)
                                   : QString::number(m_options.seed);
    context.warmups = m_options.warmups;
    context.runs = m_options.runs;
    context.shellRuns = m_options.shellRuns;
    context.shellStartupMs = m_shell.startupMs();
    context.command = m_options.commandLine;
    context.interference = interference;
    m_report.setContext(context);

    m_out << m_report.text();
    m_out.flush();
    if (!m_options.markdown.isEmpty()) {
        QFile file(m_options.markdown);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            failed(QStringLiteral("cannot write %1: %2").arg(m_options.markdown, file.errorString()));
            return;
        }
        file.write(m_report.markdown().toUtf8());
        progress(QStringLiteral("markdown written to %1").arg(m_options.markdown));
    }
}

} // namespace redress::bench
