#pragma once

#include "core/cases/CaseTypes.h"
#include "core/store/CaseListQuery.h"
#include "core/store/EscalationRepository.h"
#include "ui/app/ActionCollection.h"
#include "ui/cases/CaseListPane.h"
#include "ui/common/DialogRunner.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QSystemTrayIcon;
class QTabBar;
class QTableView;

namespace redress::core {
class ChangeWatcher;
}

namespace redress::ui {

class AuditBanner;
class BackupController;
class CaseCommands;
class CaseDetailWidget;
class CaseIntakeDialog;
class CaseListModel;
class MailPoller;
class QueueMonitor;
class Session;

/// The rep's workstation: the case list (search, status filter, sort by any
/// column), the selected case beside it, and the commands on both. Every
/// command is a QAction with a shortcut, created in createActions().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Queue = CaseListPane::Queue;

    /// `session` is the store and the person at the desk; Switch user changes
    /// its user. It outlives the window.
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Offers back a case the rep was typing when Redress last stopped.
    void offerDraftRecovery();

    CaseListModel* caseModel() const { return m_list->model(); }
    QTableView* caseTable() const { return m_list->table(); }
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
    Queue queue() const { return m_list->queue(); }
    QTabBar* queueBar() const { return m_list->queueBar(); }
    QueueMonitor* queueMonitor() const { return m_monitor; }
    /// What tells the window that other desks changed the store.
    core::ChangeWatcher* changeWatcher() const { return m_watcher; }
    /// The figure the list is narrowed to, when a dashboard opened it.
    const std::optional<core::CaseListFilter>& scope() const { return m_list->scope(); }
    QWidget* dashboardWindow() const { return m_dashboard; }
    QWidget* problemsWindow() const { return m_problems; }
    /// The last "new in your queue" notice, as the tray or status bar showed it.
    QString lastNotice() const { return m_lastNotice; }
    /// Mail in and out on a timer, off the GUI thread.
    MailPoller* mailPoller() const { return m_mail; }

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
    const core::User& user() const;
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
    void setQueue(redress::ui::CaseListPane::Queue queue);
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
    /// Case › Reply: writes to the customer of the case in the detail view.
    void openReply();
    /// File › Fetch mail now: a mail pass at once.
    void fetchMailNow();
    /// File › Import mail…, or .eml files dropped on the window.
    void importMail(const QStringList& paths);
    /// Settings › Mail: the team mailbox (an administrator edits it).
    void openMailSettings();

Q_SIGNALS:
    /// The person confirmed restoring this backup: whoever owns the window
    /// closes it and the store, restores, and opens them again.
    void restoreRequested(const QString& backupPath);
    /// An automatic backup finished: the path written (empty when today's
    /// existed) or an error message.
    void dailyBackupDone(const QString& path, const QString& error);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void showAbout();
    void connectDetail();
    void openIntake(const QJsonObject* draft);
    void updateActions();
    void afterWrite(qint64 focusCaseId = 0);
    void showShortcuts();
    void applyUser();
    void createQueues();
    void showCounts(const core::QueueCounts& counts);
    void notifyArrivals(const QList<qint64>& caseIds, qint64 count);
    /// The list followed another desk's write: the commands, the dashboard
    /// and the queue counts catch up.
    void storeFollowed();
    /// Geometry, splitter, list columns and the status filter, between runs.
    void restoreLayout();
    void saveLayout() const;

    Session& m_session;
    CaseListPane* m_list = nullptr;
    CaseDetailWidget* m_detail = nullptr;
    CaseIntakeDialog* m_intake = nullptr;
    QLabel* m_userLabel = nullptr;
    QueueMonitor* m_monitor = nullptr;
    MailPoller* m_mail = nullptr;
    core::ChangeWatcher* m_watcher = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    std::optional<core::QueueCounts> m_counts;
    AuditBanner* m_auditBanner = nullptr;
    QPointer<QWidget> m_dashboard;
    QPointer<QWidget> m_problems;
    QString m_lastNotice;
    ActionCollection* m_actions = nullptr;
    DialogRunner m_dialogs;
    std::unique_ptr<BackupController> m_backups;
    std::unique_ptr<CaseCommands> m_commands;
};

} // namespace redress::ui
