#include "ui/dashboard/DashboardWidget.h"

#include "core/Clock.h"
#include "core/PrivateFile.h"
#include "core/store/ProductRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "ui/charts/DashboardCharts.h"
#include "ui/common/Config.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace redress::ui {

namespace {

QVariant idData(qint64 id)
{
    return QVariant::fromValue<qint64>(id);
}

// Selects the item holding `data`, or the first ("all") one.
void selectData(QComboBox* box, const QVariant& data)
{
    const int index = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> idOf(const QComboBox* box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString hoursText(double hours)
{
    const QLocale locale;
    return hours < 48 ? QCoreApplication::translate("redress::ui::DashboardWidget", "%1 hours")
                            .arg(locale.toString(hours, 'f', 1))
                      : QCoreApplication::translate("redress::ui::DashboardWidget", "%1 days")
                            .arg(locale.toString(hours / 24.0, 'f', 1));
}

} // namespace

struct DashboardWidget::Job
{
    core::DashboardFilter filter;
    core::ReportPeriod period = core::ReportPeriod::Month;
    std::atomic<bool> cancelled = false;
    std::atomic<int> done = 0;
    std::atomic<int> total = 0;
    core::Result<core::DashboardFigures> result =
        std::unexpected(core::Error::make(core::Error::Code::Cancelled, QString()));
};

DashboardWidget::DashboardWidget(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    m_poll = new QTimer(this);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &DashboardWidget::pollProgress);

    new QVBoxLayout(this);
    buildFilterBar();
    buildBody();
    m_loading = true;
    reloadChoices();
    restoreSettings();
    m_loading = false;
    refresh();
}

DashboardWidget::~DashboardWidget()
{
    if (m_job)
        m_job->cancelled = true;
    // Superseded jobs were cancelled when replaced; m_workers waits for
    // each to stop at its next step.
}

/// The filter's fields and buttons, before the bar places them.
void DashboardWidget::createFilterFields()
{
    m_allTime = new QCheckBox(tr("&All time"));
    m_allTime->setObjectName(QStringLiteral("dashboardAllTime"));
    m_allTime->setAccessibleName(tr("All time"));
    m_allTime->setToolTip(tr("Every case, whenever it was opened"));
    const QDate today = core::Clock::now().toUTC().date();
    m_from = new QDateEdit(today.addMonths(-12));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    for (QDateEdit* edit : {m_from, m_to})
        edit->setToolTip(tr("Cases opened on these days, both included (UTC)"));

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Week"), QStringLiteral("week"));
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_measure = new QComboBox;
    m_measure->setObjectName(QStringLiteral("dashboardParetoBy"));
    m_measure->setAccessibleName(tr("Pareto by"));
    m_measure->addItem(tr("Cases"), QStringLiteral("count"));
    m_measure->addItem(tr("Compensation"), QStringLiteral("cost"));

    m_product = new QComboBox;
    m_product->setObjectName(QStringLiteral("dashboardProduct"));
    m_product->setAccessibleName(tr("Product"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("dashboardOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("dashboardChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_cause = new QComboBox;
    m_cause->setObjectName(QStringLiteral("dashboardRootCause"));
    m_cause->setAccessibleName(tr("Root cause"));
    m_cause->setToolTip(tr("A root cause and everything under it"));
    m_cause->setMinimumContentsLength(18);
    m_cause->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QComboBox* box : {m_product, m_owner, m_channel}) {
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_export = new QPushButton(tr("E&xport PDF…"));
    m_export->setObjectName(QStringLiteral("dashboardExportPdf"));
    m_export->setAccessibleName(tr("Export PDF"));
    m_export->setToolTip(tr("Every chart and figure on PDF pages"));
}

void DashboardWidget::buildFilterBar()
{
    auto* bar = new QGridLayout;
    static_cast<QVBoxLayout*>(layout())->addLayout(bar);

    createFilterFields();

    bar->addWidget(m_allTime, 0, 0, 1, 2);
    bar->addWidget(buddyLabel(tr("&From:"), m_from), 0, 2);
    bar->addWidget(m_from, 0, 3);
    bar->addWidget(buddyLabel(tr("&To:"), m_to), 0, 4);
    bar->addWidget(m_to, 0, 5);
    bar->addWidget(buddyLabel(tr("P&eriod:"), m_period), 0, 6);
    bar->addWidget(m_period, 0, 7);
    bar->addWidget(buddyLabel(tr("Pareto &by:"), m_measure), 0, 8);
    bar->addWidget(m_measure, 0, 9);
    bar->addWidget(m_refresh, 0, 11);
    bar->addWidget(m_export, 0, 12);
    bar->addWidget(buddyLabel(tr("&Product:"), m_product), 1, 0);
    bar->addWidget(m_product, 1, 1);
    bar->addWidget(buddyLabel(tr("O&wner:"), m_owner), 1, 2);
    bar->addWidget(m_owner, 1, 3);
    bar->addWidget(buddyLabel(tr("C&hannel:"), m_channel), 1, 4);
    bar->addWidget(m_channel, 1, 5);
    bar->addWidget(buddyLabel(tr("Root &cause:"), m_cause), 1, 6);
    bar->addWidget(m_cause, 1, 7, 1, 3);
    bar->setColumnStretch(10, 1);

    connect(m_allTime, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardWidget::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardWidget::filterChanged);
    for (QComboBox* box : {m_period, m_product, m_owner, m_channel, m_cause})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWidget::filterChanged);
    // The measure only picks which of the two computed Paretos is drawn.
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        saveSettings();
        if (m_figures) {
            showFigures();
            Q_EMIT refreshed();
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardWidget::askPdf);
}

void DashboardWidget::buildBody()
{
    auto* outer = static_cast<QVBoxLayout*>(layout());

    outer->addLayout(createStatusRow());

    outer->addLayout(createKpiTiles());

    outer->addWidget(createCharts(), 1);

    // The order a keyboard walks is the order the eye reads.
    QList<QWidget*> order{m_allTime, m_from,    m_to,    m_period,  m_measure, m_refresh,
                          m_export,  m_product, m_owner, m_channel, m_cause,   m_cancel};
    for (DashboardChartView* view : m_views)
        order << view;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

/// What the refresh is doing: the summary, a message, progress and Cancel.
QHBoxLayout* DashboardWidget::createStatusRow()
{
    auto* status = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Ca&ncel"));
    m_cancel->setObjectName(QStringLiteral("dashboardCancel"));
    m_cancel->setAccessibleName(tr("Cancel the refresh"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &DashboardWidget::cancelRefresh);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    status->addWidget(m_summary);
    status->addWidget(m_message, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    return status;
}

/// The headline figures, one tile each.
QHBoxLayout* DashboardWidget::createKpiTiles()
{
    auto* tiles = new QHBoxLayout;
    const std::array<std::pair<const char*, QString>, 5> kpis{{
        {QT_TR_NOOP("Promise-kept rate"), QStringLiteral("kpiPromises")},
        {QT_TR_NOOP("Compensation vs value retained"), QStringLiteral("kpiValue")},
        {QT_TR_NOOP("SLA breaches"), QStringLiteral("kpiSla")},
        {QT_TR_NOOP("Mean time to resolution"), QStringLiteral("kpiResolution")},
        {QT_TR_NOOP("Follow-up by mail"), QStringLiteral("kpiFollowUp")},
    }};
    for (int i = 0; i < int(kpis.size()); ++i) {
        auto* tile = new QFrame;
        tile->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(tile);
        auto* title = new QLabel(tr(kpis[i].first));
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(titleFont);
        auto* value = new QLabel;
        value->setObjectName(kpis[i].second);
        value->setAccessibleName(tr(kpis[i].first));
        // Unwrapped, so the layout always gives each of its lines room.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Time to resolution is the secondary figure: it reads smaller.
        if (i >= 3) {
            QFont small = value->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            value->setFont(small);
            title->setFont(small);
        } else {
            QFont large = value->font();
            large.setPointSizeF(large.pointSizeF() * 1.15);
            value->setFont(large);
        }
        box->addWidget(title);
        box->addWidget(value, 1);
        tiles->addWidget(tile, i >= 3 ? 2 : 3);
        m_kpis[i] = value;
    }
    return tiles;
}

/// The four charts in a grid, each with its context menu.
QScrollArea* DashboardWidget::createCharts()
{
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* grid = new QWidget;
    auto* charts = new QGridLayout(grid);
    charts->setContentsMargins(0, 0, 0, 0);
    const std::array<std::pair<QString, QString>, ChartCount> names{{
        {QStringLiteral("paretoChart"), tr("Pareto of root causes chart")},
        {QStringLiteral("trendChart"), tr("Complaint trend per root cause chart")},
        {QStringLiteral("championsChart"), tr("Champions and recovery paradox chart")},
        {QStringLiteral("ageingChart"), tr("Open cases by age chart")},
    }};
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new DashboardChartView;
        view->setObjectName(names[i].first);
        view->setAccessibleName(names[i].second);
        view->setAccessibleDescription(tr("Left and Right pick a bar or point, Enter shows its cases; "
                                          "the context menu saves the chart as PNG"));
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (i != AgeingChart) {
            auto* show = new QAction(tr("Show these cases"), view);
            show->setObjectName(QStringLiteral("showCases"));
            connect(show, &QAction::triggered, this, [this, view, i] {
                if (view->currentColumn() >= 0)
                    drill(Chart(i), view->currentColumn(), view->currentRow());
            });
            view->addAction(show);
        }
        auto* save = new QAction(tr("Save as PNG…"), view);
        save->setObjectName(QStringLiteral("savePng"));
        connect(save, &QAction::triggered, this, [this, i] { askPng(i); });
        view->addAction(save);
        connect(view, &DashboardChartView::activated, this,
                [this, i](int column, int row) { drill(Chart(i), column, row); });
        charts->addWidget(view, i / 2, i % 2);
        m_views[i] = view;
    }
    scroll->setWidget(grid);
    return scroll;
}

void DashboardWidget::reloadChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const core::DashboardFilter current = filter();

    m_product->clear();
    m_product->addItem(tr("All products"));
    for (const core::Product& p :
         core::ProductRepository(m_session.db()).all().value_or(QList<core::Product>()))
        m_product->addItem(p.name, idData(p.id));

    m_owner->clear();
    m_owner->addItem(tr("Anyone"));
    m_owner->addItem(tr("Nobody (unassigned)"), idData(0));
    for (const core::User& u : core::UserRepository(m_session.db()).all().value_or(QList<core::User>()))
        m_owner->addItem(u.displayName.isEmpty() ? u.login : u.displayName, idData(u.id));

    m_channel->clear();
    m_channel->addItem(tr("All channels"));
    for (core::Channel c : core::allChannels())
        m_channel->addItem(core::labelOf(c), core::keyOf(c));

    m_cause->clear();
    m_cause->addItem(tr("All root causes"));
    const auto causes = core::RecoveryRepository(m_session.db(), m_session.user())
                            .rootCauses()
                            .value_or(QList<core::RootCause>());
    QHash<qint64, int> depth;
    // rootCauses() comes sorted by path, so a parent precedes its children.
    for (const core::RootCause& cause : causes) {
        const int level = cause.parentId == 0 ? 0 : depth.value(cause.parentId) + 1;
        depth.insert(cause.id, level);
        m_cause->addItem(QString(level * 4, QLatin1Char(' ')) + cause.name, idData(cause.id));
        m_cause->setItemData(m_cause->count() - 1, cause.path, Qt::ToolTipRole);
        m_cause->setItemData(m_cause->count() - 1, cause.path, Qt::AccessibleTextRole);
    }
    setFilter(current);
    m_loading = wasLoading;
}

core::DashboardFilter DashboardWidget::filter() const
{
    core::DashboardFilter f;
    if (!m_allTime->isChecked())
        f.range = core::ReportRange{m_from->date(), m_to->date()};
    f.productId = idOf(m_product);
    f.ownerId = idOf(m_owner);
    f.rootCauseId = idOf(m_cause);
    if (const QVariant key = m_channel->currentData(); key.isValid())
        f.channel = core::channelFromKey(key.toString());
    return f;
}

void DashboardWidget::setFilter(const core::DashboardFilter& f)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool all = !f.range.from.isValid() && !f.range.to.isValid();
    m_allTime->setChecked(all);
    m_from->setEnabled(!all);
    m_to->setEnabled(!all);
    if (f.range.from.isValid())
        m_from->setDate(f.range.from);
    if (f.range.to.isValid())
        m_to->setDate(f.range.to);
    selectData(m_product, f.productId ? idData(*f.productId) : QVariant());
    selectData(m_owner, f.ownerId ? idData(*f.ownerId) : QVariant());
    selectData(m_channel, f.channel ? QVariant(core::keyOf(*f.channel)) : QVariant());
    selectData(m_cause, f.rootCauseId ? idData(*f.rootCauseId) : QVariant());
    m_loading = wasLoading;
    filterChanged();
}

core::ReportPeriod DashboardWidget::period() const
{
    return m_period->currentData().toString() == QStringLiteral("week") ? core::ReportPeriod::Week
                                                                        : core::ReportPeriod::Month;
}

void DashboardWidget::setPeriod(core::ReportPeriod period)
{
    m_period->setCurrentIndex(period == core::ReportPeriod::Week ? 0 : 1);
}

core::ParetoMeasure DashboardWidget::paretoMeasure() const
{
    return m_measure->currentIndex() == 1 ? core::ParetoMeasure::Cost : core::ParetoMeasure::Count;
}

void DashboardWidget::setParetoMeasure(core::ParetoMeasure measure)
{
    m_measure->setCurrentIndex(measure == core::ParetoMeasure::Cost ? 1 : 0);
}

void DashboardWidget::restoreSettings()
{
    using K = Config::Key;
    core::DashboardFilter f;
    if (!Config::boolean(K::DashboardAllTime)) {
        const QDate today = core::Clock::now().toUTC().date();
        f.range.from = QDate::fromString(Config::string(K::DashboardFrom), Qt::ISODate);
        f.range.to = QDate::fromString(Config::string(K::DashboardTo), Qt::ISODate);
        if (!f.range.from.isValid())
            f.range.from = today.addMonths(-12);
        if (!f.range.to.isValid())
            f.range.to = today;
    }
    const auto id = [](K key) {
        const QString v = Config::string(key);
        return !v.isEmpty() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
    };
    f.productId = id(K::DashboardProduct);
    f.ownerId = id(K::DashboardOwner);
    f.rootCauseId = id(K::DashboardRootCause);
    f.channel = core::channelFromKey(Config::string(K::DashboardChannel));
    setFilter(f);
    setPeriod(Config::string(K::DashboardPeriod) == QStringLiteral("week") ? core::ReportPeriod::Week
                                                                           : core::ReportPeriod::Month);
    setParetoMeasure(Config::string(K::DashboardParetoBy) == QStringLiteral("cost")
                         ? core::ParetoMeasure::Cost
                         : core::ParetoMeasure::Count);
}

void DashboardWidget::saveSettings() const
{
    using K = Config::Key;
    const core::DashboardFilter f = filter();
    Config::set(K::DashboardAllTime, m_allTime->isChecked());
    Config::set(K::DashboardFrom, m_from->date().toString(Qt::ISODate));
    Config::set(K::DashboardTo, m_to->date().toString(Qt::ISODate));
    const auto put = [](K key, const std::optional<qint64>& v) {
        Config::set(key, v ? QString::number(*v) : QString());
    };
    put(K::DashboardProduct, f.productId);
    put(K::DashboardOwner, f.ownerId);
    put(K::DashboardRootCause, f.rootCauseId);
    Config::set(K::DashboardChannel, f.channel ? core::keyOf(*f.channel) : QString());
    Config::set(K::DashboardPeriod, m_period->currentData().toString());
    Config::set(K::DashboardParetoBy, m_measure->currentData().toString());
}

void DashboardWidget::filterChanged()
{
    if (m_loading)
        return;
    saveSettings();
    refresh();
}

void DashboardWidget::refresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    // Queued: a burst of changes (a restored filter, a date typed digit by
    // digit) becomes one run.
    QTimer::singleShot(0, this, &DashboardWidget::startRefresh);
}

void DashboardWidget::startRefresh()
{
    if (!m_refreshQueued)
        return; // cancelled before it began
    m_refreshQueued = false;
    if (m_job)
        m_job->cancelled = true; // superseded: its figures would be stale
    auto job = std::make_shared<Job>();
    job->filter = filter();
    job->period = period();
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_poll->start();
    m_workers.start(
        QStringLiteral("dashboard"),
        [db = m_session.db(), job] {
            core::Dashboard dashboard(db);
            job->result = dashboard.compute(job->filter, job->period, [&j = *job](int done, int total) {
                j.done = done;
                j.total = total;
                return !j.cancelled.load();
            });
            db.releaseThreadConnection();
        },
        [this, job] { jobFinished(job); });
}

void DashboardWidget::pollProgress()
{
    if (!m_job)
        return;
    const int total = m_job->total;
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(m_job->done);
    }
}

void DashboardWidget::cancelRefresh()
{
    if (!isRefreshing())
        return;
    m_refreshQueued = false;
    if (m_job) {
        m_job->cancelled = true;
        // Forgotten at once: the worker ends on its own and its result is dropped.
        m_job.reset();
    }
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    showMessage(m_figures ? tr("Refresh cancelled; the figures shown are from before.")
                          : tr("Refresh cancelled; press Refresh to compute the figures."));
}

void DashboardWidget::jobFinished(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return; // superseded or cancelled
    m_job.reset();
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    if (!job->result) {
        const QString text = job->result.error().message;
        showMessage(text);
        Q_EMIT failed(text);
        return;
    }
    m_figures = std::move(*job->result);
    showMessage({});
    showFigures();
    Q_EMIT refreshed();
}

void DashboardWidget::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString DashboardWidget::message() const
{
    return m_message->text();
}

/// The follow-up by mail in four lines: the response, what came of it, the
/// customers' own scores beside the reps', and the problems' notices.
QString DashboardWidget::followUpText(const core::SurveyFigures& m, const QLocale& locale)
{
    if (m.sent == 0 && m.noticeCustomers == 0 && m.ownAnswers.answers == 0)
        return tr("No follow-up sent by mail in this range");
    const auto nps = [&](const core::SurveyFigures::Scores& s) {
        if (s.answers == 0)
            return tr("none yet");
        const double score = 100.0 * double(s.promoters - s.detractors) / double(s.answers);
        return tr("NPS %1 (%2)").arg(locale.toString(score, 'f', 0)).arg(s.answers);
    };
    QStringList byChannel;
    for (const core::SurveyFigures::ByChannel& c : m.byChannel)
        byChannel << tr("%1 %2 of %3").arg(core::labelOf(c.channel)).arg(c.replied).arg(c.sent);
    const QString rate = m.responseRate() ? locale.toString(*m.responseRate() * 100.0, 'f', 0) : QStringLiteral("–");
    return tr("%1% answered (%2 of %3)\n%4 scored · %5 fault back · %6 to read · %7 no answer\n"
              "Customers' own: %8 · reps': %9\nTold of a fix: %10 customers")
        .arg(rate)
        .arg(m.replied)
        .arg(m.sent)
        .arg(m.scored)
        .arg(m.reopened)
        .arg(m.needsReading)
        .arg(m.noAnswer)
        .arg(nps(m.ownAnswers), nps(m.repAnswers))
        .arg(m.noticeCustomers) +
           (byChannel.isEmpty() ? QString() : QLatin1Char('\n') + byChannel.join(QStringLiteral(" · ")));
}

void DashboardWidget::showFigures()
{
    if (!m_figures)
        return;
    const core::DashboardFigures& f = *m_figures;
    const QPalette pal = palette();
    // The count Pareto knows the range's cases even where `cases` is not filled.
    const qint64 inRange = std::max(f.cases, f.paretoByCount.total + f.paretoByCount.unanalysed);
    showPareto(m_views[ParetoChart],
               paretoMeasure() == core::ParetoMeasure::Cost ? f.paretoByCost : f.paretoByCount, inRange, pal);
    const TrendLayout trend = trendLayout(f.trend);
    m_trendPeriods = trend.periods;
    m_trendCauses.clear();
    m_trendNames.clear();
    for (const TrendLine& line : trend.lines) {
        m_trendCauses << line.rootCauseId;
        m_trendNames << line.name;
    }
    showTrend(m_views[TrendChart], trend, f.period, inRange, pal);
    m_championPeriods = showChampions(m_views[ChampionsChart], f.champions, f.period, pal);
    showAgeing(m_views[AgeingChart], f.ageing, pal);

    const QLocale locale;
    const core::PromiseFigures& p = f.promises;
    m_kpis[0]->setText(p.keptRate ? tr("%1%\n%2 kept, %3 broken, %4 pending")
                                        .arg(locale.toString(*p.keptRate * 100.0, 'f', 0))
                                        .arg(p.kept)
                                        .arg(p.broken)
                                        .arg(p.pending)
                       : p.promised > 0 ? tr("No promise decided yet\n%1 pending").arg(p.pending)
                                        : tr("No promise made in this range"));
    const core::ValueFigures& v = f.value;
    m_kpis[1]->setText(tr("%1 spent on compensation\n%2 lifetime value retained\nfrom %3 customers")
                           .arg(moneyText(v.compensationCents), moneyText(v.retainedLifetimeValueCents))
                           .arg(v.retainedCustomers));
    const core::SlaFigures& s = f.sla;
    m_kpis[2]->setText(tr("Acknowledge %1 · Contact %2 · Resolve %3\nEscalated cases: %4")
                           .arg(s.acknowledgeBreaches)
                           .arg(s.contactBreaches)
                           .arg(s.resolveBreaches)
                           .arg(s.escalatedCases));
    m_kpis[3]->setText(
        f.meanHoursToResolution
            ? tr("%1\nover %2 resolved").arg(hoursText(*f.meanHoursToResolution), casesText(f.resolved))
            : tr("No case resolved in this range"));
    m_kpis[4]->setText(followUpText(f.followUpsByMail, locale));
    m_summary->setText(casesText(inRange));
    // The tiles' line counts changed: lay out now, so a grab or an export
    // straight after a refresh sees them whole.
    layout()->activate();
    m_views[ParetoChart]->setAccessibleDescription(
        f.paretoByCount.rows.isEmpty()
            ? m_views[ParetoChart]->emptyText()
            : tr("Largest root cause: %1 with %2")
                  .arg(f.paretoByCount.rows.first().path, casesText(f.paretoByCount.rows.first().cases)));
}

core::DashboardFilter DashboardWidget::narrowedToPeriod(const QString& periodKey) const
{
    core::DashboardFilter f = m_figures->filter;
    if (const auto days = periodDays(periodKey)) {
        // Narrow, never widen: a period cut by the range keeps the range's edge.
        f.range.from = f.range.from.isValid() ? std::max(f.range.from, days->first) : days->first;
        f.range.to = f.range.to.isValid() ? std::min(f.range.to, days->second) : days->second;
    }
    return f;
}

void DashboardWidget::drill(Chart chart, int column, int row)
{
    if (!m_figures)
        return;
    switch (chart) {
    case ParetoChart: {
        const core::ParetoReport& report =
            paretoMeasure() == core::ParetoMeasure::Cost ? m_figures->paretoByCost : m_figures->paretoByCount;
        if (column < 0 || column >= report.rows.size())
            return;
        const core::ParetoRow& bar = report.rows.at(column);
        core::DashboardFilter f = m_figures->filter;
        f.rootCauseId = bar.rootCauseId;
        f.rootCauseExact = true;
        Q_EMIT casesRequested(f, tr("Cases with root cause %1").arg(bar.path));
        return;
    }
    case TrendChart: {
        if (column < 0 || column >= m_trendPeriods.size() || row < 0 || row >= m_trendCauses.size())
            return;
        core::DashboardFilter f = narrowedToPeriod(m_trendPeriods.at(column));
        if (const auto cause = m_trendCauses.at(row)) {
            f.rootCauseId = *cause;
            f.rootCauseExact = true;
            Q_EMIT casesRequested(f, tr("Cases opened in %1 with root cause %2")
                                         .arg(m_trendPeriods.at(column), m_trendNames.at(row)));
        } else {
            Q_EMIT casesRequested(f, tr("Cases opened in %1").arg(m_trendPeriods.at(column)));
        }
        return;
    }
    case ChampionsChart:
        if (column < 0 || column >= m_championPeriods.size())
            return;
        Q_EMIT casesRequested(narrowedToPeriod(m_championPeriods.at(column)),
                              tr("Cases opened in %1").arg(m_championPeriods.at(column)));
        return;
    case AgeingChart:
    case ChartCount: return;
    }
}

QStringList DashboardWidget::kpiTexts() const
{
    QStringList texts;
    for (QLabel* value : m_kpis)
        texts << QStringLiteral("%1: %2").arg(value->accessibleName(),
                                              value->text().replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return texts;
}

QString DashboardWidget::filterDescription() const
{
    const core::DashboardFilter f = m_figures ? m_figures->filter : filter();
    const QLocale locale;
    QStringList parts;
    if (!f.range.from.isValid() && !f.range.to.isValid())
        parts << tr("all time");
    else
        parts << tr("%1 – %2").arg(
            f.range.from.isValid() ? locale.toString(f.range.from, QLocale::ShortFormat) : tr("the start"),
            f.range.to.isValid() ? locale.toString(f.range.to, QLocale::ShortFormat) : tr("today"));
    const auto textFor = [](QComboBox* box, const QVariant& data) {
        const int i = box->findData(data);
        return i < 0 ? data.toString() : box->itemText(i).trimmed();
    };
    parts << (f.productId ? textFor(m_product, idData(*f.productId)) : tr("all products"));
    parts << (f.ownerId ? (*f.ownerId == 0 ? tr("owned by nobody")
                                           : tr("owned by %1").arg(textFor(m_owner, idData(*f.ownerId))))
                        : tr("any owner"));
    parts << (f.channel ? core::labelOf(*f.channel) : tr("all channels"));
    if (f.rootCauseId) {
        const int i = m_cause->findData(idData(*f.rootCauseId));
        parts << (i < 0 ? tr("root cause %1").arg(*f.rootCauseId)
                        : m_cause->itemData(i, Qt::ToolTipRole).toString());
    } else {
        parts << tr("all root causes");
    }
    return parts.join(QStringLiteral(", "));
}

bool DashboardWidget::saveChartPng(int chartIndex, const QString& path)
{
    if (chartIndex < 0 || chartIndex >= ChartCount)
        return false;
    const QPixmap image = m_views[chartIndex]->grab();
    core::PrivateFile file(path);
    return !image.isNull() && file.open() && image.save(&file.device(), "PNG") && file.commit();
}

core::Status DashboardWidget::exportPdf(const QString& path)
{
    if (!m_figures)
        return core::fail(core::Error::Code::InvalidInput,
                          tr("There are no figures to export yet; wait until the dashboard has refreshed."));
    // Private to its owner and written beside the target: a link at `path`
    // is replaced, not written through.
    core::PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return std::unexpected(opened.error());
    QPdfWriter writer(&file.device());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    const QString title = tr("Redress dashboard: %1").arg(filterDescription());
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Redress"));
    QPainter painter;
    if (!painter.begin(&writer))
        return core::fail(core::Error::Code::Io,
                          tr("Cannot write the PDF %1; check the folder exists and is writable.")
                              .arg(QDir::toNativeSeparators(path)));
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    const double gap = page.width() * 0.02;

    QFont titleFont = painter.font();
    titleFont.setPointSizeF(14);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    QRectF used;
    painter.drawText(page, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, &used);
    double y = used.bottom() + gap / 2;
    QFont body = painter.font();
    body.setPointSizeF(9);
    body.setBold(false);
    painter.setFont(body);
    const QString asOf = tr("Figures as of %1 (UTC), by %2")
                             .arg(QLocale().toString(m_figures->asOf.isValid() ? m_figures->asOf.toUTC()
                                                                               : core::Clock::now().toUTC(),
                                                     QLocale::ShortFormat),
                                  m_figures->period == core::ReportPeriod::Week ? tr("week") : tr("month"));
    painter.drawText(QRectF(0, y, page.width(), page.height()), Qt::AlignLeft | Qt::AlignTop, asOf, &used);
    y = used.bottom() + gap / 2;
    const QStringList kpis = kpiTexts();
    const double kpiWidth = (page.width() - gap * (kpis.size() - 1)) / kpis.size();
    double kpiBottom = y;
    for (int i = 0; i < kpis.size(); ++i) {
        painter.drawText(QRectF(i * (kpiWidth + gap), y, kpiWidth, page.height() / 4),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, kpis.at(i), &used);
        kpiBottom = std::max(kpiBottom, used.bottom());
    }
    y = kpiBottom + gap;
    const double half = (page.width() - gap) / 2;
    m_views[ParetoChart]->paintTo(painter, QRectF(0, y, half, page.bottom() - y));
    m_views[AgeingChart]->paintTo(painter, QRectF(half + gap, y, half, page.bottom() - y));
    if (!writer.newPage()) {
        painter.end();
        return core::fail(core::Error::Code::Io, tr("Cannot add a page to the PDF %1.").arg(path));
    }
    m_views[TrendChart]->paintTo(painter, QRectF(0, 0, half, page.height()));
    m_views[ChampionsChart]->paintTo(painter, QRectF(half + gap, 0, half, page.height()));
    if (!painter.end())
        return core::fail(core::Error::Code::Io, tr("Cannot finish the PDF %1.").arg(path));
    return file.commit();
}

void DashboardWidget::askPng(int chartIndex)
{
    const QString path = MessageBox::saveFileName(this, tr("Save chart as PNG"),
                                                  m_views[chartIndex]->objectName() + QStringLiteral(".png"),
                                                  tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveChartPng(chartIndex, path))
        showMessage(tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardWidget::askPdf()
{
    const QString path = MessageBox::saveFileName(this, tr("Export dashboard as PDF"),
                                                  QStringLiteral("dashboard.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportPdf(path); !ok)
        showMessage(ok.error().message);
}

void DashboardWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Charts take their colours from the palette when drawn; a switch to
    // dark mode redraws them.
    if (event->type() == QEvent::PaletteChange && m_figures)
        showFigures();
}

} // namespace redress::ui
