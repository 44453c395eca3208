#include "core/store/SlaRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/CaseJournal.h"
#include "core/store/Schema.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SlaRepository)
};

using Settings = SlaRepository::Settings;

/// The facts of one case, or NotFound.
Result<SlaFacts> factsIn(const QSqlDatabase& db, qint64 caseId)
{
    const QString what = Tr::tr("reading the SLA clock of %1").arg(referenceFor(caseId));
    auto q = sql::run(db,
                      QStringLiteral("SELECT priority, %1, opened_at, acknowledged_at, first_contact_at, "
                                     "resolved_at, escalation_level, escalated_at FROM cases WHERE id = ?")
                          .arg(schema::awaitingResolution(QStringLiteral("cases"))),
                      {caseId}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(caseId)));
    SlaFacts f;
    f.priority = priorityFromKey(q->value(0).toString()).value_or(Priority::Normal);
    f.awaitingResolution = q->value(1).toBool();
    f.openedAt = sql::fromStored(q->value(2));
    f.acknowledgedAt = sql::fromStored(q->value(3));
    f.firstContactAt = sql::fromStored(q->value(4));
    f.resolvedAt = sql::fromStored(q->value(5));
    f.level = escalationLevelFromInt(q->value(6).toInt()).value_or(EscalationLevel::Rep);
    f.escalatedAt = sql::fromStored(q->value(7));
    auto p = sql::run(db,
                      QStringLiteral("SELECT started_at, ended_at FROM sla_pauses WHERE case_id = ? "
                                     "ORDER BY started_at, id"),
                      {caseId}, what);
    if (!p)
        return std::unexpected(p.error());
    while (p->next())
        f.pauses << Pause{sql::fromStored(p->value(0)), sql::fromStored(p->value(1))};
    return f;
}

} // namespace

Result<SlaRepository::Settings> SlaRepository::settingsIn(const QSqlDatabase& db)
{
    auto calendar = calendarIn(db);
    if (!calendar)
        return std::unexpected(calendar.error());
    auto policies = policiesIn(db);
    if (!policies)
        return std::unexpected(policies.error());
    return Settings{*calendar, *policies};
}

Status SlaRepository::refreshIn(const QSqlDatabase& db, qint64 caseId, const Settings& settings)
{
    auto facts = factsIn(db, caseId);
    if (!facts)
        return std::unexpected(facts.error());
    const SlaDues d = computeDues(*facts, settings.policies.of(facts->priority), settings.calendar);
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE cases SET acknowledge_due = ?, contact_due = ?, resolve_due = ?, "
                                "sla_due = ?, escalation_due = ? WHERE id = ?"),
                 {sql::toStored(d.acknowledge), sql::toStored(d.contact), sql::toStored(d.resolve),
                  sql::toStored(d.next), sql::toStored(d.escalation), caseId},
                 Tr::tr("updating the due times of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

QString labelOf(SlaTargetState::Kind kind)
{
    switch (kind) {
    case SlaTargetState::Kind::Acknowledge: return Tr::tr("Acknowledge");
    case SlaTargetState::Kind::Contact: return Tr::tr("First contact");
    case SlaTargetState::Kind::Resolve: return Tr::tr("Resolve");
    }
    return {};
}

Result<BusinessCalendar> SlaRepository::calendar()
{
    return calendarIn(m_db.connection());
}

Result<SlaPolicies> SlaRepository::policies()
{
    return policiesIn(m_db.connection());
}

Result<BusinessCalendar> SlaRepository::calendarIn(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT zone, week, holidays FROM sla_calendar WHERE id = 1"),
                      Tr::tr("reading the SLA calendar"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return BusinessCalendar::standard("UTC");
    auto week = weekFromJson(q->value(1).toByteArray());
    if (!week)
        return std::unexpected(week.error());
    auto holidays = holidaysFromJson(q->value(2).toByteArray());
    if (!holidays)
        return std::unexpected(holidays.error());
    return BusinessCalendar::make(q->value(0).toByteArray(), *week, *holidays);
}

Result<SlaPolicies> SlaRepository::policiesIn(const QSqlDatabase& db)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT priority, acknowledge_minutes, contact_minutes, resolve_minutes, "
                                "executive_minutes, around_the_clock FROM sla_policies"),
                 Tr::tr("reading the SLA targets"));
    if (!q)
        return std::unexpected(q.error());
    QHash<Priority, SlaTargets> targets;
    while (q->next()) {
        const auto p = priorityFromKey(q->value(0).toString());
        if (!p)
            continue;
        targets.insert(*p, SlaTargets{q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(),
                                      q->value(4).toInt(), q->value(5).toBool()});
    }
    return SlaPolicies::make(targets);
}

Status SlaRepository::requireEditor() const
{
    if (!allows(m_actor.role, Permission::EditSla))
        return fail(Error::Code::InvalidInput, Tr::tr("%1 (%2) may not change the SLA calendar or targets.")
                                                   .arg(m_actor.displayName, labelOf(m_actor.role)));
    return {};
}

Status SlaRepository::setCalendar(const BusinessCalendar& calendar)
{
    return write(&calendar, nullptr);
}

Status SlaRepository::setPolicies(const SlaPolicies& policies)
{
    return write(nullptr, &policies);
}

Status SlaRepository::setSettings(const BusinessCalendar& calendar, const SlaPolicies& policies)
{
    return write(&calendar, &policies);
}

Status SlaRepository::write(const BusinessCalendar* calendar, const SlaPolicies* policies)
{
    if (auto ok = requireEditor(); !ok)
        return ok;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (calendar) {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO sla_calendar (id, zone, week, holidays) VALUES (1, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, week = "
                           "excluded.week, holidays = excluded.holidays"),
            {QString::fromUtf8(calendar->zone().id()), QString::fromUtf8(weekToJson(calendar->week())),
             QString::fromUtf8(holidaysToJson(calendar->holidays()))},
            Tr::tr("saving the SLA calendar"));
        if (!q)
            return std::unexpected(q.error());
    }
    for (Priority p : policies ? allPriorities() : QList<Priority>()) {
        const SlaTargets& t = policies->of(p);
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO sla_policies (priority, acknowledge_minutes, contact_minutes, "
                           "resolve_minutes, executive_minutes, around_the_clock) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (priority) DO UPDATE SET acknowledge_minutes = "
                           "excluded.acknowledge_minutes, contact_minutes = excluded.contact_minutes, "
                           "resolve_minutes = excluded.resolve_minutes, executive_minutes = "
                           "excluded.executive_minutes, around_the_clock = excluded.around_the_clock"),
            {keyOf(p), t.acknowledgeMinutes, t.contactMinutes, t.resolveMinutes, t.executiveMinutes,
             t.aroundTheClock},
            Tr::tr("saving the SLA targets for %1").arg(labelOf(p)));
        if (!q)
            return std::unexpected(q.error());
    }
    if (auto n = refreshAllIn(db); !n)
        return std::unexpected(n.error());
    return tx.commit();
}

Status SlaRepository::startWaiting(qint64 caseId, const QString& reason)
{
    return setWaiting(caseId, true, reason);
}

Status SlaRepository::stopWaiting(qint64 caseId)
{
    return setWaiting(caseId, false, {});
}

Status SlaRepository::setWaiting(qint64 caseId, bool waiting, const QString& reason)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    const QString ref = referenceFor(caseId);
    const QString what =
        waiting ? Tr::tr("stopping the clock of %1").arg(ref) : Tr::tr("restarting the clock of %1").arg(ref);
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1, waiting_since IS NOT NULL FROM cases WHERE id = ?")
                          .arg(schema::awaitingResolution(QStringLiteral("cases"))),
                      {caseId}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(ref));
    const bool awaiting = q->value(0).toBool();
    const bool isWaiting = q->value(1).toBool();
    if (waiting && !awaiting)
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("%1 is not awaiting resolution, so its clock is not running.").arg(ref));
    if (waiting == isWaiting)
        return fail(Error::Code::IllegalTransition,
                    waiting ? Tr::tr("%1 is already waiting on the customer.").arg(ref)
                            : Tr::tr("%1 is not waiting on the customer.").arg(ref));
    const QVariant now = sql::toStored(Clock::now());
    const QVariant actor = m_actor.id > 0 ? QVariant(m_actor.id) : QVariant(QMetaType::fromType<qint64>());
    auto pause = waiting
                     ? sql::run(db,
                                QStringLiteral("INSERT INTO sla_pauses (case_id, started_at, started_by, "
                                               "reason) VALUES (?, ?, ?, ?)"),
                                {caseId, now, actor, reason.trimmed()}, what)
                     : sql::run(db,
                                QStringLiteral("UPDATE sla_pauses SET ended_at = %1 "
                                               "WHERE case_id = ? AND ended_at IS NULL")
                                    .arg(sql::greater(db, QStringLiteral("started_at"), QStringLiteral("?"))),
                                {now, caseId}, what);
    if (!pause)
        return std::unexpected(pause.error());
    auto c = sql::run(db, QStringLiteral("UPDATE cases SET waiting_since = ? WHERE id = ?"),
                      {waiting ? now : QVariant(QMetaType::fromType<qint64>()), caseId}, what);
    if (!c)
        return std::unexpected(c.error());
    const QString state = QStringLiteral("waiting");
    if (auto ok =
            CaseJournal::append(db, caseId, m_actor.id, CaseEvent::Kind::FieldChanged, state,
                                waiting ? QString() : state, waiting ? state : QString(), reason.trimmed());
        !ok)
        return ok;
    if (auto ok = CaseJournal::touch(db, caseId); !ok)
        return ok;
    if (auto ok = refreshIn(db, caseId); !ok)
        return ok;
    return tx.commit();
}

Result<SlaHistory> SlaRepository::history(qint64 caseId, const QDateTime& now)
{
    QSqlDatabase db = m_db.connection();
    auto settings = settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto facts = factsIn(db, caseId);
    if (!facts)
        return std::unexpected(facts.error());
    SlaHistory h;
    h.priority = facts->priority;
    h.targets = settings->policies.of(facts->priority);
    h.level = facts->level;
    const SlaDues d = computeDues(*facts, h.targets, settings->calendar);
    h.nextEscalation = d.escalation;
    const BusinessCalendar cal =
        h.targets.aroundTheClock ? BusinessCalendar::alwaysOpen() : settings->calendar;
    const auto state = [&](SlaTargetState::Kind kind, const QDateTime& due, const QDateTime& actual) {
        SlaTargetState s;
        s.kind = kind;
        s.due = due;
        s.actual = actual;
        s.businessMsecs =
            cal.businessMsecsBetween(facts->openedAt, actual.isValid() ? actual : now, facts->pauses);
        return s;
    };
    h.states << state(SlaTargetState::Kind::Acknowledge, d.acknowledge, facts->acknowledgedAt)
             << state(SlaTargetState::Kind::Contact, d.contact, facts->firstContactAt)
             << state(SlaTargetState::Kind::Resolve, d.resolve, facts->resolvedAt);

    auto p =
        sql::run(db,
                 QStringLiteral("SELECT p.started_at, p.ended_at, coalesce(u.display_name, ''), p.reason "
                                "FROM sla_pauses p LEFT JOIN users u ON u.id = p.started_by "
                                "WHERE p.case_id = ? ORDER BY p.started_at, p.id"),
                 {caseId}, Tr::tr("reading the pauses of %1").arg(referenceFor(caseId)));
    if (!p)
        return std::unexpected(p.error());
    while (p->next()) {
        SlaPause pause{sql::fromStored(p->value(0)), sql::fromStored(p->value(1)), p->value(2).toString(),
                       p->value(3).toString()};
        h.waiting = h.waiting || !pause.end.isValid();
        h.pauses << pause;
    }
    return h;
}

Status SlaRepository::refreshIn(const QSqlDatabase& db, qint64 caseId)
{
    auto settings = settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    return refreshIn(db, caseId, *settings);
}

Result<qint64> SlaRepository::adoptIn(const QSqlDatabase& db, qint64 fromId)
{
    auto q = sql::run(db, schema::fillResponseTimes(QStringLiteral("id >= ?")), {fromId},
                      Tr::tr("reading response times from the timeline"));
    if (!q)
        return std::unexpected(q.error());
    return refreshAllIn(db, fromId);
}

Result<qint64> SlaRepository::refreshAllIn(const QSqlDatabase& db, qint64 fromId)
{
    auto settings = settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    const QString what = Tr::tr("updating the due times of open cases");
    // Nothing is due on a case no longer awaiting resolution.
    auto cleared =
        sql::run(db,
                 QStringLiteral("UPDATE cases SET sla_due = NULL, escalation_due = NULL WHERE NOT %1 "
                                "AND (sla_due IS NOT NULL OR escalation_due IS NOT NULL) AND id >= ?")
                     .arg(schema::awaitingResolution(QStringLiteral("cases"))),
                 {fromId}, what);
    if (!cleared)
        return std::unexpected(cleared.error());
    auto q = sql::run(db,
                      QStringLiteral("SELECT id FROM cases WHERE %1 AND id >= ? ORDER BY id")
                          .arg(schema::awaitingResolution(QStringLiteral("cases"))),
                      {fromId}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids) {
        if (auto ok = refreshIn(db, id, *settings); !ok)
            return std::unexpected(ok.error());
    }
    return qint64(ids.size());
}

Status SlaRepository::statusChangedIn(const QSqlDatabase& db, qint64 caseId, CaseStatus from, CaseStatus to)
{
    const QVariant now = sql::toStored(Clock::now());
    const QString what = Tr::tr("updating the SLA clock of %1").arg(referenceFor(caseId));
    if (from == CaseStatus::New && to != CaseStatus::New) {
        auto q = sql::run(db,
                          QStringLiteral("UPDATE cases SET acknowledged_at = coalesce(acknowledged_at, ?) "
                                         "WHERE id = ?"),
                          {now, caseId}, what);
        if (!q)
            return std::unexpected(q.error());
    }
    const bool awaiting = to == CaseStatus::New || to == CaseStatus::Acknowledged ||
                          to == CaseStatus::InRecovery || to == CaseStatus::Reopened;
    if (!awaiting) {
        auto p = sql::run(db,
                          QStringLiteral("UPDATE sla_pauses SET ended_at = %1 WHERE case_id = ? "
                                         "AND ended_at IS NULL")
                              .arg(sql::greater(db, QStringLiteral("started_at"), QStringLiteral("?"))),
                          {now, caseId}, what);
        if (!p)
            return std::unexpected(p.error());
        auto c = sql::run(db, QStringLiteral("UPDATE cases SET waiting_since = NULL WHERE id = ?"), {caseId},
                          what);
        if (!c)
            return std::unexpected(c.error());
    }
    return refreshIn(db, caseId);
}

Status SlaRepository::contactedIn(const QSqlDatabase& db, qint64 caseId, const QDateTime& at)
{
    const QVariant when = sql::toStored(at.isValid() ? at : Clock::now());
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE cases SET first_contact_at = coalesce(first_contact_at, ?), "
                                "acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ?"),
                 {when, when, caseId}, Tr::tr("recording the first contact of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return refreshIn(db, caseId);
}

Result<SlaRepository::Snapshot> SlaRepository::snapshotIn(const QSqlDatabase& db, qint64 caseId,
                                                          const Settings& settings)
{
    auto facts = factsIn(db, caseId);
    if (!facts)
        return std::unexpected(facts.error());
    return Snapshot{*facts, computeDues(*facts, settings.policies.of(facts->priority), settings.calendar)};
}

Result<SlaRepository::Snapshot> SlaRepository::snapshotIn(const QSqlDatabase& db, qint64 caseId)
{
    auto settings = settingsIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    return snapshotIn(db, caseId, *settings);
}

} // namespace redress::core
