// redress-bench --only open: opening a store to "audit verified", counts
// shown (issue 18). Times what the main window starts on a thread when a
// store opens: the audit check (from the verified head, and the whole chain)
// and one queue pass (the escalation rules, the queue counts, the reviews
// due), each as a first start and as a start after an earlier one. The
// floor is the sqlite3 shell reading the rows the check reads. It writes
// to the store (the head, the rules' escalations, a few notes): give it a
// copy.
#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"
#include "bench/Samples.h"
#include "bench/ShellRunner.h"

#include "core/Clock.h"
#include "core/cases/User.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/Database.h"
#include "core/store/EscalationRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace redress::bench {

namespace {

constexpr double openAimMs = 1000.0;
constexpr int notesAfterHead = 500;

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 0) + QStringLiteral(" ms");
}

/// What one queue pass (ui/sla/QueueMonitor) costs, part by part.
struct PassCost
{
    double rulesMs = 0;
    qint64 escalated = 0;
    double countsMs = 0;
    double reviewsMs = 0;
    double listCountMs = 0;
    double total() const { return rulesMs + countsMs + reviewsMs + listCountMs; }
};

std::expected<PassCost, QString> queuePass(const core::Database& db, const core::User& user,
                                           const QDateTime& now)
{
    PassCost cost;
    QElapsedTimer clock;
    clock.start();
    auto rules = core::EscalationRepository(db).runRules(now);
    cost.rulesMs = clock.nsecsElapsed() / 1e6;
    if (!rules)
        return std::unexpected(rules.error().toString());
    cost.escalated = rules->size();
    clock.restart();
    auto counts = core::EscalationRepository(db).counts(user);
    cost.countsMs = clock.nsecsElapsed() / 1e6;
    if (!counts)
        return std::unexpected(counts.error().toString());
    clock.restart();
    auto due = core::ProblemRepository(db).reviewsDue(user.id, now);
    cost.reviewsMs = clock.nsecsElapsed() / 1e6;
    if (!due)
        return std::unexpected(due.error().toString());
    // The list's "Cases: N" under its default query.
    clock.restart();
    auto listed = core::CaseListRepository(db).count(core::CaseListQuery());
    cost.listCountMs = clock.nsecsElapsed() / 1e6;
    if (!listed)
        return std::unexpected(listed.error().toString());
    return cost;
}

} // namespace

int runOpenBench(const BenchOptions& options)
{
    const QString path = QFileInfo(options.db).absoluteFilePath();
    const CpuTicks before = CpuTicks::now();
    const QString loadBefore = loadAverage();
    QElapsedTimer clock;
    clock.start();
    auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
    const double openMs = clock.nsecsElapsed() / 1e6;
    if (!db) {
        say(QStringLiteral("redress-bench: ") + db.error().toString());
        return 1;
    }
    const QSqlDatabase conn = db->connection();
    ShellRunner shell(options.sqlite3);
    if (auto startup = shell.calibrate(options.warmups + 2, 15); !startup) {
        say(QStringLiteral("redress-bench: the sqlite3 shell cannot run: ") + startup.error());
        return 1;
    }
    QString out;
    QTextStream md(&out);
    md << "## Opening a store\n\n";
    md << "Store: " << path << " (opened in " << ms(openMs) << "). Command: `" << options.commandLine
       << "`.\n\n";
    md << "| Measurement | Redress | sqlite3 shell (floor) | Note |\n|---|---|---|---|\n";

    // A first start: no head yet, so the check reads the whole chain (and
    // writes down the head). Then the full check as verify-audit runs it.
    say(QStringLiteral("audit: first check …"));
    auto head = core::AuditChain::head(conn);
    if (!head) {
        say(QStringLiteral("redress-bench: ") + head.error().toString());
        return 1;
    }
    const bool hadHead = head->has_value();
    clock.restart();
    auto first = core::AuditChain::verifySinceHead(conn);
    const double firstMs = clock.nsecsElapsed() / 1e6;
    if (!first || first->broken) {
        say(QStringLiteral("redress-bench: the audit log does not verify"));
        return 1;
    }
    const qint64 events = first->checked;
    auto fullShell = shell.time(path, QStringLiteral("SELECT id, hash FROM case_events;"), 0, 1);
    md << "| audit check at opening, " << (hadHead ? "head from an earlier run" : "first start (no head)")
       << ", " << events << " events | " << ms(firstMs) << " | "
       << (fullShell ? ms(fullShell->median()) : fullShell.error())
       << " (`SELECT id, hash` of every event) | " << first->read << " events read |\n";
    say(QStringLiteral("audit: full check …"));
    clock.restart();
    auto full = core::AuditChain::verify(conn);
    const double fullMs = clock.nsecsElapsed() / 1e6;
    if (!full || full->broken) {
        say(QStringLiteral("redress-bench: the audit log does not verify"));
        return 1;
    }
    md << "| full check (verify-audit, the weekly idle-priority pass) | " << ms(fullMs) << " | "
       << (fullShell ? ms(fullShell->median()) : QString()) << " | " << full->read << " events read |\n";

    // After an earlier verified start: nothing new, then a day's notes.
    auto remembered = core::AuditChain::head(conn);
    if (!remembered || !*remembered) {
        say(QStringLiteral("redress-bench: no head was recorded"));
        return 1;
    }
    Samples since;
    for (int i = 0; i < options.warmups + options.runs; ++i) {
        clock.restart();
        auto r = core::AuditChain::verifySinceHead(conn);
        const double t = clock.nsecsElapsed() / 1e6;
        if (!r || r->broken || !r->sinceHead) {
            say(QStringLiteral("redress-bench: the check from the head failed"));
            return 1;
        }
        if (i >= options.warmups)
            since.add(t);
    }
    const QString floorNothing =
        QStringLiteral("SELECT id, hash FROM case_events WHERE id > %1;").arg((*remembered)->eventId);
    auto shNothing = shell.time(path, floorNothing, options.warmups, options.runs);
    md << "| audit check at opening after a verified start, nothing new (median of " << options.runs << ") | "
       << ms(since.median()) << " | " << (shNothing ? ms(shNothing->median()) : shNothing.error())
       << " | 1 event read |\n";

    auto users = core::UserRepository(*db).all();
    if (!users || users->isEmpty()) {
        say(QStringLiteral("redress-bench: the store has no users"));
        return 1;
    }
    core::User lead = users->first();
    for (const core::User& u : *users) {
        if (u.role == core::Role::Lead) {
            lead = u;
            break;
        }
    }
    const qint64 caseId =
        core::CaseListRepository(*db).ids(core::CaseListQuery(), 0, 1).value_or(QList<qint64>{1}).value(0, 1);
    core::CaseRepository cases(*db, lead.id);
    for (int i = 0; i < notesAfterHead; ++i) {
        if (auto n = cases.addNote(caseId, QStringLiteral("Bench note %1.").arg(i)); !n) {
            say(QStringLiteral("redress-bench: ") + n.error().toString());
            return 1;
        }
    }
    clock.restart();
    auto afterNotes = core::AuditChain::verifySinceHead(conn);
    const double afterNotesMs = clock.nsecsElapsed() / 1e6;
    if (!afterNotes || afterNotes->broken) {
        say(QStringLiteral("redress-bench: the check after the notes failed"));
        return 1;
    }
    auto shNotes = shell.time(path, floorNothing, options.warmups, options.runs);
    md << "| audit check at opening after " << notesAfterHead << " new notes | " << ms(afterNotesMs) << " | "
       << (shNotes ? ms(shNotes->median()) : shNotes.error()) << " | " << afterNotes->read
       << " events read |\n";

    // The queue pass the monitor runs at start, as the lead; the first at
    // this moment escalates what fell due since the store was last opened.
    const QDateTime now = core::Clock::now();
    say(QStringLiteral("queue: first pass …"));
    auto pass1 = queuePass(*db, lead, now);
    if (!pass1) {
        say(QStringLiteral("redress-bench: ") + pass1.error());
        return 1;
    }
    auto pass2 = queuePass(*db, lead, now.addSecs(60));
    if (!pass2) {
        say(QStringLiteral("redress-bench: ") + pass2.error());
        return 1;
    }
    const auto passRow = [&md](const QString& what, const PassCost& c) {
        md << "| queue pass, " << what << " | " << ms(c.total()) << " | — | rules " << ms(c.rulesMs) << " ("
           << c.escalated << " escalated), counts " << ms(c.countsMs) << ", reviews due " << ms(c.reviewsMs)
           << ", list count " << ms(c.listCountMs) << " |\n";
    };
    passRow(QStringLiteral("first at this moment"), *pass1);
    passRow(QStringLiteral("after an earlier start"), *pass2);
    const double toVerified = since.median() + pass2->total();
    md << "\nAfter an earlier verified start, to \"verified\" and counts shown (both on threads, summed): "
       << ms(toVerified) << " — aim < " << ms(openAimMs) << ": "
       << (toVerified < openAimMs ? "met" : "not met") << ".\n";
    const CpuTicks after = CpuTicks::now();
    md << "Machine: load average " << loadBefore << " before, " << loadAverage() << " after; other processes "
       << QString::number(100 * CpuTicks::othersShare(before, after), 'f', 0) << "% of the CPU meanwhile.\n";
    md.flush();
    if (!publish(out, options.markdown))
        return 1;
    return 0;
}

} // namespace redress::bench
