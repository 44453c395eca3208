#include "ui/app/ActionCollection.h"

#include "core/cases/Lifecycle.h"

#include <QAction>
#include <QWidget>

namespace redress::ui {

using Id = ActionCollection::Id;

const QList<core::CaseStatus>& ActionCollection::moveTargets()
{
    static const QList<core::CaseStatus> targets{core::CaseStatus::Acknowledged, core::CaseStatus::InRecovery,
                                                 core::CaseStatus::Resolved,     core::CaseStatus::FollowUp,
                                                 core::CaseStatus::Closed,       core::CaseStatus::Reopened};
    return targets;
}

Id ActionCollection::moveTo(core::CaseStatus to)
{
    const auto index = static_cast<int>(moveTargets().indexOf(to));
    Q_ASSERT(index >= 0);
    return static_cast<Id>(static_cast<int>(Id::MoveAcknowledged) + index);
}

Id ActionCollection::recoveryStep(int step)
{
    Q_ASSERT(step >= 1 && step <= 4);
    return static_cast<Id>(static_cast<int>(Id::Apologise) + step - 1);
}

Id ActionCollection::queue(int index)
{
    Q_ASSERT(index >= 0 && index < 4);
    return static_cast<Id>(static_cast<int>(Id::QueueAll) + index);
}

QList<ActionCollection::Spec> ActionCollection::specs()
{
    const QKeySequence preferences = QKeySequence(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    QList<Spec> specs{
        {Id::NewCase, QStringLiteral("newCase"), tr("&New case…"), QKeySequence::New, tr("Log a new complaint")},
        {Id::Find, QStringLiteral("find"), tr("&Find"), QKeySequence::Find,
         tr("Search by reference, customer or words of the complaint")},
        {Id::Refresh, QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh,
         tr("Read the list again from the store")},
        {Id::FocusList, QStringLiteral("focusList"), tr("Go to the &list"), QKeySequence(Qt::CTRL | Qt::Key_L),
         tr("Move the keyboard focus to the case list")},
        {Id::Quit, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Close Redress")},
        {Id::Assign, QStringLiteral("assign"), tr("&Assign to…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         tr("Give the selected cases to someone")},
        {Id::EditCase, QStringLiteral("editCase"), tr("&Edit case…"), QKeySequence(Qt::Key_F2),
         tr("Change the product, channel, description, severity or impact of the case")},
    };
    int n = 1;
    for (core::CaseStatus to : moveTargets())
        specs.append({moveTo(to), QStringLiteral("move_") + core::keyOf(to), core::Lifecycle::actionLabel(to),
                      QKeySequence(Qt::CTRL | (Qt::Key_0 + n++)),
                      tr("Move the selected cases to %1").arg(core::labelOf(to))});
    const QString stepTips[4] = {
        tr("Apologise to the customer"), tr("Record the solution and what the customer wants"),
        tr("Give something extra, or record the customer's decline"), tr("Record the root cause")};
    const QString stepNames[4] = {tr("A&pologise…"), tr("S&olve…"), tr("Add &value…"), tr("Anal&yse…")};
    for (int step = 1; step <= 4; ++step)
        specs.append({recoveryStep(step), QStringLiteral("recoveryStep%1").arg(step), stepNames[step - 1],
                      QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_0 + step)), stepTips[step - 1]});
    specs << QList<Spec>{
        {Id::FollowUp, QStringLiteral("followUp"), tr("Record &follow-up…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         tr("Record how likely the customer is to recommend us, now the case is resolved")},
        {Id::Approvals, QStringLiteral("approvals"), tr("A&pprovals…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Gestures waiting for a lead's decision")},
        {Id::Templates, QStringLiteral("templates"), tr("Apology &templates…"), {},
         tr("Edit the apology templates, with a preview on a real case")},
        {Id::Catalogue, QStringLiteral("catalogue"), tr("&Gestures and limits…"), {},
         tr("Edit the gesture catalogue and each role's discretion limit")},
        {Id::Taxonomy, QStringLiteral("taxonomy"), tr("Root &causes…"), {},
         tr("Grow the root-cause tree that analyses point into")},
        {Id::ExportCsv, QStringLiteral("exportCsv"), tr("&Export cases to CSV…"),
         QKeySequence(Qt::CTRL | Qt::Key_E), tr("Write the cases the list shows, in its order, to a CSV file")},
        {Id::ImportCsv, QStringLiteral("importCsv"), tr("&Import cases from CSV…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         tr("Bring in cases from a spreadsheet or another help desk")},
        {Id::PrintSummary, QStringLiteral("printSummary"), tr("&Print summary…"), QKeySequence::Print,
         tr("Print the selected case's summary for the customer or a manager")},
        {Id::PreviewSummary, QStringLiteral("previewSummary"), tr("Print pre&view…"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), tr("See the case summary as it will print")},
        {Id::PdfSummary, QStringLiteral("pdfSummary"), tr("Save summary as P&DF…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Write the case summary to a PDF file")},
        {Id::Backup, QStringLiteral("backup"), tr("&Back up…"), {},
         tr("Write a checked copy of the store, safe while everyone works")},
        {Id::Restore, QStringLiteral("restore"), tr("&Restore from backup…"), {},
         tr("Replace the store with a backup")},
        {Id::BackupSettings, QStringLiteral("backupSettings"), tr("&Automatic backups…"), {},
         tr("The daily backup: on or off, where, how many to keep")},
        {Id::PriorityMatrix, QStringLiteral("priorityMatrix"), tr("&Priority matrix…"), {},
         tr("Which priority each severity and business impact gives a case")},
        {Id::SlaSettings, QStringLiteral("slaSettings"), tr("&SLA calendar and targets…"), {},
         tr("Working hours, holidays and the time each priority has to be answered and resolved")},
        {Id::RunEscalation, QStringLiteral("runEscalation"), tr("Ru&n escalation rules now"), {},
         tr("Escalate every overdue case now instead of at the next minute")},
        {Id::QueueAll, QStringLiteral("queueAll"), tr("&All cases"), QKeySequence(Qt::ALT | Qt::Key_1),
         tr("Show every case")},
        {Id::QueueMine, QStringLiteral("queueMine"), tr("&My queue"), QKeySequence(Qt::ALT | Qt::Key_2),
         tr("Show your cases still awaiting resolution, the soonest due first")},
        {Id::QueueEscalated, QStringLiteral("queueEscalated"), tr("&Escalated to me"),
         QKeySequence(Qt::ALT | Qt::Key_3), tr("Show the cases escalated to your rung, the soonest due first")},
        {Id::QueueFollowUp, QStringLiteral("queueFollowUp"), tr("&Follow-up queue"),
         QKeySequence(Qt::ALT | Qt::Key_4),
         tr("Show resolved cases whose customer has not answered the follow-up, the longest waiting first")},
        {Id::Preferences, QStringLiteral("preferences"), tr("&Preferences…"), preferences,
         tr("The store and user to start with, colours, language, and the way to the "
            "service-level and backup settings")},
        {Id::Dashboard, QStringLiteral("dashboard"), tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
         tr("Which defects keep causing complaints, champions created, promises kept, what recovery cost")},
        {Id::Problems, QStringLiteral("problems"), tr("P&roblem records…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         tr("The defects behind the complaints, their corrective actions and whether complaints fell")},
        {Id::LinkProblem, QStringLiteral("linkProblem"), tr("&Link to problem…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         tr("Link the selected cases to the problem record of their defect")},
        {Id::Users, QStringLiteral("users"), tr("&Users and roles…"), {}, tr("Give people their roles")},
        {Id::SwitchUser, QStringLiteral("switchUser"), tr("S&witch user…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), tr("Hand a shared desk to someone else")},
        {Id::Shortcuts, QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
         tr("List every command and its shortcut")},
        {Id::About, QStringLiteral("about"), tr("&About Redress"), {}, tr("Version and licence")},
        // Ctrl+R and F5 are Refresh on some desktops, hence the Shift and the Ctrl.
        {Id::Reply, QStringLiteral("reply"), tr("&Reply to customer…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Write to the case's customer by e-mail")},
        {Id::FetchMail, QStringLiteral("fetchMail"), tr("Fetch &mail now"), QKeySequence(Qt::CTRL | Qt::Key_F5),
         tr("Read new mail into cases and send what is queued, now instead of at the next pass")},
        {Id::ImportMail, QStringLiteral("importMail"), tr("Import &mail…"), {},
         tr("Take saved messages (.eml files) in as cases or replies")},
        {Id::MailSettings, QStringLiteral("mailSettings"), tr("&Mail…"), {},
         tr("The team mailbox Redress reads and sends through")},
    };
    return specs;
}

ActionCollection::ActionCollection(QWidget* window) : QObject(window), m_window(window)
{
    for (const Spec& spec : specs()) {
        auto* action = new QAction(spec.text, window);
        action->setObjectName(spec.name);
        action->setShortcut(spec.key);
        action->setStatusTip(spec.tip);
        action->setToolTip(spec.key.isEmpty() ? spec.tip
                                              : QStringLiteral("%1 (%2)").arg(
                                                    spec.tip, spec.key.toString(QKeySequence::NativeText)));
        m_actions.insert(spec.id, action);
        m_names.insert(spec.name, spec.id);
        window->addAction(action);
    }
}

QAction* ActionCollection::byName(const QString& name) const
{
    const auto it = m_names.constFind(name);
    return it == m_names.cend() ? nullptr : m_actions.value(*it);
}

void ActionCollection::adopt(Id id, QAction* action, const QKeySequence& key)
{
    // Named here rather than by their objectName, which their panel chose.
    static const QHash<Id, QString> names{{Id::Escalate, QStringLiteral("escalate")},
                                          {Id::WaitOnCustomer, QStringLiteral("waitOnCustomer")}};
    Q_ASSERT(names.contains(id));
    m_actions.insert(id, action);
    m_names.insert(names.value(id), id);
    m_window->addAction(action);
    action->setShortcut(key);
}

} // namespace redress::ui
