#pragma once

#include "core/Error.h"
#include "core/cases/EffectivenessRule.h"
#include "core/store/Database.h"

namespace redress::core {

/// What the store knows about whether a problem's complaints fell: the
/// problem's cases and every case, per week, counted in one query and
/// judged by EffectivenessRule.
///
/// The problem's cases are those linked to it and those whose analysis
/// names its root cause or one below it (for an education problem, only
/// analyses that flag an education gap).
class EffectivenessRepository
{
public:
    explicit EffectivenessRepository(Database db) : m_db(std::move(db)) {}

    /// The weeks EffectivenessRule::window gives for the problem's
    /// effective day at Clock::now(), counted and judged. NotFound for an
    /// unknown problem.
    Result<EffectivenessReport> measure(qint64 problemId);

private:
    struct Subject
    {
        qint64 rootCauseId = 0;
        bool education = false;
        QDate effectiveOn;
    };
    Result<Subject> subject(qint64 problemId, const QString& what);
    /// The weeks with cases opened in [from, until), by the day number of
    /// their Monday.
    Result<std::map<qint64, WeekCounts>> weeklyCounts(qint64 problemId, const Subject& subject,
                                                      const QDate& from, const QDate& until,
                                                      const QString& what);

    Database m_db;
};

} // namespace redress::core
