#pragma once

#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>
#include <QHash>
#include <QTimer>

#include <optional>

namespace redress::core {
class CaseListLoader;
}

namespace redress::ui {

/// The case list as a window onto the store.
///
/// rowCount() is a COUNT(*) run on the loader's thread; data() never touches
/// the database: a row not loaded yet shows a muted "Loading…" and asks the
/// loader for its page. Pages live in a bounded cache that evicts the least
/// recently used, so a million-row list costs a few thousand rows of memory.
/// Sort and filter are SQL; every change of query bumps a generation, and
/// answers for an older generation are dropped.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        LoadedRole
    };

    static constexpr int pageSize = 100;
    static constexpr int maxPages = 40;
    /// How often the Due column's countdowns are repainted.
    static constexpr int countdownIntervalMs = 30 * 1000;
    /// Due within this long: the cell turns amber.
    static constexpr qint64 dueSoonMsecs = 60 * 60 * 1000;

    explicit CaseListModel(core::Database db, QObject* parent = nullptr);
    ~CaseListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const core::CaseListQuery& query() const { return m_query; }
    void setFilter(const core::CaseListFilter& filter);
    /// Reloads after a write: rows keep their places where they can, the
    /// count is taken again, and visible rows are read afresh.
    void refresh();
    /// The case on `row`, when its page is loaded.
    std::optional<qint64> caseIdAt(int row) const;
    /// Whether the count for the current query has arrived.
    bool isCounted() const { return m_counted; }
    quint64 generation() const { return m_generation; }
    /// Pages in the cache now; for tests and the benchmark.
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

    /// Tells the views the Due column changed, so its countdowns follow the
    /// clock; no row is read again. The model's own timer calls it.
    void refreshCountdowns();

    /// "2 h 15 min", "1 d 4 h", "3 d": a span of time, whole minutes.
    static QString spanText(qint64 msecs);
    /// "in 2 h 15 min", "due now" or "overdue 40 min"; empty for an invalid due.
    static QString countdownText(const QDateTime& due, const QDateTime& now);
    /// The Due cell's background: red-ish once past due, amber-ish within
    /// dueSoonMsecs of it, none otherwise. Tints of the palette's base, so
    /// its text stays readable in light and dark palettes alike.
    static QBrush dueBackground(const QDateTime& due, const QDateTime& now);
    /// Text that must stand out (an emergency, a promise missed), readable
    /// on the palette's base.
    static QColor alarmColor();

Q_SIGNALS:
    /// The count for the current query arrived (after a reset or refresh).
    void counted(qint64 rows);
    /// Rows [first, last] have been loaded.
    void rowsLoaded(int first, int last);
    void loadFailed(const QString& message);

private:
    struct Page
    {
        QList<core::CaseRow> rows;
        quint64 lastUsed = 0;
        quint64 generation = 0;
    };

    void restart(bool keepRows);
    void requestMissing();
    void onCount(quint64 generation, qint64 count);
    void onWindow(quint64 generation, qint64 start, const QList<core::CaseRow>& rows);
    const core::CaseRow* rowAt(int row) const;
    void evict();

    core::CaseListLoader* m_loader = nullptr;
    core::CaseListQuery m_query;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_counted = false;
    bool m_refreshing = false;
    mutable QHash<qint64, Page> m_pages;
    mutable quint64 m_useClock = 0;
    // Pages data() asked for since the last request; one request serves them.
    mutable qint64 m_wantFirst = -1;
    mutable qint64 m_wantLast = -1;
    mutable QTimer m_requestTimer;
    QTimer m_countdownTimer;
    qint64 m_inFlightFirst = -1;
    qint64 m_inFlightLast = -1;
};

} // namespace redress::ui
