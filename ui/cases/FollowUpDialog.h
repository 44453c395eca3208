#pragma once

#include "core/cases/CaseTypes.h"
#include "core/store/SurveyRepository.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace redress::ui {

class Session;

/// The follow-up of one resolved case: how likely the customer is to
/// recommend us (0–10), optionally the same before the complaint, and a
/// comment. The class of the score (champion, passive, detractor) shows as
/// it is typed. A refusal of the core is shown below, with what was typed
/// kept; a recorded follow-up accepts the dialog.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(const Session& session, qint64 caseId, QWidget* parent = nullptr);

    QSpinBox* scoreBox() const { return m_score; }
    QLabel* classLabel() const { return m_class; }
    QLabel* errorLabel() const { return m_error; }

    /// "Champion", "Passive" or "Detractor" for a 0–10 score.
    static QString classText(int score);

    /// The customer's answer by mail that waits for a person, when there is one.
    const std::optional<core::Survey>& answerToRead() const { return m_answer; }

public Q_SLOTS:
    /// Records the follow-up; false when the core refused (shown in the dialog).
    bool save();
    /// Sets the customer's answer aside without a score; false when refused.
    bool setAside();

Q_SIGNALS:
    void saved(qint64 caseId);

private:
    void showClass();

    const Session& m_session;
    qint64 m_caseId = 0;
    QSpinBox* m_score = nullptr;
    QCheckBox* m_hasPrior = nullptr;
    QSpinBox* m_prior = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_class = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    std::optional<core::Survey> m_answer;
};

} // namespace redress::ui
