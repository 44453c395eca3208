#pragma once

#include "core/Error.h"
#include "core/mail/MailAccount.h"
#include "core/mail/MailMessage.h"
#include "core/store/Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace redress::core {

/// What one pass of mail in did (`redress-cli mail fetch` prints it).
struct FetchReport
{
    qint64 fetched = 0;  ///< messages read from the server or files
    qint64 newCases = 0;
    qint64 replies = 0;  ///< joined an existing case's thread
    qint64 ignored = 0;  ///< auto-replies, list mail, bounces, ones already stored
    qint64 reopened = 0; ///< replies that reopened a closed case
    qint64 followUps = 0; ///< answers to a follow-up (scored, reopened, stopped or set before a person)
    QStringList notes;   ///< per message, what a person should know (over the cap, unreadable file)
};

/// What one pass of the outbox did.
struct SendReport
{
    qint64 sent = 0;
    qint64 failed = 0;  ///< refused for good, or out of tries
    qint64 retrying = 0; ///< a temporary refusal; tried again later
    QStringList notes;
};

/// Reports progress (done of total) and returns false to stop.
using MailProgress = std::function<bool(qint64 done, qint64 total)>;

/// Mail in: the raw bytes stored first with their hash, then a case opened
/// or a thread joined. Messages are committed in batches together with the
/// folder's mark, so a crash loses at most the batch in hand, which the
/// next pass fetches again.
/// Idempotent by Message-ID: a second pass or a second desk never makes a
/// case twice.
class MailIntake
{
public:
    /// `actorId` is whoever runs the pass; cases it opens name no rep.
    MailIntake(Database db, qint64 actorId, qint64 attachmentCap = 25 * 1024 * 1024);

    /// Takes one message in; adds its outcome to `report`.
    Status take(const QByteArray& raw, FetchReport& report);
    /// Takes messages in as one transaction, each on a savepoint of its own
    /// (one whose filing fails is kept as raw bytes, set aside), with
    /// `alsoInTransaction` (a pass's mark) in the same commit.
    Status takeMany(const QList<QByteArray>& raws, FetchReport& report,
                    const std::function<Status(const QSqlDatabase&)>& alsoInTransaction);
    /// .eml files, one message each.
    Result<FetchReport> importFiles(const QStringList& paths, const MailProgress& progress = {});

private:
    Database m_db;
    qint64 m_actorId;
    qint64 m_cap;
};

/// One pass of the team mailbox: new UIDs since the last pass (a new
/// UIDVALIDITY starts the folder over; Message-IDs keep that from doubling
/// anything), each stored then marked on the server.
Result<FetchReport> fetchMail(const Database& db, qint64 actorId, const MailAccount& account,
                              const MailSecrets& secrets, const MailProgress& progress = {});

/// One pass of the outbox: every queued message whose time has come, sent
/// through the account's SMTP server; the server's answer recorded; a
/// temporary refusal retried with back-off (1, 5, 30 minutes, 2 and 6
/// hours), then failed.
Result<SendReport> sendMail(const Database& db, const MailAccount& account, const MailSecrets& secrets,
                            const MailProgress& progress = {});

} // namespace redress::core
