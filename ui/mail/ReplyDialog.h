#pragma once

#include "core/cases/Case.h"
#include "core/recovery/ApologyChecker.h"
#include "core/store/TemplateRepository.h"
#include "ui/common/Workers.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace redress::ui {

class Session;

/// Case › Reply: a message to the case's customer, checked as it is typed
/// by the apology checker (warnings only), with files attached. Send queues
/// it (MailRepository::queueReply); the mail poller's next pass sends it.
/// Without a mailbox or an address for the customer the dialog says why and
/// sends nothing.
class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The most a reply may carry in attachments, in all.
    static constexpr qint64 maxAttachmentBytes = 25 * 1024 * 1024;

    ReplyDialog(const Session& session, core::Case c, QWidget* parent = nullptr);

    /// Why nothing can be sent, empty when the reply can go.
    QString unavailableReason() const { return m_reason; }
    /// Adds files to send along; refuses, saying so, when the total would
    /// pass maxAttachmentBytes. Returns whether they were added.
    bool addAttachments(const QStringList& paths);
    QStringList attachments() const { return m_paths; }
    /// Findings of the checker's latest answer, and whether that answer is
    /// for the text as it is now.
    int findingCount() const { return m_findingCount; }
    bool isChecked() const { return m_checkedGeneration == m_generation && !m_checking; }
    /// The Message-ID of the reply queued, once Send succeeded.
    QString queuedMessageId() const { return m_queued; }

public Q_SLOTS:
    void accept() override;

private:
    void insertTemplate(int index);
    void runChecker();
    void startCheck();
    void showFindings(const QList<core::ApologyFinding>& findings);
    void showError(const QString& message);

    const Session& m_session;
    core::Case m_case;
    QString m_reason;
    QString m_queued;
    QStringList m_paths;
    QList<core::StoredTemplate> m_templates;
    QLabel* m_error = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_subject = nullptr;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QListWidget* m_findings = nullptr;
    QListWidget* m_files = nullptr;
    QPushButton* m_send = nullptr;
    QTimer m_checkDelay;
    int m_findingCount = 0;
    quint64 m_generation = 0;
    quint64 m_checkedGeneration = 0;
    bool m_checking = false;
    Workers m_workers{this};
};

} // namespace redress::ui
