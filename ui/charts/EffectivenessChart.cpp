#include "ui/charts/EffectivenessChart.h"

#include "ui/charts/ChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace redress::ui {

void showEffectivenessChart(ChartView* view, const QList<core::EffectivenessWeek>& weeks,
                            const EffectivenessChartText& text, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelBrush(palette.text());
    chart->setTitle(text.title);
    if (weeks.isEmpty()) {
        view->replaceChart(chart);
        return;
    }
    // A week of the other phase is a zero bar in that set.
    auto* before = new QBarSet(text.before);
    auto* after = new QBarSet(text.after);
    auto* other = new QBarSet(text.other);
    QStringList labels;
    double top = 1;
    for (const core::EffectivenessWeek& w : weeks) {
        labels << QString::number(w.week.mid(6).toInt()); // "3" of "2026-W03": the axis names the rest
        const double rate = w.rate.value_or(0);
        top = std::max(top, rate);
        *before << (w.phase == core::WeekPhase::Before ? rate : 0);
        *after << (w.phase == core::WeekPhase::After ? rate : 0);
        *other << (w.phase == core::WeekPhase::Transition || w.phase == core::WeekPhase::Current ? rate : 0);
    }
    auto* series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(before);
    series->append(after);
    series->append(other);
    QColor neutral = palette.color(QPalette::Text);
    neutral.setAlpha(110);
    before->setColor(neutral);
    after->setColor(palette.color(QPalette::Highlight));
    // Hatched: neither side of the comparison.
    other->setBrush(QBrush(neutral, Qt::BDiagPattern));
    other->setBorderColor(neutral);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(text.weekAxis);
    x->setLabelsBrush(palette.text());
    x->setTitleBrush(palette.text());
    // Many weeks leave no room for their numbers; the title then names the span.
    if (labels.size() > 16) {
        x->setLabelsVisible(false);
        x->setTitleVisible(false);
    }
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.15);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(text.valueAxis);
    y->setLabelsBrush(palette.text());
    y->setTitleBrush(palette.text());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    view->replaceChart(chart);
}

} // namespace redress::ui
