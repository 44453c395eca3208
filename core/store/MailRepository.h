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
    static Result<QString> queueReplyIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, const QString& text,
                                        const QList<MailAttachment>& attachments = {}, const QString& subject = {});

    /// Whether the case's customer can be written to: an address is known.
    Result<QString> customerAddress(qint64 caseId);

    Result<qint64> messageCount();
    Result<qint64> attachmentCount();

private:
    Database m_db;
    qint64 m_actorId = 0;
};

} // namespace redress::core
