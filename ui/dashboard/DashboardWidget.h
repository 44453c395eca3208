#pragma once

#include "core/Error.h"
#include "core/report/Dashboard.h"
#include "ui/common/Workers.h"

#include <QLocale>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;

namespace redress::ui {

class Session;

class DashboardChartView;

/// The team lead's dashboard (issue 7): a filter bar, KPI tiles and four
/// charts. Figures are computed on a thread of its own with its own store
/// connection; a newer refresh cancels the running one, so the window never
/// waits. Clicking a bar or point (or Enter on the highlighted one) asks for
/// the cases behind it through casesRequested().
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        ParetoChart,
        TrendChart,
        ChampionsChart,
        AgeingChart,
        ChartCount
    };

    /// `user` reads the root-cause taxonomy for the filter. The last filter
    /// (Config's "dashboard/…" keys) is restored and a first refresh queued.
    explicit DashboardWidget(const Session& session, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    core::DashboardFilter filter() const;
    /// Sets the filter bar to `filter` (one refresh follows).
    void setFilter(const core::DashboardFilter& filter);
    core::ReportPeriod period() const;
    void setPeriod(core::ReportPeriod period);
    core::ParetoMeasure paretoMeasure() const;
    void setParetoMeasure(core::ParetoMeasure measure);

    /// The figures on show; nullopt before the first refresh succeeded.
    const std::optional<core::DashboardFigures>& figures() const { return m_figures; }
    DashboardChartView* chartView(Chart chart) const { return m_views.at(chart); }
    /// A refresh is queued or running.
    bool isRefreshing() const { return m_refreshQueued || m_job != nullptr; }
    /// The inline message (an error, a cancel); empty when none.
    QString message() const;
    /// The KPI tiles' texts, as the PDF prints them.
    QStringList kpiTexts() const;
    /// Words for the filter, for titles ("1 Jan 2026 – 31 Jan 2026, all products, …").
    QString filterDescription() const;

    /// Writes chart `chartIndex` (a Chart) as a PNG; false when it cannot.
    bool saveChartPng(int chartIndex, const QString& path);
    /// Paints the KPI figures and every chart onto PDF pages at `path`.
    core::Status exportPdf(const QString& path);

public Q_SLOTS:
    /// Computes the figures again (queued, so several changes make one run).
    void refresh();
    /// Stops the running refresh; the figures on show stay.
    void cancelRefresh();
    /// Reads products, users and root causes again after they were edited.
    void reloadChoices();

Q_SIGNALS:
    /// New figures are on show.
    void refreshed();
    void failed(const QString& message);
    /// The cases behind a clicked bar or point: `filter` is the dashboard's
    /// narrowed to them, `title` says which in words.
    void casesRequested(const core::DashboardFilter& filter, const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString followUpText(const core::SurveyFigures& figures, const QLocale& locale);
    struct Job;

    void buildFilterBar();
    void createFilterFields();
    void buildBody();
    QHBoxLayout* createStatusRow();
    QHBoxLayout* createKpiTiles();
    QScrollArea* createCharts();
    void restoreSettings();
    void saveSettings() const;
    void filterChanged();
    void startRefresh();
    void pollProgress();
    void jobFinished(const std::shared_ptr<Job>& job);
    void showFigures();
    void showMessage(const QString& text);
    void drill(Chart chart, int column, int row);
    void askPng(int chartIndex);
    void askPdf();
    core::DashboardFilter narrowedToPeriod(const QString& periodKey) const;

    const Session& m_session;

    QCheckBox* m_allTime = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_cause = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_measure = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
    std::array<QLabel*, 5> m_kpis{};
    std::array<DashboardChartView*, ChartCount> m_views{};

    std::optional<core::DashboardFigures> m_figures;
    QStringList m_trendPeriods;
    QList<std::optional<qint64>> m_trendCauses;
    QStringList m_trendNames;
    QStringList m_championPeriods;

    std::shared_ptr<Job> m_job; ///< the refresh whose figures will be shown
    Workers m_workers{this};
    QTimer* m_poll = nullptr;
    bool m_refreshQueued = false;
    bool m_loading = false; ///< filter widgets being set in code: no refresh per widget
};

} // namespace redress::ui
