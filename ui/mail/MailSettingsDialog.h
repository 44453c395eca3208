#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace redress::ui {

class Session;

/// Settings › Mail: the team mailbox Redress reads and sends through. An
/// administrator changes it; everyone else sees it read-only. The account is
/// checked by MailAccount::from (a refusal shows beside its field) and kept
/// in the store; the passwords go to the desktop keyring (MailPasswords).
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailSettingsDialog(const Session& session, QWidget* parent = nullptr);

    bool isEditable() const { return m_editable; }
    /// The refusal shown beside a field ("imap", "smtp", "address",
    /// "doneFolder"), empty when none.
    QString fieldError(const QString& field) const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// The account was stored; the mail poller picks it up.
    void saved();

private:
    QLabel* errorLabel(const QString& field);
    void clearErrors();

    const Session& m_session;
    bool m_editable = false;
    QLineEdit* m_imap = nullptr;
    QLineEdit* m_smtp = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_startTls = nullptr;
    QCheckBox* m_insecure = nullptr;
    QLineEdit* m_doneFolder = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_imapPassword = nullptr;
    QLineEdit* m_smtpPassword = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_fieldErrors;
};

} // namespace redress::ui
