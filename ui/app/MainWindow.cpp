#include "ui/app/MainWindow.h"

#include "Version.h"
#include "core/cases/Lifecycle.h"
#include "core/mail/MailPasses.h"
#include "core/store/ChangeWatcher.h"
#include "core/store/DraftRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Identity.h"
#include "core/store/UserRepository.h"
#include "ui/admin/BackupController.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/admin/UsersDialog.h"
#include "ui/app/ActionCollection.h"
#include "ui/app/AuditBanner.h"
#include "ui/app/SettingsDialog.h"
#include "ui/cases/CaseCommands.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseIntakeDialog.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CaseListPane.h"
#include "ui/common/Config.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardWidget.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/mail/MailPoller.h"
#include "ui/mail/MailSettingsDialog.h"
#include "ui/mail/ReplyDialog.h"
#include "ui/mail/ThreadView.h"
#include "ui/problems/ProblemDesk.h"
#include "ui/recovery/ApprovalQueueDialog.h"
#include "ui/recovery/CatalogueDialog.h"
#include "ui/recovery/TaxonomyDialog.h"
#include "ui/recovery/TemplateEditorDialog.h"
#include "ui/sla/PriorityMatrixDialog.h"
#include "ui/sla/QueueMonitor.h"
#include "ui/sla/SlaSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
using Id = ActionCollection::Id;
using Queue = MainWindow::Queue;
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Redress — %1").arg(QDir::toNativeSeparators(m_session.db().path())));
    m_monitor = new QueueMonitor(m_session, this);
    createActions();
    createWidgets();
    m_commands = std::make_unique<CaseCommands>(m_session, this, m_dialogs, m_list, m_detail,
                                                [this](qint64 caseId) { afterWrite(caseId); });
    createMenus();
    createQueues();
    updateActions();
    applyUser();
    connect(&m_session, &Session::userChanged, this, &MainWindow::applyUser);
    resize(1280, 800);
    restoreLayout();
    m_list->table()->setFocus(Qt::OtherFocusReason);
    // The first pass counts the queues for the badges; then every minute.
    m_monitor->start();
    // Other desks' writes show without a restart.
    m_watcher = new core::ChangeWatcher(m_session.db(), this);
    connect(m_watcher, &core::ChangeWatcher::changed, m_list, &CaseListPane::storeChanged);
    connect(m_list, &CaseListPane::storeFollowed, this, &MainWindow::storeFollowed);
    // A message's state moves (queued, sent, bounced) without the case
    // changing, so the conversation reads again on every change.
    connect(m_watcher, &core::ChangeWatcher::changed, m_detail->conversation(), &ThreadView::reload);

    m_mail = new MailPoller(m_session, this);
    connect(m_mail, &MailPoller::passFinished, this, [this](const QString& summary, bool changed) {
        statusBar()->showMessage(summary, 10000);
        if (changed) {
            m_list->storeChanged();
            m_detail->conversation()->reload();
        }
    });
    connect(m_mail, &MailPoller::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 30000); });
    m_mail->start();
    setAcceptDrops(true);

    m_backups = std::make_unique<BackupController>(
        m_session.db(), this, m_dialogs,
        BackupController::Callbacks{
            [this](const QString& message, int timeout) { statusBar()->showMessage(message, timeout); },
            [this](const QString& path) { Q_EMIT restoreRequested(path); },
            [this](const QString& path, const QString& error) { Q_EMIT dailyBackupDone(path, error); }});
}

MainWindow::~MainWindow()
{
    saveLayout();
    // Top-level windows of their own, so not our children.
    delete m_dashboard;
    delete m_problems;
    // Stops a daily backup and a mail pass under way before the window's parts go.
    m_backups.reset();
    delete m_mail;
    m_mail = nullptr;
    // The dialog dies with the window's children; its signals must not
    // reach a window that is half torn down.
    if (m_intake)
        m_intake->disconnect(this);
}

const core::User& MainWindow::user() const
{
    return m_session.user();
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actions->byName(name);
}

void MainWindow::createActions()
{
    m_actions = new ActionCollection(this);
    const std::pair<Id, std::function<void()>> handlers[] = {
        {Id::NewCase, [this] { newCase(); }},
        {Id::Find, [this] { m_list->focusSearch(); }},
        {Id::Refresh, [this] { afterWrite(); }},
        {Id::FocusList, [this] { m_list->table()->setFocus(Qt::ShortcutFocusReason); }},
        {Id::Quit, [this] { close(); }},
        {Id::Assign, [this] { assignSelected(); }},
        {Id::EditCase, [this] { editCase(); }},
        {Id::FollowUp, [this] { openFollowUp(); }},
        {Id::Approvals, [this] { openApprovals(); }},
        {Id::Templates, [this] { openTemplates(); }},
        {Id::Catalogue, [this] { openCatalogue(); }},
        {Id::Taxonomy, [this] { openTaxonomy(); }},
        {Id::ExportCsv, [this] { openExport(); }},
        {Id::ImportCsv, [this] { openImport(); }},
        {Id::PrintSummary, [this] { printSummary(false); }},
        {Id::PreviewSummary, [this] { printSummary(true); }},
        {Id::PdfSummary, [this] { saveSummaryPdf(); }},
        {Id::Backup, [this] { backUp(); }},
        {Id::Restore, [this] { restoreFromBackup(); }},
        {Id::BackupSettings, [this] { openBackupSettings(); }},
        {Id::PriorityMatrix, [this] { openPriorityMatrix(); }},
        {Id::SlaSettings, [this] { openSlaSettings(); }},
        {Id::RunEscalation, [this] { runEscalationNow(); }},
        {Id::Preferences, [this] { openPreferences(); }},
        {Id::Dashboard, [this] { openDashboard(); }},
        {Id::Problems, [this] { openProblems(); }},
        {Id::LinkProblem, [this] { linkSelectedToProblem(); }},
        {Id::Users, [this] { openUsers(); }},
        {Id::SwitchUser, [this] { switchUser(); }},
        {Id::Shortcuts, [this] { showShortcuts(); }},
        {Id::About, [this] { showAbout(); }},
        {Id::Reply, [this] { openReply(); }},
        {Id::FetchMail, [this] { fetchMailNow(); }},
        {Id::ImportMail,
         [this] {
             const QString path = MessageBox::openFileName(this, tr("Import mail"), QString(),
                                                           tr("Saved messages (*.eml);;All files (*)"));
             if (!path.isEmpty())
                 importMail({path});
         }},
        {Id::MailSettings, [this] { openMailSettings(); }},
    };
    for (const auto& [id, handler] : handlers)
        connect(action(id), &QAction::triggered, this, handler);
    for (core::CaseStatus to : ActionCollection::moveTargets())
        connect(action(ActionCollection::moveTo(to)), &QAction::triggered, this,
                [this, to] { moveSelected(to); });
    for (int step = 1; step <= 4; ++step)
        connect(action(ActionCollection::recoveryStep(step)), &QAction::triggered, this,
                [this, step] { openRecoveryStep(step); });
    for (int q = 0; q < CaseListPane::queueCount; ++q)
        connect(action(ActionCollection::queue(q)), &QAction::triggered, this,
                [this, q] { setQueue(static_cast<Queue>(q)); });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Redress"),
                       tr("<b>Redress</b> %1<br>Complaint handling as service recovery.<br>"
                          "Store: %2<br>Signed in as %3 (%4).<br>Licensed under the GNU GPL v3 or later.")
                           .arg(QLatin1String(versionString), m_session.db().path().toHtmlEscaped(),
                                m_session.user().displayName.toHtmlEscaped(),
                                core::labelOf(m_session.user().role)));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Id::NewCase));
    file->addSeparator();
    file->addAction(action(Id::ImportCsv));
    file->addAction(action(Id::ExportCsv));
    file->addSeparator();
    file->addAction(action(Id::FetchMail));
    file->addAction(action(Id::ImportMail));
    file->addSeparator();
    file->addAction(action(Id::PrintSummary));
    file->addAction(action(Id::PreviewSummary));
    file->addAction(action(Id::PdfSummary));
    file->addSeparator();
    file->addAction(action(Id::Backup));
    file->addAction(action(Id::Restore));
    file->addAction(action(Id::BackupSettings));
    file->addSeparator();
    file->addAction(action(Id::SwitchUser));
    file->addAction(action(Id::Users));
    file->addSeparator();
    file->addAction(action(Id::Quit));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(Id::Find));
    view->addAction(action(Id::FocusList));
    view->addAction(action(Id::Refresh));
    view->addSeparator();
    view->addAction(action(Id::QueueAll));
    view->addAction(action(Id::QueueMine));
    view->addAction(action(Id::QueueEscalated));
    view->addAction(action(Id::QueueFollowUp));
    view->addSeparator();
    view->addAction(action(Id::Dashboard));
    view->addAction(action(Id::Problems));
    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(action(Id::EditCase));
    caseMenu->addAction(action(Id::Reply));
    caseMenu->addSeparator();
    for (core::CaseStatus to : ActionCollection::moveTargets())
        caseMenu->addAction(action(ActionCollection::moveTo(to)));
    caseMenu->addSeparator();
    caseMenu->addAction(action(Id::Assign));
    caseMenu->addSeparator();
    caseMenu->addAction(action(Id::Escalate));
    caseMenu->addAction(action(Id::WaitOnCustomer));
    caseMenu->addSeparator();
    caseMenu->addAction(action(Id::FollowUp));
    caseMenu->addAction(action(Id::LinkProblem));
    caseMenu->addSeparator();
    caseMenu->addAction(action(Id::RunEscalation));
    QMenu* recovery = menuBar()->addMenu(tr("&Recovery"));
    for (int step = 1; step <= 4; ++step)
        recovery->addAction(action(ActionCollection::recoveryStep(step)));
    recovery->addSeparator();
    recovery->addAction(action(Id::Approvals));
    recovery->addSeparator();
    recovery->addAction(action(Id::Templates));
    recovery->addAction(action(Id::Catalogue));
    recovery->addAction(action(Id::Taxonomy));
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(action(Id::Preferences));
    settings->addSeparator();
    settings->addAction(action(Id::PriorityMatrix));
    settings->addAction(action(Id::SlaSettings));
    settings->addAction(action(Id::MailSettings));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(Id::Shortcuts));
    help->addAction(action(Id::About));
}

void MainWindow::createWidgets()
{
    m_detail = new CaseDetailWidget(m_session);
    m_list = new CaseListPane(m_session, m_detail);
    QToolBar* bar = addToolBar(tr("Cases"));
    bar->setObjectName(QStringLiteral("casesToolBar"));
    bar->setMovable(false);
    bar->addAction(action(Id::NewCase));
    bar->addSeparator();
    bar->addWidget(m_list->searchEdit());
    bar->addWidget(m_list->statusFilter());
    connect(m_list, &CaseListPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_list, &CaseListPane::message, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connectDetail();

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});
    // Above everything, and only when the timeline's audit chain is broken.
    m_auditBanner = new AuditBanner(m_session.db());
    m_auditBanner->setObjectName(QStringLiteral("auditBanner"));
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_auditBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_auditBanner->check();

    statusBar()->addPermanentWidget(m_list->countLabel());
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::connectDetail()
{
    // The panel's own writes (a pause, an escalation) change the list and
    // the queues as much as any other write.
    connect(m_detail, &CaseDetailWidget::caseChanged, this, [this] {
        m_list->model()->refresh();
        updateActions();
        m_monitor->runNow();
    });
    // The service level panel's commands, in the Case menu and the shortcut list.
    if (QAction* escalate = m_detail->escalateAction())
        m_actions->adopt(Id::Escalate, escalate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    if (QAction* wait = m_detail->waitAction())
        m_actions->adopt(Id::WaitOnCustomer, wait, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_detail, &CaseDetailWidget::transitionRequested, this, &MainWindow::moveSelected);
    connect(m_detail, &CaseDetailWidget::assignRequested, this, &MainWindow::assignSelected);
    connect(m_detail, &CaseDetailWidget::editRequested, this, &MainWindow::editCase);
    connect(m_detail, &CaseDetailWidget::replyRequested, this, &MainWindow::openReply);
    connect(m_detail, &CaseDetailWidget::recoveryStepRequested, this, &MainWindow::openRecoveryStep);
    connect(m_detail, &CaseDetailWidget::noteRequested, this,
            [this](const QString& note) { m_commands->addNote(note); });
}

void MainWindow::createQueues()
{
    for (int q = 0; q < CaseListPane::queueCount; ++q)
        m_list->queueBar()->setTabToolTip(q, action(ActionCollection::queue(q))->toolTip());
    connect(m_monitor, &QueueMonitor::countsChanged, this, &MainWindow::showCounts);
    connect(m_monitor, &QueueMonitor::arrived, this, &MainWindow::notifyArrivals);
    connect(m_monitor, &QueueMonitor::escalated, this, [this](const QList<core::Escalation>&) {
        // Escalated cases changed rung and due times under the list.
        m_list->model()->refresh();
        m_detail->reload();
    });
    connect(m_monitor, &QueueMonitor::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The escalation rules did not run: %1").arg(message), 10000);
    });

    // A desktop notification needs a tray to come from; without one the
    // status bar says it (see notifyArrivals).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Redress"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            setQueue(core::rungOf(m_session.user().role) && m_counts && m_counts->escalated > 0
                         ? Queue::Escalated
                         : Queue::Mine);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
}

void MainWindow::setQueue(Queue queue)
{
    m_list->setQueue(queue);
}

namespace {
/// The case list's filter for the cases a dashboard figure counts: opened
/// on the figure's UTC days, with the dashboard's other fields.
core::CaseListFilter caseListFilterOf(const core::DashboardFilter& figure)
{
    core::CaseListFilter scope;
    if (figure.range.from.isValid())
        scope.openedFrom = QDateTime(figure.range.from, QTime(0, 0), Qt::UTC);
    if (figure.range.to.isValid())
        scope.openedBefore = QDateTime(figure.range.to.addDays(1), QTime(0, 0), Qt::UTC);
    scope.ownerId = figure.ownerId;
    scope.productId = figure.productId;
    scope.channel = figure.channel;
    scope.rootCauseId = figure.rootCauseId;
    scope.rootCauseExact = figure.rootCauseExact;
    return scope;
}
} // namespace

void MainWindow::openDashboard()
{
    if (!m_dashboard) {
        // A window of its own, so a lead can keep the figures beside the list.
        auto* dashboard = new DashboardWidget(m_session);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
        dashboard->setWindowTitle(tr("Dashboard — Redress"));
        dashboard->setWindowIcon(windowIcon());
        // Charts need room: as much of the screen as a window decently takes.
        dashboard->resize(QSize(1600, 1050).boundedTo(screen()->availableGeometry().size() * 0.95));
        connect(dashboard, &DashboardWidget::casesRequested, this,
                [this](const core::DashboardFilter& figure, const QString& title) {
                    showCasesOf(caseListFilterOf(figure), title);
                });
        m_dashboard = dashboard;
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::openPreferences()
{
    SettingsDialog dialog(m_session.db().path(), this);
    connect(&dialog, &SettingsDialog::slaSettingsRequested, this, &MainWindow::openSlaSettings);
    connect(&dialog, &SettingsDialog::priorityMatrixRequested, this, &MainWindow::openPriorityMatrix);
    connect(&dialog, &SettingsDialog::backupSettingsRequested, this, &MainWindow::openBackupSettings);
    m_dialogs.run(dialog);
}

void MainWindow::openProblems()
{
    if (!m_problems) {
        auto* desk = new ProblemDesk(m_session);
        desk->setAttribute(Qt::WA_DeleteOnClose);
        desk->setWindowIcon(windowIcon());
        connect(desk, &ProblemDesk::caseRequested, this, [this](qint64 caseId) {
            m_list->findCase(caseId);
            showNormal();
            raise();
            activateWindow();
        });
        connect(desk, &ProblemDesk::changed, this, [this] { afterWrite(m_detail->caseId()); });
        m_problems = desk;
    }
    m_problems->show();
    m_problems->raise();
    m_problems->activateWindow();
}

void MainWindow::linkSelectedToProblem()
{
    m_commands->linkToProblem();
}

void MainWindow::showCasesOf(const core::CaseListFilter& scope, const QString& title)
{
    m_list->showCasesOf(scope, title);
    showNormal();
    raise();
    activateWindow();
    m_list->table()->setFocus();
}

void MainWindow::clearScope()
{
    m_list->clearScope();
}

void MainWindow::showCounts(const core::QueueCounts& counts)
{
    m_counts = counts;
    const QLocale locale;
    m_list->showCounts(counts);
    QAction* approvals = action(Id::Approvals);
    approvals->setText(counts.approvals > 0 ? tr("A&pprovals (%1)…").arg(locale.toString(counts.approvals))
                                            : tr("A&pprovals…"));
    action(Id::Problems)
        ->setText(counts.reviewsDue > 0
                      ? tr("P&roblem records (%1 reviews due)…").arg(locale.toString(counts.reviewsDue))
                      : tr("P&roblem records…"));
    const bool escalations = core::rungOf(m_session.user().role).has_value();
    const qint64 waiting = counts.mine + (escalations ? counts.escalated : 0);
    const QString base = tr("Redress — %1").arg(QDir::toNativeSeparators(m_session.db().path()));
    setWindowTitle(waiting > 0 ? tr("(%1) %2").arg(locale.toString(waiting), base) : base);
    if (m_tray)
        m_tray->setToolTip(tr("Redress: %1 in your queue").arg(locale.toString(waiting)));
}

void MainWindow::notifyArrivals(const QList<qint64>& caseIds, qint64 count)
{
    QStringList references;
    for (qint64 id : caseIds)
        references << core::referenceFor(id);
    QString named = references.join(QStringLiteral(", "));
    if (count > references.size())
        named = tr("%1 and %n more", nullptr, static_cast<int>(count - references.size())).arg(named);
    const QString title = tr("New in your queue: %n case(s)", nullptr, static_cast<int>(count));
    m_lastNotice = named.isEmpty() ? title : tr("%1 — %2").arg(title, named);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, named, QSystemTrayIcon::Information, 10000);
    else
        statusBar()->showMessage(m_lastNotice, 15000);
}

void MainWindow::runEscalationNow()
{
    m_monitor->runNow();
    statusBar()->showMessage(tr("Running the escalation rules…"), 3000);
}

void MainWindow::openPriorityMatrix()
{
    PriorityMatrixDialog dialog(m_session, this);
    connect(&dialog, &PriorityMatrixDialog::saved, this, [this] {
        afterWrite();
        statusBar()->showMessage(tr("Priority matrix saved; open cases were re-prioritised."), 8000);
    });
    m_dialogs.run(dialog);
}

void MainWindow::openSlaSettings()
{
    SlaSettingsDialog dialog(m_session, this);
    connect(&dialog, &SlaSettingsDialog::saved, this, [this] {
        afterWrite();
        statusBar()->showMessage(tr("SLA settings saved; the due times of open cases moved with them."),
                                 8000);
    });
    m_dialogs.run(dialog);
}

void MainWindow::restoreLayout()
{
    using K = Config::Key;
    restoreGeometry(Config::bytes(K::MainWindowGeometry));
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(Config::bytes(K::MainWindowSplitter));
    m_list->restoreLayout();
}

void MainWindow::saveLayout() const
{
    using K = Config::Key;
    Config::set(K::MainWindowGeometry, saveGeometry());
    if (const auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        Config::set(K::MainWindowSplitter, splitter->saveState());
    m_list->saveLayout();
}

void MainWindow::applyUser()
{
    const core::User& user = m_session.user();
    // What the role may do is checked in the core; the actions only show it.
    action(Id::Approvals)->setEnabled(core::allows(user.role, core::Permission::ApproveGestures));
    action(Id::Templates)->setEnabled(core::allows(user.role, core::Permission::EditCatalogue));
    action(Id::Catalogue)->setEnabled(core::allows(user.role, core::Permission::EditCatalogue));
    action(Id::Taxonomy)->setEnabled(core::allows(user.role, core::Permission::EditTaxonomy));
    // Everyone may look at the SLA settings; the dialogs say who may change them.
    const bool editsPriorities = core::allows(user.role, core::Permission::EditPriorities);
    const bool editsSla = core::allows(user.role, core::Permission::EditSla);
    action(Id::PriorityMatrix)
        ->setText(editsPriorities ? tr("&Priority matrix…") : tr("View the &priority matrix…"));
    action(Id::SlaSettings)
        ->setText(editsSla ? tr("&SLA calendar and targets…") : tr("View the &SLA calendar and targets…"));
    action(Id::QueueEscalated)->setEnabled(core::rungOf(user.role).has_value());
    // The list, the detail and the queue monitor follow the session themselves.
    m_counts.reset();
    m_userLabel->setText(tr("%1 (%2) · %3")
                             .arg(user.displayName, core::labelOf(user.role),
                                  QDir::toNativeSeparators(m_session.db().path())));
}

void MainWindow::openUsers()
{
    UsersDialog dialog(m_session, this);
    m_dialogs.run(dialog);
    // The signed-in user's own role may have changed.
    if (auto me = core::UserRepository(m_session.db()).byId(m_session.user().id)) {
        m_session.setUser(*me);
    }
}

void MainWindow::switchUser()
{
    auto users = core::UserRepository(m_session.db()).all();
    if (!users) {
        MessageBox::critical(this, tr("Switch user"), users.error().message);
        return;
    }
    QStringList names;
    int current = 0;
    for (const core::User& u : *users) {
        if (u.id == m_session.user().id)
            current = static_cast<int>(names.size());
        names << QStringLiteral("%1 (%2)").arg(u.displayName, core::labelOf(u.role));
    }
    const auto choice =
        MessageBox::choose(this, tr("Switch user"), tr("Who works at this desk now?"), names, current);
    if (!choice)
        return;
    const core::User chosen = (*users)[*choice];
    if (chosen.id == m_session.user().id)
        return;
    const core::Database& db = m_session.db();
    std::optional<core::User> next;
    if (db.backend() == core::Database::Backend::PostgreSQL || chosen.login == core::Identity::osLogin()) {
        // A server knows who logged in and allows naming someone else only
        // to the store's owner; this desk's own account needs no password.
        auto user = core::Identity::resolve(db, chosen.login);
        if (!user) {
            MessageBox::critical(this, tr("Switch user"), user.error().message);
            return;
        }
        next = *user;
    } else {
        auto hasPassword = core::UserRepository(db).hasPassword(chosen.id);
        if (!hasPassword || !*hasPassword) {
            MessageBox::critical(this, tr("Switch user"),
                                 hasPassword
                                     ? tr("%1 has no Redress password, so the desk cannot be handed to "
                                          "them. They set one with redress-cli users passwd.")
                                           .arg(chosen.displayName)
                                     : hasPassword.error().message);
            return;
        }
        PasswordDialog dialog(
            chosen.displayName,
            [&](const QString& password) { return core::Identity::resolve(db, chosen.login, password); },
            this);
        if (m_dialogs.run(dialog) != QDialog::Accepted)
            return;
        next = dialog.user();
    }
    m_session.setUser(*next);
    statusBar()->showMessage(tr("Now working as %1.").arg(m_session.user().displayName), 5000);
}

void MainWindow::updateActions()
{
    const int selected = m_list->selectedRowCount();
    const bool single = selected <= 1 && m_detail->caseId() != 0;
    for (core::CaseStatus to : ActionCollection::moveTargets()) {
        // With one case the lifecycle decides here; with many the core
        // checks each case when the move is made.
        const bool legal =
            selected > 1 || (single && core::Lifecycle::allows(m_detail->current().status, to));
        action(ActionCollection::moveTo(to))->setEnabled(legal);
    }
    action(Id::Assign)->setEnabled(selected > 1 || single);
    action(Id::EditCase)->setEnabled(m_detail->caseId() != 0);
    action(Id::Reply)->setEnabled(m_detail->caseId() != 0);
    action(Id::LinkProblem)->setEnabled(selected > 1 || single);
    for (Id id : {Id::PrintSummary, Id::PreviewSummary, Id::PdfSummary})
        action(id)->setEnabled(m_detail->caseId() != 0);
    bool followUpDue = false;
    if (single && (m_detail->current().status == core::CaseStatus::Resolved ||
                   m_detail->current().status == core::CaseStatus::FollowUp)) {
        auto existing = core::FollowUpRepository(m_session.db(), m_session.user()).get(m_detail->caseId());
        followUpDue = existing && !existing->has_value();
    }
    action(Id::FollowUp)->setEnabled(followUpDue);
}

QList<qint64> MainWindow::selectedCaseIds()
{
    return m_list->selectedCaseIds();
}

void MainWindow::moveSelected(core::CaseStatus to)
{
    m_commands->move(to);
}

void MainWindow::assignSelected()
{
    m_commands->assign();
}

void MainWindow::openRecoveryStep(int step)
{
    m_commands->openRecoveryStep(step);
}

void MainWindow::openFollowUp()
{
    m_commands->openFollowUp();
}

void MainWindow::openApprovals()
{
    ApprovalQueueDialog queue(m_session, this);
    connect(&queue, &ApprovalQueueDialog::decided, this, [this](qint64 caseId) { afterWrite(caseId); });
    m_dialogs.run(queue);
}

void MainWindow::openTemplates()
{
    TemplateEditorDialog editor(m_session, m_detail->caseId(), this);
    m_dialogs.run(editor);
}

void MainWindow::openCatalogue()
{
    CatalogueDialog catalogue(m_session, this);
    m_dialogs.run(catalogue);
}

void MainWindow::openTaxonomy()
{
    TaxonomyDialog taxonomy(m_session, this);
    m_dialogs.run(taxonomy);
}

void MainWindow::openExport()
{
    ExportDialog dialog(m_session.db(), m_list->model()->query(), m_list->model()->rowCount(), this);
    m_dialogs.run(dialog);
    if (dialog.written() >= 0)
        statusBar()->showMessage(
            tr("Exported to %1 (cases: %2).")
                .arg(QDir::toNativeSeparators(dialog.target()), QLocale().toString(dialog.written())),
            8000);
}

void MainWindow::openImport()
{
    ImportDialog dialog(m_session, this);
    connect(&dialog, &ImportDialog::imported, this, [this] { afterWrite(); });
    m_dialogs.run(dialog);
}

void MainWindow::openReply()
{
    const qint64 caseId = m_detail->caseId();
    if (!caseId)
        return;
    ReplyDialog dialog(m_session, m_detail->current(), this);
    if (m_dialogs.run(dialog) == QDialog::Accepted && !dialog.queuedMessageId().isEmpty()) {
        afterWrite(caseId);
        m_detail->showConversation();
        statusBar()->showMessage(tr("Reply queued; the next mail pass sends it."), 8000);
        m_mail->runNow();
    }
}

void MainWindow::fetchMailNow()
{
    // First: a pass that cannot start answers at once, and its word stays.
    statusBar()->showMessage(tr("Mail: fetching…"), 3000);
    m_mail->runNow();
}

void MainWindow::importMail(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    core::Result<core::FetchReport> report = core::FetchReport();
    runWithProgress(this, tr("Importing %n message(s)…", nullptr, static_cast<int>(paths.size())),
                    [&](TaskProgress& progress) {
                        report = core::MailIntake(m_session.db(), m_session.user().id)
                                     .importFiles(paths, [&](qint64 done, qint64 total) {
                                         return progress.report(done, total);
                                     });
                        m_session.db().releaseThreadConnection();
                    });
    if (!report) {
        MessageBox::critical(this, tr("Import mail"), report.error().message);
        return;
    }
    QString line = tr("Mail imported: %n new case(s)", nullptr, static_cast<int>(report->newCases)) +
                   tr(", %n reply/replies", nullptr, static_cast<int>(report->replies)) +
                   tr(", %n ignored", nullptr, static_cast<int>(report->ignored));
    if (!report->notes.isEmpty())
        line += QStringLiteral(" — ") + report->notes.join(QStringLiteral("; "));
    statusBar()->showMessage(line, 15000);
    afterWrite();
}

void MainWindow::openMailSettings()
{
    MailSettingsDialog dialog(m_session, this);
    connect(&dialog, &MailSettingsDialog::saved, m_mail, &MailPoller::reload);
    m_dialogs.run(dialog);
}

namespace {
// Dropped files that are saved messages; anything else is not ours to take.
QStringList droppedMessages(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedMessages(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedMessages(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: the source waits for it to return.
    QTimer::singleShot(0, this, [this, paths] { importMail(paths); });
}

void MainWindow::printSummary(bool previewFirst)
{
    m_commands->printSummary(previewFirst);
}

void MainWindow::saveSummaryPdf()
{
    m_commands->saveSummaryPdf();
}

void MainWindow::backUp()
{
    m_backups->backUp();
}

void MainWindow::restoreFromBackup()
{
    m_backups->restoreFromBackup();
}

void MainWindow::openBackupSettings()
{
    m_backups->openSettings();
}

void MainWindow::runDailyBackup()
{
    m_backups->runDaily();
}

void MainWindow::afterWrite(qint64 focusCaseId)
{
    m_list->model()->refresh();
    if (focusCaseId)
        m_detail->showCase(focusCaseId);
    else
        m_detail->reload();
    updateActions();
    // A write may move cases into or out of a queue: count again.
    m_monitor->runNow();
}

void MainWindow::storeFollowed()
{
    updateActions();
    // A refresh under way is left to finish: a newer one would cancel it.
    if (auto* dashboard = qobject_cast<DashboardWidget*>(m_dashboard.data());
        dashboard && dashboard->isVisible() && !dashboard->isRefreshing())
        dashboard->refresh();
    m_monitor->runNow();
}

void MainWindow::newCase()
{
    openIntake(nullptr);
}

void MainWindow::editCase()
{
    m_commands->edit();
}

void MainWindow::openIntake(const QJsonObject* draft)
{
    if (m_intake) {
        m_intake->raise();
        m_intake->activateWindow();
        return;
    }
    m_intake = new CaseIntakeDialog(m_session, this);
    m_intake->setAttribute(Qt::WA_DeleteOnClose);
    m_intake->setWindowModality(Qt::WindowModal);
    if (draft)
        m_intake->restore(*draft);
    connect(m_intake, &CaseIntakeDialog::caseCreated, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Saved %1.").arg(core::referenceFor(id)), 8000);
        m_list->refreshAndSelect(id);
    });
    connect(m_intake, &QDialog::finished, this, [this] { m_list->table()->setFocus(Qt::OtherFocusReason); });
    connect(m_intake, &QObject::destroyed, this, [this] { m_intake = nullptr; });
    m_intake->show();
    m_intake->activateWindow();
}

void MainWindow::offerDraftRecovery()
{
    auto draft =
        core::DraftRepository(m_session.db()).load(m_session.user().login, CaseIntakeDialog::draftKind);
    if (!draft || !draft->has_value())
        return;
    const auto answer = MessageBox::question(
        this, tr("Unsaved case"),
        tr("A case you were typing on %1 was not saved. Open it again?")
            .arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        const QJsonObject payload = (*draft)->payload;
        openIntake(&payload);
    } else {
        core::DraftRepository(m_session.db()).remove(m_session.user().login, CaseIntakeDialog::draftKind);
    }
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    QList<QAction*> all = m_actions->all();
    std::sort(all.begin(), all.end(), [](QAction* a, QAction* b) { return a->text() < b->text(); });
    for (QAction* a : all) {
        if (!a->shortcut().isEmpty())
            lines << QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                         .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                              a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    lines << tr(
        "<tr><td>In the new-case form: save</td><td>&nbsp;&nbsp;<b>Enter</b> or <b>Ctrl+Enter</b></td></tr>");
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             QStringLiteral("<table>") + lines.join(QString()) + QStringLiteral("</table>"));
}

} // namespace redress::ui
