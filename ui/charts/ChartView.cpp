#include "ui/charts/ChartView.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace redress::ui {

ChartView::ChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

void ChartView::replaceChart(QChart* chart)
{
    // setChart() hands the previous chart back to us instead of deleting it.
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

void ChartView::paintTo(QPainter& painter, const QRectF& target) const
{
    scene()->render(&painter, target, chart()->geometry(), Qt::KeepAspectRatio);
}

} // namespace redress::ui
