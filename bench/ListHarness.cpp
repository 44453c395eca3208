#include "bench/ListHarness.h"

#include "ui/cases/CaseListModel.h"

#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace redress::bench {

namespace {

// A QTableView that times its own paints: an event filter sees a paint
// begin but not end.
class TimedTableView : public QTableView
{
public:
    explicit TimedTableView(ListHarness::GuiCosts& costs) : m_costs(costs) {}

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QElapsedTimer clock;
        clock.start();
        QTableView::paintEvent(event);
        m_costs.paints.add(clock.nsecsElapsed() / 1e6);
    }

private:
    ListHarness::GuiCosts& m_costs;
};

} // namespace

ListHarness::ListHarness(const core::Database& db, QObject* parent)
    : QObject(parent), m_model(std::make_unique<ui::CaseListModel>(db)),
      m_view(std::make_unique<TimedTableView>(m_costs))
{
    // The settings of MainWindow's case table (ui/app/MainWindow.cpp), so the
    // view costs here what it costs in the app.
    m_view->setModel(m_model.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(core::CaseColumn::Opened), Qt::DescendingOrder);
    const QList<int> widths{110, 130, 170, 190, 200, 90, 80, 120, 100, 120, 130};
    for (int i = 0; i < widths.size(); ++i)
        m_view->setColumnWidth(i, widths[i]);
    m_view->resize(1600, 900);
    m_view->show();

    // Connected after the view's own connections, so these slots run after
    // the view's: about-to-be → done spans the model's work and the view's
    // and header's reaction to a million rows arriving.
    connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_insertClock.start(); });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this] { m_costs.inserts.add(m_insertClock.nsecsElapsed() / 1e6); });
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetClock.start(); });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this,
            [this] { m_costs.resets.add(m_resetClock.nsecsElapsed() / 1e6); });
}

ListHarness::~ListHarness()
{
    // The view lets go of the model before the model (and its loader
    // thread) goes.
    m_view.reset();
    m_model.reset();
}

bool ListHarness::isLoaded(int row) const
{
    return m_model->isCounted() && (row >= m_model->rowCount() || m_model->caseIdAt(row).has_value());
}

std::expected<double, QString> ListHarness::waitForRow(int row, const QElapsedTimer& clock, int timeoutMs)
{
    m_countedAtMs = -1;
    if (isLoaded(row))
        return clock.nsecsElapsed() / 1e6;
    QEventLoop loop;
    double at = -1;
    QString error;
    connect(m_model.get(), &ui::CaseListModel::rowsLoaded, &loop, [&](int first, int last) {
        if (first <= row && row <= last) {
            at = clock.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    connect(m_model.get(), &ui::CaseListModel::counted, &loop, [&](qint64 rows) {
        m_countedAtMs = clock.nsecsElapsed() / 1e6;
        if (row >= rows) {
            at = clock.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    connect(m_model.get(), &ui::CaseListModel::loadFailed, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&] {
        error = QStringLiteral("row %1 was not loaded within %2 ms").arg(row).arg(timeoutMs);
        loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    if (at < 0)
        return std::unexpected(error);
    return at;
}

void ListHarness::spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace redress::bench
