#include "core/mail/MailPasses.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/cases/Customer.h"
#include "core/followup/SurveyPasses.h"
#include "core/mail/MailTransport.h"
#include "core/mail/Mime.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <chrono>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::MailPasses)
};

// What the first message of a case leaves for the product until a rep sorts it.
const QString unsortedProduct = QStringLiteral("Unspecified");
constexpr qsizetype maxDescription = 20000;
// Bigger files than this are not mail (and would be read whole).
constexpr qint64 maxMessageFile = 256LL * 1024 * 1024;

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString kindKey(MailKind kind)
{
    switch (kind) {
    case MailKind::Person: return QStringLiteral("person");
    case MailKind::AutoReply: return QStringLiteral("auto_reply");
    case MailKind::Bulk: return QStringLiteral("bulk");
    case MailKind::Bounce: return QStringLiteral("bounce");
    }
    return QStringLiteral("person");
}

/// The case a subject names with our tag, "[RD-000123]".
qint64 taggedCase(const QString& subject)
{
    static const QRegularExpression tag(QStringLiteral("\\[RD-(\\d{1,12})\\]"));
    const auto m = tag.match(subject);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

/// The address alone from "Name <addr>" (or a bare address).
QString bareAddress(const QString& mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QString customerName(const MailAddress& from)
{
    const QString name = from.name.simplified();
    if (!name.isEmpty() && !name.contains(QLatin1Char('@')))
        return name;
    const QString local = from.address.section(QLatin1Char('@'), 0, 0);
    return local.isEmpty() ? Tr::tr("Unknown sender") : local;
}

/// One message into the store, inside the caller's transaction: stored
/// first with its hash, then filed (a new case, a reply on its thread, or
/// set aside), so a message is never lost for a rule that failed on it.
Status fileIn(const Database& database, const QSqlDatabase& db, qint64 actorId, qint64 cap,
              const QString& ourAddress, const QByteArray& raw, FetchReport& report)
{
    ++report.fetched;
    const QString sha = hexSha256(raw);
    MailRepository::MessageRow row;
    row.direction = QStringLiteral("in");
    row.raw = raw;
    row.rawSha256 = sha;

    auto parsed = mime::parse(raw, Clock::now(), cap);
    if (!parsed) {
        // Kept as it came, for a person to look at; no rule runs on it.
        row.kind = QStringLiteral("unreadable");
        row.state = keyOf(ThreadMessage::State::Ignored);
        row.messageId = sha + QStringLiteral("@redress.invalid");
        row.sentAt = Clock::now();
        auto known = MailRepository::messageByIdIn(db, row.messageId);
        if (!known)
            return std::unexpected(known.error());
        ++report.ignored;
        if (*known)
            return {};
        report.notes << Tr::tr("A message could not be read as mail (%1); it is kept as it came.")
                            .arg(parsed.error().message);
        auto id = MailRepository::insertMessageIn(db, row);
        if (!id)
            return std::unexpected(id.error());
        return {};
    }
    const ParsedMail& mail = *parsed;
    auto known = MailRepository::messageByIdIn(db, mail.messageId);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        ++report.ignored;
        return {};
    }

    const MailAddress sender = mail.replyTo.isEmpty() ? mail.from : mail.replyTo;
    // Our own mail coming back (a copy to the team address) is no complaint.
    const bool ours = !ourAddress.isEmpty() && mail.from.address.compare(ourAddress, Qt::CaseInsensitive) == 0;
    const bool person = mail.kind == MailKind::Person && !ours && !sender.isEmpty();

    row.kind = kindKey(mail.kind);
    row.state = keyOf(person ? ThreadMessage::State::Received : ThreadMessage::State::Ignored);
    row.messageId = mail.messageId;
    row.inReplyTo = mail.inReplyTo.join(QLatin1Char(' '));
    row.references = mail.references.join(QLatin1Char(' '));
    row.subject = mail.subject;
    row.from = mail.from;
    QStringList to;
    for (const MailAddress& a : mail.to)
        to << a.toString();
    row.to = to.join(QStringLiteral(", "));
    row.sentAt = mail.date;
    row.dateGuessed = mail.dateGuessed;
    row.body = mail.text;
    row.newText = mail.newText;
    row.overCap = mail.overSizeCap;
    auto stored = MailRepository::insertMessageIn(db, row);
    if (!stored)
        return std::unexpected(stored.error());
    for (MailAttachment a : mail.attachments) {
        if (a.data.isEmpty() && a.size > 0)
            a.data = QByteArray(); // null: listed, not kept
        if (auto ok = MailRepository::insertAttachmentIn(db, *stored, a); !ok)
            return ok;
    }
    if (mail.overSizeCap)
        report.notes << Tr::tr("The message \"%1\" from %2 is over the size limit: its attachments are listed "
                               "but not kept.")
                            .arg(mail.subject, mail.from.address);

    if (mail.kind == MailKind::Bounce) {
        auto cases = MailRepository::markUndeliveredIn(db, mail.bouncedMessageIds, mail.newText.left(500));
        if (!cases)
            return std::unexpected(cases.error());
        for (qint64 caseId : *cases) {
            if (auto ok = CaseJournal::append(db, caseId, actorId, CaseEvent::Kind::Note,
                                              QStringLiteral("message_undelivered"), {}, sha, mail.subject);
                !ok)
                return ok;
        }
        if (!cases->isEmpty()) {
            if (auto ok = MailRepository::fileMessageIn(db, *stored, cases->first(), row.state); !ok)
                return ok;
        }
        ++report.ignored;
        return {};
    }

    // Its thread: a message it answers, else our tag in the subject.
    auto caseId = MailRepository::caseOfMessagesIn(db, mail.references + mail.inReplyTo);
    if (!caseId)
        return std::unexpected(caseId.error());
    std::optional<MailRepository::CaseState> state;
    if (*caseId == 0) {
        if (const qint64 tagged = taggedCase(mail.subject); tagged > 0) {
            auto s = MailRepository::caseStateIn(db, tagged);
            if (!s)
                return std::unexpected(s.error());
            if (*s)
                *caseId = tagged;
        }
    }
    if (!person) {
        // Auto-replies and list mail join a thread to be seen, never act.
        if (*caseId > 0) {
            if (auto ok = MailRepository::fileMessageIn(db, *stored, *caseId, row.state); !ok)
                return ok;
        }
        ++report.ignored;
        return {};
    }

    if (*caseId > 0) {
        auto s = MailRepository::caseStateIn(db, *caseId);
        if (!s)
            return std::unexpected(s.error());
        if (auto ok = MailRepository::fileMessageIn(db, *stored, *caseId, row.state); !ok)
            return ok;
        if (auto ok = CaseJournal::append(db, *caseId, actorId, CaseEvent::Kind::Note, QStringLiteral("message_in"),
                                          {}, sha, mail.subject);
            !ok)
            return ok;
        // An answer to the follow-up is read as one, not as a complaint anew.
        auto answered = readSurveyReplyIn(database, db, actorId, *caseId, *stored, mail.newText);
        if (!answered)
            return std::unexpected(answered.error());
        if (*answered != SurveyReplyOutcome::NotASurveyReply) {
            if (auto ok = CaseJournal::touch(db, *caseId); !ok)
                return ok;
            ++report.followUps;
            ++report.replies;
            return {};
        }
        const QString status = *s ? (*s)->status : QString();
        const bool finished = status == keyOf(CaseStatus::Resolved) || status == keyOf(CaseStatus::FollowUp) ||
                              status == keyOf(CaseStatus::Closed);
        if (finished) {
            auto moved = CaseRepository(database, actorId).transition(*caseId, CaseStatus::Reopened);
            if (!moved)
                return std::unexpected(moved.error());
            if (auto ok = CaseJournal::append(db, *caseId, actorId, CaseEvent::Kind::Note, QStringLiteral("note"), {},
                                              {}, Tr::tr("Reopened: the customer wrote again (%1).").arg(mail.subject));
                !ok)
                return ok;
            ++report.reopened;
        } else if (auto ok = CaseJournal::touch(db, *caseId); !ok) {
            return ok;
        }
        ++report.replies;
        return {};
    }

    // A new complaint: the customer by address, or a new one named from the mail.
    auto customerId = MailRepository::customerByAddressIn(db, sender.address);
    if (!customerId)
        return std::unexpected(customerId.error());
    if (*customerId == 0) {
        Customer c;
        c.name = customerName(sender);
        c.email = sender.address;
        auto made = CustomerRepository(database).create(c);
        if (!made)
            return std::unexpected(made.error());
        *customerId = made->id;
    }
    NewCase intake;
    intake.customerId = *customerId;
    intake.productName = unsortedProduct;
    intake.channel = Channel::Email;
    QString words = mail.newText.trimmed();
    if (words.isEmpty())
        words = mail.text.trimmed();
    if (words.isEmpty())
        words = mail.subject.trimmed();
    if (words.isEmpty())
        words = Tr::tr("(an empty message)");
    intake.description = words.left(maxDescription);
    intake.openedAt = mail.date;
    auto made = CaseRepository(database, actorId).create(intake);
    if (!made)
        return std::unexpected(made.error());
    if (auto ok = MailRepository::fileMessageIn(db, *stored, made->id, row.state); !ok)
        return ok;
    if (auto ok = CaseJournal::append(db, made->id, actorId, CaseEvent::Kind::Note, QStringLiteral("message_in"), {},
                                      sha, mail.subject);
        !ok)
        return ok;
    ++report.newCases;
    return {};
}

Result<QString> ourAddress(const QSqlDatabase& db)
{
    auto account = MailRepository::accountIn(db);
    if (!account)
        return std::unexpected(account.error());
    return *account ? (*account)->address.address : QString();
}

void add(FetchReport& to, const FetchReport& from)
{
    to.fetched += from.fetched;
    to.newCases += from.newCases;
    to.replies += from.replies;
    to.ignored += from.ignored;
    to.reopened += from.reopened;
    to.followUps += from.followUps;
    to.notes += from.notes;
}

/// One message inside the caller's transaction, on a savepoint of its own:
/// when filing it fails, what it did is undone and its bytes are kept as
/// they came, so one message a rule chokes on neither stops the pass nor is
/// lost (and is not fetched again and again).
Status fileOne(const Database& database, const QSqlDatabase& db, qint64 actorId, qint64 cap, const QString& ours,
               const QByteArray& raw, FetchReport& report)
{
    FetchReport one;
    {
        Transaction savepoint(db);
        if (auto ok = savepoint.begun(); !ok)
            return ok;
        auto filed = fileIn(database, db, actorId, cap, ours, raw, one);
        if (filed) {
            if (auto ok = savepoint.commit(); !ok)
                return ok;
            add(report, one);
            return {};
        }
        // A lost server or a full disk is the pass's failure, not the message's.
        if (filed.error().code == Error::Code::Unavailable || filed.error().code == Error::Code::Io)
            return filed;
        one = FetchReport{};
        one.notes << Tr::tr("A message could not be filed (%1); it is kept as it came.").arg(filed.error().message);
    }
    Transaction savepoint(db);
    if (auto ok = savepoint.begun(); !ok)
        return ok;
    MailRepository::MessageRow row;
    row.direction = QStringLiteral("in");
    row.kind = QStringLiteral("unreadable");
    row.state = keyOf(ThreadMessage::State::Ignored);
    row.raw = raw;
    row.rawSha256 = hexSha256(raw);
    row.messageId = row.rawSha256 + QStringLiteral("@redress.invalid");
    row.sentAt = Clock::now();
    auto known = MailRepository::messageByIdIn(db, row.messageId);
    if (!known)
        return std::unexpected(known.error());
    if (!*known) {
        auto id = MailRepository::insertMessageIn(db, row);
        if (!id)
            return std::unexpected(id.error());
    }
    if (auto ok = savepoint.commit(); !ok)
        return ok;
    ++one.fetched;
    ++one.ignored;
    add(report, one);
    return {};
}

/// Messages are filed in batches: one transaction (and one write of the
/// store's log) for up to this many, or this many bytes, fetched first.
constexpr int batchMessages = 100;
constexpr qint64 batchBytes = 16LL * 1024 * 1024;

/// Minutes to wait after the n-th failed try (1-based) before the next one.
constexpr std::array<int, 5> backoffMinutes{1, 5, 30, 120, 360};

} // namespace

MailIntake::MailIntake(Database db, qint64 actorId, qint64 attachmentCap)
    : m_db(std::move(db)), m_actorId(actorId), m_cap(attachmentCap)
{
}

Status MailIntake::take(const QByteArray& raw, FetchReport& report)
{
    return takeMany({raw}, report, {});
}

Status MailIntake::takeMany(const QList<QByteArray>& raws, FetchReport& report,
                            const std::function<Status(const QSqlDatabase&)>& alsoInTransaction)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto ours = ourAddress(db);
    if (!ours)
        return std::unexpected(ours.error());
    FetchReport batch;
    // The batch's events join the audit chain together, before the commit.
    CaseJournal::SealLater sealing(db);
    for (const QByteArray& raw : raws) {
        if (auto ok = fileOne(m_db, db, m_actorId, m_cap, *ours, raw, batch); !ok)
            return ok;
    }
    if (auto ok = sealing.seal(); !ok)
        return ok;
    if (alsoInTransaction) {
        if (auto ok = alsoInTransaction(db); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    add(report, batch);
    return {};
}

Result<FetchReport> MailIntake::importFiles(const QStringList& paths, const MailProgress& progress)
{
    FetchReport report;
    qint64 done = 0;
    QList<QByteArray> batch;
    qint64 bytes = 0;
    const auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        auto ok = takeMany(batch, report, {});
        done += batch.size();
        batch.clear();
        bytes = 0;
        return ok;
    };
    for (const QString& path : paths) {
        if (progress && !progress(done, paths.size())) {
            if (auto ok = flush(); !ok)
                return std::unexpected(ok.error());
            return fail(Error::Code::Cancelled, Tr::tr("Importing mail was cancelled; %1 of %2 files were taken in.")
                                                    .arg(done)
                                                    .arg(paths.size()));
        }
        QFile file(path);
        const QFileInfo info(path);
        Status problem;
        if (!info.isFile())
            problem = fail(Error::Code::Io, Tr::tr("%1 is not a file.").arg(path));
        else if (info.size() > maxMessageFile)
            problem = fail(Error::Code::InvalidInput,
                           Tr::tr("%1 is %2 MB: too large for a mail message.").arg(path).arg(info.size() / (1024 * 1024)));
        else if (!file.open(QIODevice::ReadOnly))
            problem = fail(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (!problem) {
            // What came before the bad file is taken in; the error names it.
            if (auto ok = flush(); !ok)
                return std::unexpected(ok.error());
            return std::unexpected(problem.error());
        }
        batch.append(file.readAll());
        bytes += batch.last().size();
        if (batch.size() >= batchMessages || bytes >= batchBytes) {
            if (auto ok = flush(); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = flush(); !ok)
        return std::unexpected(ok.error());
    if (progress)
        progress(done, paths.size());
    return report;
}

Result<FetchReport> fetchMail(const Database& database, qint64 actorId, const MailAccount& account,
                              const MailSecrets& secrets, const MailProgress& progress)
{
    FetchReport report;
    ImapClient imap(account, secrets.imapPassword);
    auto status = imap.status();
    if (!status)
        return std::unexpected(status.error());
    QSqlDatabase db = database.connection();
    // The mark belongs to the server and folder: a new account starts over,
    // and Message-IDs keep that from doubling anything.
    const QString folderKey = account.imap.toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
    auto mark = MailRepository::folderMarkIn(db, folderKey);
    if (!mark)
        return std::unexpected(mark.error());
    const bool sameFolder = *mark && (*mark)->uidValidity == status->uidValidity;
    const qint64 first = sameFolder ? (*mark)->nextUid : 1;
    auto uids = imap.uidsFrom(first);
    if (!uids)
        return std::unexpected(uids.error());

    MailIntake intake(database, actorId, account.attachmentCap);
    QList<qint64> stored;    // committed, not yet marked on the server
    QList<qint64> batchUids; // fetched, not yet committed
    QList<QByteArray> batch;
    qint64 bytes = 0;
    qint64 done = 0;
    const auto markOnServer = [&] {
        if (stored.isEmpty())
            return;
        if (auto ok = imap.markStored(stored); !ok)
            report.notes << Tr::tr("Stored messages could not be marked on the server: %1").arg(ok.error().message);
        stored.clear();
    };
    // The batch is fetched before its transaction, so no desk waits on the
    // network for the store's writer lock.
    const auto commit = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        const qint64 next = batchUids.last() + 1;
        auto ok = intake.takeMany(batch, report, [&](const QSqlDatabase& c) {
            return MailRepository::setFolderMarkIn(c, folderKey, {status->uidValidity, next});
        });
        if (!ok)
            return ok;
        done += batch.size();
        stored += batchUids;
        batch.clear();
        batchUids.clear();
        bytes = 0;
        if (stored.size() >= 200)
            markOnServer();
        return {};
    };
    for (const qint64 uid : *uids) {
        if (progress && !progress(done, uids->size()))
            break;
        auto raw = imap.fetch(status->uidValidity, uid);
        if (!raw) {
            // What was fetched whole is kept; the rest comes next pass.
            const Status kept = commit();
            markOnServer();
            if (raw.error().code == Error::Code::NotFound)
                break; // the folder was renewed under us; the next pass starts it over
            if (!kept)
                return std::unexpected(kept.error());
            return std::unexpected(raw.error());
        }
        batch.append(*raw);
        batchUids.append(uid);
        bytes += raw->size();
        if (batch.size() >= batchMessages || bytes >= batchBytes) {
            if (auto ok = commit(); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = commit(); !ok)
        return std::unexpected(ok.error());
    markOnServer();
    if (!sameFolder && uids->isEmpty()) {
        if (auto ok = MailRepository::setFolderMarkIn(db, folderKey, {status->uidValidity, first}); !ok)
            return std::unexpected(ok.error());
    }
    if (progress)
        progress(done, uids->size());
    return report;
}

Result<SendReport> sendMail(const Database& database, const MailAccount& account, const MailSecrets& secrets,
                            const MailProgress& progress)
{
    SendReport report;
    QSqlDatabase db = database.connection();
    std::optional<SmtpClient> smtp;
    qint64 done = 0;
    while (true) {
        const QDateTime now = Clock::now();
        QList<MailRepository::Outgoing> due;
        {
            Transaction tx(db);
            if (auto ok = tx.begun(); !ok)
                return std::unexpected(ok.error());
            auto claimed = MailRepository::claimDueIn(db, now, now.addSecs(10 * 60), 50);
            if (!claimed)
                return std::unexpected(claimed.error());
            if (auto ok = tx.commit(); !ok)
                return std::unexpected(ok.error());
            due = *claimed;
        }
        if (due.isEmpty())
            break;
        if (!smtp)
            smtp.emplace(account, secrets.smtpPassword);
        for (const MailRepository::Outgoing& o : due) {
            if (progress && !progress(done, done + due.size()))
                return report; // the rest keep their lease and go in ten minutes
            auto reply = smtp->send({bareAddress(o.to)}, o.raw);
            const int tries = o.attempts + 1;
            Transaction tx(db);
            if (auto ok = tx.begun(); !ok)
                return std::unexpected(ok.error());
            const QDateTime at = Clock::now();
            if (!reply) {
                // The server is out of reach or refused us: this message waits,
                // and the pass stops; the rest keep their lease.
                const int wait = backoffMinutes[std::min<std::size_t>(tries - 1, backoffMinutes.size() - 1)];
                if (auto ok = MailRepository::recordAttemptIn(db, o.id, keyOf(ThreadMessage::State::Queued),
                                                              at.addSecs(wait * 60), reply.error().message, {});
                    !ok)
                    return std::unexpected(ok.error());
                if (auto ok = tx.commit(); !ok)
                    return std::unexpected(ok.error());
                return std::unexpected(reply.error());
            }
            const QString words = reply->code > 0 ? QStringLiteral("%1 %2").arg(reply->code).arg(reply->text)
                                                  : reply->text;
            if (reply->accepted) {
                if (auto ok = MailRepository::recordAttemptIn(db, o.id, keyOf(ThreadMessage::State::Sent), {}, words,
                                                              at);
                    !ok)
                    return std::unexpected(ok.error());
                // An apology's first contact is when the server took it.
                if (o.purpose == QLatin1String("apology") && o.caseId > 0) {
                    if (auto ok = SlaRepository::contactedIn(db, o.caseId, at); !ok)
                        return std::unexpected(ok.error());
                }
                ++report.sent;
            } else if (reply->permanent || tries > static_cast<int>(backoffMinutes.size())) {
                if (auto ok = MailRepository::recordAttemptIn(db, o.id, keyOf(ThreadMessage::State::Failed), {},
                                                              words, {});
                    !ok)
                    return std::unexpected(ok.error());
                if (o.caseId > 0) {
                    if (auto ok = CaseJournal::append(db, o.caseId, 0, CaseEvent::Kind::Note,
                                                      QStringLiteral("message_failed"), {}, o.messageId, words);
                        !ok)
                        return std::unexpected(ok.error());
                }
                ++report.failed;
                report.notes << Tr::tr("%1 to %2 was not sent: %3").arg(o.messageId, o.to, words);
            } else {
                const int wait = backoffMinutes[tries - 1];
                if (auto ok = MailRepository::recordAttemptIn(db, o.id, keyOf(ThreadMessage::State::Queued),
                                                              at.addSecs(wait * 60), words, {});
                    !ok)
                    return std::unexpected(ok.error());
                ++report.retrying;
            }
            if (auto ok = tx.commit(); !ok)
                return std::unexpected(ok.error());
            ++done;
        }
    }
    if (progress)
        progress(done, done);
    return report;
}

} // namespace redress::core
