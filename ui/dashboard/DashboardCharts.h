#pragma once

// The dashboard's charts: a chart view a keyboard can walk, and one builder
// per chart. Qt Charts stays behind this file and DashboardCharts.cpp, so a
// move to Qt Graphs touches one place.

#include "core/report/Dashboard.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QLabel;

namespace redress::ui {

/// A chart whose items (bars, points) sit in columns (categories, periods)
/// and rows (series). It takes focus; Left/Right and Up/Down move the
/// highlighted item, Enter or a click activates it. A chart with nothing to
/// show says why in words instead.
class DashboardChartView : public QChartView
{
    Q_OBJECT

public:
    /// Draws the highlight on the item at (column, row); (-1, -1) clears it.
    using Highlighter = std::function<void(int column, int row)>;

    explicit DashboardChartView(QWidget* parent = nullptr);

    /// Takes `chart` over (the previous one is deleted) with its items' grid.
    void setContent(QChart* chart, int columns, int rows, Highlighter highlight);
    /// Takes `chart` over (title and axes only) and shows `why` over it.
    void setEmpty(QChart* chart, const QString& why);

    bool isEmpty() const { return !m_emptyText.isEmpty(); }
    QString emptyText() const { return m_emptyText; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int currentColumn() const { return m_column; }
    int currentRow() const { return m_row; }
    void setCurrent(int column, int row);
    /// Makes (column, row) current and reports it activated, as a click does.
    void activate(int column, int row);

Q_SIGNALS:
    void currentChanged(int column, int row);
    void activated(int column, int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void replaceChart(QChart* chart);
    void placeEmptyLabel();

    QLabel* m_emptyLabel = nullptr;
    QString m_emptyText;
    Highlighter m_highlight;
    int m_columns = 0;
    int m_rows = 0;
    int m_column = -1;
    int m_row = -1;
};

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
