#include "core/store/AuditChain.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::AuditChain)
};

// One field as `<length>:<bytes>,`: no separator inside a value can be
// mistaken for the end of it.
void addField(QByteArray& out, const QByteArray& bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString eventColumns = QStringLiteral(
    "id, case_id, at, actor_id, kind, field, old_value, new_value, note, payload_digest, prev_hash, hash, "
    "redacted_by");

struct Row
{
    AuditChain::Entry entry;
    AuditChain::Payload payload;
    QVariant storedDigest;
    QVariant storedHash;
    qint64 redactedBy = 0;
};

Row rowFrom(const QSqlQuery& q)
{
    Row r;
    r.entry.id = q.value(0).toLongLong();
    r.entry.caseId = q.value(1).toLongLong();
    r.entry.at = q.value(2).toLongLong();
    r.entry.actorId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    r.entry.kind = q.value(4).toString();
    r.entry.field = q.value(5).toString();
    r.payload.oldValue = q.value(6).toString();
    r.payload.newValue = q.value(7).toString();
    r.payload.note = q.value(8).toString();
    r.storedDigest = q.value(9);
    r.entry.payloadDigest = q.value(9).toString();
    r.entry.prevHash = q.value(10).toString();
    r.storedHash = q.value(11);
    r.redactedBy = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    return r;
}

/// What the first event links to: 64 zeros, never NULL or empty (an empty
/// string binds as NULL in some drivers).
QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

/// The hash the next sealed event links to: that of the event just before
/// `id`, or genesis() when there is none. The one place appenders read the end
/// of the chain. On SQLite the writer already holds the write lock (BEGIN
/// IMMEDIATE), so no one can append between this read and the seal; on
/// PostgreSQL the insert of the event took the chain's advisory lock
/// (migration 9's trigger), held to the commit, with the same effect.
Result<QString> hashBefore(const QSqlDatabase& db, qint64 id)
{
    auto v =
        sql::scalar(db, QStringLiteral("SELECT hash FROM case_events WHERE id < ? ORDER BY id DESC LIMIT 1"),
                    {id}, Tr::tr("reading the end of the audit chain"), QVariant());
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? genesis() : v->toString();
}

/// Whether the erasure note `noteId` covers the redacted event `row`: the
/// note is later in the chain, on the same case, an erasure note that is
/// not itself redacted, and lists the event's id. The note's own text and
/// link are checked when the stream reaches it.
Result<bool> redactionCovered(const QSqlDatabase& db, const Row& row)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT case_id, kind, field, new_value, redacted_by FROM case_events "
                                     "WHERE id = ?"),
                      {row.redactedBy}, Tr::tr("reading an erasure record"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return false;
    if (row.redactedBy <= row.entry.id || q->value(0).toLongLong() != row.entry.caseId ||
        q->value(1).toString() != QLatin1String("note") ||
        q->value(2).toString() != QLatin1String("erasure") || !q->value(4).isNull())
        return false;
    const QStringList listed = q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return listed.contains(QString::number(row.entry.id));
}

} // namespace

QString AuditChain::payloadDigest(const Payload& payload)
{
    QByteArray bytes("redress-payload-1\n");
    addField(bytes, payload.oldValue.toUtf8());
    addField(bytes, payload.newValue.toUtf8());
    addField(bytes, payload.note.toUtf8());
    return sha256Hex(bytes);
}

namespace {

// The canonical form into `bytes`, the one definition canonical() and the
// appender share.
void writeCanonical(QByteArray& bytes, qint64 id, qint64 caseId, qint64 at, qint64 actorId,
                    const QString& kind, const QString& field, const QString& payloadDigest,
                    const QString& prevHash)
{
    bytes = "redress-audit-1\n";
    addField(bytes, QByteArray::number(id));
    addField(bytes, QByteArray::number(caseId));
    addField(bytes, QByteArray::number(at));
    if (actorId > 0)
        addField(bytes, QByteArray::number(actorId));
    else
        bytes += "-,";
    addField(bytes, kind.toUtf8());
    addField(bytes, field.toUtf8());
    addField(bytes, payloadDigest.toLatin1());
    addField(bytes, prevHash.toLatin1());
}

} // namespace

QByteArray AuditChain::canonical(const Entry& entry)
{
    QByteArray bytes;
    writeCanonical(bytes, entry.id, entry.caseId, entry.at, entry.actorId, entry.kind, entry.field,
                   entry.payloadDigest, entry.prevHash);
    return bytes;
}

QString AuditChain::hash(const Entry& entry)
{
    return sha256Hex(canonical(entry));
}

Result<qint64> AuditChain::seal(const QSqlDatabase& db)
{
    const QString what = Tr::tr("sealing the audit chain");
    // The partial index case_events_unsealed answers this from its first entry.
    auto first = sql::scalar(db, QStringLiteral("SELECT min(id) FROM case_events WHERE hash IS NULL"), {},
                             what, QVariant());
    if (!first)
        return std::unexpected(first.error());
    if (first->isNull())
        return 0;
    auto prev = hashBefore(db, first->toLongLong());
    if (!prev)
        return std::unexpected(prev.error());
    QString prevHash = *prev;

    // Batches by primary key: the rows of one batch are read, the statement
    // is finished, then they are updated, so no scan runs over rows it is
    // changing. One prepared statement each, bound again per row: a
    // migration seals millions of events.
    constexpr int batch = 5000;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(QStringLiteral("SELECT %1 FROM case_events WHERE id >= ? ORDER BY id LIMIT %2")
                            .arg(eventColumns)
                            .arg(batch)))
        return std::unexpected(sql::errorFrom(select, what));
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral(
            "UPDATE case_events SET payload_digest = ?, prev_hash = ?, hash = ? WHERE id = ?")))
        return std::unexpected(sql::errorFrom(update, what));

    qint64 sealed = 0;
    qint64 from = first->toLongLong();
    std::vector<Row> rows;
    rows.reserve(batch);
    for (;;) {
        rows.clear();
        select.bindValue(0, from);
        if (!select.exec())
            return std::unexpected(sql::errorFrom(select, what));
        while (select.next())
            rows.push_back(rowFrom(select));
        select.finish();
        if (rows.empty())
            break;
        for (Row& r : rows) {
            if (!r.storedHash.isNull()) {
                // Sealed already (only after rows were written around
                // Redress): link to it as it stands; verify() reports it.
                prevHash = r.storedHash.toString();
                continue;
            }
            r.entry.payloadDigest = payloadDigest(r.payload);
            r.entry.prevHash = prevHash;
            const QString h = hash(r.entry);
            update.bindValue(0, r.entry.payloadDigest);
            update.bindValue(1, r.entry.prevHash);
            update.bindValue(2, h);
            update.bindValue(3, r.entry.id);
            if (!update.exec())
                return std::unexpected(sql::errorFrom(update, what));
            prevHash = h;
            ++sealed;
        }
        from = rows.back().entry.id + 1;
        if (static_cast<int>(rows.size()) < batch)
            break;
    }
    return sealed;
}

Result<AuditChain::Appender> AuditChain::Appender::start(const QSqlDatabase& db)
{
    if (auto sealed = seal(db); !sealed)
        return std::unexpected(sealed.error());
    auto last = sql::run(db, QStringLiteral("SELECT id, hash FROM case_events ORDER BY id DESC LIMIT 1"),
                         Tr::tr("reading the end of the audit chain"));
    if (!last)
        return std::unexpected(last.error());
    Appender appender;
    appender.m_link.hash = genesis();
    if (last->next()) {
        appender.m_link.id = last->value(0).toLongLong();
        appender.m_link.hash = last->value(1).toString();
    }
    return appender;
}

const AuditChain::Link& AuditChain::Appender::next(qint64 caseId, qint64 at, qint64 actorId,
                                                   const QString& kind, const QString& field,
                                                   const Payload& payload)
{
    ++m_link.id;
    m_link.payloadDigest = payloadDigest(payload);
    m_link.prevHash = std::move(m_link.hash);
    writeCanonical(m_bytes, m_link.id, caseId, at, actorId, kind, field, m_link.payloadDigest,
                   m_link.prevHash);
    m_link.hash = sha256Hex(m_bytes);
    return m_link;
}

QString AuditChain::describe(Problem problem)
{
    switch (problem) {
    case Problem::Unsealed: return Tr::tr("the entry was written outside Redress (it has no hash)");
    case Problem::PrevLinkMismatch:
        return Tr::tr("it does not link to the entry before it (an entry was deleted, added or altered)");
    case Problem::PayloadAltered: return Tr::tr("its text was altered");
    case Problem::RedactionNotCovered:
        return Tr::tr("it is marked as erased, but no erasure record in the log covers it");
    case Problem::HashMismatch: return Tr::tr("its recorded details or its hash were altered");
    case Problem::Missing:
        return Tr::tr("it was verified earlier and is gone (the newest entries were deleted or rewritten)");
    }
    return {};
}

namespace {

using Progress = std::function<void(qint64 checked, qint64 total)>;

/// What is wrong with `r`, linked after `prevHash`; nothing when its link holds.
Result<std::optional<AuditChain::Problem>> problemOf(const QSqlDatabase& db, const Row& r,
                                                     const QString& prevHash)
{
    using Problem = AuditChain::Problem;
    if (r.storedHash.isNull() || r.storedDigest.isNull())
        return Problem::Unsealed;
    if (r.entry.prevHash != prevHash)
        return Problem::PrevLinkMismatch;
    if (r.redactedBy == 0) {
        if (AuditChain::payloadDigest(r.payload) != r.entry.payloadDigest)
            return Problem::PayloadAltered;
    } else {
        auto covered = redactionCovered(db, r);
        if (!covered)
            return std::unexpected(covered.error());
        if (!*covered)
            return Problem::RedactionNotCovered;
    }
    if (AuditChain::hash(r.entry) != r.storedHash.toString())
        return Problem::HashMismatch;
    return std::nullopt;
}

/// Where a stream of the chain stands: the hash the next event must link
/// to and the last event checked.
struct Position
{
    QString prevHash;
    qint64 lastId = 0;
    qint64 lastCaseId = 0;
};

/// Checks every row `q` streams, in id order, from `at` on; `report.checked`
/// counts on from where it stands. When `head` is given (the full check),
/// the stream must pass it with the hash remembered for it. Stops at the
/// first break, which it puts in `report`.
Status checkStream(const QSqlDatabase& db, QSqlQuery& q, AuditChain::Report& report, Position& at,
                   const std::optional<AuditChain::Head>& head, const Progress& progress, qint64 total,
                   const std::atomic<bool>* cancel, const QString& what)
{
    using Problem = AuditChain::Problem;
    bool headSeen = !head;
    while (q.next()) {
        if (cancel && cancel->load())
            return fail(Error::Code::Cancelled, Tr::tr("Verifying the audit log was cancelled."));
        const Row r = rowFrom(q);
        ++report.read;
        auto problem = problemOf(db, r, at.prevHash);
        if (!problem)
            return std::unexpected(problem.error());
        if (*problem) {
            report.broken = AuditChain::Break{r.entry.id, r.entry.caseId, **problem};
            return {};
        }
        if (!headSeen && r.entry.id >= head->eventId) {
            // An intact chain that no longer holds the remembered head, or
            // holds another event under its id, was rewritten from there on.
            if (r.entry.id > head->eventId) {
                report.broken = AuditChain::Break{head->eventId, head->caseId, Problem::Missing};
                return {};
            }
            if (r.storedHash.toString() != head->hash) {
                report.broken = AuditChain::Break{r.entry.id, r.entry.caseId, Problem::HashMismatch};
                return {};
            }
            headSeen = true;
        }
        at = Position{r.storedHash.toString(), r.entry.id, r.entry.caseId};
        ++report.checked;
        if (progress && report.checked % 4096 == 0)
            progress(report.checked, total);
    }
    if (q.lastError().isValid())
        return std::unexpected(sql::errorFrom(q, what));
    if (!headSeen)
        report.broken = AuditChain::Break{head->eventId, head->caseId, Problem::Missing};
    return {};
}

/// Writes down the head an intact check reached, in a transaction of its
/// own. Never moves it back (a desk that read before another's newer check
/// ended); `full` also records the time of this full check.
Status recordHead(const QSqlDatabase& db, const Position& at, qint64 entries, bool full)
{
    const QString what = Tr::tr("recording the verified head of the audit log");
    const QVariant now = sql::toStored(Clock::now());
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto q =
        sql::run(db,
                 QStringLiteral(
                     "INSERT INTO audit_head (slot, event_id, case_id, hash, entries, verified_at, full_at) "
                     "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (slot) DO UPDATE SET event_id = "
                     "excluded.event_id, case_id = excluded.case_id, hash = excluded.hash, entries = "
                     "excluded.entries, verified_at = excluded.verified_at WHERE audit_head.event_id <= "
                     "excluded.event_id"),
                 {at.lastId, at.lastCaseId, at.prevHash, entries, now,
                  full ? now : QVariant(QMetaType::fromType<qint64>())},
                 what);
    if (!q)
        return std::unexpected(q.error());
    if (full) {
        auto f =
            sql::run(db, QStringLiteral("UPDATE audit_head SET full_at = ? WHERE slot = 1"), {now}, what);
        if (!f)
            return std::unexpected(f.error());
    }
    return tx.commit();
}

} // namespace

Result<std::optional<AuditChain::Head>> AuditChain::head(const QSqlDatabase& db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT event_id, case_id, hash, entries, verified_at, full_at FROM "
                                     "audit_head WHERE slot = 1"),
                      {}, Tr::tr("reading the verified head of the audit log"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Head>();
    Head h;
    h.eventId = q->value(0).toLongLong();
    h.caseId = q->value(1).toLongLong();
    h.hash = q->value(2).toString();
    h.entries = q->value(3).toLongLong();
    h.verifiedAt = sql::fromStored(q->value(4));
    h.fullAt = q->value(5).isNull() ? QDateTime() : sql::fromStored(q->value(5));
    return std::optional<Head>(h);
}

Result<AuditChain::Report> AuditChain::verify(const QSqlDatabase& db, const Progress& progress,
                                              const std::atomic<bool>* cancel)
{
    const QString what = Tr::tr("verifying the audit log");
    auto remembered = head(db);
    if (!remembered)
        return std::unexpected(remembered.error());
    qint64 total = 0;
    if (progress) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM case_events"), {}, what, 0);
        if (!n)
            return std::unexpected(n.error());
        total = n->toLongLong();
        progress(0, total);
    }
    // One forward-only statement streams the table; nothing but the
    // previous hash is kept.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM case_events ORDER BY id").arg(eventColumns)) || !q.exec())
        return std::unexpected(sql::errorFrom(q, what));
    Report report;
    Position at{genesis()};
    if (auto ok = checkStream(db, q, report, at, *remembered, progress, total, cancel, what); !ok)
        return std::unexpected(ok.error());
    q.finish();
    if (report.broken)
        return report;
    report.headHash = report.checked > 0 ? at.prevHash : QString();
    if (progress)
        progress(report.checked, total);
    if (report.checked > 0) {
        if (auto ok = recordHead(db, at, report.checked, true); !ok)
            report.notRecorded = ok.error();
    }
    return report;
}

Result<AuditChain::Report> AuditChain::verifySinceHead(const QSqlDatabase& db,
                                                       std::chrono::milliseconds fullEvery,
                                                       const std::atomic<bool>* cancel)
{
    const QString what = Tr::tr("verifying the audit log");
    auto remembered = head(db);
    if (!remembered)
        return std::unexpected(remembered.error());
    if (!*remembered)
        return verify(db, {}, cancel);
    const Head& h = **remembered;

    // The head event must still be the one verified: its stored hash the
    // remembered one, and its own fields still giving that hash.
    auto headRow = sql::run(db, QStringLiteral("SELECT %1 FROM case_events WHERE id = ?").arg(eventColumns),
                            {h.eventId}, what);
    if (!headRow)
        return std::unexpected(headRow.error());
    bool headHolds = headRow->next();
    if (headHolds) {
        const Row r = rowFrom(*headRow);
        auto problem = problemOf(db, r, r.entry.prevHash);
        if (!problem)
            return std::unexpected(problem.error());
        headHolds = !*problem && r.storedHash.toString() == h.hash && r.entry.caseId == h.caseId;
    }
    headRow->finish();
    // Only the whole chain can say where a changed or missing head broke.
    if (!headHolds)
        return verify(db, {}, cancel);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM case_events WHERE id > ? ORDER BY id").arg(eventColumns)))
        return std::unexpected(sql::errorFrom(q, what));
    q.addBindValue(h.eventId);
    if (!q.exec())
        return std::unexpected(sql::errorFrom(q, what));
    Report report;
    report.sinceHead = true;
    report.checked = h.entries;
    report.read = 1;
    Position at{h.hash, h.eventId, h.caseId};
    if (auto ok = checkStream(db, q, report, at, std::nullopt, {}, 0, cancel, what); !ok)
        return std::unexpected(ok.error());
    q.finish();
    if (report.broken)
        return report;
    report.headHash = at.prevHash;
    report.fullCheckDue =
        !h.fullAt.isValid() || h.fullAt.msecsTo(Clock::now()) >= static_cast<qint64>(fullEvery.count());
    if (auto ok = recordHead(db, at, report.checked, false); !ok)
        report.notRecorded = ok.error();
    return report;
}

} // namespace redress::core
