#pragma once

#include "core/cases/Case.h"
#include "core/store/TemplateRepository.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace redress::ui {

class Session;

/// Step 1: the apology. Redress suggests the script that suits the case,
/// fills it from the case, and the rep edits it. The checker marks
/// reject/ignore/disagree reflexes and org-chart excuses as the rep types —
/// warnings, never a block — and the text is recorded as sent.
class ApologyDialog : public QDialog
{
    Q_OBJECT
public:
    ApologyDialog(const Session& session, core::Case c, QWidget* parent = nullptr);

    /// The draft as the rep has it now.
    QString draft() const;
    void setDraft(const QString& text);
    /// Findings of the checker on the current draft.
    int findingCount() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillFromTemplate();
    void runChecker();

    const Session& m_session;
    core::Case m_case;
    QList<core::StoredTemplate> m_templates;
    QComboBox* m_template = nullptr;
    QComboBox* m_channel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QListWidget* m_findings = nullptr;
    QLabel* m_error = nullptr;
    QTimer m_checkDelay;
    int m_findingCount = 0;
};

} // namespace redress::ui
