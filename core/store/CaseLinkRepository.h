#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"
#include "core/cases/CaseLink.h"
#include "core/store/Database.h"

#include <QList>

namespace redress::core {

/// Links between cases, merging a duplicate into its original, and
/// splitting a note or a message out into a case of its own.
///
/// Each write is one transaction that records an event on every case it
/// touches and bumps their row versions. The timeline is append-only, so a
/// merge moves what can move (the description's words, the notes as new
/// notes, the messages with their attachments) and leaves the duplicate's
/// own events where the audit chain has them; timelineWithMerged() shows
/// both together.
class CaseLinkRepository
{
public:
    CaseLinkRepository(Database db, qint64 actorId) : m_db(std::move(db)), m_actorId(actorId) {}

    /// Records that `caseId` is a <kind> of `linkedId`. One link per pair:
    /// the same link again changes nothing, another kind replaces it, and a
    /// link the other way round is refused. A duplicate or follow-on link
    /// that would close a loop (A duplicate of B duplicate of A) is refused,
    /// as is a link to a case merged away (link its survivor).
    Status link(qint64 caseId, qint64 linkedId, LinkKind kind);
    /// Removes the link between the two cases, whichever way it points.
    Status unlink(qint64 caseId, qint64 linkedId);
    /// Every link of the case, both the ones it makes and the ones made to
    /// it, newest first.
    Result<QList<CaseLink>> linksOf(qint64 caseId);

    struct MergeOptions
    {
        /// Two customers' cases merge only when a person confirmed it.
        bool acrossCustomers = false;
        /// The row versions the caller read (-1: whatever is there now).
        qint64 duplicateVersion = -1;
        qint64 survivorVersion = -1;
    };
    struct MergeSummary
    {
        qint64 notes = 0;
        qint64 messages = 0;
        qint64 attachments = 0;
    };
    /// Merges `duplicateId` into `survivorId` in one transaction: the
    /// duplicate's description joins the survivor's, its notes are written
    /// on the survivor, its messages (and so their attachments) move, and
    /// the duplicate closes as merged, linked as a duplicate of the survivor.
    /// Cases merged into the duplicate earlier now point at the survivor,
    /// so a reference never leads through a chain. Refused for a case into
    /// itself, a case already merged, a survivor merged away, and, unless
    /// confirmed, cases of two customers (InvalidInput, field "customer").
    Result<MergeSummary> merge(qint64 duplicateId, qint64 survivorId, const MergeOptions& options);
    Result<MergeSummary> merge(qint64 duplicateId, qint64 survivorId)
    {
        return merge(duplicateId, survivorId, MergeOptions());
    }

    /// A note of `caseId` (an event of kind note) as a new case of the same
    /// customer and product, linked as related; the note stays where the
    /// timeline has it, and both timelines say where it went.
    Result<Case> splitNote(qint64 caseId, qint64 eventId);
    /// The same for a mail message, which moves to the new case.
    Result<Case> splitMessage(qint64 caseId, qint64 messageId);

    /// The case a reference leads to: the case itself, or the one it was
    /// merged into.
    Result<qint64> survivorOf(qint64 caseId);
    /// The case's timeline with the events of the cases merged into it, in
    /// the order they happened.
    Result<QList<CaseEvent>> timelineWithMerged(qint64 caseId);

    /// link() inside the caller's transaction, for the store's own links
    /// (a second failure).
    static Status linkIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, qint64 linkedId,
                         LinkKind kind);

private:
    Result<Case> splitOut(qint64 caseId, qint64 eventId, qint64 messageId);

    Database m_db;
    qint64 m_actorId = 0;
};

} // namespace redress::core
