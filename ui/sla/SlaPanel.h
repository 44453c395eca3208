#pragma once

#include "core/cases/CaseTypes.h"
#include "core/store/EscalationRepository.h"
#include "core/store/SlaRepository.h"
#include "ui/common/DialogRunner.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QDialog;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace redress::ui {

class Session;

/// One case's service level: its priority and rung, the three promises
/// (acknowledge, first contact, resolve) with when each is due and was met,
/// the spans it waited on the customer, and its escalations with the
/// executive's obligations. Waiting on the customer and escalating are
/// actions, so the main window can put them in a menu with shortcuts.
class SlaPanel : public QWidget
{
    Q_OBJECT
public:
    /// The session's user is the actor of every write and decides what the
    /// buttons offer; a switch of user shows at once.
    explicit SlaPanel(const Session& session, QWidget* parent = nullptr);

    /// Shows the case, or nothing for 0.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }

    /// Escalate… (Ctrl+Shift+E): one rung up, with a reason.
    QAction* escalateAction() const { return m_escalate; }
    /// Waiting on customer… / Customer replied (Ctrl+Shift+W): stops or
    /// restarts the case's clock.
    QAction* waitAction() const { return m_wait; }

    /// Tests drive the panel's dialogs through this instead of exec().
    void setDialogHook(DialogRunner::Hook hook) { m_dialogs.setHook(std::move(hook)); }

Q_SIGNALS:
    /// Something was written to the case (a pause, an escalation, an
    /// obligation); whoever shows the case reads it again.
    void changed();

private:
    void toggleWaiting();
    void escalate();
    void recordObligation(qint64 escalationId, core::Obligation::Kind kind);
    bool runDialog(QDialog* dialog);
    void render();
    void renderTargets();
    void renderHistory();
    void updateActions();
    void afterWrite();

    const Session& m_session;
    qint64 m_caseId = 0;
    core::CaseStatus m_status = core::CaseStatus::New;
    std::optional<core::SlaHistory> m_history;
    QList<core::Escalation> m_escalations;
    DialogRunner m_dialogs;

    QAction* m_escalate = nullptr;
    QAction* m_wait = nullptr;
    QGroupBox* m_group = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_targets = nullptr;
    QWidget* m_historyBox = nullptr;
    QVBoxLayout* m_historyLayout = nullptr;
    QList<QPushButton*> m_recordButtons;
    QPushButton* m_waitButton = nullptr;
    QPushButton* m_escalateButton = nullptr;
    QTimer m_tick;
};

} // namespace redress::ui
