#include "ui/mail/MailSettingsDialog.h"

#include "core/mail/MailAccount.h"
#include "core/store/MailRepository.h"
#include "ui/common/Session.h"
#include "ui/mail/MailPasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress::ui {

MailSettingsDialog::MailSettingsDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail"));
    m_editable = m_session.user().role == core::Role::Admin;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        m_editable
            ? tr("The team mailbox: Redress reads new mail from it into cases and sends replies through it.")
            : tr("The team mailbox. Only an administrator can change it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("mailSettingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    const auto field = [&](const QString& name, const QString& label, QWidget* editor) {
        auto* box = new QWidget;
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(editor);
        auto* error = new QLabel;
        error->setObjectName(name + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c02020"));
        error->hide();
        column->addWidget(error);
        m_fieldErrors.insert(name, error);
        form->addRow(label, box);
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(box)))
            l->setBuddy(editor);
    };
    m_imap = new QLineEdit;
    m_imap->setObjectName(QStringLiteral("mailImap"));
    m_imap->setPlaceholderText(QStringLiteral("imaps://complaints@mail.example.com/INBOX"));
    field(QStringLiteral("imap"), tr("&IMAP server:"), m_imap);
    m_smtp = new QLineEdit;
    m_smtp->setObjectName(QStringLiteral("mailSmtp"));
    m_smtp->setPlaceholderText(QStringLiteral("smtps://complaints@mail.example.com"));
    field(QStringLiteral("smtp"), tr("&SMTP server:"), m_smtp);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("mailFrom"));
    m_address->setPlaceholderText(tr("Customer Care <care@example.com>"));
    field(QStringLiteral("address"), tr("&From:"), m_address);
    m_startTls = new QCheckBox(tr("Upgrade imap:// and smtp:// with S&TARTTLS (required, not tried)"));
    m_startTls->setObjectName(QStringLiteral("mailStartTls"));
    form->addRow(QString(), m_startTls);
    m_insecure =
        new QCheckBox(tr("Allow plain text and unchecked certificates to a server on this &machine"));
    m_insecure->setObjectName(QStringLiteral("mailInsecureLoopback"));
    m_insecure->setToolTip(tr("Only for a test server or a local relay; refused for any other host"));
    form->addRow(QString(), m_insecure);
    m_doneFolder = new QLineEdit;
    m_doneFolder->setObjectName(QStringLiteral("mailDoneFolder"));
    m_doneFolder->setPlaceholderText(tr("empty: marked as read and left in place"));
    field(QStringLiteral("doneFolder"), tr("Move stored mail &to folder:"), m_doneFolder);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("mailFetchMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("Fetch &every:"), m_minutes);

    m_imapPassword = new QLineEdit;
    m_imapPassword->setObjectName(QStringLiteral("mailImapPassword"));
    m_imapPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword = new QLineEdit;
    m_smtpPassword->setObjectName(QStringLiteral("mailSmtpPassword"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    const bool keyring = MailPasswords::keyringUsable();
    for (QLineEdit* p : {m_imapPassword, m_smtpPassword}) {
        p->setPlaceholderText(keyring ? tr("unchanged") : tr("no keyring here"));
        p->setEnabled(keyring && m_editable);
    }
    form->addRow(tr("IMAP &password:"), m_imapPassword);
    form->addRow(tr("SMTP pass&word:"), m_smtpPassword);
    layout->addLayout(form);
    auto* secrets = new QLabel(
        keyring ? tr("Passwords are kept in the desktop's keyring, never in the store or the settings file.")
                : tr("No desktop keyring answers here, so Redress keeps no password: it reads "
                     "REDRESS_IMAP_PASSWORD "
                     "and REDRESS_SMTP_PASSWORD from the environment it starts in."));
    secrets->setObjectName(QStringLiteral("mailSecretsNote"));
    secrets->setWordWrap(true);
    layout->addWidget(secrets);

    auto* buttons = new QDialogButtonBox(m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                    : QDialogButtonBox::Close);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (m_save)
        m_save->setObjectName(QStringLiteral("mailSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    core::MailRepository repo(m_session.db(), m_session.user().id);
    if (auto stored = repo.account(); stored && *stored) {
        const core::MailAccount& a = **stored;
        m_imap->setText(a.imap.toString());
        m_smtp->setText(a.smtp.toString());
        m_address->setText(a.address.toString());
        m_startTls->setChecked(a.startTls);
        m_insecure->setChecked(a.insecureLoopback);
        m_doneFolder->setText(a.doneFolder);
        m_minutes->setValue(a.fetchMinutes);
    } else if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
    }
    if (!m_editable) {
        for (QLineEdit* e : {m_imap, m_smtp, m_address, m_doneFolder})
            e->setReadOnly(true);
        m_startTls->setEnabled(false);
        m_insecure->setEnabled(false);
        m_minutes->setReadOnly(true);
    }
    resize(620, sizeHint().height());
}

QLabel* MailSettingsDialog::errorLabel(const QString& field)
{
    return m_fieldErrors.value(field);
}

QString MailSettingsDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_fieldErrors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void MailSettingsDialog::clearErrors()
{
    m_error->hide();
    for (QLabel* label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
}

void MailSettingsDialog::accept()
{
    if (!m_editable) {
        QDialog::reject();
        return;
    }
    clearErrors();
    auto account = core::MailAccount::from(m_imap->text().trimmed(), m_smtp->text().trimmed(),
                                           m_address->text().trimmed(), m_startTls->isChecked(),
                                           m_insecure->isChecked());
    if (!account) {
        // The refusal names its field ("imap: …"); it shows beside that one.
        QString field = account.error().field;
        if (field.isEmpty())
            field = account.error().message.section(QLatin1Char(':'), 0, 0).trimmed();
        if (field == QLatin1String("from"))
            field = QStringLiteral("address");
        if (QLabel* label = errorLabel(field)) {
            label->setText(account.error().message);
            label->show();
            if (field == QLatin1String("imap"))
                m_imap->setFocus();
            else if (field == QLatin1String("smtp"))
                m_smtp->setFocus();
            else if (field == QLatin1String("address"))
                m_address->setFocus();
        } else {
            m_error->setText(account.error().message);
            m_error->show();
        }
        return;
    }
    const QString folder = m_doneFolder->text().trimmed();
    if (folder.contains(QLatin1Char('\n')) || folder.contains(QLatin1Char('"'))) {
        QLabel* label = errorLabel(QStringLiteral("doneFolder"));
        label->setText(tr("A folder name cannot hold quotes or line breaks."));
        label->show();
        m_doneFolder->setFocus();
        return;
    }
    account->doneFolder = folder;
    account->fetchMinutes = m_minutes->value();
    if (auto stored = core::MailRepository(m_session.db(), m_session.user().id).saveAccount(*account);
        !stored) {
        m_error->setText(stored.error().message);
        m_error->show();
        return;
    }
    Q_EMIT saved();
    m_save->setEnabled(false);
    MailPasswords::write(m_session.db().path(), m_imapPassword->text(), m_smtpPassword->text(), this,
                         [this](const QString& error) {
                             m_save->setEnabled(true);
                             if (!error.isEmpty()) {
                                 m_error->setText(tr("The account is saved. %1").arg(error));
                                 m_error->show();
                                 return;
                             }
                             QDialog::accept();
                         });
}

} // namespace redress::ui
