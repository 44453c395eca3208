#pragma once

#include "core/Error.h"
#include "core/mail/MailMessage.h"

#include <QString>
#include <QUrl>

namespace redress::core {

/// The team's mailbox: where mail is read and sent through. Stored in the
/// store (MailRepository) without any secret; passwords come from the
/// keyring, the environment or a file (MailSecrets).
struct MailAccount
{
    QUrl imap; ///< imap://USER@HOST[:PORT]/FOLDER or imaps://…
    QUrl smtp; ///< smtp://USER@HOST[:PORT] or smtps://…
    MailAddress address; ///< the From of what Redress sends
    bool startTls = false; ///< upgrade imap:// and smtp:// with STARTTLS (required, not opportunistic)
    /// Allows plain text and unchecked certificates, but only to a server on
    /// the loopback interface (a test server, a local relay).
    bool insecureLoopback = false;
    /// A PEM file of the certificate authorities the servers' certificates
    /// are checked against instead of the system's (a private CA); empty:
    /// the system's.
    QString caFile;
    /// Stored messages are moved here; empty: they are flagged \Seen and stay.
    QString doneFolder;
    int fetchMinutes = 1;
    qint64 attachmentCap = 25 * 1024 * 1024;

    bool isSet() const { return imap.isValid() && !imap.isEmpty(); }
    QString folder() const; ///< the IMAP folder from the URL's path, INBOX when none
    QString imapUser() const { return imap.userName(); }
    QString smtpUser() const { return smtp.userName(); }

    /// Reads the command line's or the settings form's values; every refusal
    /// names the field and what is wrong ("imap: the scheme must be imap or
    /// imaps"). Checks that a server off loopback is reached with TLS.
    static Result<MailAccount> from(const QString& imap, const QString& smtp, const QString& address,
                                    bool startTls, bool insecureLoopback);
};

/// localhost, 127.0.0.0/8 or ::1: a server on this machine.
bool isLoopbackHost(const QString& host);

/// The passwords for one run: never stored with the account.
struct MailSecrets
{
    QString imapPassword;
    QString smtpPassword;

    /// REDRESS_IMAP_PASSWORD and REDRESS_SMTP_PASSWORD, or a file whose first
    /// line is the IMAP password and second the SMTP one (the IMAP password
    /// again when there is no second line). The file must not be readable by
    /// others.
    static Result<MailSecrets> fromEnvironment(const QString& passwordFile = {});
};

} // namespace redress::core
