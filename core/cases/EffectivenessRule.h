#pragma once

#include "core/cases/Problem.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace redress::core {

/// Where a week stands against the effective day. Only complete weeks
/// count: the week the action took effect in (unless it took effect on its
/// Monday) is neither before nor after, and the running week is not over.
enum class WeekPhase
{
    Before,
    Transition,
    After,
    Current
};

struct EffectivenessWeek
{
    QString week; ///< ISO week, "2026-W03"
    QDate monday; ///< its first day (UTC)
    WeekPhase phase = WeekPhase::Before;
    qint64 openedCases = 0; ///< every case opened that week
    /// Those whose cause is known: analysed, or linked to a problem. The
    /// rate's base: a case nobody has analysed yet can be anybody's, and
    /// counting it would make the latest weeks seem to fall.
    qint64 analysedCases = 0;
    qint64 problemCases = 0; ///< the problem's cases among them
    /// problemCases per 100 analysed complaints; nullopt for a week without.
    std::optional<double> rate;
};

/// Complaints for one problem per week before and after its effective
/// day, normalised for volume, and what they say.
struct EffectivenessReport
{
    qint64 problemId = 0;
    QDate effectiveOn;              ///< invalid: no corrective action has taken effect
    QList<EffectivenessWeek> weeks; ///< oldest first, every week, the running one last
    int weeksBefore = 0;            ///< complete weeks counted before
    int weeksAfter = 0;             ///< complete weeks counted after
    qint64 beforeOpenedCases = 0;
    qint64 afterOpenedCases = 0;
    qint64 beforeProblemCases = 0;
    qint64 beforeAnalysedCases = 0;
    qint64 afterProblemCases = 0;
    qint64 afterAnalysedCases = 0;
    std::optional<double> beforeRate; ///< per 100 analysed complaints
    std::optional<double> afterRate;
    std::optional<double> z; ///< the test statistic, when it could be computed
    Verdict verdict = Verdict::NotYetKnown;
    QString why; ///< the verdict for people, one sentence
};

/// The cases of one week as the store counts them.
struct WeekCounts
{
    QString key; ///< the ISO week, as the store keys it
    qint64 opened = 0;
    qint64 analysed = 0;
    qint64 problem = 0;
};

/// Whole ISO weeks, Monday to Monday, in UTC like the store.
struct EffectivenessWindow
{
    QDate beforeStart;   ///< the first Monday counted
    QDate beforeEnd;     ///< the Monday after the last week before
    QDate afterStart;    ///< the first Monday after; invalid without an effective day
    QDate currentMonday; ///< the running week's
};

/// The rule that says whether a problem's corrective action made its
/// complaints fall, on counts the store gives: a decision of the core, so
/// that a review records the same verdict the reports show.
class EffectivenessRule
{
public:
    /// The weeks to count for an effective day (invalid: none yet) on `today`.
    static EffectivenessWindow window(const QDate& effectiveOn, const QDate& today);
    /// Every week of `window` with its phase, the totals before and after,
    /// and the verdict. `byMonday` holds the weeks with cases, keyed by the
    /// day number (since 1970-01-01) of their Monday.
    static EffectivenessReport measure(qint64 problemId, const QDate& effectiveOn,
                                       const EffectivenessWindow& window,
                                       const std::map<qint64, WeekCounts>& byMonday);
    /// The verdict on counts: `x` problem cases among `n` cases, before and
    /// after, over `weeksAfter` complete weeks. Sets z and why on `report`.
    static Verdict judge(EffectivenessReport& report);

    static constexpr int maxWeeksBefore = 12;
    static constexpr int minWeeksAfter = 4;
    /// One-sided 95%: the question is only whether the rate fell.
    static constexpr double zCritical = 1.6449;
    /// The least number of problem cases each period would have at the
    /// pooled rate for the normal approximation to hold.
    static constexpr double minExpected = 5.0;
};

/// The ISO week key ("2026-W03") of a day, computed in C++ as
/// ReportRepository::periodKeySql computes it in SQL (weeks without cases
/// get one).
QString isoWeekKey(const QDate& day);

} // namespace redress::core
