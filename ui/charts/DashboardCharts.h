#pragma once

// The dashboard's charts: one builder per chart, and the period and trend
// arithmetic they share with the dashboard.

#include "core/report/Dashboard.h"
#include "ui/charts/DashboardChartView.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace redress::ui {

/// The first and last day of a period key ("2026-01", "2026-W03"); nullopt
/// for a key that is neither.
std::optional<std::pair<QDate, QDate>> periodDays(const QString& key);
/// Every period key from `first` to `last`, both included, in order, so a
/// period without cases still has its place on the time axis.
QStringList periodKeys(const QString& first, const QString& last);
/// The period key that holds `day`.
QString periodKeyOf(const QDate& day, core::ReportPeriod period);

/// The trend chart's lines: the causes with the most cases in the range,
/// the rest summed as one "Other" line (no root cause id).
struct TrendLine
{
    QString name;
    std::optional<qint64> rootCauseId;
    QList<qint64> cases; ///< one per period
};

struct TrendLayout
{
    QStringList periods;
    QList<TrendLine> lines;
    qint64 unanalysed = 0; ///< cases of the range without a root cause, not drawn
};

TrendLayout trendLayout(const QList<core::TrendRow>& rows, int topCauses = 5);

/// The last part of a root-cause path ("Power supply").
QString leafOf(const QString& path);
/// "1 case", "12 cases".
QString casesText(qint64 n);
/// Cents as the locale's currency text.
QString moneyText(qint64 cents);

/// Builders: each fills `view` with its chart, or with the reason it is
/// empty, styled from `palette` so it reads in light and dark mode.
void showPareto(DashboardChartView* view, const core::ParetoReport& report, qint64 casesInRange,
                const QPalette& palette);
void showTrend(DashboardChartView* view, const TrendLayout& layout, core::ReportPeriod period,
               qint64 casesInRange, const QPalette& palette);
/// Champions, passives and detractors per period as stacked bars, with the
/// recovery paradox (mean score after against mean prior score) as lines.
QStringList showChampions(DashboardChartView* view, const QList<core::ChampionRow>& rows,
                          core::ReportPeriod period, const QPalette& palette);
void showAgeing(DashboardChartView* view, const QList<core::AgeingBucket>& buckets, const QPalette& palette);

} // namespace redress::ui
