#pragma once

#include "ui/charts/ChartView.h"

#include <QString>

#include <functional>

class QLabel;

namespace redress::ui {

/// A chart whose items (bars, points) sit in columns (categories, periods)
/// and rows (series). It takes focus; Left/Right and Up/Down move the
/// highlighted item, Enter or a click activates it. A chart with nothing to
/// show says why in words instead.
class DashboardChartView : public ChartView
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
    /// As ChartView's, with the reason an empty chart gives written over it.
    void paintTo(QPainter& painter, const QRectF& target) const;

Q_SIGNALS:
    void currentChanged(int column, int row);
    void activated(int column, int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeEmptyLabel();

    QLabel* m_emptyLabel = nullptr;
    QString m_emptyText;
    Highlighter m_highlight;
    int m_columns = 0;
    int m_rows = 0;
    int m_column = -1;
    int m_row = -1;
};

} // namespace redress::ui
