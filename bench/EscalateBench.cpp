#include "bench/Bench.h"

#include "core/store/EscalationRepository.h"
#include "core/store/Sql.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace redress::bench {

namespace {

constexpr double escalateAimRatio = 2.0;

/// The rules' one query (EscalationRepository::runRules), with the moment
/// spelled out for the shell.
QString dueQuery(qint64 nowMs)
{
    return QStringLiteral("SELECT id FROM cases WHERE escalation_due <= %1 ORDER BY escalation_due, id;")
        .arg(nowMs);
}

} // namespace

bool Bench::measureEscalation()
{
    const QDateTime now = QDateTime::fromString(m_options.now, Qt::ISODate).toUTC();
    if (!now.isValid())
        return failed(QStringLiteral("--now is not an ISO 8601 time: ") + m_options.now);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    progress(QStringLiteral("escalation rules at %1 …").arg(now.toString(Qt::ISODate)));

    // SQLite's own plan for the query: a range on the partial index, no scan.
    auto plan = m_shell.query(m_options.db, QStringLiteral("EXPLAIN QUERY PLAN ") + dueQuery(nowMs));
    if (!plan)
        return failed(plan.error());
    const QString planText = QString::fromUtf8(plan->out).simplified();
    const bool indexed = planText.contains(QStringLiteral("cases_by_escalation_due")) &&
                         !planText.contains(QStringLiteral("SCAN cases"));
    m_report.addFigure({QStringLiteral("escalation rules: SQLite's plan for the due query"), planText,
                        QStringLiteral("a range on cases_by_escalation_due, no scan"), indexed});

    // The first pass at the demo's "now" finds every case the demo left
    // overdue and escalates each (writes, so no shell counterpart). A store
    // reused from an earlier bench run has had its pass: it finds none.
    auto open = core::sql::scalar(m_db->connection(),
                                  QStringLiteral("SELECT count(*) FROM cases WHERE escalation_due <= ?"),
                                  {nowMs}, QStringLiteral("counting due cases"), 0);
    if (!open)
        return failed(open.error().toString());
    QElapsedTimer clock;
    clock.start();
    auto first = core::EscalationRepository(*m_db).runRules(now);
    const double firstMs = clock.nsecsElapsed() / 1e6;
    if (!first)
        return failed(QStringLiteral("escalate: ") + first.error().toString());
    if (first->size() != open->toLongLong())
        return failed(QStringLiteral("escalate: %1 cases were due but %2 escalated")
                          .arg(open->toLongLong())
                          .arg(first->size()));
    m_report.addFigure({QStringLiteral("escalation rules: first pass at the demo's now"),
                        first->isEmpty()
                            ? QStringLiteral("nothing due (the store had its pass in an earlier run)")
                            : QStringLiteral("%1 escalations in %2 s (%3 ms each, in transactions of 200 cases)")
                                  .arg(first->size())
                                  .arg(firstMs / 1000, 0, 'f', 2)
                                  .arg(firstMs / first->size(), 0, 'f', 3),
                        QStringLiteral("— (info)"), std::nullopt});

    // Every later pass at the same moment: the query finds nothing, which is
    // what the app's timer does every minute. Against the shell running the
    // same SELECT on the same file.
    Samples ours;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        clock.restart();
        auto again = core::EscalationRepository(*m_db).runRules(now);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!again)
            return failed(QStringLiteral("escalate: ") + again.error().toString());
        if (!again->isEmpty())
            return failed(QStringLiteral("escalate: a second pass at the same moment escalated %1 cases")
                              .arg(again->size()));
        if (i >= m_options.warmups)
            ours.add(ms);
    }
    auto sh = shell(dueQuery(nowMs));
    if (!sh)
        return false;
    m_report.addComparison({QStringLiteral("escalation rules: a pass with nothing due (runRules)"), ours, *sh,
                            QStringLiteral("≤ 2× shell"), ours.median() <= escalateAimRatio * sh->median()});

    // A pass a week later finds the cases that fell due meanwhile: the query
    // alone, read through the repositories' SQL layer, against the shell.
    const qint64 laterMs = now.addDays(7).toMSecsSinceEpoch();
    Samples select;
    qint64 found = 0;
    for (int i = 0; i < m_options.warmups + m_options.runs; ++i) {
        clock.restart();
        auto q = core::sql::run(
            m_db->connection(),
            QStringLiteral("SELECT id FROM cases WHERE escalation_due <= ? ORDER BY escalation_due, id"),
            {laterMs}, QStringLiteral("finding due cases"));
        if (!q)
            return failed(q.error().toString());
        found = 0;
        while (q->next())
            ++found;
        if (i >= m_options.warmups)
            select.add(clock.nsecsElapsed() / 1e6);
    }
    auto shLater = shell(dueQuery(laterMs));
    if (!shLater)
        return false;
    m_report.addComparison(
        {QStringLiteral("escalation rules: the due query a week later (%1 cases)").arg(found), select,
         *shLater, QStringLiteral("≤ 2× shell"), select.median() <= escalateAimRatio * shLater->median()});
    m_escalationMeasured = true;
    return true;
}

} // namespace redress::bench
