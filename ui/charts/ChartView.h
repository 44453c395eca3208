#pragma once

// Qt Charts stays behind ui/charts/: the rest of the ui holds charts as a
// ChartView and fills them with the builders here, so a move to Qt Graphs
// (Qt Charts is deprecated from Qt 6.10) touches this folder alone.

#include <QChartView>

class QPainter;

namespace redress::ui {

/// Our chart widget: one chart at a time, antialiased, drawable as vectors.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Shows `chart`, taking it over; the previous chart is deleted.
    void replaceChart(QChart* chart);
    /// Draws the chart into `target` of any painter (a PDF's too), keeping
    /// its aspect ratio.
    void paintTo(QPainter& painter, const QRectF& target) const;
};

} // namespace redress::ui
