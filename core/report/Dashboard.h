#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/report/Reports.h"
#include "core/store/Database.h"
#include "core/store/SurveyRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace redress::core {

/// What a team lead narrows the dashboard to: the reports' filter, so the
/// dashboard and `redress-cli report` share one code path.
using DashboardFilter = ReportFilter;

/// Promises made in the solution step ("fixed by Friday"), as the case
/// shows them: kept when resolved before the promised day ended.
struct PromiseFigures
{
    qint64 promised = 0;
    qint64 kept = 0;
    qint64 broken = 0;
    qint64 pending = 0;
    /// kept / (kept + broken); unset when no promise is decided yet.
    std::optional<double> keptRate;
};

/// What recovery cost against what the customers it kept are worth.
struct ValueFigures
{
    qint64 compensationCents = 0; ///< granted and approved gestures of the cases
    /// Customers of the cases whose follow-up says they stay (champions and
    /// passives), each counted once, and their lifetime value.
    qint64 retainedCustomers = 0;
    qint64 retainedLifetimeValueCents = 0;
};

/// Targets missed by the cases, whether or not they were met later.
struct SlaFigures
{
    qint64 acknowledgeBreaches = 0;
    qint64 contactBreaches = 0;
    qint64 resolveBreaches = 0;
    qint64 escalatedCases = 0; ///< cases that went past the rep at least once
};

/// Open cases (owed a resolution) by age at `asOf`.
struct AgeingBucket
{
    QString label; ///< "0–1 days", "2–7 days", "8–30 days", "31–90 days", "over 90 days"
    int fromDays = 0;
    int toDays = -1; ///< inclusive; -1 for the open end
    qint64 cases = 0;
};

struct DashboardFigures
{
    DashboardFilter filter;
    ReportPeriod period = ReportPeriod::Month;
    QDateTime asOf;
    qint64 cases = 0; ///< cases the filter selects
    ParetoReport paretoByCount;
    ParetoReport paretoByCost;
    QList<TrendRow> trend;
    QList<ChampionRow> champions;
    PromiseFigures promises;
    ValueFigures value;
    SlaFigures sla;
    QList<AgeingBucket> ageing;
    qint64 resolved = 0;
    /// Mean time from opening to resolution of the resolved cases, in hours;
    /// a secondary figure, unset when none is resolved.
    std::optional<double> meanHoursToResolution;
    /// The follow-up by mail: response, outcomes, notices, customers' own scores.
    SurveyFigures followUpsByMail;
};

/// Every figure of the team lead's dashboard from one store connection,
/// aggregated in SQL. Meant to run on a worker thread with a connection of
/// its own (`Database::openCopy` or similar); it touches no widget.
class Dashboard
{
public:
    explicit Dashboard(Database db) : m_db(std::move(db)) {}

    /// Called between the queries with the steps done and the steps in all;
    /// returning false stops the work, which then fails with Cancelled.
    using Progress = std::function<bool(int done, int total)>;

    Result<DashboardFigures> compute(const DashboardFilter& filter, ReportPeriod period,
                                     const Progress& progress = {});

    /// InvalidInput naming the field: a range that ends before it begins.
    static Status validate(const DashboardFilter& filter);

    /// The ageing buckets, labelled, with no case counted yet.
    static QList<AgeingBucket> ageingBuckets();

private:
    Database m_db;
};

} // namespace redress::core
