#pragma once

#include "core/cases/Problem.h"
#include "core/report/Effectiveness.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTreeWidget;

namespace redress::ui {

class Session;

class ChartView;

/// The chief problem solver's desk: problem records with their corrective
/// action, the cases linked to each, whether complaints fell after the
/// action took effect, and the effectiveness reviews due. Leads, quality,
/// executives and admins edit; everyone else reads.
class ProblemDesk : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemDesk(const Session& session, QWidget* parent = nullptr);

    /// Reads the problems and the reviews due again; keeps the selection.
    void reload();
    /// Shows a problem in the form (0: a new one).
    void showProblem(qint64 problemId);
    qint64 currentProblemId() const { return m_current ? m_current->id : 0; }
    /// Saves the form; false with the message shown next to it.
    bool save();
    /// Completes the selected open review with `note`.
    bool completeSelectedReview(const QString& note);
    /// The effectiveness shown for the current problem.
    const std::optional<core::EffectivenessReport>& effectiveness() const { return m_effect; }
    int reviewsDueCount() const { return m_dueCount; }

Q_SIGNALS:
    /// Open this case in the main window.
    void caseRequested(qint64 caseId);
    /// A problem or a review was written.
    void changed();

private:
    /// What the session's user may do: edit or only read.
    void applyUser();
    void buildList();
    void buildForm();
    void fillChoices();
    void fillList();
    void newProblem();
    void showEffectiveness();
    void showReviews();
    void showLinked();
    void completeReview();
    void unlinkSelected();
    void showError(const QString& message);
    core::Problem formProblem() const;

    const Session& m_session;
    bool m_canEdit = false;
    std::optional<core::Problem> m_current;
    std::optional<core::EffectivenessReport> m_effect;
    int m_dueCount = 0;

    QTabBar* m_tabs = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_cause = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QCheckBox* m_hasEffective = nullptr;
    QDateEdit* m_effective = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_newProblem = nullptr;
    QPushButton* m_save = nullptr;
    ChartView* m_chart = nullptr;
    QLabel* m_verdict = nullptr;
    QTreeWidget* m_reviews = nullptr;
    QPushButton* m_completeReview = nullptr;
    QTreeWidget* m_cases = nullptr;
    QPushButton* m_unlink = nullptr;
};

} // namespace redress::ui
