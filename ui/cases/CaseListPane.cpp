#include "ui/cases/CaseListPane.h"

#include "core/cases/Lifecycle.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/Config.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
constexpr int maxBulkCases = 10000;
// Beyond this many selected cases, another desk's change keeps the selected
// rows rather than finding each case again.
constexpr int maxKeptSelection = 20;
// The status filter's entries beyond the single statuses.
const QString allCases = QStringLiteral("all");
const QString openCases = QStringLiteral("open");
} // namespace

CaseListPane::CaseListPane(const Session& session, CaseDetailWidget* detail, QWidget* parent)
    : QWidget(parent), m_session(session), m_detail(detail)
{
    setObjectName(QStringLiteral("caseListPane"));
    m_model = new CaseListModel(m_session.db(), this);
    m_queueSorts.insert(Queue::All, {core::CaseColumn::Opened, Qt::DescendingOrder});
    m_queueSorts.insert(Queue::Mine, {core::CaseColumn::Due, Qt::AscendingOrder});
    m_queueSorts.insert(Queue::Escalated, {core::CaseColumn::Due, Qt::AscendingOrder});
    // Resolution moves a case's last change, so the longest waiting come first.
    m_queueSorts.insert(Queue::FollowUp, {core::CaseColumn::Updated, Qt::AscendingOrder});
    createFilters();
    createTable();
    connectModel();

    // The queues sit on top of the list they choose.
    m_queueBar = new QTabBar;
    m_queueBar->setObjectName(QStringLiteral("queueBar"));
    m_queueBar->setAccessibleName(tr("Queues"));
    m_queueBar->setDrawBase(false);
    m_queueBar->setExpanding(false);
    m_queueBar->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_queueBar);
    layout->addWidget(createScopeBar());
    layout->addWidget(m_table, 1);

    m_queueBar->addTab(tr("All cases"));
    m_queueBar->addTab(tr("My queue"));
    m_queueBar->addTab(tr("Escalated to me"));
    m_queueBar->addTab(tr("Follow-up"));
    connect(m_queueBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            setQueue(static_cast<Queue>(index));
    });
    applyUser();
    connect(&m_session, &Session::userChanged, this, &CaseListPane::applyUser);
}

void CaseListPane::createFilters()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search: RD-000123, a customer, words of the complaint (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show cases with status"));
    m_statusFilter->addItem(tr("All cases"), allCases);
    m_statusFilter->addItem(tr("Open cases"), openCases);
    for (core::CaseStatus s : core::allStatuses())
        m_statusFilter->addItem(core::labelOf(s), core::keyOf(s));

    // Searching on every key press would re-count a million rows per letter.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &CaseListPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CaseListPane::applyFilter);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
}

void CaseListPane::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(core::CaseColumn::Opened), Qt::DescendingOrder);
    // Widths from the font, so a larger one clips nothing; the model's
    // columns in their order (CaseColumn), each wide enough for a typical value.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    const QList<int> widths{fit(QStringLiteral("RD-0000000")),
                            fit(QStringLiteral("In recovery")),
                            fit(QStringLiteral("2026-12-31 23:59")),
                            150,
                            170,
                            190,
                            fit(QStringLiteral("Critical")),
                            fit(QStringLiteral("Business stopped")),
                            fit(QStringLiteral("In person")),
                            110,
                            fit(QStringLiteral("2026-12-31 23:59")),
                            fit(QStringLiteral("Emergency")) + 8,
                            fit(QStringLiteral("overdue 23 h 59 min"))};
    for (int i = 0; i < widths.size() && i < m_model->columnCount(); ++i)
        m_table->setColumnWidth(i, widths[i]);
    // Priority and the countdown next to the status: what a queue is worked by.
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(static_cast<int>(core::CaseColumn::Priority)), 2);
    header->moveSection(header->visualIndex(static_cast<int>(core::CaseColumn::Due)), 3);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseListPane::showCurrentCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseListPane::selectionChanged);
}

void CaseListPane::connectModel()
{
    connect(m_model, &CaseListModel::rowsLoaded, this, [this](int first, int last) {
        // The current row may have been reached before its page arrived.
        const int current = m_table->currentIndex().row();
        if (current >= first && current <= last)
            showCurrentCase();
        if (m_pendingSelection)
            selectCase(m_pendingSelection);
    });
    connect(m_model, &CaseListModel::counted, this, [this](qint64 rows) {
        m_countLabel->setText(tr("Cases: %1").arg(QLocale().toString(rows)));
        // Not while the pane shows a case that left the list: the rep may be typing there.
        if (!m_table->currentIndex().isValid() && rows > 0 && !m_pendingSelection && m_detail->caseId() == 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &CaseListModel::counted, this, &CaseListPane::restorePlace);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString& text) {
        Q_EMIT message(text, 10000);
        m_followingStore = false;
        m_place.reset();
    });
}

QWidget* CaseListPane::createScopeBar()
{
    // Says which figure narrowed the list, so nobody takes the few cases
    // behind a bar for the whole store.
    m_scopeBar = new QFrame;
    m_scopeBar->setObjectName(QStringLiteral("scopeBar"));
    static_cast<QFrame*>(m_scopeBar)->setFrameShape(QFrame::StyledPanel);
    m_scopeBar->setAutoFillBackground(true);
    m_scopeBar->setBackgroundRole(QPalette::ToolTipBase);
    m_scopeLabel = new QLabel;
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setForegroundRole(QPalette::ToolTipText);
    m_scopeLabel->setWordWrap(true);
    auto* clear = new QPushButton(tr("Show all cases"));
    clear->setObjectName(QStringLiteral("clearScope"));
    clear->setToolTip(tr("Stop narrowing the list to this figure"));
    connect(clear, &QPushButton::clicked, this, &CaseListPane::clearScope);
    auto* layout = new QHBoxLayout(m_scopeBar);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_scopeLabel, 1);
    layout->addWidget(clear);
    m_scopeBar->hide();
    return m_scopeBar;
}

void CaseListPane::applyUser()
{
    const bool hasRung = core::rungOf(m_session.user().role).has_value();
    m_queueBar->setTabVisible(static_cast<int>(Queue::Escalated), hasRung);
    if (!hasRung && m_queue == Queue::Escalated)
        setQueue(Queue::All);
    else if (m_queue != Queue::All)
        applyFilter(); // the queue is someone else's now
}

void CaseListPane::setQueue(Queue queue)
{
    if (queue == Queue::Escalated && !core::rungOf(m_session.user().role))
        queue = Queue::All;
    if (m_queueBar->currentIndex() != static_cast<int>(queue)) {
        // Comes back here through currentChanged.
        m_queueBar->setCurrentIndex(static_cast<int>(queue));
        return;
    }
    if (queue == m_queue)
        return;
    m_queueSorts[m_queue] = {m_model->query().sortColumn, m_model->query().order};
    m_queue = queue;
    m_searchDelay.stop();
    applyFilter();
    const auto [column, order] = m_queueSorts.value(queue);
    m_table->sortByColumn(static_cast<int>(column), order);
}

void CaseListPane::showCounts(const core::QueueCounts& counts)
{
    const QLocale locale;
    m_queueBar->setTabText(static_cast<int>(Queue::Mine),
                           tr("My queue (%1)").arg(locale.toString(counts.mine)));
    m_queueBar->setTabText(static_cast<int>(Queue::Escalated),
                           tr("Escalated to me (%1)").arg(locale.toString(counts.escalated)));
    m_queueBar->setTabText(static_cast<int>(Queue::FollowUp),
                           tr("Follow-up (%1)").arg(locale.toString(counts.followUps)));
}

void CaseListPane::showCasesOf(const core::CaseListFilter& scope, const QString& title)
{
    m_scope = scope;
    m_scopeLabel->setText(tr("Showing the cases behind: %1").arg(title));
    m_scopeBar->setAccessibleName(m_scopeLabel->text());
    m_scopeBar->show();
    // A figure covers every status and every owner it names.
    m_search->clear();
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(allCases));
    if (m_queue != Queue::All)
        setQueue(Queue::All);
    else
        applyFilter();
}

void CaseListPane::clearScope()
{
    if (!m_scope)
        return;
    m_scope.reset();
    m_scopeBar->hide();
    applyFilter();
}

void CaseListPane::findCase(qint64 caseId)
{
    clearScope();
    setQueue(Queue::All);
    m_search->setText(core::referenceFor(caseId));
    m_searchDelay.stop();
    applyFilter();
    selectCase(caseId);
}

void CaseListPane::refreshAndSelect(qint64 caseId)
{
    m_pendingSelection = caseId;
    m_model->refresh();
}

void CaseListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPane::restoreLayout()
{
    using K = Config::Key;
    // The last status filter; the search text is not kept, as a new day's
    // work starts from the whole list.
    if (const int index = m_statusFilter->findData(Config::value(K::CaseListStatusFilter)); index >= 0)
        m_statusFilter->setCurrentIndex(index);
    const QByteArray state = Config::bytes(K::CaseListHeader);
    // A state saved with more columns than the list has now is from another
    // version; one with fewer restores, the new columns at their defaults.
    if (state.isEmpty() || Config::integer(K::CaseListHeaderColumns) > m_model->columnCount())
        return;
    m_table->horizontalHeader()->restoreState(state);
    // The sort is the queue's, not whatever the last run ended with.
    const auto [column, order] = m_queueSorts.value(m_queue);
    m_table->sortByColumn(static_cast<int>(column), order);
}

void CaseListPane::saveLayout() const
{
    using K = Config::Key;
    Config::set(K::CaseListStatusFilter, m_statusFilter->currentData());
    Config::set(K::CaseListHeader, m_table->horizontalHeader()->saveState());
    Config::set(K::CaseListHeaderColumns, m_model->columnCount());
}

void CaseListPane::applyFilter()
{
    core::CaseListFilter filter;
    filter.search = m_search->text();
    switch (m_queue) {
    case Queue::All: break;
    case Queue::Mine:
        filter.ownerId = m_session.user().id;
        filter.awaitingResolution = true;
        break;
    case Queue::Escalated: filter.escalationLevel = core::rungOf(m_session.user().role); break;
    case Queue::FollowUp: filter.awaitingFollowUp = true; break;
    }
    if (m_scope) {
        filter.openedFrom = m_scope->openedFrom;
        filter.openedBefore = m_scope->openedBefore;
        filter.ownerId = m_scope->ownerId ? m_scope->ownerId : filter.ownerId;
        filter.productId = m_scope->productId;
        filter.channel = m_scope->channel;
        filter.rootCauseId = m_scope->rootCauseId;
        filter.rootCauseExact = m_scope->rootCauseExact;
    }
    const QString status = m_statusFilter->currentData().toString();
    if (status == openCases) {
        for (core::CaseStatus s : core::allStatuses()) {
            if (core::Lifecycle::isOpen(s))
                filter.statuses << s;
        }
    } else if (auto s = core::statusFromKey(status)) {
        filter.statuses << *s;
    }
    m_model->setFilter(filter);
    m_detail->showCase(0);
}

void CaseListPane::showCurrentCase()
{
    // Restoring the rep's place moves the current row onto a page not yet
    // read again: its case id may be stale, and the pane already shows the case.
    if (m_restoringPlace)
        return;
    const QModelIndex current = m_table->currentIndex();
    const auto id = current.isValid() ? m_model->caseIdAt(current.row()) : std::nullopt;
    if (id && *id != m_detail->caseId())
        m_detail->showCase(*id);
    else if (!current.isValid())
        m_detail->showCase(0);
    Q_EMIT selectionChanged();
}

int CaseListPane::selectedRowCount() const
{
    return static_cast<int>(m_table->selectionModel()->selectedRows().size());
}

QList<qint64> CaseListPane::selectedCaseIds()
{
    QList<qint64> ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 rows = 0;
    for (const QItemSelectionRange& range : selection)
        rows += range.height();
    // Refuse before reading: Ctrl+A on a million rows must not fetch them all.
    if (rows > maxBulkCases) {
        MessageBox::critical(
            window(), tr("Too many cases"),
            tr("%1 cases are selected; at most %2 can be changed in one step. Narrow the list "
               "with the search or the status filter first.")
                .arg(QLocale().toString(rows), QLocale().toString(maxBulkCases)));
        return {};
    }
    core::CaseListRepository list(m_session.db());
    for (const QItemSelectionRange& range : selection) {
        bool loaded = true;
        QList<qint64> part;
        for (int row = range.top(); row <= range.bottom() && loaded; ++row) {
            if (auto id = m_model->caseIdAt(row))
                part << *id;
            else
                loaded = false;
        }
        if (!loaded) {
            // Rows scrolled past without being shown: ask the store.
            auto fetched = list.ids(m_model->query(), range.top(), range.height(), m_model->rowCount());
            if (!fetched)
                return {};
            part = *fetched;
        }
        ids << part;
    }
    if (ids.isEmpty() && m_detail->caseId() != 0)
        ids << m_detail->caseId();
    return ids;
}

void CaseListPane::storeChanged()
{
    // A busy team changes the store faster than a large list counts: one
    // refresh at a time, the next once this one's count is in.
    if (m_followingStore) {
        m_storeChangedAgain = true;
        return;
    }
    m_followingStore = true;
    if (!m_pendingSelection && m_model->isCounted()) {
        Place place;
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            place.current = m_model->caseIdAt(current.row()).value_or(0);
            place.currentRow = current.row();
        }
        qint64 selectedRows = 0;
        for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
            selectedRows += range.height();
        if (selectedRows <= maxKeptSelection) {
            for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
                if (auto id = m_model->caseIdAt(index.row())) {
                    place.selected << *id;
                    place.selectedRows << index.row();
                }
            }
        }
        place.scroll = m_table->verticalScrollBar()->value();
        m_place = place;
    }
    m_model->refresh();
    m_placeGeneration = m_model->generation();
    // The pane reads its case again only when someone changed it; the note
    // being typed there survives (CaseDetailWidget::showCase).
    if (const qint64 id = m_detail->caseId()) {
        auto stored = core::CaseRepository(m_session.db(), 0).get(id);
        if (!stored || stored->rowVersion != m_detail->current().rowVersion)
            m_detail->reload();
    }
    Q_EMIT storeFollowed();
}

void CaseListPane::restorePlace()
{
    if (!std::exchange(m_followingStore, false))
        return;
    // A filter or sort of the rep's own may have come between: theirs wins.
    if (const std::optional<Place> place = std::exchange(m_place, std::nullopt);
        place && m_model->generation() == m_placeGeneration)
        keepPlace(*place);
    // Not from inside the model's signal: the next refresh restarts it.
    if (std::exchange(m_storeChangedAgain, false))
        QTimer::singleShot(0, this, &CaseListPane::storeChanged);
}

void CaseListPane::keepPlace(const Place& place)
{
    core::CaseListRepository list(m_session.db());
    const auto rowOf = [&](qint64 id) {
        auto row = id ? list.rowOf(m_model->query(), id) : core::Result<qint64>(-1);
        return row && *row >= 0 && *row < m_model->rowCount() ? static_cast<int>(*row) : -1;
    };
    const int currentRow = rowOf(place.current);
    QList<int> rows;
    for (qint64 id : place.selected)
        rows << rowOf(id);
    if (currentRow == place.currentRow && rows == place.selectedRows)
        return; // nothing moved above them
    QItemSelection kept;
    for (int row : rows) {
        if (row >= 0)
            kept.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selection = m_table->selectionModel();
    m_restoringPlace = true;
    // A case gone from the list stays in the pane; no other row becomes current.
    selection->setCurrentIndex(currentRow >= 0
                                   ? m_model->index(currentRow, std::max(0, m_table->currentIndex().column()))
                                   : QModelIndex(),
                               QItemSelectionModel::NoUpdate);
    if (place.selected.isEmpty() && place.currentRow >= 0 && currentRow < 0)
        selection->clearSelection();
    else if (!place.selected.isEmpty())
        selection->select(kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(place.scroll);
    m_restoringPlace = false;
    Q_EMIT selectionChanged();
}

void CaseListPane::selectCase(qint64 caseId)
{
    auto row = core::CaseListRepository(m_session.db()).rowOf(m_model->query(), caseId);
    m_pendingSelection = 0;
    if (!row || *row < 0 || *row >= m_model->rowCount()) {
        m_detail->showCase(caseId);
        return;
    }
    const QModelIndex index = m_model->index(static_cast<int>(*row), 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_detail->showCase(caseId);
}

} // namespace redress::ui
