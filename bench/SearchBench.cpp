// redress-bench --only search: a search for any word of three or more
// letters, the count and the first hundred rows, over 200 words drawn from
// the store's own descriptions and customers, through CaseListRepository.
// The floor is the sqlite3 shell's best plain plan for the same answer:
// for each word the faster of two spellings (an OR of the two trigram
// tables' matches, as a person would first write it, and a UNION of their
// ids with the date index walked), each timed by the shell's own `.timer`.
#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"
#include "bench/Samples.h"
#include "bench/ShellRunner.h"

#include "core/store/CaseListRepository.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>

namespace redress::bench {

namespace {

constexpr int wordCount = 200;
constexpr int page = 100;
constexpr int repeats = 3;
constexpr double aimP95Ms = 100.0;
constexpr double aimRatio = 1.2;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

/// Words of three or more letters from evenly spaced cases: half from the
/// descriptions, half from the customers' names and companies, lower-cased
/// and each once. The same store gives the same words.
QStringList drawWords(const QSqlDatabase& db)
{
    QSqlQuery top(db);
    top.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"));
    const qint64 last = top.next() ? top.value(0).toLongLong() : 0;
    static const QRegularExpression split(QStringLiteral("[^\\p{L}]+"));
    QStringList fromText;
    QStringList fromNames;
    QSet<QString> seen;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT c.description, coalesce(cu.name, ''), coalesce(cu.company, '') FROM cases "
                       "c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id >= ? ORDER BY c.id "
                       "LIMIT 1"));
    const auto take = [&seen](const QString& text, QStringList& into) {
        for (const QString& part : text.split(split, Qt::SkipEmptyParts)) {
            const QString word = part.toLower();
            if (word.size() >= 3 && !seen.contains(word)) {
                seen.insert(word);
                into << word;
            }
        }
    };
    // A prime stride visits cases all over the store, not one demo run's.
    for (qint64 step = 0; step < 5000; ++step) {
        q.bindValue(0, 1 + (step * 7919) % std::max<qint64>(last, 1));
        if (!q.exec() || !q.next())
            continue;
        take(q.value(0).toString(), fromText);
        take(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString(), fromNames);
    }
    // Half of each where the store has them; the other kind fills the rest.
    const qsizetype names =
        std::min(fromNames.size(), std::max<qsizetype>(wordCount / 2, wordCount - fromText.size()));
    return (fromNames.mid(0, names) + fromText).mid(0, wordCount);
}

QString literal(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// The two plain spellings of count + first page for one word; each prints
/// the count, then the page's ids in order.
QStringList shellPlans(const QString& word)
{
    const QString m = literal(word);
    const QString either =
        QStringLiteral("(c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH %1) "
                       "OR c.customer_id IN (SELECT rowid FROM customer_search WHERE "
                       "customer_search MATCH %1))")
            .arg(m);
    const QString ids =
        QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH %1 UNION SELECT id "
                       "FROM cases WHERE customer_id IN (SELECT rowid FROM customer_search "
                       "WHERE customer_search MATCH %1)")
            .arg(m);
    const QString order = QStringLiteral(" ORDER BY c.opened_at DESC, c.id DESC LIMIT %1;\n").arg(page);
    return {
        QStringLiteral("SELECT count(*) FROM cases c WHERE ") + either + QStringLiteral(";\n") +
            QStringLiteral("SELECT c.id FROM cases c WHERE ") + either + order,
        QStringLiteral("SELECT count(*) FROM (") + ids + QStringLiteral(");\n") +
            QStringLiteral("SELECT c.id FROM cases c WHERE +c.id IN (") + ids + QLatin1Char(')') + order,
    };
}

struct ShellWord
{
    double ms = 0;
    QList<qint64> answer; ///< the count, then the page's ids
};

/// Runs one plan for every word in one shell, each `repeats` times after a
/// warm-up, and reads the shell's timer: per word the median of the
/// repeats' count + page times, and the answer.
std::expected<QList<ShellWord>, QString> timeShell(ShellRunner& shell, const QString& path,
                                                   const QStringList& words, int plan)
{
    QString script = QStringLiteral("PRAGMA cache_size = %1;\n").arg(core::Database::cacheSizePragma);
    for (const QString& word : words)
        script += shellPlans(word)[plan];
    script += QStringLiteral(".timer on\n");
    for (const QString& word : words) {
        for (int r = 0; r < repeats; ++r)
            script += QStringLiteral(".print --\n") + shellPlans(word)[plan];
    }
    // Too long for an argument: the shell reads it from a file.
    QTemporaryFile file;
    if (!file.open() || file.write(script.toUtf8()) < 0 || !file.flush())
        return std::unexpected(QStringLiteral("cannot write the shell's script: ") + file.errorString());
    auto run = shell.query(path, QStringLiteral(".read '%1'").arg(file.fileName()));
    if (!run)
        return std::unexpected(run.error());
    if (run->exitCode != 0)
        return std::unexpected(QString::fromUtf8(run->err));

    // After the warm-up's answers, one segment a run: the answer's lines
    // and the timer's line after each statement.
    static const QRegularExpression timer(QStringLiteral("^Run Time: real ([0-9.]+)"));
    QList<QByteArray> segments = run->out.split('\n');
    QList<double> times;
    QList<QList<qint64>> answers;
    bool started = false;
    for (const QByteArray& raw : segments) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line == QLatin1String("--")) {
            started = true;
            times << 0;
            answers << QList<qint64>();
        } else if (!started || line.isEmpty()) {
            continue;
        } else if (auto t = timer.match(line); t.hasMatch()) {
            times.last() += t.captured(1).toDouble() * 1000.0;
        } else {
            answers.last() << line.toLongLong();
        }
    }
    if (times.size() != words.size() * repeats)
        return std::unexpected(QStringLiteral("the shell's output holds %1 runs, not %2")
                                   .arg(times.size())
                                   .arg(words.size() * repeats));
    QList<ShellWord> out;
    for (qsizetype w = 0; w < words.size(); ++w) {
        Samples samples;
        for (int r = 0; r < repeats; ++r)
            samples.add(times[w * repeats + r]);
        out << ShellWord{samples.median(), answers[w * repeats]};
    }
    return out;
}

} // namespace

int runSearchBench(const BenchOptions& options)
{
    const QString path = QFileInfo(options.db).absoluteFilePath();
    auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
    if (!db) {
        say(QStringLiteral("redress-bench: ") + db.error().toString());
        return 1;
    }
    const QStringList words = drawWords(db->connection());
    if (words.isEmpty()) {
        say(QStringLiteral("redress-bench: the store has no words to search for"));
        return 1;
    }
    say(QStringLiteral("searching for %1 words …").arg(words.size()));

    const CpuTicks before = CpuTicks::now();
    core::CaseListRepository repo(*db);
    QList<double> ours;
    QList<QList<qint64>> ourAnswers;
    QList<qint64> matches;
    QElapsedTimer clock;
    for (const QString& word : words) {
        core::CaseListQuery query;
        query.filter.search = word;
        Samples samples;
        QList<qint64> answer;
        for (int r = 0; r < 1 + repeats; ++r) {
            clock.restart();
            auto total = repo.count(query);
            if (!total) {
                say(QStringLiteral("redress-bench: search: ") + total.error().toString());
                return 1;
            }
            auto rows = repo.window(query, 0, page, *total);
            const double elapsed = clock.nsecsElapsed() / 1e6;
            if (!rows) {
                say(QStringLiteral("redress-bench: search: ") + rows.error().toString());
                return 1;
            }
            if (r > 0)
                samples.add(elapsed);
            answer = {*total};
            for (const core::CaseRow& row : *rows)
                answer << row.id;
        }
        ours << samples.median();
        ourAnswers << answer;
        matches << answer.first();
    }

    ShellRunner shell(options.sqlite3);
    QList<double> floor;
    QList<QList<ShellWord>> plans;
    for (int plan = 0; plan < 2; ++plan) {
        auto timed = timeShell(shell, path, words, plan);
        if (!timed) {
            say(QStringLiteral("redress-bench: shell: ") + timed.error());
            return 1;
        }
        plans << *timed;
    }
    const CpuTicks after = CpuTicks::now();
    QStringList differ;
    QList<double> ratios;
    for (qsizetype i = 0; i < words.size(); ++i) {
        floor << std::min(plans[0][i].ms, plans[1][i].ms);
        for (const QList<ShellWord>& plan : plans) {
            if (plan[i].answer != ourAnswers[i])
                differ << words[i];
        }
        if (floor.last() > 0)
            ratios << ours[i] / floor.last();
    }
    differ.removeDuplicates();
    QList<double> orPlan;
    QList<double> unionPlan;
    for (qsizetype i = 0; i < words.size(); ++i) {
        orPlan << plans[0][i].ms;
        unionPlan << plans[1][i].ms;
    }

    const double p95 = percentile(ours, 0.95);
    const double floorP95 = percentile(floor, 0.95);
    const double ratio = floorP95 > 0 ? p95 / floorP95 : 0;
    QString out;
    QTextStream md(&out);
    md << "## Search\n\n";
    md << "Store: " << path << ", " << words.size() << " words ("
       << words.mid(0, 6).join(QStringLiteral(", ")) << ", …), matches per word "
       << percentile(QList<double>(matches.begin(), matches.end()), 0.0) << "–"
       << percentile(QList<double>(matches.begin(), matches.end()), 1.0) << " (median "
       << percentile(QList<double>(matches.begin(), matches.end()), 0.5) << "). Other processes used "
       << QString::number(100 * CpuTicks::othersShare(before, after), 'f', 0)
       << "% of the machine during the run. Command: `" << options.commandLine << "`.\n\n";
    md << "| count + rows 0–99, per word (median of " << repeats
       << " warm runs) | p50 (ms) | p95 (ms) | max (ms) |\n|---|--:|--:|--:|\n";
    md << "| Redress (CaseListRepository) | " << ms(percentile(ours, 0.5)) << " | " << ms(p95) << " | "
       << ms(percentile(ours, 1.0)) << " |\n";
    md << "| shell, OR of the matches | " << ms(percentile(orPlan, 0.5)) << " | "
       << ms(percentile(orPlan, 0.95)) << " | " << ms(percentile(orPlan, 1.0)) << " |\n";
    md << "| shell, UNION of ids, date index walked | " << ms(percentile(unionPlan, 0.5)) << " | "
       << ms(percentile(unionPlan, 0.95)) << " | " << ms(percentile(unionPlan, 1.0)) << " |\n";
    md << "| shell, the faster of the two per word (the floor) | " << ms(percentile(floor, 0.5)) << " | "
       << ms(floorP95) << " | " << ms(percentile(floor, 1.0)) << " |\n\n";
    md << "p95 " << ms(p95) << " ms against the aim of ≤ " << aimP95Ms
       << " ms: " << (p95 <= aimP95Ms ? "met" : "missed") << ". p95 ratio to the floor "
       << QString::number(ratio, 'f', 2) << "× (per word: median "
       << QString::number(percentile(ratios, 0.5), 'f', 2) << "×, p95 "
       << QString::number(percentile(ratios, 0.95), 'f', 2) << "×) against ≤ " << aimRatio
       << "×: " << (ratio <= aimRatio ? "met" : "missed") << ". ";
    md << (differ.isEmpty() ? QStringLiteral("Every answer matched the shell's.")
                            : QStringLiteral("Answers differed from the shell's for: ") +
                                  differ.join(QStringLiteral(", ")))
       << "\n";
    md.flush();
    if (!publish(out, options.markdown))
        return 1;
    return differ.isEmpty() ? 0 : 1;
}

} // namespace redress::bench
