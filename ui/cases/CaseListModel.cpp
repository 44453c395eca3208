#include "ui/cases/CaseListModel.h"

#include "ui/app/Appearance.h"

#include "core/Clock.h"
#include "core/list/CaseListLoader.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cstdlib>

namespace redress::ui {

using core::CaseColumn;

namespace {

QString shortDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A tint of `accent` over the view's base: pale on a light palette, deep on
// a dark one, so the palette's own text colour stays readable on it.
QColor tint(const QColor& accent)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    const auto mix = [](int from, int to) { return (from * 65 + to * 35) / 100; };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                  mix(base.blue(), accent.blue()));
}

} // namespace

CaseListModel::CaseListModel(core::Database db, QObject* parent)
    : QAbstractTableModel(parent), m_loader(new core::CaseListLoader(std::move(db), this)),
      m_countdownTimer(this)
{
    connect(m_loader, &core::CaseListLoader::countReady, this, &CaseListModel::onCount);
    connect(m_loader, &core::CaseListLoader::windowReady, this, &CaseListModel::onWindow);
    connect(m_loader, &core::CaseListLoader::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation == m_generation) {
                    m_inFlightFirst = m_inFlightLast = -1;
                    Q_EMIT loadFailed(message);
                }
            });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &CaseListModel::requestMissing);
    m_countdownTimer.setObjectName(QStringLiteral("countdownTimer"));
    m_countdownTimer.setInterval(countdownIntervalMs);
    connect(&m_countdownTimer, &QTimer::timeout, this, &CaseListModel::refreshCountdowns);
    m_countdownTimer.start();
    restart(false);
}

CaseListModel::~CaseListModel() = default;

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : core::caseColumnCount;
}

const core::CaseRow* CaseListModel::rowAt(int row) const
{
    const auto it = m_pages.find(row / pageSize);
    bool usable = it != m_pages.end() && row % pageSize < it->rows.size();
    // A page from before a refresh still shows, but is asked for again.
    if (it == m_pages.end() || !usable || it->generation != m_generation) {
        if (m_wantFirst < 0 || row < m_wantFirst)
            m_wantFirst = row;
        if (row > m_wantLast)
            m_wantLast = row;
        if (!m_requestTimer.isActive())
            m_requestTimer.start();
    }
    if (!usable)
        return nullptr;
    it->lastUsed = ++m_useClock;
    return &it->rows[row % pageSize];
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CaseRow* row = rowAt(index.row());
    const auto column = static_cast<CaseColumn>(index.column());
    if (!row) {
        switch (role) {
        case Qt::DisplayRole: return column == CaseColumn::Reference ? tr("Loading…") : QVariant();
        case Qt::ForegroundRole: return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        case LoadedRole: return false;
        default: return {};
        }
    }
    const bool isDue = column == CaseColumn::Due;
    // Read the clock only for the one column that needs it.
    const qint64 left = isDue && row->slaDue.isValid() ? core::Clock::now().msecsTo(row->slaDue) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseColumn::Reference: return core::referenceFor(row->id);
        case CaseColumn::Opened: return shortDateTime(row->openedAt);
        case CaseColumn::Customer: return row->customer;
        case CaseColumn::Company: return row->company;
        case CaseColumn::Product: return row->product;
        case CaseColumn::Channel: return core::labelOf(row->channel);
        case CaseColumn::Severity: return core::labelOf(row->severity);
        case CaseColumn::Impact: return core::labelOf(row->impact);
        case CaseColumn::Status: return core::labelOf(row->status);
        case CaseColumn::Owner: return row->owner;
        case CaseColumn::Updated: return shortDateTime(row->updatedAt);
        case CaseColumn::Priority: return core::labelOf(row->priority);
        case CaseColumn::Due:
            if (row->slaDue.isValid())
                return countdownText(row->slaDue, core::Clock::now());
            return row->waiting ? tr("waiting on customer") : tr("—");
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CaseColumn::Opened)
            return QLocale().toString(row->openedAt.toLocalTime(), QLocale::LongFormat);
        if (column == CaseColumn::Updated)
            return QLocale().toString(row->updatedAt.toLocalTime(), QLocale::LongFormat);
        if (isDue && row->slaDue.isValid())
            return tr("Due %1").arg(QLocale().toString(row->slaDue.toLocalTime(), QLocale::LongFormat));
        if (isDue)
            return row->waiting ? tr("The clock stands still while the case waits on the customer.")
                                : tr("Nothing is due: the targets are met, or the case no longer awaits "
                                     "resolution.");
        return {};
    case Qt::ForegroundRole:
        // An emergency stands out; everything else keeps the palette.
        if (row->impact == core::BusinessImpact::Stopped && column == CaseColumn::Impact)
            return QApplication::palette().brush(QPalette::Active, QPalette::Link);
        if (column == CaseColumn::Priority && row->priority == core::Priority::Emergency)
            return QBrush(alarmColor());
        if (isDue && !row->slaDue.isValid() && !row->waiting)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (isDue && row->slaDue.isValid()) {
            const QBrush brush = dueBackground(row->slaDue, core::Clock::now());
            if (brush.style() != Qt::NoBrush)
                return brush;
        }
        return {};
    case Qt::FontRole:
        if ((column == CaseColumn::Priority && row->priority == core::Priority::Emergency) ||
            (isDue && row->slaDue.isValid() && left < 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (isDue && !row->slaDue.isValid() && row->waiting) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case CaseIdRole: return row->id;
    case LoadedRole: return true;
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= core::caseColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return core::labelOf(static_cast<CaseColumn>(section));
    return {};
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= core::caseColumnCount)
        return;
    const auto sortColumn = static_cast<CaseColumn>(column);
    if (m_query.sortColumn == sortColumn && m_query.order == order)
        return;
    m_query.sortColumn = sortColumn;
    m_query.order = order;
    restart(false);
}

void CaseListModel::setFilter(const core::CaseListFilter& filter)
{
    if (m_query.filter == filter)
        return;
    m_query.filter = filter;
    restart(false);
}

void CaseListModel::refresh()
{
    restart(true);
}

void CaseListModel::refreshCountdowns()
{
    // Only the countdowns move with the clock; the rows themselves are as
    // loaded, and the views repaint just the cells they show.
    if (m_rows == 0)
        return;
    const int due = static_cast<int>(CaseColumn::Due);
    Q_EMIT dataChanged(index(0, due), index(m_rows - 1, due),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::FontRole});
}

QString CaseListModel::spanText(qint64 msecs)
{
    const qint64 minutes = std::max<qint64>(msecs, 0) / (60 * 1000);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    // Beyond a few days the hours are noise.
    const qint64 days = hours / 24;
    if (days < 3 && hours % 24)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    return tr("%1 d").arg(days);
}

QBrush CaseListModel::dueBackground(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid())
        return {};
    const qint64 left = now.msecsTo(due);
    if (left < 0)
        return tint(QColor(235, 40, 40));
    if (left <= dueSoonMsecs)
        return tint(QColor(255, 170, 0));
    return {};
}

QColor CaseListModel::alarmColor()
{
    // A dark red vanishes on a dark base, a light one on a light base.
    return appearance::isDark() ? QColor(255, 122, 110) : QColor(184, 22, 22);
}

QString CaseListModel::countdownText(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid())
        return {};
    const qint64 left = now.msecsTo(due);
    if (left == 0)
        return tr("due now");
    // Part of a minute counts as a whole one either way: "in 1 min" until
    // it is due, "overdue 1 min" from the moment it is not.
    constexpr qint64 minute = 60 * 1000;
    const qint64 span = (std::abs(left) + minute - 1) / minute * minute;
    return left > 0 ? tr("in %1").arg(spanText(span)) : tr("overdue %1").arg(spanText(span));
}

std::optional<qint64> CaseListModel::caseIdAt(int row) const
{
    const auto it = m_pages.constFind(row / pageSize);
    if (row < 0 || row >= m_rows || it == m_pages.cend() || row % pageSize >= it->rows.size())
        return std::nullopt;
    return it->rows[row % pageSize].id;
}

void CaseListModel::restart(bool keepRows)
{
    ++m_generation;
    m_wantFirst = m_wantLast = -1;
    m_inFlightFirst = m_inFlightLast = -1;
    if (keepRows) {
        m_refreshing = true;
    } else {
        beginResetModel();
        m_pages.clear();
        m_rows = 0;
        m_counted = false;
        m_refreshing = false;
        endResetModel();
    }
    m_loader->setQuery(m_query, m_generation);
}

void CaseListModel::requestMissing()
{
    if (m_wantFirst < 0 || !m_counted)
        return;
    const qint64 first = (m_wantFirst / pageSize) * pageSize;
    // One request covers what a screen shows; a tester or a select-all that
    // touches far-apart rows gets the first stretch now and the rest when
    // the view asks again.
    const qint64 last = std::min<qint64>({m_wantLast, first + 4LL * pageSize - 1, m_rows - 1});
    m_wantFirst = m_wantLast = -1;
    if (last < first)
        return;
    const qint64 end = ((last / pageSize) + 1) * pageSize;
    if (first == m_inFlightFirst && end - 1 == m_inFlightLast)
        return;
    m_inFlightFirst = first;
    m_inFlightLast = end - 1;
    m_loader->requestWindow(m_generation, first, static_cast<int>(end - first));
}

void CaseListModel::onCount(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    const int rows = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (!m_counted) {
        // A reset, not an insert: the header views do work per row for an
        // inserted range (7 ms for a million here), none for a reset, and
        // the model was emptied for this query anyway.
        if (rows > 0) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
    } else if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    m_counted = true;
    if (m_refreshing) {
        m_refreshing = false;
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, core::caseColumnCount - 1));
    }
    Q_EMIT counted(count);
    if (m_wantFirst >= 0)
        m_requestTimer.start();
}

void CaseListModel::onWindow(quint64 generation, qint64 start, const QList<core::CaseRow>& rows)
{
    if (generation != m_generation)
        return;
    m_inFlightFirst = m_inFlightLast = -1;
    if (rows.isEmpty() || start >= m_rows)
        return;
    for (qsizetype i = 0; i < rows.size(); i += pageSize) {
        Page page;
        page.rows = rows.mid(i, pageSize);
        page.generation = generation;
        page.lastUsed = ++m_useClock;
        m_pages.insert((start + i) / pageSize, std::move(page));
    }
    evict();
    const int first = static_cast<int>(start);
    const int last = static_cast<int>(std::min<qint64>(start + rows.size(), m_rows) - 1);
    Q_EMIT dataChanged(index(first, 0), index(last, core::caseColumnCount - 1));
    Q_EMIT rowsLoaded(first, last);
}

void CaseListModel::evict()
{
    while (m_pages.size() > maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

} // namespace redress::ui
