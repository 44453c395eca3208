#include "bench/Report.h"

#include <QTextStream>

namespace redress::bench {

namespace {

QString ms(double value)
{
    if (value < 10)
        return QString::number(value, 'f', 2);
    if (value < 100)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 0);
}

QString spread(const Samples& s)
{
    return QStringLiteral("%1 (%2–%3)").arg(ms(s.median()), ms(s.min()), ms(s.max()));
}

QString ratio(const Report::Comparison& row)
{
    if (!row.shell || row.shell->median() <= 0)
        return QStringLiteral("—");
    return QString::number(row.redress.median() / row.shell->median(), 'f', 2) + QStringLiteral("×");
}

QString verdict(const std::optional<bool>& met)
{
    if (!met)
        return QStringLiteral("info");
    return *met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

QString pad(const QString& s, int width)
{
    return s.leftJustified(width);
}

} // namespace

QString Report::text() const
{
    QString out;
    QTextStream ts(&out);
    const Machine& m = m_context.machine;
    ts << "\nRedress benchmark, " << m_context.date << '\n'
       << "  store: " << m_context.store << " (" << m_context.cases << " cases, seed " << m_context.seed
       << ", " << m_context.fileBytes / (1024 * 1024) << " MiB)\n"
       << "  machine: " << m.cores << " cores, " << m.cpu << ", " << m.ramMb << " MiB RAM, " << m.kernel
       << '\n'
       << "  Qt " << m.qt << ", SQLite " << m.sqliteLibrary << " (driver), sqlite3 shell " << m.sqliteShell
       << '\n'
       << "  other load: " << m_context.interference << '\n'
       << "  Redress: median of " << m_context.runs << " runs after " << m_context.warmups
       << " warm-up; shell: median of " << m_context.shellRuns
       << " runs, each less a startup run just before it (startup median " << ms(m_context.shellStartupMs)
       << " ms)\n\n";

    ts << pad(QStringLiteral("operation"), 60) << pad(QStringLiteral("Redress ms"), 12)
       << pad(QStringLiteral("shell ms"), 10) << pad(QStringLiteral("ratio"), 9)
       << pad(QStringLiteral("aim"), 26) << "verdict\n";
    for (const Comparison& row : m_comparisons) {
        ts << pad(row.operation, 60) << pad(ms(row.redress.median()), 12)
           << pad(row.shell ? ms(row.shell->median()) : QStringLiteral("—"), 10) << pad(ratio(row), 9)
           << pad(row.aim, 26) << verdict(row.met) << '\n';
    }
    ts << '\n';
    for (const Figure& f : m_figures) {
        ts << f.measure << '\n' << "    " << f.value;
        if (f.aim != QLatin1String("—"))
            ts << "   [aim " << f.aim << ": " << verdict(f.met) << ']';
        ts << '\n';
    }
    if (!m_sql.isEmpty())
        ts << "\nSQL alone, both warm (repository on the calling thread; shell: in-session repeats, same 32 "
              "MB "
              "cache), median (min–max) ms:\n";
    for (const Comparison& row : m_sql) {
        ts << pad(row.operation, 60) << pad(spread(row.redress), 24)
           << pad(row.shell ? spread(*row.shell) : QStringLiteral("—"), 24) << ratio(row) << '\n';
    }
    if (!m_notes.isEmpty()) {
        ts << "\nNotes:\n";
        for (const QString& n : m_notes)
            ts << "  - " << n << '\n';
    }
    return out;
}

QString Report::markdown() const
{
    QString out;
    QTextStream ts(&out);
    const Machine& m = m_context.machine;
    ts << "| | |\n|---|---|\n"
       << "| date | " << m_context.date << " |\n"
       << "| cases | " << m_context.cases << " (seed " << m_context.seed << ") |\n"
       << "| store file | " << m_context.fileBytes / (1024 * 1024) << " MiB |\n"
       << "| CPU | " << m.cpu << ", " << m.cores << " cores (nproc) |\n"
       << "| RAM | " << m.ramMb << " MiB |\n"
       << "| OS | " << m.kernel << " |\n"
       << "| Qt | " << m.qt << " |\n"
       << "| SQLite | " << m.sqliteLibrary << " (Qt's driver); shell " << m.sqliteShell << " |\n"
       << "| method | Redress: median of " << m_context.runs << " runs after " << m_context.warmups
       << " warm-up. Shell: median of " << m_context.shellRuns
       << " runs, each the process wall time less that of `sqlite3 :memory: \"SELECT 1\"` run just before it "
          "(startup median "
       << ms(m_context.shellStartupMs) << " ms) |\n"
       << "| other load | " << m_context.interference << " |\n"
       << "| command | `" << m_context.command << "` |\n\n";

    ts << "| operation | Redress ms | sqlite3 shell ms | ratio | aim | verdict |\n"
       << "|---|--:|--:|--:|---|---|\n";
    for (const Comparison& row : m_comparisons) {
        ts << "| " << row.operation << " | " << ms(row.redress.median()) << " | "
           << (row.shell ? ms(row.shell->median()) : QStringLiteral("—")) << " | " << ratio(row) << " | "
           << row.aim << " | " << verdict(row.met) << " |\n";
    }
    ts << "\n| measure | value | aim | verdict |\n|---|---|---|---|\n";
    for (const Figure& f : m_figures)
        ts << "| " << f.measure << " | " << f.value << " | " << f.aim << " | " << verdict(f.met) << " |\n";
    if (!m_sql.isEmpty())
        ts << "\nSQL alone, both warm — the repository on the calling thread against the shell running the "
              "same statements again in one session with the same 32 MB page cache (median, min–max, ms):\n\n"
           << "| statement | Redress | sqlite3 shell | ratio |\n|---|--:|--:|--:|\n";
    for (const Comparison& row : m_sql) {
        ts << "| " << row.operation << " | " << spread(row.redress) << " | "
           << (row.shell ? spread(*row.shell) : QStringLiteral("—")) << " | " << ratio(row) << " |\n";
    }
    if (!m_notes.isEmpty()) {
        ts << '\n';
        for (const QString& n : m_notes)
            ts << "- " << n << '\n';
    }
    return out;
}

} // namespace redress::bench
