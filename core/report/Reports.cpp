#include "core/report/Reports.h"

namespace redress::core {

std::pair<qint64, qint64> Reports::storedBounds(const ReportRange& range)
{
    return ReportRepository::storedBounds(range);
}

QString Reports::periodKeySql(const QSqlDatabase& db, ReportPeriod period, const QString& column)
{
    return ReportRepository::periodKeySql(db, period, column);
}

QString Reports::deletedCauseLabel(qint64 id)
{
    return ReportRepository::deletedCauseLabel(id);
}

Status Reports::validate(const ReportRange& range)
{
    return ReportRepository::validate(range);
}

Result<ParetoReport> Reports::pareto(const ReportFilter& filter, ParetoMeasure measure)
{
    if (auto ok = validate(filter); !ok)
        return std::unexpected(ok.error());
    ReportRepository store(m_db);
    auto causes = store.casesPerCause(filter, measure);
    if (!causes)
        return std::unexpected(causes.error());
    ParetoReport report = paretoOf(*causes, measure);
    auto unanalysed = store.unanalysedCases(filter);
    if (!unanalysed)
        return std::unexpected(unanalysed.error());
    report.unanalysed = *unanalysed;
    return report;
}

ParetoReport Reports::paretoOf(const QList<CauseTotals>& causes, ParetoMeasure measure)
{
    ParetoReport report;
    report.measure = measure;
    for (const CauseTotals& c : causes)
        report.total += c.value;
    // The running sum and the 80% cut in integers, so a share of exactly
    // 80% is on the vital side.
    qint64 running = 0;
    for (const CauseTotals& c : causes) {
        running += c.value;
        ParetoRow row;
        row.rootCauseId = c.rootCauseId;
        row.path = c.path;
        row.cases = c.cases;
        row.costCents = c.costCents;
        row.value = c.value;
        row.cumulativePercent = report.total > 0 ? 100.0 * running / report.total : 0.0;
        row.vital = (running - c.value) * 100 < report.total * 80;
        report.rows << row;
    }
    return report;
}

Result<QList<TrendRow>> Reports::trend(const ReportFilter& filter, ReportPeriod period)
{
    if (auto ok = validate(filter); !ok)
        return std::unexpected(ok.error());
    return ReportRepository(m_db).trend(filter, period);
}

Result<QList<ChampionRow>> Reports::champions(const ReportFilter& filter, ReportPeriod period)
{
    if (auto ok = validate(filter); !ok)
        return std::unexpected(ok.error());
    return ReportRepository(m_db).champions(filter, period);
}

} // namespace redress::core
