#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace redress::core {

/// A mailbox as a header names it: "Name <address>".
struct MailAddress
{
    QString name;
    QString address; ///< lower-cased domain, local part as written

    bool isEmpty() const { return address.isEmpty(); }
    /// "Name <address>", or the address alone; for display and headers.
    QString toString() const;
};

/// A file carried by a message, in or out.
struct MailAttachment
{
    QString name;     ///< the file name it came with (or one made from its type)
    QString mimeType; ///< "image/jpeg"
    QByteArray data;  ///< empty when the message was over the size cap and the part was left out
    qint64 size = 0;  ///< bytes of the decoded content, even when `data` was left out
    QString sha256;   ///< hex of the decoded content
    QString contentId; ///< for inline images referenced by cid:
    bool isInline = false;
};

/// What a received message is, for the intake's rules: only a person's
/// mail opens a case or triggers anything sent back.
enum class MailKind
{
    Person,
    AutoReply, ///< Auto-Submitted other than "no", X-Autoreply, vacation notices
    Bulk,      ///< Precedence: bulk/list/junk, List-Id, List-Unsubscribe
    Bounce,    ///< a delivery status notification (multipart/report; report-type=delivery-status)
};

/// A received message taken apart (MimeParser): the raw bytes as they came
/// and what a person reads of them.
struct ParsedMail
{
    QByteArray raw;
    QString sha256; ///< hex of `raw`

    /// Without angle brackets. A message without one gets
    /// "<sha256 of raw>@redress.invalid", so a second pass finds it again.
    QString messageId;
    QStringList inReplyTo;  ///< ids without angle brackets
    QStringList references; ///< oldest first, without angle brackets
    QString subject;        ///< encoded words decoded
    MailAddress from;
    MailAddress replyTo;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    /// The Date header; when it is missing or absurd (before 1990, or more
    /// than a day after it was received) the time it was received, and
    /// dateGuessed is set.
    QDateTime date;
    bool dateGuessed = false;

    /// The readable text of the whole message, UTF-8: the plain part of an
    /// alternative preferred, HTML turned into text otherwise, forwarded
    /// messages included below their own heading.
    QString text;
    /// The customer's own new words: `text` without the quoted history
    /// ("On … wrote:", "> " lines, Outlook's "-----Original Message-----"
    /// and From:/Sent: block) and the signature ("-- ").
    QString newText;
    bool fromHtml = false;

    QList<MailAttachment> attachments;

    MailKind kind = MailKind::Person;
    /// For a bounce: the Message-IDs of the messages it reports undelivered
    /// (from the returned headers or the DSN's fields), without brackets.
    QStringList bouncedMessageIds;

    /// Set when attachments were left out for the size cap.
    bool overSizeCap = false;
};

/// A message Redress sends, before MimeBuilder turns it into bytes.
struct OutgoingMail
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text; ///< plain UTF-8 text
    QString messageId; ///< without brackets; MimeBuilder::newMessageId() makes one
    QStringList inReplyTo;
    QStringList references;
    QDateTime date;
    QList<MailAttachment> attachments;
};

} // namespace redress::core
