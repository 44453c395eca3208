#pragma once

#include "core/Error.h"
#include "core/mail/MailAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace redress::core {

/// IMAP through libcurl (Debian's libcurl4-openssl-dev): the protocol, TLS,
/// SASL and certificate checks are libcurl's work. One connection per
/// client, reused for every command. Errors say which server and what went
/// wrong in words (Unavailable for a server that cannot be reached, drops
/// the connection or refuses the password; Io for the rest).
class ImapClient
{
public:
    ImapClient(MailAccount account, QString password);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    struct FolderState
    {
        qint64 uidValidity = 0;
        qint64 uidNext = 0;
        qint64 messages = 0;
    };
    /// STATUS of the account's folder.
    Result<FolderState> status();
    /// The UIDs at or above `firstUid` in the folder, ascending.
    Result<QList<qint64>> uidsFrom(qint64 firstUid);
    /// One message's bytes, as the server holds them. Fails with NotFound
    /// when the folder's UIDVALIDITY is no longer `uidValidity`.
    Result<QByteArray> fetch(qint64 uidValidity, qint64 uid);
    /// Marks stored messages: moved to the account's doneFolder, or flagged
    /// \Seen when it has none.
    Status markStored(const QList<qint64>& uids);
    /// Adds a message to a folder (APPEND); for tests and a Sent folder.
    Status append(const QString& folder, const QByteArray& message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// SMTP through libcurl.
class SmtpClient
{
public:
    SmtpClient(MailAccount account, QString password);
    ~SmtpClient();
    SmtpClient(const SmtpClient&) = delete;
    SmtpClient& operator=(const SmtpClient&) = delete;

    /// What the server answered to the message.
    struct Reply
    {
        bool accepted = false;
        /// Refused for good (5xx): retrying will not help.
        bool permanent = false;
        int code = 0;  ///< the server's last reply code, 0 when none came
        QString text;  ///< the server's words, or libcurl's when it never answered
    };
    /// Sends `message` from the account's address to `recipients`. A refusal
    /// by the server is a Reply, not an error; the error is for a server
    /// that cannot be reached or a refused login.
    Result<Reply> send(const QStringList& recipients, const QByteArray& message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace redress::core
