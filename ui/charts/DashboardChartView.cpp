#include "ui/charts/DashboardChartView.h"

#include <QChart>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace redress::ui {

DashboardChartView::DashboardChartView(QWidget* parent) : ChartView(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 260);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyReason"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->hide();
}

void DashboardChartView::setContent(QChart* chart, int columns, int rows, Highlighter highlight)
{
    replaceChart(chart);
    m_emptyText.clear();
    m_emptyLabel->hide();
    m_highlight = std::move(highlight);
    m_columns = columns;
    m_rows = rows;
    m_column = m_row = -1;
    if (hasFocus())
        setCurrent(0, 0);
}

void DashboardChartView::setEmpty(QChart* chart, const QString& why)
{
    replaceChart(chart);
    m_emptyText = why;
    m_highlight = {};
    m_columns = m_rows = 0;
    m_column = m_row = -1;
    m_emptyLabel->setText(why);
    m_emptyLabel->show();
    placeEmptyLabel();
}

void DashboardChartView::setCurrent(int column, int row)
{
    if (m_columns <= 0 || m_rows <= 0) {
        column = row = -1;
    } else {
        column = std::clamp(column, 0, m_columns - 1);
        row = std::clamp(row, 0, m_rows - 1);
    }
    if (column == m_column && row == m_row)
        return;
    m_column = column;
    m_row = row;
    if (m_highlight)
        m_highlight(column, row);
    Q_EMIT currentChanged(column, row);
}

void DashboardChartView::activate(int column, int row)
{
    if (column < 0 || column >= m_columns || row < 0 || row >= m_rows)
        return;
    setCurrent(column, row);
    Q_EMIT activated(column, row);
}

void DashboardChartView::keyPressEvent(QKeyEvent* event)
{
    const int column = std::max(m_column, 0);
    const int row = std::max(m_row, 0);
    switch (event->key()) {
    case Qt::Key_Left: setCurrent(m_column < 0 ? 0 : column - 1, row); break;
    case Qt::Key_Right: setCurrent(m_column < 0 ? 0 : column + 1, row); break;
    case Qt::Key_Up: setCurrent(column, row - 1); break;
    case Qt::Key_Down: setCurrent(column, row + 1); break;
    case Qt::Key_Home: setCurrent(0, row); break;
    case Qt::Key_End: setCurrent(m_columns - 1, row); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_column >= 0)
            activate(m_column, m_row);
        break;
    default:
        // The graphics view would scroll the scene on other keys.
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DashboardChartView::focusInEvent(QFocusEvent* event)
{
    ChartView::focusInEvent(event);
    // The highlight is the focus indicator a keyboard user follows.
    if (m_column < 0)
        setCurrent(0, 0);
}

void DashboardChartView::resizeEvent(QResizeEvent* event)
{
    ChartView::resizeEvent(event);
    placeEmptyLabel();
}

void DashboardChartView::placeEmptyLabel()
{
    const int margin = 24;
    m_emptyLabel->setGeometry(rect().adjusted(margin, margin * 2, -margin, -margin));
}

void DashboardChartView::paintTo(QPainter& painter, const QRectF& target) const
{
    ChartView::paintTo(painter, target);
    if (isEmpty()) {
        const QSizeF size = chart()->geometry().size().scaled(target.size(), Qt::KeepAspectRatio);
        const QRectF drawn(target.topLeft() + QPointF((target.width() - size.width()) / 2, 0), size);
        painter.drawText(drawn.adjusted(drawn.width() * 0.05, drawn.height() * 0.2, -drawn.width() * 0.05, 0),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
}

} // namespace redress::ui
