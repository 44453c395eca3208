#pragma once

#include "core/Error.h"
#include "core/cases/Nps.h"
#include "core/store/Database.h"
#include "core/store/ReportRepository.h"

#include <QList>
#include <QString>

#include <concepts>
#include <optional>

namespace redress::core {

struct ParetoRow
{
    qint64 rootCauseId = 0;
    QString path; ///< "Product defect › Hardware › Power supply"
    qint64 cases = 0;
    qint64 costCents = 0; ///< granted and approved gestures of those cases
    qint64 value = 0;     ///< cases or costCents, as the report is measured
    double cumulativePercent = 0;
    /// Up to and including the row whose cumulative share reaches 80%.
    bool vital = false;
};

struct ParetoReport
{
    ParetoMeasure measure = ParetoMeasure::Count;
    qint64 total = 0; ///< the sum of `value` over the rows
    /// Cases opened in the range that have no analysis yet, so a reader
    /// knows how much of the range the chart covers.
    qint64 unanalysed = 0;
    QList<ParetoRow> rows; ///< by value descending, then path
};

/// The team lead's figures, each one aggregate query: nothing walks the
/// cases in C++. Pareto and trend take cases by the day they were opened;
/// champions take follow-ups by the day they were recorded, because a
/// champion is created when the customer says so.
class Reports
{
public:
    explicit Reports(Database db) : m_db(std::move(db)) {}

    /// Cases per root cause recorded in their analysis (or their cost),
    /// with the cumulative share and the "vital few". Ties are ordered by
    /// path so the cut is the same on every run.
    Result<ParetoReport> pareto(const ReportFilter& filter, ParetoMeasure measure = ParetoMeasure::Count);
    // The range-only forms are templates so that a braced `{}` or `{from,
    // to}` picks the filter form (the same figures) instead of being
    // ambiguous between two aggregates.
    template <std::same_as<ReportRange> Range>
    Result<ParetoReport> pareto(const Range& range, ParetoMeasure measure = ParetoMeasure::Count)
    {
        return pareto(ReportFilter{.range = range}, measure);
    }
    /// Cases per period and root cause, by period then path; periods with
    /// no case have no row.
    Result<QList<TrendRow>> trend(const ReportFilter& filter, ReportPeriod period);
    template <std::same_as<ReportRange> Range>
    Result<QList<TrendRow>> trend(const Range& range, ReportPeriod period)
    {
        return trend(ReportFilter{.range = range}, period);
    }
    /// Follow-ups per period of their recording, by period; the other
    /// fields of the filter narrow the cases they follow.
    Result<QList<ChampionRow>> champions(const ReportFilter& filter, ReportPeriod period);
    template <std::same_as<ReportRange> Range>
    Result<QList<ChampionRow>> champions(const Range& range, ReportPeriod period)
    {
        return champions(ReportFilter{.range = range}, period);
    }

    /// InvalidInput naming "from" when the range ends before it begins.
    static Status validate(const ReportRange& range);
    /// [lower, upper) in stored milliseconds for the range's whole UTC days;
    /// an open side is the extreme of qint64.
    static std::pair<qint64, qint64> storedBounds(const ReportRange& range);
    /// The period key ("2026-W03", "2026-01") of the stored UTC instant in
    /// the SQL expression `msColumn`, as SQL in the dialect of `db`.
    static QString periodKeySql(const QSqlDatabase& db, ReportPeriod period, const QString& msColumn);
    static Status validate(const ReportFilter& filter) { return validate(filter.range); }
    /// The Pareto chart of per-cause totals as the store gives them (largest
    /// first): running shares and the 80% cut. `unanalysed` is left at 0.
    static ParetoReport paretoOf(const QList<CauseTotals>& causes, ParetoMeasure measure);

    /// "Product defect › Hardware", or "Deleted root cause #N" for a cause
    /// the taxonomy lost.
    static QString deletedCauseLabel(qint64 id);

private:
    Database m_db;
};

} // namespace redress::core
