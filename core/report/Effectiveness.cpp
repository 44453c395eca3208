#include "core/report/Effectiveness.h"

#include "core/report/Reports.h"

#include "core/Clock.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>

namespace redress::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::Effectiveness", text);
}

const QDate epoch(1970, 1, 1);

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

qint64 storedDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString rateText(std::optional<double> rate)
{
    return rate ? QString::number(*rate, 'f', 1) : QStringLiteral("–");
}

} // namespace

QString isoWeekKey(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<EffectivenessReport> Effectiveness::of(qint64 problemId)
{
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("measuring whether complaints for %1 fell").arg(problemReferenceFor(problemId));
    auto p =
        sql::run(db, QStringLiteral("SELECT root_cause_id, kind, effective_on FROM problems WHERE id = ?"),
                 {problemId}, what);
    if (!p)
        return std::unexpected(p.error());
    if (!p->next())
        return fail(Error::Code::NotFound, tr("There is no problem %1.").arg(problemReferenceFor(problemId)));
    const qint64 rootCauseId = p->value(0).toLongLong();
    const bool education = p->value(1).toString() == keyOf(ProblemKind::Education);
    EffectivenessReport report;
    report.problemId = problemId;
    if (!p->value(2).isNull())
        report.effectiveOn = sql::fromStored(p->value(2)).toUTC().date();

    // Whole ISO weeks, Monday to Monday, in UTC like the store.
    const QDate currentMonday = mondayOf(Clock::now().toUTC().date());
    QDate beforeEnd = currentMonday;
    QDate afterStart;
    if (report.effectiveOn.isValid()) {
        beforeEnd = qMin(mondayOf(report.effectiveOn), currentMonday);
        afterStart = report.effectiveOn.dayOfWeek() == 1 ? report.effectiveOn
                                                         : mondayOf(report.effectiveOn).addDays(7);
    }
    const QDate beforeStart = beforeEnd.addDays(-7 * maxWeeksBefore);

    // One pass over the window's cases (cases_by_opened), grouped by the
    // day number of their week's Monday. The problem's cases are gathered
    // once: its links, and the analyses in its root cause's subtree (UNION
    // also stops a cycle in a taxonomy edited outside Redress).
    const QString statement =
        QStringLiteral(
            "WITH RECURSIVE subtree (id) AS (SELECT CAST(? AS BIGINT) UNION SELECT r.id FROM root_causes r "
            "JOIN subtree s ON r.parent_id = s.id), "
            "mine (case_id) AS (SELECT case_id FROM problem_cases WHERE problem_id = ? "
            "UNION SELECT a.case_id FROM analyses a WHERE a.root_cause_id IN (SELECT id FROM subtree) "
            "AND (? = 0 OR a.education_gap = 1)), "
            "weekly AS (SELECT c.opened_at / 86400000 - (c.opened_at / 86400000 + 3) % 7 AS monday, "
            "count(*) AS opened, sum(CASE WHEN c.id IN (SELECT case_id FROM mine) OR "
            "EXISTS (SELECT 1 FROM analyses a WHERE a.case_id = c.id) THEN 1 ELSE 0 END) AS n, "
            "sum(CASE WHEN c.id IN (SELECT case_id FROM mine) THEN 1 ELSE 0 END) AS x "
            "FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ? GROUP BY 1) "
            "SELECT monday, %1, opened, n, x FROM weekly ORDER BY monday")
            .arg(Reports::periodKeySql(db, ReportPeriod::Week, QStringLiteral("(monday * 86400000)")));
    auto q = sql::run(db, statement,
                      {rootCauseId, problemId, education ? 1 : 0, storedDay(beforeStart),
                       storedDay(currentMonday.addDays(7))},
                      what);
    if (!q)
        return std::unexpected(q.error());
    struct Counts
    {
        QString key;
        qint64 opened = 0;
        qint64 all = 0;
        qint64 mine = 0;
    };
    std::map<qint64, Counts> byMonday;
    while (q->next())
        byMonday[q->value(0).toLongLong()] = {q->value(1).toString(), q->value(2).toLongLong(),
                                              q->value(3).toLongLong(), q->value(4).toLongLong()};

    for (QDate monday = beforeStart; monday <= currentMonday; monday = monday.addDays(7)) {
        EffectivenessWeek week;
        week.monday = monday;
        const auto found = byMonday.find(epoch.daysTo(monday));
        week.week = found != byMonday.end() ? found->second.key : isoWeekKey(monday);
        if (found != byMonday.end()) {
            week.openedCases = found->second.opened;
            week.analysedCases = found->second.all;
            week.problemCases = found->second.mine;
        }
        if (week.analysedCases > 0)
            week.rate =
                100.0 * static_cast<double>(week.problemCases) / static_cast<double>(week.analysedCases);
        if (monday == currentMonday) {
            week.phase = WeekPhase::Current;
        } else if (monday < beforeEnd) {
            week.phase = WeekPhase::Before;
            ++report.weeksBefore;
            report.beforeOpenedCases += week.openedCases;
            report.beforeAnalysedCases += week.analysedCases;
            report.beforeProblemCases += week.problemCases;
        } else if (afterStart.isValid() && monday >= afterStart) {
            week.phase = WeekPhase::After;
            ++report.weeksAfter;
            report.afterOpenedCases += week.openedCases;
            report.afterAnalysedCases += week.analysedCases;
            report.afterProblemCases += week.problemCases;
        } else {
            week.phase = WeekPhase::Transition;
        }
        report.weeks << week;
    }
    if (report.beforeAnalysedCases > 0)
        report.beforeRate =
            100.0 * report.beforeProblemCases / static_cast<double>(report.beforeAnalysedCases);
    if (report.afterAnalysedCases > 0)
        report.afterRate = 100.0 * report.afterProblemCases / static_cast<double>(report.afterAnalysedCases);
    report.verdict = judge(report);
    return report;
}

Verdict Effectiveness::judge(EffectivenessReport& r)
{
    r.z.reset();
    if (!r.effectiveOn.isValid()) {
        r.why = tr("No corrective action has taken effect yet.");
        return Verdict::NotYetKnown;
    }
    if (r.weeksAfter < minWeeksAfter) {
        r.why = tr("%1 complete weeks after %2; at least %3 are needed.")
                    .arg(r.weeksAfter)
                    .arg(r.effectiveOn.toString(Qt::ISODate))
                    .arg(minWeeksAfter);
        return Verdict::NotYetKnown;
    }
    const double x1 = static_cast<double>(r.beforeProblemCases);
    const double n1 = static_cast<double>(r.beforeAnalysedCases);
    const double x2 = static_cast<double>(r.afterProblemCases);
    const double n2 = static_cast<double>(r.afterAnalysedCases);
    // A two-proportion z-test: is the share of the problem's cases among all
    // cases lower after than before? Under "no change" both periods share
    // the pooled rate p, and the difference of the two shares is about
    // normal with the standard error below, as long as each period would
    // hold at least minExpected problem cases at that rate. One-sided,
    // because a rise and no change both mean the action did not work.
    const double pooled = n1 + n2 > 0 ? (x1 + x2) / (n1 + n2) : 0.0;
    if (n1 == 0 || n2 == 0 || std::min(n1, n2) * pooled < minExpected) {
        r.why = tr("Too few complaints to judge: %1 of %2 before, %3 of %4 after.")
                    .arg(r.beforeProblemCases)
                    .arg(r.beforeAnalysedCases)
                    .arg(r.afterProblemCases)
                    .arg(r.afterAnalysedCases);
        return Verdict::NotYetKnown;
    }
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    const double z = se > 0 ? (x1 / n1 - x2 / n2) / se : 0.0;
    r.z = z;
    const QString rates = tr("%1 per 100 analysed complaints before, %2 after")
                              .arg(rateText(r.beforeRate), rateText(r.afterRate));
    if (z >= zCritical) {
        r.why = tr("Complaints fell: %1 (z = %2).").arg(rates).arg(z, 0, 'f', 2);
        return Verdict::Fell;
    }
    r.why = tr("Complaints did not fall enough to be sure: %1 (z = %2).").arg(rates).arg(z, 0, 'f', 2);
    return Verdict::DidNotFall;
}

} // namespace redress::core
