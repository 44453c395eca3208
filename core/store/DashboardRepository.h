#pragma once

#include "core/Error.h"
#include "core/store/Database.h"
#include "core/store/ReportRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::core {

/// The cases a dashboard filter selects and what their gestures cost.
struct CaseTotals
{
    qint64 cases = 0;
    qint64 compensationCents = 0;
};

/// Targets missed, met late or still unmet past their due time.
struct BreachCounts
{
    qint64 acknowledge = 0;
    qint64 contact = 0;
    qint64 resolve = 0;
};

struct ResolutionTotals
{
    qint64 resolved = 0;
    /// Mean milliseconds from opening to resolution; unset when none is.
    std::optional<double> meanMs;
};

/// Customers counted once, with their lifetime value.
struct CustomerTotals
{
    qint64 customers = 0;
    qint64 lifetimeValueCents = 0;
};

/// Whole days open, both ends included; `toDays` -1 for the open end.
struct AgeSpan
{
    int fromDays = 0;
    int toDays = -1;
};

/// A promised day (as the solution stores it) and the stored instant its
/// promise ends at.
struct PromiseDeadline
{
    QString day;
    qint64 deadlineMs = 0;
};

struct PromiseCounts
{
    qint64 promised = 0;
    qint64 kept = 0;
    qint64 pending = 0;
};

/// The dashboard's queries over the cases one filter selects. Where the
/// filter allows (a range of days, a root cause and at most one of product,
/// owner and channel), the figures come from the per-day summaries the
/// store keeps in step with every write (schema v12), so a refresh reads
/// days, not cases; otherwise each total reads the narrowest index that
/// answers it (schema v8).
class DashboardRepository
{
public:
    DashboardRepository(Database db, const ReportFilter& filter);

    /// Adds the cases from `firstCaseId` on, their follow-ups and their
    /// customers' best scores to the summaries (SQLite): what a bulk load,
    /// which writes only new cases with the summaries' triggers set aside,
    /// calls once before it puts them back.
    static Status addBulkLoaded(const QSqlDatabase& db, qint64 firstCaseId);

    /// Whether the per-day summaries answer the filter's case figures
    /// (totals, causes, trend, resolution).
    bool readsDays() const { return m_days.has_value(); }
    /// Whether the follow-up summaries answer the champions per period.
    bool readsFollowUpDays() const { return m_followUpDays.has_value(); }

    /// Cases and cost per root cause, as ReportRepository::casesPerCause
    /// gives them, from the day summaries (readsDays() only).
    Result<QList<CauseTotals>> casesPerCause(ParetoMeasure measure);
    /// Cases with no analysis yet, from the day summaries (readsDays() only).
    Result<qint64> unanalysedCases();
    /// As ReportRepository::trend, from the day summaries (readsDays() only).
    Result<QList<TrendRow>> trend(ReportPeriod period);
    /// As ReportRepository::champions, from the follow-up summaries
    /// (readsFollowUpDays() only).
    Result<QList<ChampionRow>> champions(ReportPeriod period);

    Result<CaseTotals> totals();
    /// A target is breached when it was met after its due time, or is still
    /// unmet and its due time has passed at `asOfMs`.
    Result<BreachCounts> breaches(qint64 asOfMs);
    /// Cases above the rep now, or escalated once and since handed back.
    Result<qint64> escalatedCases();
    /// The cases past resolution, and how long they took.
    Result<ResolutionTotals> resolution();
    /// Customers of the cases whose follow-up scored at least `minScore`.
    Result<CustomerTotals> customersScoring(int minScore);
    /// The cases still owed a resolution per span of whole days open at
    /// `asOfMs`, in the order of `spans` (a case opened later counts as new).
    Result<QList<qint64>> openCasesByAge(const QList<AgeSpan>& spans, qint64 asOfMs);
    /// Every day a solution promised, as stored, once each.
    Result<QStringList> promisedDays();
    /// The promises of the cases on `deadlines`' days: resolved before the
    /// deadline (kept), or unresolved with the deadline after `nowMs`.
    Result<PromiseCounts> promises(const QList<PromiseDeadline>& deadlines, qint64 nowMs);

private:
    Database m_db;
    ReportFilter m_filter;
    SqlCondition m_where;
    /// The filter as a condition on `case_day_totals t`, when it can be one.
    std::optional<SqlCondition> m_days;
    /// The range as a condition on `follow_up_days t`, when nothing else narrows.
    std::optional<SqlCondition> m_followUpDays;
};

} // namespace redress::core
