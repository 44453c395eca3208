#include "core/store/AuditChain.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/Erasure.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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

/// What a redacted event is checked against, read before the chain is
/// streamed (a second statement while one streams loses the first's rows on
/// PostgreSQL): the erasure notes of the cases whose customer has an entry
/// in the erasure register, and those cases. Both are few.
struct Redactions
{
    struct Note
    {
        qint64 caseId = 0;
        bool isErasure = false;
        bool redacted = false;
        QSet<qint64> listed;
    };
    QHash<qint64, Note> notes;
    QSet<qint64> erasedCases;
};

Result<Redactions> loadRedactions(const QSqlDatabase& db)
{
    const QString what = Tr::tr("reading the erasure records");
    const QString erasedCases =
        QStringLiteral("SELECT id FROM cases WHERE customer_id IN (SELECT customer_id FROM erasures)");
    Redactions out;
    auto cases = sql::run(db, erasedCases, what);
    if (!cases)
        return std::unexpected(cases.error());
    while (cases->next())
        out.erasedCases.insert(cases->value(0).toLongLong());
    cases->finish();
    auto notes = sql::run(db,
                          QStringLiteral("SELECT id, case_id, kind, new_value, redacted_by FROM case_events "
                                         "WHERE field = 'erasure' AND case_id IN (%1)")
                              .arg(erasedCases),
                          what);
    if (!notes)
        return std::unexpected(notes.error());
    while (notes->next()) {
        Redactions::Note n;
        n.caseId = notes->value(1).toLongLong();
        n.isErasure = notes->value(2).toString() == QLatin1String("note");
        n.redacted = !notes->value(4).isNull();
        for (const QString& id : notes->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            n.listed.insert(id.toLongLong());
        out.notes.insert(notes->value(0).toLongLong(), n);
    }
    notes->finish();
    return out;
}

/// Whether the erasure note `row` names covers the redacted event `row`:
/// the note is later in the chain, on the same case, an erasure note that is
/// not itself redacted, lists the event's id, and the case's customer is in
/// the erasure register. The note's own text and link are checked when the
/// stream reaches it.
bool redactionCovered(const Redactions& redactions, const Row& row)
{
    const auto note = redactions.notes.constFind(row.redactedBy);
    return note != redactions.notes.cend() && row.redactedBy > row.entry.id &&
           note->caseId == row.entry.caseId && note->isErasure && !note->redacted &&
           note->listed.contains(row.entry.id) && redactions.erasedCases.contains(row.entry.caseId);
}

/// Whether a redacted event's text is what an erasure leaves: the marker in
/// place of every text it replaced, nothing else (Erasure::replacesAllText
/// says which events keep their values and lose only the note).
bool carriesMarker(const Row& row)
{
    const QString marker = Erasure::marker();
    const auto erasedOrEmpty = [&](const QString& text) { return text.isEmpty() || text == marker; };
    if (!erasedOrEmpty(row.payload.note))
        return false;
    if (!Erasure::replacesAllText(row.entry.kind, row.entry.field))
        return true;
    return erasedOrEmpty(row.payload.oldValue) && erasedOrEmpty(row.payload.newValue);
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
    case Problem::MarkerAltered:
        return Tr::tr("it is marked as erased, but its text is not what an erasure leaves");
    case Problem::AnchorMissing:
        return Tr::tr("the anchor noted outside the store is no longer in the log with its hash (entries "
                      "were deleted or the log was rewritten)");
    }
    return {};
}

namespace {

using Progress = std::function<void(qint64 checked, qint64 total)>;

/// What is wrong with `r`, linked after `prevHash`; nothing when its link holds.
std::optional<AuditChain::Problem> problemOf(const Redactions& redactions, const Row& r,
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
        if (!redactionCovered(redactions, r))
            return Problem::RedactionNotCovered;
        if (!carriesMarker(r))
            return Problem::MarkerAltered;
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

/// An event the stream must pass with a known hash: the head remembered in
/// the store, or an anchor noted outside it. `gone` is the problem when the
/// event is not there, `changed` when it carries another hash.
struct Checkpoint
{
    qint64 eventId = 0;
    qint64 caseId = 0;
    QString hash;
    AuditChain::Problem gone = AuditChain::Problem::Missing;
    AuditChain::Problem changed = AuditChain::Problem::HashMismatch;
};

/// Checks every row `q` streams, in id order, from `at` on; `report.checked`
/// counts on from where it stands. The stream must pass every checkpoint
/// (sorted by id) with its hash. Stops at the first break, which it puts in
/// `report`.
Status checkStream(const Redactions& redactions, QSqlQuery& q, AuditChain::Report& report, Position& at,
                   std::vector<Checkpoint> checkpoints, const Progress& progress, qint64 total,
                   const std::atomic<bool>* cancel, const QString& what)
{
    // Stable: an anchor given first is the one named when it and the head
    // are the same event.
    std::stable_sort(checkpoints.begin(), checkpoints.end(),
                     [](const Checkpoint& a, const Checkpoint& b) { return a.eventId < b.eventId; });
    auto next = checkpoints.cbegin();
    while (q.next()) {
        if (cancel && cancel->load())
            return fail(Error::Code::Cancelled, Tr::tr("Verifying the audit log was cancelled."));
        const Row r = rowFrom(q);
        ++report.read;
        if (auto problem = problemOf(redactions, r, at.prevHash)) {
            report.broken = AuditChain::Break{r.entry.id, r.entry.caseId, *problem};
            return {};
        }
        // An intact chain that no longer holds a checkpoint, or holds
        // another event under its id, was rewritten from there on.
        for (; next != checkpoints.cend() && r.entry.id >= next->eventId; ++next) {
            if (r.entry.id > next->eventId) {
                report.broken = AuditChain::Break{next->eventId, next->caseId, next->gone};
                return {};
            }
            if (r.storedHash.toString() != next->hash) {
                report.broken = AuditChain::Break{r.entry.id, r.entry.caseId, next->changed};
                return {};
            }
        }
        at = Position{r.storedHash.toString(), r.entry.id, r.entry.caseId};
        ++report.checked;
        if (progress && report.checked % 4096 == 0)
            progress(report.checked, total);
    }
    if (q.lastError().isValid())
        return std::unexpected(sql::errorFrom(q, what));
    if (next != checkpoints.cend())
        report.broken = AuditChain::Break{next->eventId, next->caseId, next->gone};
    return {};
}

Checkpoint headCheckpoint(const AuditChain::Head& h)
{
    return Checkpoint{h.eventId, h.caseId, h.hash};
}

Checkpoint anchorCheckpoint(const AuditChain::Anchor& a)
{
    return Checkpoint{a.eventId, 0, a.hash, AuditChain::Problem::AnchorMissing,
                      AuditChain::Problem::AnchorMissing};
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

std::optional<AuditChain::Anchor> AuditChain::Anchor::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    Anchor anchor;
    anchor.eventId = text.left(colon).toLongLong(&ok);
    anchor.hash = text.mid(colon + 1).trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || anchor.eventId <= 0 || !hex.match(anchor.hash).hasMatch())
        return std::nullopt;
    return anchor;
}

QString AuditChain::Anchor::toString() const
{
    return QStringLiteral("%1:%2").arg(eventId).arg(hash);
}

Result<AuditChain::Report> AuditChain::verify(const QSqlDatabase& db, const Progress& progress,
                                              const std::atomic<bool>* cancel,
                                              const std::optional<Anchor>& anchor)
{
    const QString what = Tr::tr("verifying the audit log");
    auto remembered = head(db);
    if (!remembered)
        return std::unexpected(remembered.error());
    auto redactions = loadRedactions(db);
    if (!redactions)
        return std::unexpected(redactions.error());
    qint64 total = 0;
    if (progress) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM case_events"), {}, what, 0);
        if (!n)
            return std::unexpected(n.error());
        total = n->toLongLong();
        progress(0, total);
    }
    std::vector<Checkpoint> checkpoints;
    if (anchor)
        checkpoints.push_back(anchorCheckpoint(*anchor));
    if (*remembered)
        checkpoints.push_back(headCheckpoint(**remembered));
    // One forward-only statement streams the table; nothing but the
    // previous hash is kept.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM case_events ORDER BY id").arg(eventColumns)) || !q.exec())
        return std::unexpected(sql::errorFrom(q, what));
    Report report;
    Position at{genesis()};
    if (auto ok = checkStream(*redactions, q, report, at, checkpoints, progress, total, cancel, what); !ok)
        return std::unexpected(ok.error());
    q.finish();
    if (report.broken)
        return report;
    report.headId = at.lastId;
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
                                                       const std::atomic<bool>* cancel,
                                                       const std::optional<Anchor>& anchor)
{
    const QString what = Tr::tr("verifying the audit log");
    auto remembered = head(db);
    if (!remembered)
        return std::unexpected(remembered.error());
    // Without a head in the store, or with an anchor but no head to count
    // entries from, only the whole chain can say.
    if (!*remembered)
        return verify(db, {}, cancel, anchor);
    const Head& h = **remembered;
    auto redactions = loadRedactions(db);
    if (!redactions)
        return std::unexpected(redactions.error());

    // Where the check begins: the anchor when one is given and is not past
    // the store's head (the store's head could have been rewritten along
    // with the chain; the anchor was not), else the store's head. That
    // event must still be the one verified: its stored hash the remembered
    // one, and its own fields still giving that hash.
    const bool fromAnchor = anchor && anchor->eventId <= h.eventId;
    const qint64 startId = fromAnchor ? anchor->eventId : h.eventId;
    const QString startHash = fromAnchor ? anchor->hash : h.hash;
    auto startRow = sql::run(db, QStringLiteral("SELECT %1 FROM case_events WHERE id = ?").arg(eventColumns),
                             {startId}, what);
    if (!startRow)
        return std::unexpected(startRow.error());
    bool startHolds = startRow->next();
    qint64 startCase = 0;
    if (startHolds) {
        const Row r = rowFrom(*startRow);
        startCase = r.entry.caseId;
        startHolds = !problemOf(*redactions, r, r.entry.prevHash) && r.storedHash.toString() == startHash &&
                     (fromAnchor || r.entry.caseId == h.caseId);
    }
    startRow->finish();
    // Only the whole chain can say where a changed or missing start broke.
    if (!startHolds)
        return verify(db, {}, cancel, anchor);
    qint64 entries = h.entries;
    if (fromAnchor && startId != h.eventId) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM case_events WHERE id <= ?"), {startId},
                             what, 0);
        if (!n)
            return std::unexpected(n.error());
        entries = n->toLongLong();
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM case_events WHERE id > ? ORDER BY id").arg(eventColumns)))
        return std::unexpected(sql::errorFrom(q, what));
    q.addBindValue(startId);
    if (!q.exec())
        return std::unexpected(sql::errorFrom(q, what));
    Report report;
    report.sinceHead = true;
    report.checked = entries;
    report.read = 1;
    Position at{startHash, startId, startCase};
    std::vector<Checkpoint> checkpoints;
    if (anchor && anchor->eventId > startId)
        checkpoints.push_back(anchorCheckpoint(*anchor));
    if (h.eventId > startId)
        checkpoints.push_back(headCheckpoint(h));
    if (auto ok = checkStream(*redactions, q, report, at, checkpoints, {}, 0, cancel, what); !ok)
        return std::unexpected(ok.error());
    q.finish();
    if (report.broken) {
        // A break past the start is reported as the full check reports it.
        if (report.broken->problem == Problem::Missing || report.broken->problem == Problem::AnchorMissing)
            return verify(db, {}, cancel, anchor);
        return report;
    }
    report.headId = at.lastId;
    report.headHash = at.prevHash;
    report.fullCheckDue =
        !h.fullAt.isValid() || h.fullAt.msecsTo(Clock::now()) >= static_cast<qint64>(fullEvery.count());
    if (auto ok = recordHead(db, at, report.checked, false); !ok)
        report.notRecorded = ok.error();
    return report;
}

} // namespace redress::core
