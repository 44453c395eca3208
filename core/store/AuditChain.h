#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace redress::core {

/// The case timeline as a tamper-evident audit log: one SHA-256 chain over
/// every case event in id order.
///
/// Each event carries `payload_digest` (SHA-256 of its text: old value, new
/// value, note), `prev_hash` (the hash of the event before it in id order,
/// 64 zeros for the first) and `hash` (SHA-256 of the canonical form of id,
/// case, time, actor, kind, field, payload digest and prev hash). An edit,
/// a deletion or an insertion made outside Redress breaks a link that
/// verify() finds. The hash covers the digest rather than the text so that
/// an erasure on request can replace the text and leave the chain whole;
/// see Erasure.h for how a redacted event is told from an altered one.
///
/// Rows are written with the chain columns empty and sealed in id order
/// (seal()) inside the writer's transaction: CaseJournal does that for each
/// event, and the bulk writers (import, the priority matrix) once for all of
/// theirs before they commit. The demo seals as it writes (Appender).
class AuditChain
{
public:
    /// The text fields an event's payload digest covers, in this order.
    struct Payload
    {
        QString oldValue;
        QString newValue;
        QString note;
    };

    /// Everything the hash covers.
    struct Entry
    {
        qint64 id = 0;
        qint64 caseId = 0;
        qint64 at = 0;      ///< milliseconds UTC as stored
        qint64 actorId = 0; ///< 0 when the event records no user
        QString kind;
        QString field;
        QString payloadDigest; ///< lower-case hex
        QString prevHash;      ///< lower-case hex; 64 zeros for the first event
    };

    /// The PostgreSQL advisory lock ("RDAU") every write transaction takes
    /// when it begins (see Transaction) and every event insert takes again,
    /// held until the commit, so desks seal one after another. Keyed with
    /// the store's schema as well (sql::storeLockArgs).
    static constexpr qint32 lockKey = 0x52444155;

    /// Hex SHA-256 of the payload's length-prefixed UTF-8 fields.
    static QString payloadDigest(const Payload& payload);
    /// The unambiguous byte form the hash is taken of: a version tag, then
    /// every field as `<length>:<bytes>,` (a missing actor as `-,`).
    static QByteArray canonical(const Entry& entry);
    /// Hex SHA-256 of canonical(entry).
    static QString hash(const Entry& entry);

    /// Seals every event written without chain columns, in id order, after
    /// the last sealed one; the caller holds the write transaction. Reads and
    /// writes in batches, so a migration of millions of events streams.
    /// Returns how many events were sealed.
    static Result<qint64> seal(const QSqlDatabase& db);

    /// The chain columns of one event sealed as it is written.
    struct Link
    {
        qint64 id = 0;
        QString payloadDigest;
        QString prevHash;
        QString hash;
    };

    /// Seals events as a bulk writer inserts them, with the digests, links
    /// and hashes seal() would give them afterwards: the writer gives each
    /// event the id next() names, so no row is read back and updated. For a
    /// writer on SQLite (ids are the rowids after the last one) that holds
    /// the write transaction from start() to its commit.
    class Appender
    {
    public:
        /// Seals what is unsealed (seal()), then reads the end of the chain.
        static Result<Appender> start(const QSqlDatabase& db);

        /// The chain columns of the next event, whose id they name.
        const Link& next(qint64 caseId, qint64 at, qint64 actorId, const QString& kind, const QString& field,
                         const Payload& payload);

    private:
        Appender() = default;

        Link m_link;
        QByteArray m_bytes; // reused for each event's canonical form
    };

    enum class Problem
    {
        Unsealed,            ///< an event without a hash: written around Redress
        PrevLinkMismatch,    ///< an event before it is missing, added or altered
        PayloadAltered,      ///< its text no longer matches its digest
        RedactionNotCovered, ///< marked erased without an erasure record naming it
        HashMismatch,        ///< a field the hash covers, or the hash itself, changed
        Missing,             ///< verified earlier (the remembered head), now gone
        MarkerAltered,       ///< marked erased, but its text is not the erasure marker
        AnchorMissing,       ///< the anchor noted outside the store is gone or carries another hash
    };
    static QString describe(Problem problem);

    struct Break
    {
        qint64 eventId = 0;
        qint64 caseId = 0;
        Problem problem = Problem::HashMismatch;
    };

    /// A verified head noted outside the store (the user's settings, a
    /// backup's sidecar): the store's own audit_head can be rewritten with
    /// the chain, this cannot. Written and read as `ID:HASH`.
    struct Anchor
    {
        qint64 eventId = 0;
        QString hash;
        static std::optional<Anchor> parse(const QString& text);
        QString toString() const;
        bool operator==(const Anchor&) const = default;
    };

    struct Report
    {
        qint64 checked = 0;
        std::optional<Break> broken; ///< the first broken link; none when intact
        qint64 headId = 0;           ///< the last event's id; 0 when the log is empty
        QString headHash;            ///< the last event's hash, to note down elsewhere
        qint64 read = 0;           ///< events this check read (fewer than checked when it began at the head)
        bool sinceHead = false;    ///< began after the remembered head instead of at the first event
        bool fullCheckDue = false; ///< verifySinceHead(): the last full check is older than asked
        std::optional<Error> notRecorded; ///< intact, but the head could not be written down
    };

    /// The last verified head, kept in the store (table audit_head): the
    /// newest event an intact check reached, and when checks ended intact.
    struct Head
    {
        qint64 eventId = 0;
        qint64 caseId = 0;
        QString hash;
        qint64 entries = 0; ///< events in the chain up to and including the head
        QDateTime verifiedAt;
        QDateTime fullAt; ///< invalid when no full check has ended intact
    };
    static Result<std::optional<Head>> head(const QSqlDatabase& db);

    /// Streams the whole timeline in id order and checks every link, and
    /// that the remembered head is still there with its hash (so deleting
    /// the newest events is found too). When intact, advances the head and
    /// the time of the last full check. `progress` (may be empty) hears
    /// (checked, total) every few thousand events; a set `cancel` ends it
    /// with a Cancelled error. With an `anchor`, the stream must also pass
    /// that event with that hash, or the break is AnchorMissing at it.
    static Result<Report> verify(const QSqlDatabase& db,
                                 const std::function<void(qint64 checked, qint64 total)>& progress = {},
                                 const std::atomic<bool>* cancel = nullptr,
                                 const std::optional<Anchor>& anchor = std::nullopt);

    /// The check at opening: when the remembered head event still carries
    /// its hash and its own fields still give it, only the events after it
    /// are read, chained from it; otherwise (no head yet, or the head
    /// changed or gone) this is verify(). A break is reported as verify()
    /// reports it, with `checked` counting from the first event. Advances
    /// the head when intact. It cannot see an older event rewritten without
    /// the later hashes recomputed: `fullCheckDue` says when the last full
    /// check is older than `fullEvery`, and the caller runs verify() then.
    /// With an `anchor` (the head noted outside the store), the check starts
    /// there instead: the store's own head could have been rewritten with
    /// the chain. An anchor event gone or changed is AnchorMissing.
    static constexpr std::chrono::milliseconds fullCheckEvery = std::chrono::days(7);
    static Result<Report> verifySinceHead(const QSqlDatabase& db,
                                          std::chrono::milliseconds fullEvery = fullCheckEvery,
                                          const std::atomic<bool>* cancel = nullptr,
                                          const std::optional<Anchor>& anchor = std::nullopt);
};

} // namespace redress::core
