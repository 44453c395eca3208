#pragma once

#include "core/cases/Case.h"
#include "core/recovery/ApologyChecker.h"
#include "core/store/TemplateRepository.h"
#include "ui/common/Workers.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

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
    /// Findings of the checker's latest answer (see isChecked()).
    int findingCount() const;
    /// Whether the checker's latest answer is for the draft as it is now.
    /// The checker runs on a thread of its own, so a draft just typed or
    /// set is checked a moment later.
    bool isChecked() const;
    /// Why "Sent by: Email" sends nothing (no mailbox, no address); empty
    /// when an e-mail apology is queued as a message.
    QString mailUnavailable() const { return m_mailUnavailable; }
    /// The Message-ID of the apology queued as mail, once recorded by e-mail.
    QString queuedMessageId() const { return m_queued; }

public Q_SLOTS:
    void accept() override;

private:
    void fillFromTemplate();
    /// Asks for the draft as it is now to be checked; the newest request
    /// wins, and an answer for an older draft is dropped.
    void runChecker();
    void startCheck();
    void showFindings(const QList<core::ApologyFinding>& findings);
    void record();
    void showMailNote();

    const Session& m_session;
    core::Case m_case;
    QList<core::StoredTemplate> m_templates;
    QComboBox* m_template = nullptr;
    QComboBox* m_channel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QListWidget* m_findings = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_mailNote = nullptr;
    QString m_mailUnavailable;
    QString m_queued;
    QPushButton* m_sent = nullptr;
    QTimer m_checkDelay;
    int m_findingCount = 0;
    quint64 m_generation = 0;        ///< bumped by every request
    quint64 m_checkedGeneration = 0; ///< the request the findings answer
    bool m_checking = false;         ///< a check runs; at most one at a time
    bool m_acceptPending = false;    ///< record once the draft is checked
    Workers m_workers{this};
};

} // namespace redress::ui
