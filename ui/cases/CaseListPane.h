#pragma once

#include "core/store/CaseListQuery.h"
#include "core/store/EscalationRepository.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;

namespace redress::ui {

class CaseDetailWidget;
class CaseListModel;
class Session;

/// The case list beside the case shown: the queue tabs with their counts,
/// the bar naming a dashboard figure that narrows the list, the table, and
/// the search box and status filter the window puts in its toolbar. It
/// drives the detail pane and keeps the rep's place when another desk writes.
class CaseListPane : public QWidget
{
    Q_OBJECT
public:
    /// The queues above the list, in tab order.
    enum class Queue
    {
        All,       ///< every case, as the filters say
        Mine,      ///< the user's cases awaiting resolution, by due time
        Escalated, ///< open cases at the user's rung of the ladder, by due time
        FollowUp   ///< resolved cases whose customer has not answered the follow-up
    };
    Q_ENUM(Queue)
    static constexpr int queueCount = 4;

    /// The queues are the session's user's, and follow a switch of user.
    CaseListPane(const Session& session, CaseDetailWidget* detail, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTabBar* queueBar() const { return m_queueBar; }
    /// For the window's toolbar and status bar.
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QLabel* countLabel() const { return m_countLabel; }
    Queue queue() const { return m_queue; }
    const std::optional<core::CaseListFilter>& scope() const { return m_scope; }

    /// The ids of the selected cases, in list order (the case shown when
    /// none is); empty, after saying why, when too many are selected.
    QList<qint64> selectedCaseIds();
    int selectedRowCount() const;

    /// Shows a queue; the search text stays, each queue keeps its own sort.
    void setQueue(Queue queue);
    void showCounts(const core::QueueCounts& counts);
    /// Narrows the list to the cases behind a dashboard figure.
    void showCasesOf(const core::CaseListFilter& scope, const QString& title);
    void clearScope();
    /// The whole list searched for this case, which becomes current.
    void findCase(qint64 caseId);
    /// Selects the case once the refreshed list holds it (a new case).
    void refreshAndSelect(qint64 caseId);
    void focusSearch();
    /// Another desk (or program) wrote: the list and the case shown catch
    /// up, keeping the rep's place.
    void storeChanged();

    /// Status filter and columns between runs.
    void restoreLayout();
    void saveLayout() const;

Q_SIGNALS:
    /// The selection or the case shown changed: the commands on them follow.
    void selectionChanged();
    /// The list followed a change of the store (storeChanged()).
    void storeFollowed();
    void message(const QString& text, int timeoutMs);

private:
    void createFilters();
    void createTable();
    QWidget* createScopeBar();
    void connectModel();
    void applyFilter();
    void showCurrentCase();
    void selectCase(qint64 caseId);
    /// The list's count after a change of the store: back to the rep's place.
    void restorePlace();
    /// Someone else works now: their queues, and Escalated only with a rung.
    void applyUser();

    const Session& m_session;
    CaseDetailWidget* m_detail;
    CaseListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QTabBar* m_queueBar = nullptr;
    Queue m_queue = Queue::All;
    // Each queue's sort, so switching back finds the list as it was left.
    QHash<Queue, std::pair<core::CaseColumn, Qt::SortOrder>> m_queueSorts;
    std::optional<core::CaseListFilter> m_scope;
    QWidget* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QTimer m_searchDelay;
    qint64 m_pendingSelection = 0;
    // Where the rep was when another desk's change refreshed the list: the
    // current case, the selected ones, the scroll; for the refresh of
    // generation m_placeGeneration only.
    struct Place
    {
        qint64 current = 0;
        int currentRow = -1;
        QList<qint64> selected;
        QList<int> selectedRows;
        int scroll = 0;
    };
    void keepPlace(const Place& place);
    std::optional<Place> m_place;
    quint64 m_placeGeneration = 0;
    bool m_restoringPlace = false;
    bool m_followingStore = false;    // a refresh for a change is counting
    bool m_storeChangedAgain = false; // and another change came meanwhile
};

} // namespace redress::ui
