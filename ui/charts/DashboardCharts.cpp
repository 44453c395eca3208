#include "ui/charts/DashboardCharts.h"

#include "ui/app/Appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace redress::ui {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::ui::DashboardCharts)
};

QString notAnalysedText(qint64 cases)
{
    return cases == 1 ? Tr::tr("The one case in this range is not analysed yet")
                      : Tr::tr("None of the %1 cases in this range is analysed yet").arg(cases);
}

// Labels on a time axis stay readable up to about this many.
constexpr int maxTimeLabels = 7;

// A colour between two palette roles, so derived colours follow the theme.
QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

QChart* newChart(const QString& title, const QPalette& palette)
{
    auto* chart = new QChart;
    // The theme picks series colours with enough contrast for the
    // background; the palette then supplies the background and text.
    chart->setTheme(appearance::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, QFont().pointSizeF() * 1.1));
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setFont(QFont());
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QString& title, const QPalette& palette)
{
    axis->setTitleText(title);
    axis->setTitleBrush(palette.brush(QPalette::Text));
    axis->setLabelsBrush(palette.brush(QPalette::Text));
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.15));
    axis->setLinePenColor(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.4));
    QFont font;
    axis->setLabelsFont(font);
    font.setBold(true);
    axis->setTitleFont(font);
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// A value axis whose labels are period keys, thinned so they never crowd:
// bars and points sit at 0 … n-1.
QCategoryAxis* timeAxis(const QStringList& periods, const QString& title, const QPalette& palette)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    const int n = int(periods.size());
    const int step = std::max(1, (n + maxTimeLabels - 1) / maxTimeLabels);
    for (int i = 0; i < n; i += step)
        axis->append(periods.at(i), i);
    axis->setRange(-0.5, n - 0.5);
    styleAxis(axis, title, palette);
    return axis;
}

QValueAxis* countAxis(qint64 max, const QString& title, const QPalette& palette)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max<qint64>(max, 1));
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    styleAxis(axis, title, palette);
    return axis;
}

QString periodTitle(core::ReportPeriod period)
{
    return period == core::ReportPeriod::Week ? Tr::tr("Week") : Tr::tr("Month");
}

// Long cause names are cut on the axis; the tooltip has the whole path.
QString axisLabel(const QString& name)
{
    constexpr int maxChars = 18;
    return name.size() <= maxChars ? name : name.left(maxChars - 1) + QChar(0x2026);
}

void showTip(DashboardChartView* view, bool on, const QString& text)
{
    if (on)
        QToolTip::showText(QCursor::pos(), text, view);
    else
        QToolTip::hideText();
}

} // namespace

// ---- periods ----------------------------------------------------------------

std::optional<std::pair<QDate, QDate>> periodDays(const QString& key)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    if (const auto m = month.match(key); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid())
            return std::nullopt;
        return std::pair(first, first.addMonths(1).addDays(-1));
    }
    if (const auto m = week.match(key); m.hasMatch()) {
        // ISO week 1 is the week that holds 4 January.
        const QDate jan4(m.captured(1).toInt(), 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (m.captured(2).toInt() - 1));
        if (periodKeyOf(monday, core::ReportPeriod::Week) != key)
            return std::nullopt;
        return std::pair(monday, monday.addDays(6));
    }
    return std::nullopt;
}

QString periodKeyOf(const QDate& day, core::ReportPeriod period)
{
    if (period == core::ReportPeriod::Month)
        return day.toString(QStringLiteral("yyyy-MM"));
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QStringList periodKeys(const QString& first, const QString& last)
{
    const auto from = periodDays(first);
    const auto to = periodDays(last);
    if (!from || !to || to->first < from->first)
        return first == last || !to ? QStringList{first} : QStringList{first, last};
    const bool weekly = first.contains(QLatin1Char('W'));
    const auto period = weekly ? core::ReportPeriod::Week : core::ReportPeriod::Month;
    QStringList keys;
    // Ten years of weeks is far beyond any dashboard; the cap guards a bad key.
    for (QDate day = from->first; day <= to->first && keys.size() < 520;) {
        keys << periodKeyOf(day, period);
        day = weekly ? day.addDays(7) : day.addMonths(1);
    }
    return keys;
}

TrendLayout trendLayout(const QList<core::TrendRow>& rows, int topCauses)
{
    TrendLayout layout;
    if (rows.isEmpty())
        return layout;
    QString first = rows.first().period;
    QString last = first;
    QHash<qint64, qint64> totals;
    QHash<qint64, QString> paths;
    for (const core::TrendRow& row : rows) {
        first = std::min(first, row.period);
        last = std::max(last, row.period);
        if (row.rootCauseId == 0) {
            layout.unanalysed += row.cases;
            continue;
        }
        totals[row.rootCauseId] += row.cases;
        paths.insert(row.rootCauseId, row.path);
    }
    layout.periods = periodKeys(first, last);
    QList<qint64> causes = totals.keys();
    std::sort(causes.begin(), causes.end(), [&](qint64 a, qint64 b) {
        if (totals.value(a) != totals.value(b))
            return totals.value(a) > totals.value(b);
        return paths.value(a) < paths.value(b);
    });
    const int shown = std::min<int>(int(causes.size()), topCauses);
    // One "Other" line only when it would stand for at least two causes.
    const bool other = causes.size() > shown + 1;
    const int lines = other ? shown : int(causes.size());
    QHash<qint64, int> lineOf;
    for (int i = 0; i < lines; ++i) {
        const qint64 id = causes.at(i);
        layout.lines << TrendLine{leafOf(paths.value(id)), id, QList<qint64>(layout.periods.size(), 0)};
        lineOf.insert(id, i);
    }
    if (other)
        layout.lines << TrendLine{Tr::tr("Other"), std::nullopt, QList<qint64>(layout.periods.size(), 0)};
    QHash<QString, int> columnOf;
    for (int i = 0; i < layout.periods.size(); ++i)
        columnOf.insert(layout.periods.at(i), i);
    for (const core::TrendRow& row : rows) {
        if (row.rootCauseId == 0 || !columnOf.contains(row.period))
            continue;
        const int line = lineOf.value(row.rootCauseId, int(layout.lines.size()) - 1);
        layout.lines[line].cases[columnOf.value(row.period)] += row.cases;
    }
    return layout;
}

QString leafOf(const QString& path)
{
    const qsizetype cut = path.lastIndexOf(QChar(0x203A)); // "›"
    return cut < 0 ? path : path.mid(cut + 1).trimmed();
}

QString casesText(qint64 n)
{
    return n == 1 ? Tr::tr("1 case") : Tr::tr("%1 cases").arg(n);
}

QString moneyText(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0);
}

// ---- builders ---------------------------------------------------------------

// Root causes along the bottom, cases or money on the left, the cumulative
// share on the right.
void addParetoAxes(QChart* chart, QStackedBarSeries* bars, QLineSeries* cumulative, QLineSeries* mark,
                   const QStringList& categories, double max, bool byCost, const QPalette& palette)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, Tr::tr("Root cause"), palette);
    if (categories.size() > 5)
        x->setLabelsAngle(-90);
    auto* y = new QValueAxis;
    y->setRange(0, max > 0 ? max : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(byCost ? QStringLiteral("%.0f") : QStringLiteral("%d"));
    const QString symbol = QLocale().currencySymbol();
    styleAxis(y,
              byCost ? (symbol.isEmpty() ? Tr::tr("Compensation") : Tr::tr("Compensation (%1)").arg(symbol))
                     : Tr::tr("Cases"),
              palette);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setTickCount(6);
    share->setLabelFormat(QStringLiteral("%.0f%%"));
    styleAxis(share, Tr::tr("Cumulative share (%)"), palette);
    share->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    cumulative->attachAxis(x);
    cumulative->attachAxis(share);
    mark->attachAxis(x);
    mark->attachAxis(share);
}

void showPareto(DashboardChartView* view, const core::ParetoReport& report, qint64 casesInRange,
                const QPalette& palette)
{
    const bool byCost = report.measure == core::ParetoMeasure::Cost;
    QChart* chart = newChart(byCost ? Tr::tr("Pareto of root causes by compensation")
                                    : Tr::tr("Pareto of root causes by cases"),
                             palette);
    if (casesInRange == 0)
        return view->setEmpty(chart, Tr::tr("No cases opened in this range"));
    if (report.rows.isEmpty())
        return view->setEmpty(chart, notAnalysedText(casesInRange));
    if (byCost && report.total == 0)
        return view->setEmpty(chart, Tr::tr("No compensation was granted for the cases in this range"));

    // Two stacked sets, one of them zero at every bar, colour the vital few
    // apart from the rest and name both in the legend.
    auto* vital = new QBarSet(Tr::tr("Vital few"));
    auto* rest = new QBarSet(Tr::tr("Useful many"));
    vital->setObjectName(QStringLiteral("paretoVital"));
    rest->setObjectName(QStringLiteral("paretoRest"));
    auto* cumulative = new QLineSeries;
    cumulative->setObjectName(QStringLiteral("paretoCumulative"));
    cumulative->setName(Tr::tr("Cumulative share"));
    cumulative->setPointsVisible(true);
    QStringList categories;
    QStringList tips;
    double max = 0;
    for (int i = 0; i < report.rows.size(); ++i) {
        const core::ParetoRow& row = report.rows.at(i);
        const double value = byCost ? double(row.value) / 100.0 : double(row.value);
        max = std::max(max, value);
        *vital << (row.vital ? value : 0.0);
        *rest << (row.vital ? 0.0 : value);
        cumulative->append(i, row.cumulativePercent);
        QString label = axisLabel(leafOf(row.path));
        // Category labels must be unique; two causes may share a leaf name.
        while (categories.contains(label))
            label += QChar(0x200B);
        categories << label;
        tips << Tr::tr("%1\n%2 · %3 · %4% cumulative")
                    .arg(row.path, casesText(row.cases), moneyText(row.costCents))
                    .arg(QLocale().toString(row.cumulativePercent, 'f', 1));
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor chosen = palette.color(QPalette::Text);
    vital->setColor(highlight);
    vital->setBorderColor(highlight);
    rest->setColor(mix(highlight, palette.color(QPalette::Base), 0.6));
    rest->setBorderColor(highlight);
    vital->setSelectedColor(chosen);
    rest->setSelectedColor(chosen);
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("paretoBars"));
    bars->append(vital);
    bars->append(rest);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    QPen cumulativePen(mix(palette.color(QPalette::Text), highlight, 0.3), 2);
    cumulative->setPen(cumulativePen);
    chart->addSeries(cumulative);
    auto* mark = new QLineSeries;
    mark->setObjectName(QStringLiteral("paretoMark"));
    mark->setName(Tr::tr("80% mark"));
    mark->append(-0.5, 80);
    mark->append(report.rows.size() - 0.5, 80);
    QPen markPen(palette.color(QPalette::Text), 1, Qt::DashLine);
    mark->setPen(markPen);
    chart->addSeries(mark);

    addParetoAxes(chart, bars, cumulative, mark, categories, max, byCost, palette);

    QObject::connect(bars, &QAbstractBarSeries::clicked, view,
                     [view](int index, QBarSet*) { view->activate(index, 0); });
    QObject::connect(cumulative, &QXYSeries::clicked, view,
                     [view](const QPointF& p) { view->activate(int(std::lround(p.x())), 0); });
    QObject::connect(bars, &QAbstractBarSeries::hovered, view,
                     [view, tips](bool on, int index, QBarSet*) { showTip(view, on, tips.value(index)); });
    view->setContent(chart, int(report.rows.size()), 1, [vital, rest](int column, int) {
        vital->deselectAllBars();
        rest->deselectAllBars();
        if (column >= 0) {
            vital->selectBar(column);
            rest->selectBar(column);
        }
    });
}

void showTrend(DashboardChartView* view, const TrendLayout& layout, core::ReportPeriod period,
               qint64 casesInRange, const QPalette& palette)
{
    QChart* chart =
        newChart(period == core::ReportPeriod::Week ? Tr::tr("Complaints per root cause by week")
                                                    : Tr::tr("Complaints per root cause by month"),
                 palette);
    if (casesInRange == 0 && layout.periods.isEmpty())
        return view->setEmpty(chart, Tr::tr("No cases opened in this range"));
    if (layout.lines.isEmpty())
        return view->setEmpty(chart, notAnalysedText(std::max(casesInRange, layout.unanalysed)));

    qint64 max = 0;
    QList<QLineSeries*> series;
    for (int i = 0; i < layout.lines.size(); ++i) {
        const TrendLine& line = layout.lines.at(i);
        auto* s = new QLineSeries;
        s->setObjectName(QStringLiteral("trendLine%1").arg(i));
        s->setName(line.name);
        s->setPointsVisible(layout.periods.size() <= 40);
        for (int p = 0; p < line.cases.size(); ++p) {
            s->append(p, double(line.cases.at(p)));
            max = std::max(max, line.cases.at(p));
        }
        chart->addSeries(s);
        // After addSeries: the theme gives the colour, we only widen it.
        QPen pen = s->pen();
        pen.setWidth(2);
        // "Other" is the background the named causes stand out from.
        if (!line.rootCauseId) {
            pen.setColor(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55));
            pen.setStyle(Qt::DashLine);
        }
        s->setPen(pen);
        series << s;
    }
    auto* marker = new QScatterSeries;
    marker->setObjectName(QStringLiteral("trendHighlight"));
    marker->setMarkerSize(14);
    marker->setColor(palette.color(QPalette::Highlight));
    marker->setBorderColor(palette.color(QPalette::Text));
    chart->addSeries(marker);
    hideFromLegend(chart, marker);

    QCategoryAxis* x = timeAxis(layout.periods, periodTitle(period), palette);
    QValueAxis* y = countAxis(max, Tr::tr("Cases"), palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : std::as_const(series)) {
        s->attachAxis(x);
        s->attachAxis(y);
        const int row = int(series.indexOf(s));
        QObject::connect(s, &QXYSeries::clicked, view,
                         [view, row](const QPointF& p) { view->activate(int(std::lround(p.x())), row); });
    }
    marker->attachAxis(x);
    marker->attachAxis(y);
    view->setContent(chart, int(layout.periods.size()), int(layout.lines.size()),
                     [marker, series](int column, int row) {
                         marker->clear();
                         if (column >= 0 && row >= 0 && row < series.size())
                             marker->append(series.at(row)->at(column));
                     });
}

// Periods along the bottom, follow-ups on the left, the mean scores on the
// right.
void addChampionAxes(QChart* chart, QStackedBarSeries* bars, QLineSeries* after, QLineSeries* before,
                     const QStringList& periods, core::ReportPeriod period, qint64 max,
                     const QPalette& palette)
{
    const bool paradox = after->count() > 0;
    QCategoryAxis* x = timeAxis(periods, periodTitle(period), palette);
    QValueAxis* y = countAxis(max, Tr::tr("Follow-ups"), palette);
    auto* score = new QValueAxis;
    score->setRange(0, 10);
    score->setTickCount(6);
    score->setLabelFormat(QStringLiteral("%d"));
    styleAxis(score, paradox ? Tr::tr("Mean score (0–10)") : Tr::tr("Mean score (no prior scores)"), palette);
    score->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(score, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    for (QLineSeries* s : {after, before}) {
        s->attachAxis(x);
        s->attachAxis(score);
    }
}

QStringList showChampions(DashboardChartView* view, const QList<core::ChampionRow>& rows,
                          core::ReportPeriod period, const QPalette& palette)
{
    QChart* chart = newChart(Tr::tr("Champions, passives and detractors, and the recovery paradox"), palette);
    if (rows.isEmpty()) {
        view->setEmpty(chart, Tr::tr("No follow-up was recorded in this range"));
        return {};
    }
    QString first = rows.first().period;
    QString last = first;
    for (const core::ChampionRow& row : rows) {
        first = std::min(first, row.period);
        last = std::max(last, row.period);
    }
    const QStringList periods = periodKeys(first, last);
    // Copies: the hover tip outlives the figures the rows came from.
    QHash<QString, core::ChampionRow> byPeriod;
    for (const core::ChampionRow& row : rows)
        byPeriod.insert(row.period, row);

    auto* detractors = new QBarSet(Tr::tr("Detractors (0–6)"));
    auto* passives = new QBarSet(Tr::tr("Passives (7–8)"));
    auto* champions = new QBarSet(Tr::tr("Champions (9–10)"));
    detractors->setObjectName(QStringLiteral("detractors"));
    passives->setObjectName(QStringLiteral("passives"));
    champions->setObjectName(QStringLiteral("champions"));
    auto* after = new QLineSeries;
    after->setObjectName(QStringLiteral("meanScoreAfter"));
    after->setName(Tr::tr("Score after"));
    auto* before = new QLineSeries;
    before->setObjectName(QStringLiteral("meanPriorScore"));
    before->setName(Tr::tr("Score before"));
    qint64 max = 0;
    for (int i = 0; i < periods.size(); ++i) {
        const auto found = byPeriod.constFind(periods.at(i));
        const core::ChampionRow* row = found == byPeriod.cend() ? nullptr : &*found;
        *detractors << (row ? double(row->detractors) : 0.0);
        *passives << (row ? double(row->passives) : 0.0);
        *champions << (row ? double(row->champions) : 0.0);
        if (!row)
            continue;
        max = std::max(max, row->followUps);
        // Only follow-ups that know the score before can show the paradox.
        if (row->meanScoreWithPrior && row->meanPriorScore) {
            after->append(i, *row->meanScoreWithPrior);
            before->append(i, *row->meanPriorScore);
        }
    }
    const QColor selected = palette.color(QPalette::Highlight);
    for (QBarSet* set : {detractors, passives, champions})
        set->setSelectedColor(selected);
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("championBars"));
    bars->append(detractors);
    bars->append(passives);
    bars->append(champions);
    chart->addSeries(bars);
    chart->addSeries(after);
    chart->addSeries(before);
    // In the text colour, solid after and dashed before, so the scores
    // never share a colour with the bars beneath them.
    for (QLineSeries* s : {after, before}) {
        s->setPointsVisible(periods.size() <= 40);
        QPen pen(palette.color(QPalette::Text), 2, s == before ? Qt::DashLine : Qt::SolidLine);
        s->setPen(pen);
        s->setColor(pen.color());
    }

    addChampionAxes(chart, bars, after, before, periods, period, max, palette);
    QObject::connect(bars, &QAbstractBarSeries::clicked, view,
                     [view](int index, QBarSet*) { view->activate(index, 0); });
    QObject::connect(bars, &QAbstractBarSeries::hovered, view,
                     [view, periods, byPeriod](bool on, int index, QBarSet*) {
                         const auto found = byPeriod.constFind(periods.value(index));
                         const core::ChampionRow* row = found == byPeriod.cend() ? nullptr : &*found;
                         showTip(view, on,
                                 row ? Tr::tr("%1: %2 champions, %3 passives, %4 detractors")
                                           .arg(periods.value(index))
                                           .arg(row->champions)
                                           .arg(row->passives)
                                           .arg(row->detractors)
                                     : Tr::tr("%1: no follow-up").arg(periods.value(index)));
                     });
    view->setContent(chart, int(periods.size()), 1,
                     [sets = QList<QBarSet*>{detractors, passives, champions}](int column, int) {
                         for (QBarSet* set : sets) {
                             set->deselectAllBars();
                             if (column >= 0)
                                 set->selectBar(column);
                         }
                     });
    return periods;
}

void showAgeing(DashboardChartView* view, const QList<core::AgeingBucket>& buckets, const QPalette& palette)
{
    QChart* chart = newChart(Tr::tr("Open cases by age"), palette);
    qint64 open = 0;
    qint64 max = 0;
    for (const core::AgeingBucket& b : buckets) {
        open += b.cases;
        max = std::max(max, b.cases);
    }
    if (open == 0)
        return view->setEmpty(chart, Tr::tr("No case in this range is waiting for a resolution"));
    auto* set = new QBarSet(Tr::tr("Open cases"));
    set->setObjectName(QStringLiteral("ageing"));
    set->setColor(palette.color(QPalette::Highlight));
    set->setBorderColor(palette.color(QPalette::Highlight));
    set->setSelectedColor(palette.color(QPalette::Text));
    set->setLabelColor(palette.color(QPalette::HighlightedText));
    QStringList categories;
    for (const core::AgeingBucket& b : buckets) {
        *set << double(b.cases);
        categories << b.label;
    }
    auto* bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("ageingBars"));
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(bars);
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, Tr::tr("Age of the open case"), palette);
    QValueAxis* y = countAxis(max, Tr::tr("Cases"), palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    view->setContent(chart, int(buckets.size()), 1, [set](int column, int) {
        set->deselectAllBars();
        if (column >= 0)
            set->selectBar(column);
    });
}

} // namespace redress::ui
