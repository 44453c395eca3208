#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/User.h"
#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"
#include "core/store/EscalationRepository.h"
#include "ui/app/ActionCollection.h"
#include "ui/common/DialogRunner.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QSystemTrayIcon;
class QTabBar;
class QTableView;

namespace redress::core {
class ChangeWatcher;
}

namespace redress::ui {

class AuditBanner;
class BackupController;
class CaseDetailWidget;
class CaseIntakeDialog;
class CaseListModel;
class QueueMonitor;

/// The rep's workstation: the case list (search, status filter, sort by any
/// column), the selected case beside it, and the commands on both. Every
/// command is a QAction with a shortcut, created in createActions().
class MainWindow : public QMainWindow
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

    MainWindow(core::Database db, core::User user, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Offers back a case the rep was typing when Redress last stopped.
    void offerDraftRecovery();

    CaseListModel* caseModel() const { return m_model; }
    QTableView* caseTable() const { return m_table; }
    CaseDetailWidget* caseDetail() const { return m_detail; }
    /// The intake dialog while it is open.
    CaseIntakeDialog* intakeDialog() const { return m_intake; }
    /// An action by its name ("newCase", "move_resolved"…), for tests.
    QAction* action(const QString& name) const;
    QAction* action(ActionCollection::Id id) const { return (*m_actions)[id]; }
    /// Tests drive the dialogs through this instead of exec().
    void setDialogHook(DialogRunner::Hook hook) { m_dialogs.setHook(std::move(hook)); }
    /// The ids of the selected cases, in list order.
    QList<qint64> selectedCaseIds();
    Queue queue() const { return m_queue; }
    QTabBar* queueBar() const { return m_queueBar; }
    QueueMonitor* queueMonitor() const { return m_monitor; }
    /// What tells the window that other desks changed the store.
    core::ChangeWatcher* changeWatcher() const { return m_watcher; }
    /// The figure the list is narrowed to, when a dashboard opened it.
    const std::optional<core::CaseListFilter>& scope() const { return m_scope; }
    QWidget* dashboardWindow() const { return m_dashboard; }
    QWidget* problemsWindow() const { return m_problems; }
    /// The last "new in your queue" notice, as the tray or status bar showed it.
    QString lastNotice() const { return m_lastNotice; }

public Q_SLOTS:
    void newCase();
    /// Changes the facts of the case in the detail view (F2).
    void editCase();
    void moveSelected(redress::core::CaseStatus to);
    void assignSelected();
    /// Opens the dialog for recovery step 1–4 on the case in the detail view.
    void openRecoveryStep(int step);
    void openApprovals();
    /// Records the customer's follow-up on the case in the detail view.
    void openFollowUp();
    /// Settings › Preferences: store, user, appearance, and the other settings.
    void openPreferences();
    /// The chief problem solver's desk: problem records and their reviews.
    void openProblems();
    /// Links the selected cases to a problem record the person picks.
    void linkSelectedToProblem();
    /// A shared desk: someone else takes over; their role decides what they may do.
    void switchUser();
    void openUsers();
    const core::User& user() const { return m_user; }
    /// The lead's editors: apology templates, gestures and limits, root causes.
    void openTemplates();
    void openCatalogue();
    void openTaxonomy();
    /// Getting cases out and in: CSV, the printable summary, backups.
    void openExport();
    void openImport();
    /// The summary of the case in the detail view: print, preview or PDF.
    void printSummary(bool previewFirst);
    void saveSummaryPdf();
    void backUp();
    void restoreFromBackup();
    void openBackupSettings();
    /// Takes today's automatic backup when it is due, off the GUI thread.
    void runDailyBackup();
    /// Shows a queue; the search text stays, each queue keeps its own sort.
    void setQueue(redress::ui::MainWindow::Queue queue);
    /// The lead's SLA settings: the priority matrix, the calendar and targets.
    void openPriorityMatrix();
    void openSlaSettings();
    /// One pass of the escalation rules and the queue counts now.
    void runEscalationNow();
    /// The team lead's dashboard, in a window of its own.
    void openDashboard();
    /// Narrows the list to the cases behind a figure (a Pareto bar, a point
    /// of a trend) until the person clears it; `title` says which.
    void showCasesOf(const redress::core::CaseListFilter& scope, const QString& title);
    void clearScope();

Q_SIGNALS:
    /// The person confirmed restoring this backup: whoever owns the window
    /// closes it and the store, restores, and opens them again.
    void restoreRequested(const QString& backupPath);
    /// An automatic backup finished: the path written (empty when today's
    /// existed) or an error message.
    void dailyBackupDone(const QString& path, const QString& error);

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void showAbout();
    void openIntake(const QJsonObject* draft);
    void applyFilter();
    void showCurrentCase();
    void updateActions();
    void afterWrite(qint64 focusCaseId = 0);
    void selectCase(qint64 caseId);
    void showShortcuts();
    void applyUser();
    void createQueues();
    QWidget* createScopeBar();
    void showCounts(const core::QueueCounts& counts);
    void notifyArrivals(const QList<qint64>& caseIds, qint64 count);
    /// Another desk (or program) wrote: the list, the case shown, the
    /// dashboard and the queue counts catch up, keeping the rep's place.
    void storeChanged();
    /// The list's count after such a change: back to the rep's place.
    void restorePlace();
    /// Geometry, splitter, list columns and the status filter, between runs.
    void restoreLayout();
    void saveLayout() const;

    core::Database m_db;
    core::User m_user;
    CaseListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    CaseDetailWidget* m_detail = nullptr;
    CaseIntakeDialog* m_intake = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QTabBar* m_queueBar = nullptr;
    Queue m_queue = Queue::All;
    // Each queue's sort, so switching back finds the list as it was left.
    QHash<Queue, std::pair<core::CaseColumn, Qt::SortOrder>> m_queueSorts;
    QueueMonitor* m_monitor = nullptr;
    core::ChangeWatcher* m_watcher = nullptr;
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
    QSystemTrayIcon* m_tray = nullptr;
    std::optional<core::QueueCounts> m_counts;
    std::optional<core::CaseListFilter> m_scope;
    QWidget* m_scopeBar = nullptr;
    AuditBanner* m_auditBanner = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QPointer<QWidget> m_dashboard;
    QPointer<QWidget> m_problems;
    QString m_lastNotice;
    QTimer m_searchDelay;
    ActionCollection* m_actions = nullptr;
    qint64 m_pendingSelection = 0;
    DialogRunner m_dialogs;
    std::unique_ptr<BackupController> m_backups;
};

} // namespace redress::ui
