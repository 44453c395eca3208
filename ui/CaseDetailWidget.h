#pragma once

#include "core/cases/Case.h"
#include "core/store/Database.h"

#include <QWidget>

class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace redress::ui {

class RecoveryPanel;

/// One case: its facts, the moves the lifecycle allows from where it is,
/// and its timeline (who, when, what, old → new), newest last.
class CaseDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailWidget(core::Database db, QWidget* parent = nullptr);

    /// Shows the case, or an empty page for 0.
    void showCase(qint64 caseId);
    void reload() { showCase(m_caseId); }
    qint64 caseId() const { return m_caseId; }
    const core::Case& current() const { return m_case; }

Q_SIGNALS:
    void transitionRequested(redress::core::CaseStatus to);
    void assignRequested();
    void noteRequested(const QString& note);
    void recoveryStepRequested(int step);

private:
    core::Database m_db;
    qint64 m_caseId = 0;
    core::Case m_case;

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QHBoxLayout* m_moves = nullptr;
    QPushButton* m_assign = nullptr;
    QLineEdit* m_note = nullptr;
    QTreeWidget* m_timeline = nullptr;
    RecoveryPanel* m_recovery = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace redress::ui
