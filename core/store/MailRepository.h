#pragma once

#include "core/Error.h"
#include "core/mail/MailAccount.h"
#include "core/mail/MailMessage.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace redress::core {

/// An attachment as the thread lists it; its bytes are read on demand.
struct AttachmentInfo
{
    qint64 id = 0;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    bool kept = true; ///< false: over the size cap, only listed
};

/// One message of a case's conversation, in or out.
struct ThreadMessage
{
    enum class Direction
    {
        In,
        Out
    };
    /// Where the message stands: received ones are Received (or Ignored:
    /// auto-replies, bounces, list mail); ours go Queued → Sent, or Failed
    /// after the last try, or Undelivered when a bounce reported them.
    enum class State
    {
        Received,
        Ignored,
        Queued,
        Sent,
        Failed,
        Undelivered
    };

    qint64 id = 0;
    qint64 caseId = 0;
    Direction direction = Direction::In;
    State state = State::Received;
    QString messageId;
    QString subject;
    MailAddress from;
    QString to;
    QDateTime date;   ///< the message's date; for ours, when it was queued
    QDateTime sentAt; ///< when the server accepted ours
    QString text;     ///< the whole readable text
    QString newText;  ///< without quoted history and signature
    QString sha256;   ///< of the raw bytes
    QString author;   ///< who wrote ours
    int attempts = 0;
    QString lastError; ///< the server's words on the last failed try
    bool overSizeCap = false;
    QList<AttachmentInfo> attachments;
};

QString keyOf(ThreadMessage::State state);
QString labelOf(ThreadMessage::State state);
std::optional<ThreadMessage::State> stateFromKey(const QString& key);

/// The conversation's rows: messages with their raw bytes and attachments,
/// the outbox, the team mailbox's settings and where fetching stands.
/// Messages and attachments live in the store on both backends, so backups
/// carry them and erasure removes them. Every write is one transaction.
class MailRepository
{
public:
    MailRepository(Database db, qint64 actorId) : m_db(std::move(db)), m_actorId(actorId) {}

    /// The team mailbox, or nothing when none is set up.
    Result<std::optional<MailAccount>> account();
    /// Admin only; journaled nowhere (no case), refused for other roles.
    Status saveAccount(const MailAccount& account);

    /// The case's messages, oldest first, with their attachments listed.
    Result<QList<ThreadMessage>> thread(qint64 caseId);
    Result<QByteArray> attachmentData(qint64 attachmentId);
    Result<QByteArray> rawMessage(qint64 messageId);

    /// Queues a reply to the case's customer (the address of their last
    /// message, or the customer's e-mail) in one transaction with a timeline
    /// event: subject "[RD-000123] …", In-Reply-To and References to their
    /// last message. Returns the new Message-ID (without brackets).
    Result<QString> queueReply(qint64 caseId, const QString& text, const QList<MailAttachment>& attachments = {},
                               const QString& subject = {});
    /// The same inside the caller's transaction (the apology dialog's
    /// "Sent by: Email" records the apology and queues it as one unit).
    /// `purpose` marks what the message is for ("apology": the server's
    /// acceptance is the case's first contact).
    static Result<QString> queueReplyIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, const QString& text,
                                        const QList<MailAttachment>& attachments = {}, const QString& subject = {},
                                        const QString& purpose = {});

    /// The subject a reply on the case gets unless told otherwise: the tag
    /// and "Re: " before the customer's last subject (their program's "Re:",
    /// "AW:" and our tag taken off first), or "Your complaint about …".
    Result<QString> replySubject(qint64 caseId);

    /// Whether the case's customer can be written to: an address is known.
    Result<QString> customerAddress(qint64 caseId);

    Result<qint64> messageCount();
    Result<qint64> attachmentCount();

    // ---- The passes' primitives (core/mail/MailPasses), each inside the
    // caller's transaction.

    static Result<std::optional<MailAccount>> accountIn(const QSqlDatabase& db);

    /// Whom a reply on the case goes to and what it answers.
    struct ReplyContext
    {
        MailAddress to;
        QString inReplyTo;
        QStringList references;
        QString subject;
        QString product;
    };
    static Result<ReplyContext> replyContextIn(const QSqlDatabase& db, qint64 caseId);

    /// A message row as stored.
    struct MessageRow
    {
        qint64 caseId = 0;
        QString direction; ///< "in" or "out"
        QString state;     ///< keyOf(ThreadMessage::State)
        QString kind = QStringLiteral("person");
        QString purpose;
        QString messageId;
        QString inReplyTo;
        QString references;
        QString subject;
        MailAddress from;
        QString to;
        QDateTime sentAt;
        bool dateGuessed = false;
        QString body;
        QString newText;
        QByteArray raw;
        QString rawSha256;
        bool overCap = false;
        qint64 authorId = 0;
        QDateTime nextAttemptAt;
    };
    static Result<qint64> insertMessageIn(const QSqlDatabase& db, const MessageRow& row);
    /// An attachment whose data is null was over the cap: listed, not kept.
    static Status insertAttachmentIn(const QSqlDatabase& db, qint64 messageId, const MailAttachment& attachment);
    static Result<std::optional<qint64>> messageByIdIn(const QSqlDatabase& db, const QString& messageId);
    /// The case of the newest of `messageIds` that is stored with one; 0 for none.
    static Result<qint64> caseOfMessagesIn(const QSqlDatabase& db, const QStringList& messageIds);
    struct CaseState
    {
        QString status;
        qint64 ownerId = 0;
    };
    static Result<std::optional<CaseState>> caseStateIn(const QSqlDatabase& db, qint64 caseId);
    /// The newest customer with this e-mail address, 0 for none.
    static Result<qint64> customerByAddressIn(const QSqlDatabase& db, const QString& address);
    static Status fileMessageIn(const QSqlDatabase& db, qint64 messageId, qint64 caseId, const QString& state);
    /// Ours among `messageIds`, sent or queued, become Undelivered with the
    /// report's words; returns the cases they belong to.
    static Result<QList<qint64>> markUndeliveredIn(const QSqlDatabase& db, const QStringList& messageIds,
                                                   const QString& report);

    /// Where fetching a folder stands: its UIDVALIDITY and the next UID to read.
    struct FolderMark
    {
        qint64 uidValidity = 0;
        qint64 nextUid = 1;
    };
    static Result<std::optional<FolderMark>> folderMarkIn(const QSqlDatabase& db, const QString& folder);
    static Status setFolderMarkIn(const QSqlDatabase& db, const QString& folder, const FolderMark& mark);

    /// A queued message due for a try.
    struct Outgoing
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString to;
        QByteArray raw;
        int attempts = 0; ///< tries before this one
        QString purpose;
        QString messageId;
    };
    /// Up to `limit` due messages, each leased until `leaseUntil` with its
    /// attempt counted, so another desk's pass leaves them alone meanwhile.
    static Result<QList<Outgoing>> claimDueIn(const QSqlDatabase& db, const QDateTime& now,
                                              const QDateTime& leaseUntil, int limit);
    /// The outcome of a try: state queued again (with `nextAttempt`), sent
    /// (with `deliveredAt`) or failed, and the server's words.
    static Status recordAttemptIn(const QSqlDatabase& db, qint64 id, const QString& state,
                                  const QDateTime& nextAttempt, const QString& serverWords,
                                  const QDateTime& deliveredAt);

private:
    Database m_db;
    qint64 m_actorId = 0;
};

} // namespace redress::core
