#include "core/store/CaseLinkRepository.h"

#include "core/Clock.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseLinkRepository)
};

// How far a chain of links is followed: a loop written outside Redress
// must not run forever.
constexpr int maxChain = 64;

struct Row
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 mergedInto = 0;
    CaseStatus status = CaseStatus::New;
    qint64 rowVersion = 0;
    QString description;
};

Result<Row> readCase(const QSqlDatabase& db, qint64 id, qint64 expectedVersion = -1)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT customer_id, customer_name, merged_into, status, row_version, "
                                     "description FROM cases WHERE id = ?"),
                      {id}, Tr::tr("reading case %1").arg(referenceFor(id)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(id)));
    Row r;
    r.id = id;
    r.customerId = q->value(0).toLongLong();
    r.customerName = q->value(1).toString();
    r.mergedInto = q->value(2).toLongLong();
    r.status = statusFromKey(q->value(3).toString()).value_or(CaseStatus::New);
    r.rowVersion = q->value(4).toLongLong();
    r.description = q->value(5).toString();
    q->finish();
    if (expectedVersion >= 0 && expectedVersion != r.rowVersion)
        return fail(Error::Code::Conflict,
                    Tr::tr("%1 was changed by someone else after you opened it; reload it and try again.")
                        .arg(referenceFor(id)));
    return r;
}

Status exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& what)
{
    auto q = sql::run(db, statement, values, what);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

// "duplicate RD-000002": the stored value of a link event, keys only, so
// the timeline reads in any language.
QString linkValue(LinkKind kind, qint64 other)
{
    return keyOf(kind) + QLatin1Char(' ') + referenceFor(other);
}

Status journal(const QSqlDatabase& db, qint64 caseId, qint64 actorId, const QString& field,
               const QString& oldValue, const QString& newValue, const QString& note = {})
{
    return CaseJournal::fieldChanged(db, caseId, actorId, field, oldValue, newValue, note, {});
}

QList<CaseEvent> eventsFrom(QSqlQuery& q)
{
    QList<CaseEvent> events;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(8).toLongLong();
        e.at = sql::fromStored(q.value(1));
        e.actor = q.value(2).toString();
        e.kind = eventKindFromKey(q.value(3).toString()).value_or(CaseEvent::Kind::Note);
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.note = q.value(7).toString();
        events << e;
    }
    return events;
}

} // namespace

Status CaseLinkRepository::linkIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, qint64 linkedId,
                                  LinkKind kind)
{
    const QString what = Tr::tr("linking %1 to %2").arg(referenceFor(caseId), referenceFor(linkedId));
    if (caseId == linkedId)
        return invalid(QStringLiteral("link"), Tr::tr("A case cannot be linked to itself."));
    for (qint64 id : {caseId, linkedId}) {
        auto row = readCase(db, id);
        if (!row)
            return std::unexpected(row.error());
        if (row->mergedInto > 0)
            return invalid(QStringLiteral("link"), Tr::tr("%1 was merged into %2; link %2 instead.")
                                                       .arg(referenceFor(id), referenceFor(row->mergedInto)));
    }
    auto existing = sql::run(db,
                             QStringLiteral("SELECT case_id, kind FROM case_links WHERE (case_id = ? AND "
                                            "linked_id = ?) OR (case_id = ? AND linked_id = ?)"),
                             {caseId, linkedId, linkedId, caseId}, what);
    if (!existing)
        return std::unexpected(existing.error());
    std::optional<LinkKind> before;
    if (existing->next()) {
        const qint64 from = existing->value(0).toLongLong();
        const auto had = linkKindFromKey(existing->value(1).toString()).value_or(LinkKind::Related);
        existing->finish();
        if (from != caseId)
            return invalid(
                QStringLiteral("link"),
                Tr::tr("%1 is already linked to %2 the other way round (%3); remove that link first.")
                    .arg(referenceFor(caseId), referenceFor(linkedId), labelOf(had).toLower()));
        if (had == kind)
            return {};
        before = had;
    }
    existing->finish();
    // A chain of duplicates (or of follow-ons) leads somewhere; one that
    // comes back to where it started leads nowhere.
    if (kind == LinkKind::Duplicate || kind == LinkKind::FollowOn) {
        auto loop = sql::scalar(
            db,
            QStringLiteral(
                "WITH RECURSIVE chain (id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION "
                "SELECT l.linked_id, c.depth + 1 FROM case_links l JOIN chain c ON l.case_id = c.id "
                "WHERE l.kind = ? AND c.depth < %1) SELECT count(*) FROM chain WHERE id = ?")
                .arg(maxChain),
            {linkedId, keyOf(kind), caseId}, what, 0);
        if (!loop)
            return std::unexpected(loop.error());
        if (loop->toLongLong() > 0)
            return invalid(QStringLiteral("link"),
                           Tr::tr("%1 cannot be a %2 of %3: %3 already leads back to %1.")
                               .arg(referenceFor(caseId), labelOf(kind).toLower(), referenceFor(linkedId)));
    }
    const QVariant by = actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>());
    if (before) {
        if (auto ok =
                exec(db, QStringLiteral("UPDATE case_links SET kind = ? WHERE case_id = ? AND linked_id = ?"),
                     {keyOf(kind), caseId, linkedId}, what);
            !ok)
            return ok;
    } else if (auto ok = exec(db,
                              QStringLiteral("INSERT INTO case_links (case_id, linked_id, kind, created_at, "
                                             "created_by) VALUES (?, ?, ?, ?, ?)"),
                              {caseId, linkedId, keyOf(kind), sql::toStored(Clock::now()), by}, what);
               !ok) {
        return ok;
    }
    const QString oldValue = before ? linkValue(*before, linkedId) : QString();
    if (auto ok = journal(db, caseId, actorId, QStringLiteral("link"), oldValue, linkValue(kind, linkedId));
        !ok)
        return ok;
    const QString oldBack = before ? linkValue(*before, caseId) : QString();
    return journal(db, linkedId, actorId, QStringLiteral("linked"), oldBack, linkValue(kind, caseId));
}

Status CaseLinkRepository::link(qint64 caseId, qint64 linkedId, LinkKind kind)
{
    if (kind == LinkKind::SecondFailure)
        return invalid(QStringLiteral("kind"),
                       Tr::tr("Second failures are found by Redress when a case arrives; link the cases as "
                              "related or as a follow-on."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (auto ok = linkIn(db, m_actorId, caseId, linkedId, kind); !ok)
        return ok;
    return tx.commit();
}

Status CaseLinkRepository::unlink(qint64 caseId, qint64 linkedId)
{
    const QString what = Tr::tr("unlinking %1 from %2").arg(referenceFor(caseId), referenceFor(linkedId));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto q = sql::run(db,
                      QStringLiteral("SELECT case_id, linked_id, kind FROM case_links WHERE (case_id = ? AND "
                                     "linked_id = ?) OR (case_id = ? AND linked_id = ?)"),
                      {caseId, linkedId, linkedId, caseId}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    Tr::tr("%1 and %2 are not linked.").arg(referenceFor(caseId), referenceFor(linkedId)));
    const qint64 from = q->value(0).toLongLong();
    const qint64 to = q->value(1).toLongLong();
    const auto kind = linkKindFromKey(q->value(2).toString()).value_or(LinkKind::Related);
    q->finish();
    if (kind == LinkKind::SecondFailure)
        return invalid(QStringLiteral("link"),
                       Tr::tr("A second failure stays linked to the case that failed."));
    if (auto ok = exec(db, QStringLiteral("DELETE FROM case_links WHERE case_id = ? AND linked_id = ?"),
                       {from, to}, what);
        !ok)
        return ok;
    if (auto ok = journal(db, from, m_actorId, QStringLiteral("link"), linkValue(kind, to), {}); !ok)
        return ok;
    if (auto ok = journal(db, to, m_actorId, QStringLiteral("linked"), linkValue(kind, from), {}); !ok)
        return ok;
    return tx.commit();
}

Result<QList<CaseLink>> CaseLinkRepository::linksOf(qint64 caseId)
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT l.case_id, l.linked_id, l.kind, l.created_at, o.id, o.status, o.product_name "
                       "FROM case_links l JOIN cases o ON o.id = CASE WHEN l.case_id = ? THEN l.linked_id "
                       "ELSE l.case_id END WHERE l.case_id = ? OR l.linked_id = ? "
                       "ORDER BY l.created_at DESC, o.id DESC"),
        {caseId, caseId, caseId}, Tr::tr("reading the links of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    QList<CaseLink> links;
    while (q->next()) {
        CaseLink l;
        l.caseId = q->value(0).toLongLong();
        l.linkedId = q->value(1).toLongLong();
        l.kind = linkKindFromKey(q->value(2).toString()).value_or(LinkKind::Related);
        l.createdAt = sql::fromStored(q->value(3));
        l.otherId = q->value(4).toLongLong();
        l.otherStatus = q->value(5).toString();
        l.otherProduct = q->value(6).toString();
        l.outgoing = l.caseId == caseId;
        links << l;
    }
    return links;
}

Result<CaseLinkRepository::MergeSummary> CaseLinkRepository::merge(qint64 duplicateId, qint64 survivorId,
                                                                   const MergeOptions& options)
{
    const QString dupRef = referenceFor(duplicateId);
    const QString survRef = referenceFor(survivorId);
    const QString what = Tr::tr("merging %1 into %2").arg(dupRef, survRef);
    if (duplicateId == survivorId)
        return invalid(QStringLiteral("merge"), Tr::tr("%1 cannot be merged into itself.").arg(dupRef));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    // Read under the writer's lock, so the versions checked are the ones
    // replaced.
    auto dup = readCase(db, duplicateId, options.duplicateVersion);
    if (!dup)
        return std::unexpected(dup.error());
    auto surv = readCase(db, survivorId, options.survivorVersion);
    if (!surv)
        return std::unexpected(surv.error());
    if (dup->mergedInto > 0)
        return invalid(QStringLiteral("merge"),
                       Tr::tr("%1 was already merged into %2.").arg(dupRef, referenceFor(dup->mergedInto)));
    if (surv->mergedInto > 0)
        return invalid(QStringLiteral("merge"), Tr::tr("%1 was itself merged into %2; merge into %2 instead.")
                                                    .arg(survRef, referenceFor(surv->mergedInto)));
    if (dup->customerId != surv->customerId && !options.acrossCustomers)
        return invalid(QStringLiteral("customer"),
                       Tr::tr("%1 is %2's case and %3 is %4's; merge them only if they are one person's "
                              "complaint, and confirm it.")
                           .arg(dupRef, dup->customerName, survRef, surv->customerName));

    MergeSummary summary;
    // What the duplicate's customer said joins the survivor's description,
    // so a search for those words finds the survivor.
    const QString description =
        QStringLiteral("%1\n\n%2: %3").arg(surv->description, dupRef, dup->description.trimmed());
    if (auto ok = exec(db, QStringLiteral("UPDATE cases SET description = ? WHERE id = ?"),
                       {description, survivorId}, what);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = CaseJournal::append(db, survivorId, m_actorId, CaseEvent::Kind::FieldChanged,
                                      QStringLiteral("description"), surv->description, description);
        !ok)
        return std::unexpected(ok.error());

    // The duplicate's notes, written again on the survivor (the timeline
    // is append-only: the originals stay in the duplicate's, in the chain).
    struct Note
    {
        QDateTime at;
        QString actor;
        QString text;
    };
    QList<Note> notes;
    {
        auto q =
            sql::run(db,
                     QStringLiteral("SELECT e.at, coalesce(u.display_name, ''), e.note FROM case_events e "
                                    "LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = ? AND "
                                    "e.kind = 'note' AND e.field = '' ORDER BY e.id"),
                     {duplicateId}, what);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            notes << Note{sql::fromStored(q->value(0)), q->value(1).toString(), q->value(2).toString()};
    }
    for (const Note& n : std::as_const(notes)) {
        // Where and when it was first written, and by whom.
        const QString text =
            QStringLiteral("%1, %2, %3: %4").arg(dupRef, n.at.toUTC().toString(Qt::ISODate), n.actor, n.text);
        if (auto ok = CaseJournal::append(db, survivorId, m_actorId, CaseEvent::Kind::Note, {}, {}, {}, text);
            !ok)
            return std::unexpected(ok.error());
    }
    summary.notes = notes.size();

    // The conversation moves whole: a reply to any of its messages finds
    // the survivor, and the attachments hang on the messages.
    auto counted = sql::run(
        db,
        QStringLiteral("SELECT count(*), (SELECT count(*) FROM mail_attachments a JOIN mail_messages m "
                       "ON m.id = a.message_id WHERE m.case_id = ?) FROM mail_messages WHERE case_id = ?"),
        {duplicateId, duplicateId}, what);
    if (!counted)
        return std::unexpected(counted.error());
    if (counted->next()) {
        summary.messages = counted->value(0).toLongLong();
        summary.attachments = counted->value(1).toLongLong();
    }
    counted->finish();
    if (auto ok = exec(db, QStringLiteral("UPDATE mail_messages SET case_id = ? WHERE case_id = ?"),
                       {survivorId, duplicateId}, what);
        !ok)
        return std::unexpected(ok.error());

    // Cases merged into the duplicate before now lead to the survivor: a
    // reference is followed one step, never along a chain.
    if (auto ok = exec(db, QStringLiteral("UPDATE cases SET merged_into = ? WHERE merged_into = ?"),
                       {survivorId, duplicateId}, what);
        !ok)
        return std::unexpected(ok.error());

    // The duplicate closes as merged. Not through the lifecycle's gates: its
    // recovery goes on in the survivor.
    const QVariant now = sql::toStored(Clock::now());
    if (auto ok = exec(
            db, QStringLiteral("UPDATE cases SET status = ?, closed_at = ?, merged_into = ? WHERE id = ?"),
            {keyOf(CaseStatus::Closed), now, survivorId, duplicateId}, what);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = SlaRepository::statusChangedIn(db, duplicateId, dup->status, CaseStatus::Closed); !ok)
        return std::unexpected(ok.error());
    if (dup->status != CaseStatus::Closed) {
        if (auto ok = CaseJournal::append(db, duplicateId, m_actorId, CaseEvent::Kind::StatusChanged,
                                          QStringLiteral("status"), keyOf(dup->status),
                                          keyOf(CaseStatus::Closed), Tr::tr("merged into %1").arg(survRef));
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = journal(db, duplicateId, m_actorId, QStringLiteral("merged_into"), {}, survRef); !ok)
        return std::unexpected(ok.error());

    // One link per pair: the merge's says it all.
    if (auto ok = exec(
            db,
            QStringLiteral("DELETE FROM case_links WHERE (case_id = ? AND linked_id = ?) OR (case_id = ? "
                           "AND linked_id = ?)"),
            {duplicateId, survivorId, survivorId, duplicateId}, what);
        !ok)
        return std::unexpected(ok.error());
    const QVariant by = m_actorId > 0 ? QVariant(m_actorId) : QVariant(QMetaType::fromType<qint64>());
    if (auto ok =
            exec(db,
                 QStringLiteral("INSERT INTO case_links (case_id, linked_id, kind, created_at, created_by) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {duplicateId, survivorId, keyOf(LinkKind::Duplicate), now, by}, what);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = journal(db, survivorId, m_actorId, QStringLiteral("merged"), {}, dupRef,
                          Tr::tr("%1 notes, %2 messages, %3 attachments")
                              .arg(summary.notes)
                              .arg(summary.messages)
                              .arg(summary.attachments));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

Result<Case> CaseLinkRepository::splitOut(qint64 caseId, qint64 eventId, qint64 messageId)
{
    const QString ref = referenceFor(caseId);
    const QString what = Tr::tr("splitting %1").arg(ref);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto from = readCase(db, caseId);
    if (!from)
        return std::unexpected(from.error());
    if (from->mergedInto > 0)
        return invalid(
            QStringLiteral("split"),
            Tr::tr("%1 was merged into %2; split from %2 instead.").arg(ref, referenceFor(from->mergedInto)));
    QString text;
    QDateTime at;
    if (eventId > 0) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT note, at FROM case_events WHERE id = ? AND case_id = ? AND "
                                         "kind = 'note' AND field = ''"),
                          {eventId, caseId}, what);
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(Error::Code::NotFound, Tr::tr("%1 has no note %2.").arg(ref).arg(eventId));
        text = q->value(0).toString();
        at = sql::fromStored(q->value(1));
    } else {
        auto q =
            sql::run(db,
                     QStringLiteral("SELECT new_text, body, subject, sent_at FROM mail_messages WHERE id = ? "
                                    "AND case_id = ?"),
                     {messageId, caseId}, what);
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(Error::Code::NotFound, Tr::tr("%1 has no message %2.").arg(ref).arg(messageId));
        for (int i = 0; i < 3 && text.trimmed().isEmpty(); ++i)
            text = q->value(i).toString();
        at = sql::fromStored(q->value(3));
    }
    if (text.trimmed().isEmpty())
        return invalid(QStringLiteral("split"), Tr::tr("There are no words to open a case with."));
    auto current = CaseRepository(m_db, m_actorId).get(caseId);
    if (!current)
        return std::unexpected(current.error());
    NewCase intake;
    intake.customerId = current->customerId;
    intake.productName = current->productName;
    intake.channel = current->channel;
    intake.severity = current->severity;
    intake.impact = current->impact;
    intake.description = text.trimmed().left(20000);
    intake.openedAt = at;
    auto made = CaseRepository(m_db, m_actorId).create(intake);
    if (!made)
        return std::unexpected(made.error());
    if (messageId > 0) {
        if (auto ok = exec(db, QStringLiteral("UPDATE mail_messages SET case_id = ? WHERE id = ?"),
                           {made->id, messageId}, what);
            !ok)
            return std::unexpected(ok.error());
    }
    const QString source =
        eventId > 0 ? QStringLiteral("note %1").arg(eventId) : QStringLiteral("message %1").arg(messageId);
    if (auto ok = journal(db, caseId, m_actorId, QStringLiteral("split"), source, made->reference()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = journal(db, made->id, m_actorId, QStringLiteral("split_from"), source, ref); !ok)
        return std::unexpected(ok.error());
    if (auto ok = linkIn(db, m_actorId, made->id, caseId, LinkKind::Related); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return CaseRepository(m_db, m_actorId).get(made->id);
}

Result<Case> CaseLinkRepository::splitNote(qint64 caseId, qint64 eventId)
{
    return splitOut(caseId, eventId, 0);
}

Result<Case> CaseLinkRepository::splitMessage(qint64 caseId, qint64 messageId)
{
    return splitOut(caseId, 0, messageId);
}

Result<qint64> CaseLinkRepository::survivorOf(qint64 caseId)
{
    auto row = readCase(m_db.connection(), caseId);
    if (!row)
        return std::unexpected(row.error());
    return row->mergedInto > 0 ? row->mergedInto : caseId;
}

Result<QList<CaseEvent>> CaseLinkRepository::timelineWithMerged(qint64 caseId)
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT e.id, e.at, coalesce(u.display_name, ''), e.kind, e.field, e.old_value, "
            "e.new_value, e.note, e.case_id FROM case_events e LEFT JOIN users u ON u.id = e.actor_id "
            "WHERE e.case_id = ? OR e.case_id IN (SELECT id FROM cases WHERE merged_into = ?) "
            "ORDER BY e.at, e.id"),
        {caseId, caseId}, Tr::tr("reading the timeline of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return eventsFrom(*q);
}

} // namespace redress::core
