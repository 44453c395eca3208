#pragma once

#include "core/cases/Case.h"

#include <QWidget>

class QAction;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;

namespace redress::ui {

class RecoveryPanel;
class Session;
class SlaPanel;
class ThreadView;

/// One case: its facts, the moves the lifecycle allows from where it is,
/// and its timeline (who, when, what, old → new), newest last.
class CaseDetailWidget : public QWidget
{
    Q_OBJECT
public:
    /// Its service level panel writes as the session's user.
    explicit CaseDetailWidget(const Session& session, QWidget* parent = nullptr);

    /// Shows the case, or an empty page for 0. The note being typed stays
    /// when the case shown is the same.
    void showCase(qint64 caseId);
    void reload() { showCase(m_caseId); }
    /// Empties the note field, once its note is in the timeline.
    void clearNote();
    qint64 caseId() const { return m_caseId; }
    const core::Case& current() const { return m_case; }
    /// The case's service level: clocks, pauses, escalations.
    SlaPanel* slaPanel() const { return m_sla; }
    /// The panel's actions, for the Case menu (Ctrl+Shift+E, Ctrl+Shift+W).
    QAction* escalateAction() const;
    QAction* waitAction() const;
    /// The case's mail and notes, a page beside the case's own.
    ThreadView* conversation() const { return m_conversation; }
    /// Brings the conversation page forward.
    void showConversation();

Q_SIGNALS:
    /// The detail itself wrote to the case (a pause, an escalation, an
    /// obligation) and shows it again; the list may want to refresh.
    void caseChanged();
    void transitionRequested(redress::core::CaseStatus to);
    void assignRequested();
    void editRequested();
    void noteRequested(const QString& note);
    void recoveryStepRequested(int step);
    void replyRequested();

private:
    void showConversationCount();

    const Session& m_session;
    qint64 m_caseId = 0;
    core::Case m_case;

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QHBoxLayout* m_moves = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_edit = nullptr;
    QLineEdit* m_note = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTabWidget* m_pages = nullptr;
    ThreadView* m_conversation = nullptr;
    RecoveryPanel* m_recovery = nullptr;
    SlaPanel* m_sla = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace redress::ui
