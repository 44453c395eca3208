#include "core/store/MailRepository.h"

#include "core/Clock.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/User.h"
#include "core/mail/Mime.h"
#include "core/store/CaseJournal.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::MailRepository)
};

QString ids(const QStringList& list)
{
    return list.join(QLatin1Char(' '));
}

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString selectMessage = QStringLiteral(
    "SELECT m.id, m.case_id, m.direction, m.state, m.message_id, m.subject, m.from_name, m.from_address, "
    "m.to_address, m.sent_at, m.delivered_at, m.body, m.new_text, m.raw_sha256, coalesce(u.display_name, ''), "
    "m.attempts, m.last_error, m.over_cap FROM mail_messages m LEFT JOIN users u ON u.id = m.author_id ");

ThreadMessage messageFrom(const QSqlQuery& q)
{
    ThreadMessage m;
    m.id = q.value(0).toLongLong();
    m.caseId = q.value(1).toLongLong();
    m.direction = q.value(2).toString() == QLatin1String("out") ? ThreadMessage::Direction::Out
                                                                 : ThreadMessage::Direction::In;
    m.state = stateFromKey(q.value(3).toString()).value_or(ThreadMessage::State::Received);
    m.messageId = q.value(4).toString();
    m.subject = q.value(5).toString();
    m.from = {q.value(6).toString(), q.value(7).toString()};
    m.to = q.value(8).toString();
    m.date = sql::fromStored(q.value(9));
    m.sentAt = sql::fromStored(q.value(10));
    m.text = q.value(11).toString();
    m.newText = q.value(12).toString();
    m.sha256 = q.value(13).toString();
    m.author = q.value(14).toString();
    m.attempts = q.value(15).toInt();
    m.lastError = q.value(16).toString();
    m.overSizeCap = q.value(17).toBool();
    return m;
}

/// "Re: " once, whatever the customer's program put in front.
QString bareSubject(const QString& subject)
{
    static const QRegularExpression prefixes(QStringLiteral("^\\s*((re|aw|sv|antw|fwd?|wg)\\s*:\\s*)+"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("\\[RD-\\d+\\]\\s*"));
    QString bare = subject;
    bare.remove(tag);
    bare.remove(prefixes);
    return bare.trimmed();
}

/// The case's tag leading the subject, once.
QString tagged(qint64 caseId, const QString& subject)
{
    const QString tag = QStringLiteral("[%1]").arg(referenceFor(caseId));
    return subject.contains(tag) ? subject : tag + QLatin1Char(' ') + subject;
}

QString subjectFor(qint64 caseId, const MailRepository::ReplyContext& context)
{
    return tagged(caseId, context.subject.isEmpty() ? Tr::tr("Your complaint about %1").arg(context.product)
                                                    : QStringLiteral("Re: ") + bareSubject(context.subject));
}

} // namespace

QString keyOf(ThreadMessage::State state)
{
    switch (state) {
    case ThreadMessage::State::Received: return QStringLiteral("received");
    case ThreadMessage::State::Ignored: return QStringLiteral("ignored");
    case ThreadMessage::State::Queued: return QStringLiteral("queued");
    case ThreadMessage::State::Sent: return QStringLiteral("sent");
    case ThreadMessage::State::Failed: return QStringLiteral("failed");
    case ThreadMessage::State::Undelivered: return QStringLiteral("undelivered");
    }
    return {};
}

QString labelOf(ThreadMessage::State state)
{
    switch (state) {
    case ThreadMessage::State::Received: return Tr::tr("Received");
    case ThreadMessage::State::Ignored: return Tr::tr("Not for a person (auto-reply, list or report)");
    case ThreadMessage::State::Queued: return Tr::tr("Waiting to be sent");
    case ThreadMessage::State::Sent: return Tr::tr("Sent");
    case ThreadMessage::State::Failed: return Tr::tr("Not sent");
    case ThreadMessage::State::Undelivered: return Tr::tr("Undelivered");
    }
    return {};
}

std::optional<ThreadMessage::State> stateFromKey(const QString& key)
{
    for (auto s : {ThreadMessage::State::Received, ThreadMessage::State::Ignored, ThreadMessage::State::Queued,
                   ThreadMessage::State::Sent, ThreadMessage::State::Failed, ThreadMessage::State::Undelivered}) {
        if (keyOf(s) == key)
            return s;
    }
    return std::nullopt;
}

Result<std::optional<MailAccount>> MailRepository::account()
{
    return accountIn(m_db.connection());
}

Result<std::optional<MailAccount>> MailRepository::accountIn(const QSqlDatabase& db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT imap, smtp, address, display_name, starttls, insecure_loopback, "
                                     "done_folder, fetch_minutes, attachment_cap, ca_file FROM mail_account WHERE id = 1"),
                      {}, Tr::tr("reading the team mailbox's settings"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<MailAccount>{};
    MailAccount a;
    a.imap = QUrl(q->value(0).toString());
    a.smtp = QUrl(q->value(1).toString());
    a.address = {q->value(3).toString(), q->value(2).toString()};
    a.startTls = q->value(4).toBool();
    a.insecureLoopback = q->value(5).toBool();
    a.doneFolder = q->value(6).toString();
    a.fetchMinutes = q->value(7).toInt();
    a.attachmentCap = q->value(8).toLongLong();
    a.caFile = q->value(9).toString();
    return std::optional<MailAccount>{a};
}

Status MailRepository::saveAccount(const MailAccount& account)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto role = sql::scalar(db, QStringLiteral("SELECT role FROM users WHERE id = ?"), {m_actorId},
                            Tr::tr("reading who sets up the mailbox"));
    if (!role)
        return std::unexpected(role.error());
    const auto r = roleFromKey(role->toString());
    if (!r || !allows(*r, Permission::ManageUsers))
        return fail(Error::Code::InvalidInput, Tr::tr("Only an administrator may set up the team mailbox."));
    const QVariantList values{account.imap.toString(QUrl::RemovePassword),
                              account.smtp.toString(QUrl::RemovePassword),
                              account.address.address,
                              account.address.name,
                              account.startTls,
                              account.insecureLoopback,
                              account.doneFolder,
                              account.fetchMinutes,
                              account.attachmentCap,
                              account.caFile};
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO mail_account (id, imap, smtp, address, display_name, starttls, "
                       "insecure_loopback, done_folder, fetch_minutes, attachment_cap, ca_file) VALUES (1, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET imap = excluded.imap, smtp = excluded.smtp, "
                       "address = excluded.address, display_name = excluded.display_name, starttls = "
                       "excluded.starttls, insecure_loopback = excluded.insecure_loopback, done_folder = "
                       "excluded.done_folder, fetch_minutes = excluded.fetch_minutes, attachment_cap = "
                       "excluded.attachment_cap, ca_file = excluded.ca_file"),
        values, Tr::tr("saving the team mailbox's settings"));
    if (!q)
        return std::unexpected(q.error());
    return tx.commit();
}

Result<QList<ThreadMessage>> MailRepository::thread(qint64 caseId)
{
    QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("reading the conversation of %1").arg(referenceFor(caseId));
    auto q = sql::run(db, selectMessage + QStringLiteral("WHERE m.case_id = ? ORDER BY m.sent_at, m.id"), {caseId},
                      what);
    if (!q)
        return std::unexpected(q.error());
    QList<ThreadMessage> out;
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        at.insert(q->value(0).toLongLong(), out.size());
        out.append(messageFrom(*q));
    }
    auto a = sql::run(db,
                      QStringLiteral("SELECT a.id, a.message_id, a.name, a.mime_type, a.size, a.sha256, a.data IS "
                                     "NOT NULL FROM mail_attachments a JOIN mail_messages m ON m.id = a.message_id "
                                     "WHERE m.case_id = ? ORDER BY a.id"),
                      {caseId}, what);
    if (!a)
        return std::unexpected(a.error());
    while (a->next()) {
        const auto i = at.find(a->value(1).toLongLong());
        if (i == at.end())
            continue;
        out[*i].attachments.append({a->value(0).toLongLong(), a->value(2).toString(), a->value(3).toString(),
                                    a->value(4).toLongLong(), a->value(5).toString(), a->value(6).toBool()});
    }
    return out;
}

Result<QByteArray> MailRepository::attachmentData(qint64 attachmentId)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT data, name FROM mail_attachments WHERE id = ?"),
                      {attachmentId}, Tr::tr("reading an attachment"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no such attachment."));
    if (q->value(0).isNull())
        return fail(Error::Code::NotFound,
                    Tr::tr("%1 was over the size limit and was not kept; the listing is all there is.")
                        .arg(q->value(1).toString()));
    return q->value(0).toByteArray();
}

Result<QByteArray> MailRepository::rawMessage(qint64 messageId)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT raw FROM mail_messages WHERE id = ?"), {messageId},
                      Tr::tr("reading a message"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no such message."));
    return q->value(0).toByteArray();
}

Result<QString> MailRepository::replySubject(qint64 caseId)
{
    auto context = replyContextIn(m_db.connection(), caseId);
    if (!context)
        return std::unexpected(context.error());
    return subjectFor(caseId, *context);
}

Result<QString> MailRepository::customerAddress(qint64 caseId)
{
    auto contact = replyContextIn(m_db.connection(), caseId);
    if (!contact)
        return std::unexpected(contact.error());
    return contact->to.address;
}

Result<MailRepository::ReplyContext> MailRepository::replyContextIn(const QSqlDatabase& db, qint64 caseId)
{
    const QString what = Tr::tr("reading whom to write to on %1").arg(referenceFor(caseId));
    auto c = sql::run(db,
                      QStringLiteral("SELECT cu.name, cu.email, p.name FROM cases c JOIN customers cu ON cu.id = "
                                     "c.customer_id JOIN products p ON p.id = c.product_id WHERE c.id = ?"),
                      {caseId}, what);
    if (!c)
        return std::unexpected(c.error());
    if (!c->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(caseId)));
    ReplyContext r;
    r.to = {c->value(0).toString(), c->value(1).toString().trimmed()};
    r.product = c->value(2).toString();
    // The customer's last message: its address wins over the stored one
    // (they may write from another), and ours answers it.
    auto last = sql::run(db,
                         QStringLiteral("SELECT from_name, from_address, message_id, refs, subject FROM mail_messages "
                                        "WHERE case_id = ? AND direction = 'in' AND kind = 'person' ORDER BY "
                                        "sent_at DESC, id DESC LIMIT 1"),
                         {caseId}, what);
    if (!last)
        return std::unexpected(last.error());
    if (last->next()) {
        if (!last->value(1).toString().isEmpty())
            r.to = {last->value(0).toString(), last->value(1).toString()};
        r.inReplyTo = last->value(2).toString();
        r.references = last->value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        r.references.append(r.inReplyTo);
        r.subject = last->value(4).toString();
    }
    return r;
}

Result<QString> MailRepository::queueReply(qint64 caseId, const QString& text, const QList<MailAttachment>& attachments,
                                           const QString& subject)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto id = queueReplyIn(db, m_actorId, caseId, text, attachments, subject);
    if (!id)
        return id;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<QString> MailRepository::queueReplyIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId,
                                             const QString& text, const QList<MailAttachment>& attachments,
                                             const QString& subject, const QString& purpose)
{
    if (text.trimmed().isEmpty())
        return invalid(QStringLiteral("text"), Tr::tr("Write the message before sending it."));
    auto account = accountIn(db);
    if (!account)
        return std::unexpected(account.error());
    if (!*account)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("No team mailbox is set up: an administrator sets it up in Settings › Mail or with "
                           "redress-cli mail setup."));
    auto context = replyContextIn(db, caseId);
    if (!context)
        return std::unexpected(context.error());
    if (context->to.address.isEmpty() || !context->to.address.contains(QLatin1Char('@')))
        return invalid(QStringLiteral("to"), Tr::tr("%1's customer has no e-mail address to write to.")
                                                 .arg(referenceFor(caseId)));

    OutgoingMail mail;
    mail.from = (*account)->address;
    mail.to = context->to;
    mail.subject = subject.trimmed().isEmpty() ? subjectFor(caseId, *context) : tagged(caseId, subject.trimmed());
    mail.text = text;
    mail.messageId = mime::newMessageId(mail.from.address);
    if (!context->inReplyTo.isEmpty())
        mail.inReplyTo = {context->inReplyTo};
    mail.references = context->references;
    mail.date = Clock::now();
    mail.attachments = attachments;
    const QByteArray raw = mime::build(mail);

    MessageRow row;
    row.caseId = caseId;
    row.direction = QStringLiteral("out");
    row.state = QStringLiteral("queued");
    row.purpose = purpose;
    row.messageId = mail.messageId;
    row.inReplyTo = ids(mail.inReplyTo);
    row.references = ids(mail.references);
    row.subject = mail.subject;
    row.from = mail.from;
    row.to = mail.to.toString();
    row.sentAt = mail.date;
    row.body = text;
    row.newText = text;
    row.raw = raw;
    row.rawSha256 = hexSha256(raw);
    row.authorId = actorId;
    row.nextAttemptAt = mail.date;
    auto stored = insertMessageIn(db, row);
    if (!stored)
        return std::unexpected(stored.error());
    for (MailAttachment a : attachments) {
        a.size = a.data.size();
        a.sha256 = hexSha256(a.data);
        if (auto ok = insertAttachmentIn(db, *stored, a); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = CaseJournal::append(db, caseId, actorId, CaseEvent::Kind::Note, QStringLiteral("message_out"), {},
                                      row.rawSha256, mail.subject);
        !ok)
        return std::unexpected(ok.error());
    return mail.messageId;
}

Result<qint64> MailRepository::messageCount()
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM mail_messages"), {},
                         Tr::tr("counting messages"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<qint64> MailRepository::attachmentCount()
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM mail_attachments"), {},
                         Tr::tr("counting attachments"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

// ---- for the passes ------------------------------------------------------

Result<std::optional<qint64>> MailRepository::messageByIdIn(const QSqlDatabase& db, const QString& messageId)
{
    auto q = sql::run(db, QStringLiteral("SELECT id FROM mail_messages WHERE message_id = ?"), {messageId},
                      Tr::tr("looking for message %1").arg(messageId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->value(0).toLongLong()};
}

Result<qint64> MailRepository::caseOfMessagesIn(const QSqlDatabase& db, const QStringList& messageIds)
{
    // Newest reference first: a reply names the whole chain, and its last
    // entry is the message it answers.
    for (auto id = messageIds.crbegin(); id != messageIds.crend(); ++id) {
        if (id->isEmpty())
            continue;
        auto q = sql::run(db,
                          QStringLiteral("SELECT case_id FROM mail_messages WHERE message_id = ? AND case_id IS NOT "
                                         "NULL"),
                          {*id}, Tr::tr("finding the case of message %1").arg(*id));
        if (!q)
            return std::unexpected(q.error());
        if (q->next())
            return q->value(0).toLongLong();
    }
    return 0;
}

Result<std::optional<MailRepository::CaseState>> MailRepository::caseStateIn(const QSqlDatabase& db, qint64 caseId)
{
    auto q = sql::run(db, QStringLiteral("SELECT status, owner_id FROM cases WHERE id = ?"), {caseId},
                      Tr::tr("reading case %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<CaseState>{};
    return std::optional<CaseState>{CaseState{q->value(0).toString(), q->value(1).toLongLong()}};
}

Result<qint64> MailRepository::customerByAddressIn(const QSqlDatabase& db, const QString& address)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id FROM customers WHERE lower(email) = ? ORDER BY id DESC LIMIT 1"),
                      {address.toLower()}, Tr::tr("finding the customer who writes from %1").arg(address));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> MailRepository::insertMessageIn(const QSqlDatabase& db, const MessageRow& row)
{
    const bool pg = sql::isPostgres(db);
    const QVariantList values{row.caseId > 0 ? QVariant(row.caseId) : QVariant(QMetaType(QMetaType::LongLong)),
                              row.direction,
                              row.state,
                              row.kind,
                              row.purpose,
                              row.messageId,
                              row.inReplyTo,
                              row.references,
                              row.subject,
                              row.from.name,
                              row.from.address,
                              row.to,
                              sql::toStored(row.sentAt),
                              row.dateGuessed,
                              sql::toStored(Clock::now()),
                              row.body,
                              row.newText,
                              row.raw,
                              row.rawSha256,
                              row.overCap,
                              row.authorId > 0 ? QVariant(row.authorId) : QVariant(QMetaType(QMetaType::LongLong)),
                              sql::toStored(row.nextAttemptAt)};
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO mail_messages (case_id, direction, state, kind, purpose, message_id, "
                                     "in_reply_to, refs, subject, from_name, from_address, to_address, sent_at, "
                                     "date_guessed, stored_at, body, new_text, raw, raw_sha256, over_cap, author_id, "
                                     "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?)") +
                          (pg ? QStringLiteral(" RETURNING id") : QString()),
                      values, Tr::tr("storing message %1").arg(row.messageId));
    if (!q)
        return std::unexpected(q.error());
    if (pg)
        return q->next() ? q->value(0).toLongLong() : 0;
    return q->lastInsertId().toLongLong();
}

Status MailRepository::insertAttachmentIn(const QSqlDatabase& db, qint64 messageId, const MailAttachment& a)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO mail_attachments (message_id, name, mime_type, size, sha256, "
                                     "content_id, is_inline, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {messageId, a.name, a.mimeType, a.size, a.sha256, a.contentId, a.isInline,
                       a.data.isNull() && a.size > 0 ? QVariant(QMetaType(QMetaType::QByteArray))
                                                     : QVariant(a.data.isNull() ? QByteArray("") : a.data)},
                      Tr::tr("storing attachment %1").arg(a.name));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status MailRepository::fileMessageIn(const QSqlDatabase& db, qint64 messageId, qint64 caseId, const QString& state)
{
    auto q = sql::run(db, QStringLiteral("UPDATE mail_messages SET case_id = ?, state = ? WHERE id = ?"),
                      {caseId, state, messageId}, Tr::tr("filing a message with %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<qint64>> MailRepository::markUndeliveredIn(const QSqlDatabase& db, const QStringList& messageIds,
                                                       const QString& report)
{
    QList<qint64> cases;
    for (const QString& id : messageIds) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT id, case_id FROM mail_messages WHERE message_id = ? AND direction = "
                                         "'out' AND state IN ('sent', 'queued')"),
                          {id}, Tr::tr("finding message %1").arg(id));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            continue;
        const qint64 row = q->value(0).toLongLong();
        const qint64 caseId = q->value(1).toLongLong();
        auto u = sql::run(db,
                          QStringLiteral("UPDATE mail_messages SET state = 'undelivered', next_attempt_at = NULL, "
                                         "last_error = ? WHERE id = ?"),
                          {report.left(2000), row}, Tr::tr("marking message %1 undelivered").arg(id));
        if (!u)
            return std::unexpected(u.error());
        if (caseId > 0)
            cases.append(caseId);
    }
    return cases;
}

Result<std::optional<MailRepository::FolderMark>> MailRepository::folderMarkIn(const QSqlDatabase& db,
                                                                              const QString& folder)
{
    auto q = sql::run(db, QStringLiteral("SELECT uid_validity, next_uid FROM mail_folders WHERE folder = ?"), {folder},
                      Tr::tr("reading where fetching from %1 stands").arg(folder));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<FolderMark>{};
    return std::optional<FolderMark>{FolderMark{q->value(0).toLongLong(), q->value(1).toLongLong()}};
}

Status MailRepository::setFolderMarkIn(const QSqlDatabase& db, const QString& folder, const FolderMark& mark)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO mail_folders (folder, uid_validity, next_uid) VALUES (?, ?, ?) ON "
                                     "CONFLICT (folder) DO UPDATE SET uid_validity = excluded.uid_validity, "
                                     "next_uid = excluded.next_uid"),
                      {folder, mark.uidValidity, mark.nextUid},
                      Tr::tr("recording where fetching from %1 stands").arg(folder));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<MailRepository::Outgoing>> MailRepository::claimDueIn(const QSqlDatabase& db, const QDateTime& now,
                                                                  const QDateTime& leaseUntil, int limit)
{
    const QString what = Tr::tr("reading the outbox");
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, case_id, to_address, raw, attempts, purpose, message_id FROM "
                                     "mail_messages WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY "
                                     "next_attempt_at, id LIMIT ?"),
                      {sql::toStored(now), limit}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Outgoing> due;
    while (q->next())
        due.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                    q->value(3).toByteArray(), q->value(4).toInt(), q->value(5).toString(), q->value(6).toString()});
    q->finish();
    // A lease, not a lock: a desk that dies mid-send leaves the message to
    // be tried again when it runs out, with the same Message-ID.
    for (const Outgoing& o : due) {
        auto u = sql::run(db,
                          QStringLiteral("UPDATE mail_messages SET next_attempt_at = ?, attempts = attempts + 1 "
                                         "WHERE id = ?"),
                          {sql::toStored(leaseUntil), o.id}, what);
        if (!u)
            return std::unexpected(u.error());
    }
    return due;
}

Status MailRepository::recordAttemptIn(const QSqlDatabase& db, qint64 id, const QString& state,
                                       const QDateTime& nextAttempt, const QString& serverWords,
                                       const QDateTime& deliveredAt)
{
    auto q = sql::run(db,
                      QStringLiteral("UPDATE mail_messages SET state = ?, next_attempt_at = ?, last_error = ?, "
                                     "delivered_at = ? WHERE id = ?"),
                      {state, sql::toStored(nextAttempt), serverWords.left(2000), sql::toStored(deliveredAt), id},
                      Tr::tr("recording what the mail server answered"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace redress::core
