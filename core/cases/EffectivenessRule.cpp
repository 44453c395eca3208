#include "core/cases/EffectivenessRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Effectiveness)
};

const QDate epoch(1970, 1, 1);

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QString rateText(std::optional<double> rate)
{
    return rate ? QString::number(*rate, 'f', 1) : QStringLiteral("–");
}

/// Counts `week` into the totals of its phase.
void addWeek(EffectivenessReport& report, EffectivenessWeek& week, const EffectivenessWindow& window)
{
    if (week.monday == window.currentMonday) {
        week.phase = WeekPhase::Current;
    } else if (week.monday < window.beforeEnd) {
        week.phase = WeekPhase::Before;
        ++report.weeksBefore;
        report.beforeOpenedCases += week.openedCases;
        report.beforeAnalysedCases += week.analysedCases;
        report.beforeProblemCases += week.problemCases;
    } else if (window.afterStart.isValid() && week.monday >= window.afterStart) {
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

} // namespace

QString isoWeekKey(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

EffectivenessWindow EffectivenessRule::window(const QDate& effectiveOn, const QDate& today)
{
    EffectivenessWindow w;
    w.currentMonday = mondayOf(today);
    w.beforeEnd = w.currentMonday;
    if (effectiveOn.isValid()) {
        w.beforeEnd = qMin(mondayOf(effectiveOn), w.currentMonday);
        w.afterStart = effectiveOn.dayOfWeek() == 1 ? effectiveOn : mondayOf(effectiveOn).addDays(7);
    }
    w.beforeStart = w.beforeEnd.addDays(-7 * maxWeeksBefore);
    return w;
}

EffectivenessReport EffectivenessRule::measure(qint64 problemId, const QDate& effectiveOn,
                                               const EffectivenessWindow& window,
                                               const std::map<qint64, WeekCounts>& byMonday)
{
    EffectivenessReport report;
    report.problemId = problemId;
    report.effectiveOn = effectiveOn;
    for (QDate monday = window.beforeStart; monday <= window.currentMonday; monday = monday.addDays(7)) {
        EffectivenessWeek week;
        week.monday = monday;
        const auto found = byMonday.find(epoch.daysTo(monday));
        week.week = found != byMonday.end() ? found->second.key : isoWeekKey(monday);
        if (found != byMonday.end()) {
            week.openedCases = found->second.opened;
            week.analysedCases = found->second.analysed;
            week.problemCases = found->second.problem;
        }
        if (week.analysedCases > 0)
            week.rate =
                100.0 * static_cast<double>(week.problemCases) / static_cast<double>(week.analysedCases);
        addWeek(report, week, window);
    }
    if (report.beforeAnalysedCases > 0)
        report.beforeRate =
            100.0 * report.beforeProblemCases / static_cast<double>(report.beforeAnalysedCases);
    if (report.afterAnalysedCases > 0)
        report.afterRate = 100.0 * report.afterProblemCases / static_cast<double>(report.afterAnalysedCases);
    report.verdict = judge(report);
    return report;
}

Verdict EffectivenessRule::judge(EffectivenessReport& r)
{
    r.z.reset();
    if (!r.effectiveOn.isValid()) {
        r.why = Tr::tr("No corrective action has taken effect yet.");
        return Verdict::NotYetKnown;
    }
    if (r.weeksAfter < minWeeksAfter) {
        r.why = Tr::tr("%1 complete weeks after %2; at least %3 are needed.")
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
        r.why = Tr::tr("Too few complaints to judge: %1 of %2 before, %3 of %4 after.")
                    .arg(r.beforeProblemCases)
                    .arg(r.beforeAnalysedCases)
                    .arg(r.afterProblemCases)
                    .arg(r.afterAnalysedCases);
        return Verdict::NotYetKnown;
    }
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    const double z = se > 0 ? (x1 / n1 - x2 / n2) / se : 0.0;
    r.z = z;
    const QString rates = Tr::tr("%1 per 100 analysed complaints before, %2 after")
                              .arg(rateText(r.beforeRate), rateText(r.afterRate));
    if (z >= zCritical) {
        r.why = Tr::tr("Complaints fell: %1 (z = %2).").arg(rates).arg(z, 0, 'f', 2);
        return Verdict::Fell;
    }
    r.why = Tr::tr("Complaints did not fall enough to be sure: %1 (z = %2).").arg(rates).arg(z, 0, 'f', 2);
    return Verdict::DidNotFall;
}

} // namespace redress::core
