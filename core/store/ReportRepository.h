#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/store/Database.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace redress::core {

/// Whole days, both included, as UTC calendar days: the store keeps UTC
/// milliseconds and the period keys are UTC too, so a case near midnight
/// lands in the same day for the filter and for its bucket. An invalid
/// date leaves that side open.
struct ReportRange
{
    QDate from;
    QDate to;

    bool operator==(const ReportRange&) const = default;
};

/// What a report or the dashboard narrows to. Every figure honours every
/// field; an unset field does not narrow.
struct ReportFilter
{
    ReportRange range;                 ///< cases by the day they were opened (follow-ups: recorded)
    std::optional<qint64> productId;   ///< one product
    std::optional<qint64> ownerId;     ///< one owner; 0 selects cases nobody owns
    std::optional<Channel> channel;    ///< one channel
    std::optional<qint64> rootCauseId; ///< this root cause and everything under it
    /// Only the root cause itself: the cases behind one Pareto bar or trend
    /// line, which count a case analysed to a parent under the parent alone.
    bool rootCauseExact = false;

    /// True when a field other than the range is set.
    bool narrowsCases() const { return productId || ownerId || channel || rootCauseId; }
    bool operator==(const ReportFilter&) const = default;
};

/// A condition on `cases c` with its bound values, built from fixed
/// fragments: the SQL the reports, the dashboard and a drill-down share.
struct SqlCondition
{
    QString text; ///< "1 = 1" when nothing narrows
    QVariantList values;
};

/// The filter as a condition on `cases c`. `withRange` false leaves the
/// opened day out (follow-ups are ranged by their recording instead).
SqlCondition caseCondition(const ReportFilter& filter, bool withRange = true);

enum class ParetoMeasure
{
    Count,
    Cost
};

enum class ReportPeriod
{
    Week, ///< ISO 8601 weeks, Monday first, keyed "2026-W03" (the ISO year)
    Month ///< keyed "2026-01"
};

/// The cases of one root cause, as the Pareto chart counts them.
struct CauseTotals
{
    qint64 rootCauseId = 0;
    QString path; ///< "Product defect › Hardware › Power supply"
    qint64 cases = 0;
    qint64 costCents = 0; ///< granted and approved gestures of those cases
    qint64 value = 0;     ///< cases or costCents, as asked
};

struct TrendRow
{
    QString period;
    qint64 rootCauseId = 0; ///< 0: cases not analysed yet
    QString path;
    qint64 cases = 0;
};

struct ChampionRow
{
    QString period;
    qint64 followUps = 0;
    qint64 champions = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    double meanScore = 0;
    /// The recovery paradox, over the follow-ups that know the score
    /// before the complaint: the mean after against the mean before.
    qint64 withPrior = 0;
    std::optional<double> meanScoreWithPrior;
    std::optional<double> meanPriorScore;
};

/// The reports' queries, each one aggregate: nothing walks the cases in
/// C++. What the figures make of them is Reports' business.
class ReportRepository
{
public:
    explicit ReportRepository(Database db) : m_db(std::move(db)) {}

    /// Cases per root cause recorded in their analysis, with their cost,
    /// by `measure` descending, then path and id, so a cut is the same on
    /// every run.
    Result<QList<CauseTotals>> casesPerCause(const ReportFilter& filter, ParetoMeasure measure);
    /// Cases the filter selects that have no analysis yet.
    Result<qint64> unanalysedCases(const ReportFilter& filter);
    /// Cases per period and root cause, by period then path; periods with
    /// no case have no row.
    Result<QList<TrendRow>> trend(const ReportFilter& filter, ReportPeriod period);
    /// Follow-ups per period of their recording, by period.
    Result<QList<ChampionRow>> champions(const ReportFilter& filter, ReportPeriod period);

    /// InvalidInput naming "from" when the range ends before it begins.
    static Status validate(const ReportRange& range);
    /// [lower, upper) in stored milliseconds for the range's whole UTC days;
    /// an open side is the extreme of qint64.
    static std::pair<qint64, qint64> storedBounds(const ReportRange& range);
    /// The period key ("2026-W03", "2026-01") of the stored UTC instant in
    /// the SQL expression `msColumn`, as SQL in the dialect of `db`.
    static QString periodKeySql(const QSqlDatabase& db, ReportPeriod period, const QString& msColumn);
    /// "Deleted root cause #N", for a cause the taxonomy lost.
    static QString deletedCauseLabel(qint64 id);
    /// The rows of a trend query: period, cause id, cause path, cases.
    static QList<TrendRow> trendRows(QSqlQuery& q);
    /// The rows of a champions query: period, follow-ups, champions,
    /// passives, detractors, mean score, with a prior score, and the two
    /// means of those.
    static QList<ChampionRow> championRows(QSqlQuery& q);

private:
    Database m_db;
};

} // namespace redress::core
