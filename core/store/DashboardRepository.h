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

/// The dashboard's queries over the cases one filter selects. Each total
/// reads the narrowest index that answers it (schema v8) rather than one
/// pass testing every case against every figure: that pass costs more than
/// all of these together on a million cases.
class DashboardRepository
{
public:
    DashboardRepository(Database db, const ReportFilter& filter);

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
    SqlCondition m_where;
};

} // namespace redress::core
