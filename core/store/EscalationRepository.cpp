#include "core/store/EscalationRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/CaseJournal.h"
#include "core/store/Schema.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::EscalationRepository)
};

// The session-level PostgreSQL advisory lock of a rules pass ("RDES").
constexpr qint32 rulesLockKey = 0x52444553;

QVariant userValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// Moves the case one rung up, with its obligations, event and new due
/// times, inside the caller's transaction.
Result<Escalation> escalateIn(const QSqlDatabase& db, const SlaRepository::Settings& settings, qint64 caseId,
                              EscalationLevel from, EscalationRule rule, const QString& reason,
                              const QDateTime& dueAt, const QDateTime& at, qint64 actorId)
{
    const QString what = Tr::tr("escalating %1").arg(referenceFor(caseId));
    Escalation e;
    e.caseId = caseId;
    e.from = from;
    e.to = static_cast<EscalationLevel>(static_cast<int>(from) + 1);
    e.rule = rule;
    e.reason = reason;
    e.dueAt = dueAt;
    e.at = at;
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO escalations (case_id, from_level, to_level, rule, reason, due_at, "
                       "escalated_at, escalated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {caseId, static_cast<int>(e.from), static_cast<int>(e.to), keyOf(rule), reason, sql::toStored(dueAt),
         sql::toStored(at), userValue(actorId)},
        what);
    if (!q)
        return std::unexpected(q.error());
    e.id = sql::returnedId(*q);
    if (e.to == EscalationLevel::Executive) {
        for (Obligation::Kind k : allObligationKinds()) {
            auto o = sql::run(
                db, QStringLiteral("INSERT INTO escalation_obligations (escalation_id, kind) VALUES (?, ?)"),
                {e.id, keyOf(k)}, what);
            if (!o)
                return std::unexpected(o.error());
            e.obligations << Obligation{k, {}, {}, {}};
        }
    }
    auto c =
        sql::run(db, QStringLiteral("UPDATE cases SET escalation_level = ?, escalated_at = ? WHERE id = ?"),
                 {static_cast<int>(e.to), sql::toStored(at), caseId}, what);
    if (!c)
        return std::unexpected(c.error());
    if (auto ok = CaseJournal::append(db, caseId, actorId, CaseEvent::Kind::FieldChanged,
                                      QStringLiteral("escalation"), keyOf(e.from), keyOf(e.to), reason, at);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = CaseJournal::touch(db, caseId, at); !ok)
        return std::unexpected(ok.error());
    if (auto ok = SlaRepository::refreshIn(db, caseId, settings); !ok)
        return std::unexpected(ok.error());
    return e;
}

} // namespace

QList<Obligation::Kind> allObligationKinds()
{
    return {Obligation::Kind::ExecutiveCall, Obligation::Kind::RepairEstimate, Obligation::Kind::Prevention};
}

QString keyOf(Obligation::Kind k)
{
    switch (k) {
    case Obligation::Kind::ExecutiveCall: return QStringLiteral("executive_call");
    case Obligation::Kind::RepairEstimate: return QStringLiteral("repair_estimate");
    case Obligation::Kind::Prevention: return QStringLiteral("prevention");
    }
    return {};
}

QString labelOf(Obligation::Kind k)
{
    switch (k) {
    case Obligation::Kind::ExecutiveCall: return Tr::tr("Call the customer's executive and apologise");
    case Obligation::Kind::RepairEstimate: return Tr::tr("Give a realistic repair estimate");
    case Obligation::Kind::Prevention: return Tr::tr("Suggest how to prevent it (after resolution)");
    }
    return {};
}

std::optional<Obligation::Kind> obligationKindFromKey(const QString& key)
{
    for (Obligation::Kind k : allObligationKinds())
        if (keyOf(k) == key)
            return k;
    return std::nullopt;
}

Result<QList<Escalation>> EscalationRepository::runRules(const QDateTime& now)
{
    QSqlDatabase db = m_db.connection();
    // On a team's server every desk's timer runs the rules. Each case is
    // judged again under the writer lock, so a second pass would find
    // nothing due; one pass at a time spares it the reading. A desk that
    // finds another's pass under way skips its own.
    if (sql::isPostgres(db)) {
        auto got = sql::scalar(
            db, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(sql::storeLockArgs(rulesLockKey)), {},
            Tr::tr("waiting for another desk's escalation pass"));
        if (!got)
            return std::unexpected(got.error());
        if (!got->toBool())
            return QList<Escalation>();
    }
    const auto unlock = qScopeGuard([&db] {
        if (sql::isPostgres(db))
            sql::run(db,
                     QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(sql::storeLockArgs(rulesLockKey)),
                     QString());
    });
    const QVariant at = sql::toStored(now);
    auto due = sql::run(
        db, QStringLiteral("SELECT id FROM cases WHERE escalation_due <= ? ORDER BY escalation_due, id"),
        {at}, Tr::tr("finding cases due for escalation"));
    if (!due)
        return std::unexpected(due.error());
    QList<qint64> ids;
    while (due->next())
        ids << due->value(0).toLongLong();
    due->finish();

    // A backlog (a store upgraded, a weekend without the app) can hold tens
    // of thousands of due cases: a transaction per batch keeps other desks'
    // saves from waiting on the whole pass. Each case is re-read inside its
    // batch, so one changed meanwhile is judged as it is now.
    constexpr qsizetype batch = 200;
    QList<Escalation> made;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        Transaction tx(db);
        if (auto ok = tx.begun(); !ok)
            return std::unexpected(ok.error());
        auto settings = SlaRepository::settingsIn(db);
        if (!settings)
            return std::unexpected(settings.error());
        QList<Escalation> batchMade;
        for (qint64 id : ids.mid(start, batch)) {
            auto snap = SlaRepository::snapshotIn(db, id, *settings);
            if (!snap)
                return std::unexpected(snap.error());
            // The stored due time is a cache of the computation; trust the
            // computation when they disagree.
            const SlaDues& d = snap->dues;
            if (!d.escalation.isValid() || d.escalation > now ||
                snap->facts.level == EscalationLevel::Executive) {
                if (auto ok = SlaRepository::refreshIn(db, id, *settings); !ok)
                    return std::unexpected(ok.error());
                continue;
            }
            const QString reason =
                Tr::tr("%1; due %2").arg(labelOf(d.escalationRule), d.escalation.toString(Qt::ISODate));
            auto e = escalateIn(db, *settings, id, snap->facts.level, d.escalationRule, reason, d.escalation,
                                now, 0);
            if (!e)
                return std::unexpected(e.error());
            batchMade << *e;
        }
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
        made << batchMade;
    }
    return made;
}

Result<Escalation> EscalationRepository::escalate(qint64 caseId, const QString& reason)
{
    const QString ref = referenceFor(caseId);
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), Tr::tr("Say why %1 needs escalating.").arg(ref));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto q = sql::run(db, QStringLiteral("SELECT status, escalation_level FROM cases WHERE id = ?"), {caseId},
                      Tr::tr("escalating %1").arg(ref));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(ref));
    if (q->value(0).toString() == keyOf(CaseStatus::Closed))
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("%1 is closed; reopen it before escalating.").arg(ref));
    const EscalationLevel level = escalationLevelFromInt(q->value(1).toInt()).value_or(EscalationLevel::Rep);
    if (level == EscalationLevel::Executive)
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("%1 is already with the service executive.").arg(ref));
    const bool mayRaiseLead =
        m_actor.role == Role::Lead || m_actor.role == Role::Executive || m_actor.role == Role::Admin;
    if (level == EscalationLevel::Lead && !mayRaiseLead)
        return fail(
            Error::Code::IllegalTransition,
            Tr::tr("%1 is already with the team lead; only a lead can take it on to the service executive.")
                .arg(ref));
    auto settings = SlaRepository::settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto e = escalateIn(db, *settings, caseId, level, EscalationRule::Manual, reason.trimmed(), {},
                        Clock::now(), m_actor.id);
    if (!e)
        return std::unexpected(e.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    e->by = m_actor.displayName;
    return *e;
}

Result<std::optional<Escalation>> EscalationRepository::raiseFromRepIn(const QSqlDatabase& db, qint64 caseId,
                                                                       const QString& reason, qint64 actorId)
{
    auto level = sql::scalar(db, QStringLiteral("SELECT escalation_level FROM cases WHERE id = ?"), {caseId},
                             Tr::tr("escalating %1").arg(referenceFor(caseId)), 0);
    if (!level)
        return std::unexpected(level.error());
    if (level->toInt() != static_cast<int>(EscalationLevel::Rep))
        return std::optional<Escalation>();
    auto settings = SlaRepository::settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto e = escalateIn(db, *settings, caseId, EscalationLevel::Rep, EscalationRule::Manual, reason, {},
                        Clock::now(), actorId);
    if (!e)
        return std::unexpected(e.error());
    return std::optional<Escalation>(*e);
}

Status EscalationRepository::recordObligation(qint64 escalationId, Obligation::Kind kind, const QString& note)
{
    if (m_actor.role != Role::Lead && m_actor.role != Role::Executive && m_actor.role != Role::Admin)
        return fail(Error::Code::InvalidInput, Tr::tr("%1 (%2) may not record an executive's obligation.")
                                                   .arg(m_actor.displayName, labelOf(m_actor.role)));
    if (note.trimmed().isEmpty())
        return invalid(keyOf(kind), Tr::tr("Write down what was done: %1.").arg(labelOf(kind).toLower()));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    const QString what = Tr::tr("recording an obligation");
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT e.case_id, c.status, o.done_at, coalesce(u.display_name, '') FROM "
                                "escalation_obligations o JOIN escalations e ON e.id = o.escalation_id "
                                "JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON u.id = o.done_by "
                                "WHERE o.escalation_id = ? AND o.kind = ?"),
                 {escalationId, keyOf(kind)}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    Tr::tr("Escalation %1 carries no such obligation.").arg(escalationId));
    const qint64 caseId = q->value(0).toLongLong();
    const auto status = statusFromKey(q->value(1).toString()).value_or(CaseStatus::New);
    if (!q->value(2).isNull())
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("“%1” was already recorded for %2 by %3 on %4.")
                        .arg(labelOf(kind), referenceFor(caseId), q->value(3).toString(),
                             sql::fromStored(q->value(2)).toLocalTime().toString(Qt::ISODate)));
    const bool resolved =
        status == CaseStatus::Resolved || status == CaseStatus::FollowUp || status == CaseStatus::Closed;
    if (kind == Obligation::Kind::Prevention && !resolved)
        return fail(
            Error::Code::IllegalTransition,
            Tr::tr("The prevention suggestion for %1 comes after it is resolved.").arg(referenceFor(caseId)));
    auto u = sql::run(
        db,
        QStringLiteral("UPDATE escalation_obligations SET done_at = ?, done_by = ?, note = ? WHERE "
                       "escalation_id = ? AND kind = ?"),
        {sql::toStored(Clock::now()), userValue(m_actor.id), note.trimmed(), escalationId, keyOf(kind)},
        what);
    if (!u)
        return std::unexpected(u.error());
    if (auto ok = CaseJournal::append(db, caseId, m_actor.id, CaseEvent::Kind::FieldChanged,
                                      QStringLiteral("obligation"), {}, keyOf(kind), note.trimmed());
        !ok)
        return ok;
    if (auto ok = CaseJournal::touch(db, caseId); !ok)
        return ok;
    return tx.commit();
}

Result<QList<Escalation>> EscalationRepository::forCase(qint64 caseId)
{
    QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("reading the escalations of %1").arg(referenceFor(caseId));
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT e.id, e.from_level, e.to_level, e.rule, e.reason, e.due_at, "
                                "e.escalated_at, coalesce(u.display_name, '') FROM escalations e LEFT JOIN "
                                "users u ON u.id = e.escalated_by WHERE e.case_id = ? ORDER BY e.id"),
                 {caseId}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Escalation> list;
    while (q->next()) {
        Escalation e;
        e.id = q->value(0).toLongLong();
        e.caseId = caseId;
        e.from = escalationLevelFromInt(q->value(1).toInt()).value_or(EscalationLevel::Rep);
        e.to = escalationLevelFromInt(q->value(2).toInt()).value_or(EscalationLevel::Lead);
        e.rule = escalationRuleFromKey(q->value(3).toString()).value_or(EscalationRule::Manual);
        e.reason = q->value(4).toString();
        e.dueAt = sql::fromStored(q->value(5));
        e.at = sql::fromStored(q->value(6));
        e.by = q->value(7).toString();
        list << e;
    }
    for (Escalation& e : list) {
        auto o =
            sql::run(db,
                     QStringLiteral("SELECT o.kind, o.done_at, coalesce(u.display_name, ''), o.note FROM "
                                    "escalation_obligations o LEFT JOIN users u ON u.id = o.done_by WHERE "
                                    "o.escalation_id = ?"),
                     {e.id}, what);
        if (!o)
            return std::unexpected(o.error());
        while (o->next()) {
            const auto kind = obligationKindFromKey(o->value(0).toString());
            if (kind)
                e.obligations << Obligation{*kind, sql::fromStored(o->value(1)), o->value(2).toString(),
                                            o->value(3).toString()};
        }
        std::sort(e.obligations.begin(), e.obligations.end(),
                  [](const Obligation& a, const Obligation& b) { return a.kind < b.kind; });
    }
    return list;
}

Result<QueueCounts> EscalationRepository::counts(const User& user)
{
    QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("counting the queues");
    QueueCounts c;
    auto mine = sql::scalar(db,
                            QStringLiteral("SELECT count(*) FROM cases c WHERE c.owner_id = ? AND %1")
                                .arg(schema::awaitingResolution(QStringLiteral("c"))),
                            {user.id}, what, 0);
    if (!mine)
        return std::unexpected(mine.error());
    c.mine = mine->toLongLong();
    if (const auto level = rungOf(user.role)) {
        auto n =
            sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM cases WHERE escalation_level = ? AND status <> "
                                       "'closed'"),
                        {static_cast<int>(*level)}, what, 0);
        if (!n)
            return std::unexpected(n.error());
        c.escalated = n->toLongLong();
    }
    if (allows(user.role, Permission::ApproveGestures)) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM gestures WHERE status = 'pending'"), {},
                             what, 0);
        if (!n)
            return std::unexpected(n.error());
        c.approvals = n->toLongLong();
    }
    if (user.role == Role::Executive || user.role == Role::Admin || user.role == Role::Lead) {
        auto n = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM escalation_obligations WHERE done_at IS NULL"), {}, what,
            0);
        if (!n)
            return std::unexpected(n.error());
        c.obligations = n->toLongLong();
    }
    // Two ranges on cases_by_status_resolved, each probing follow_ups by key.
    auto followUps =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM cases c WHERE c.status IN ('resolved', 'follow_up') "
                                   "AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = c.id)"),
                    {}, what, 0);
    if (!followUps)
        return std::unexpected(followUps.error());
    c.followUps = followUps->toLongLong();
    return c;
}

} // namespace redress::core
