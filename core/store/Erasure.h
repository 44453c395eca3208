#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace redress::core {

/// Erasure of a customer's personal data on request.
///
/// What identifies the customer or is in their words becomes marker(): their
/// name, company, email and phone, the descriptions of their cases and the
/// case copies of name and company, the recovery texts of their cases
/// (apologies, what they want, notes, comments, reasons), and the text of
/// those timeline events that carry such words (notes, recovery steps,
/// changes of description, contact details and follow-up comments). Facts
/// stay: dates, statuses, products, root causes, gesture costs, scores,
/// lifetime value and segment, so every figure and report is unchanged.
///
/// Drafts of the customer's cases or naming the customer (by id, name or
/// email) are deleted, and the free-text note of every event of their cases.
/// Their mail (of their cases, or from their address) keeps its hash, date
/// and state; its words, addresses and raw bytes go, its attachments are
/// deleted, and what still waited in the outbox is never sent.
///
/// The audit chain survives because an event's hash covers the digest of
/// its text, not the text (AuditChain). The erasure is first written to the
/// register (table erasures: customer, when, by whom). Each erased case gets
/// one timeline event, kind 'note', field 'erasure', whose new value lists
/// the ids of the events it redacts; each redacted event keeps its digest
/// and hashes and records that note's id in `redacted_by`. The events'
/// trigger (schema v13) lets a text change through only to the exact
/// marker, naming a later erasure note of the same case, for a case whose
/// customer is in the register by an administrator. verify() accepts text
/// that no longer matches its digest only for an event whose `redacted_by`
/// names a later, unredacted erasure note on the same case that lists it,
/// whose customer is in the register, and whose text is the marker: that
/// note is itself in the chain, so marking an event as erased outside
/// Redress, or altering one the note does not list, is still found.
///
/// The words are then scrubbed from the files too (scrubSqliteFiles): the
/// search index, free space, the write-ahead log. On PostgreSQL the tables
/// are vacuumed (vacuumServer); the server's own log is its administrator's.
class Erasure
{
public:
    struct Summary
    {
        qint64 erasureId = 0;
        qint64 cases = 0;
        qint64 events = 0; ///< timeline events whose text was replaced
        /// Whether the write-ahead log could be emptied; false when another
        /// connection still reads an older snapshot (try again later).
        bool logTruncated = false;
    };

    /// What erased text reads as.
    static QString marker();

    /// Whether an erasure replaces all the text of an event of this kind
    /// and field (notes, recovery steps, changes of the customer's words and
    /// contact details); every other event keeps its values, which are facts
    /// (a status, a level, a state), and loses only its free-text note.
    static bool replacesAllText(const QString& kind, const QString& field);

    /// One entry of the register of erasures: which customer, when and by
    /// whom, nothing about the customer. Kept in the store (table erasures)
    /// and outside it (the user's settings, beside the backups), so that a
    /// restored older copy has them erased again (reapply()).
    struct Record
    {
        qint64 customerId = 0;
        QDateTime erasedAt;
        QString erasedBy; ///< the administrator's login
        bool operator==(const Record&) const = default;
    };
    static Result<QList<Record>> records(const QSqlDatabase& db);
    /// The register as text, one `CUSTOMER_ID<TAB>ERASED_AT<TAB>LOGIN` line
    /// each, and back; parse skips lines it cannot read.
    static QString registerText(const QList<Record>& records);
    static QList<Record> parseRegister(const QString& text);
    /// `a` with what `b` adds, one entry per customer, by customer id.
    static QList<Record> merged(const QList<Record>& a, const QList<Record>& b);

    /// Erases again every customer of `remembered` that the store holds and
    /// has not erased (a copy older than the erasure was restored), each as
    /// the administrator who erased them when the store knows them as one,
    /// else as `fallback` (who must be an administrator). Returns the ids of
    /// the customers erased again.
    static Result<QList<qint64>> reapply(const Database& db, const QList<Record>& remembered,
                                         const User& fallback);

    /// Erases customer `customerId` for `actor`, an administrator (anyone
    /// else gets InvalidInput and nothing changes), in one transaction, then
    /// scrubs the files.
    static Result<Summary> eraseCustomer(const Database& db, qint64 customerId, const User& actor);

    /// The SQLite file work after an erasure has committed: deleted content
    /// overwritten (VACUUM rewrites every page, so copies left in free space
    /// by earlier edits go too) and the write-ahead log checkpointed and
    /// truncated. Returns whether the log was truncated.
    static Result<bool> scrubSqliteFiles(const QSqlDatabase& db);
    /// The same on PostgreSQL: VACUUM of the tables that held the words.
    static Result<bool> vacuumServer(const QSqlDatabase& db);
};

} // namespace redress::core
