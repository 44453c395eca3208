#pragma once

#include "core/cases/CaseTypes.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace redress::ui {

/// Every command of the main window, created once from one table with its
/// name, text, shortcut, tooltip and status tip. Code names an action by
/// its Id; the string names are for tests and the shortcut list.
class ActionCollection : public QObject
{
    Q_OBJECT
public:
    enum class Id
    {
        NewCase,
        Find,
        Refresh,
        FocusList,
        Quit,
        Assign,
        EditCase,
        MoveAcknowledged,
        MoveInRecovery,
        MoveResolved,
        MoveFollowUp,
        MoveClosed,
        MoveReopened,
        Apologise,
        Solve,
        AddValue,
        Analyse,
        FollowUp,
        Approvals,
        Templates,
        Catalogue,
        Taxonomy,
        ExportCsv,
        ImportCsv,
        PrintSummary,
        PreviewSummary,
        PdfSummary,
        Backup,
        Restore,
        BackupSettings,
        PriorityMatrix,
        SlaSettings,
        RunEscalation,
        QueueAll,
        QueueMine,
        QueueEscalated,
        QueueFollowUp,
        Preferences,
        Dashboard,
        Problems,
        LinkProblem,
        Users,
        SwitchUser,
        Shortcuts,
        About,
        Reply,
        FetchMail,
        ImportMail,
        MailSettings,
        // Made by the case's service level panel and adopted here.
        Escalate,
        WaitOnCustomer
    };
    Q_ENUM(Id)

    /// The case statuses a case can be moved to by command, in menu order.
    static const QList<core::CaseStatus>& moveTargets();
    static Id moveTo(core::CaseStatus to);
    /// Recovery step 1–4.
    static Id recoveryStep(int step);
    /// The queue tab at `index`, in the order of MainWindow::Queue.
    static Id queue(int index);

    /// Creates the actions and adds them to `window`, so their shortcuts
    /// work wherever the focus is.
    explicit ActionCollection(QWidget* window);

    QAction* operator[](Id id) const { return m_actions.value(id); }
    /// By the action's name ("newCase", "move_resolved"…); null when unknown.
    QAction* byName(const QString& name) const;
    /// Registers an action made elsewhere under `id`, with `key` as its shortcut.
    void adopt(Id id, QAction* action, const QKeySequence& key);
    QList<QAction*> all() const { return m_actions.values(); }

private:
    struct Spec
    {
        Id id;
        QString name;
        QString text;
        QKeySequence key;
        QString tip;
    };
    static QList<Spec> specs();

    QWidget* m_window;
    QHash<Id, QAction*> m_actions;
    QHash<QString, Id> m_names;
};

} // namespace redress::ui
