#pragma once

#include "core/Error.h"
#include "core/cases/EffectivenessRule.h"
#include "core/cases/Problem.h"
#include "core/store/Database.h"

namespace redress::core {

/// Whether a problem's corrective action made its complaints fall.
///
/// The problem's cases are those linked to it and those whose analysis
/// names its root cause or one below it (for an education problem, only
/// analyses that flag an education gap). Each week's share of the cases
/// opened that week whose cause is known is what is compared, so a busy
/// season does not look like a relapse nor a quiet one like a cure, and a
/// backlog of cases not yet analysed does not look like a fall.
class Effectiveness
{
public:
    explicit Effectiveness(Database db) : m_db(std::move(db)) {}

    /// Up to `maxWeeksBefore` complete weeks before the effective day and
    /// every week after it up to Clock::now(). Without an effective day, the
    /// weeks before the running one, and NotYetKnown.
    Result<EffectivenessReport> of(qint64 problemId);

    /// The verdict on counts: `x` problem cases among `n` cases, before and
    /// after, over `weeksAfter` complete weeks. Sets z and why on `report`.
    static Verdict judge(EffectivenessReport& report) { return EffectivenessRule::judge(report); }

    static constexpr int maxWeeksBefore = EffectivenessRule::maxWeeksBefore;
    static constexpr int minWeeksAfter = EffectivenessRule::minWeeksAfter;
    /// One-sided 95%: the question is only whether the rate fell.
    static constexpr double zCritical = EffectivenessRule::zCritical;
    /// The least number of problem cases each period would have at the
    /// pooled rate for the normal approximation to hold.
    static constexpr double minExpected = EffectivenessRule::minExpected;

private:
    Database m_db;
};

} // namespace redress::core
