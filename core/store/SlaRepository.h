#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/User.h"
#include "core/sla/BusinessCalendar.h"
#include "core/sla/SlaClock.h"
#include "core/sla/SlaPolicy.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace redress::core {

/// One promise of a case's SLA as its history shows it.
struct SlaTargetState
{
    enum class Kind
    {
        Acknowledge,
        Contact,
        Resolve
    };
    Kind kind = Kind::Acknowledge;
    QDateTime due;    ///< invalid while the clock stands still
    QDateTime actual; ///< when it was met; invalid while it is not
    /// Business time from opening to `actual` (or to now while open), paused
    /// time excluded: the response time reports show.
    qint64 businessMsecs = 0;
    bool met() const { return actual.isValid(); }
    bool breached(const QDateTime& now) const
    {
        return due.isValid() && (actual.isValid() ? actual > due : now > due);
    }
};

QString labelOf(SlaTargetState::Kind kind);

/// A span the case waited on the customer, with the clock stopped.
struct SlaPause
{
    QDateTime start;
    QDateTime end; ///< invalid while still waiting
    QString startedBy;
    QString reason;
};

/// Everything the case's SLA panel shows.
struct SlaHistory
{
    Priority priority = Priority::Normal;
    SlaTargets targets;
    QList<SlaTargetState> states; ///< acknowledge, contact, resolve
    QList<SlaPause> pauses;
    bool waiting = false;
    EscalationLevel level = EscalationLevel::Rep;
    QDateTime nextEscalation; ///< when the rules would move it up next
};

/// The store's SLA calendar and policies (schema v5) and each case's clock.
///
/// Due times are derived columns of `cases`, recomputed by refreshIn()
/// whenever a fact they depend on changes, so the list can sort by them and
/// the escalation rules can find what is due with one indexed query.
class SlaRepository
{
public:
    SlaRepository(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    Result<BusinessCalendar> calendar();
    Result<SlaPolicies> policies();
    static Result<BusinessCalendar> calendarIn(const QSqlDatabase& db);
    static Result<SlaPolicies> policiesIn(const QSqlDatabase& db);

    /// Leads, executives and administrators only (Permission::EditSla). Both
    /// re-derive the due times of every case still awaiting resolution in the
    /// same transaction; escalations already made stay made.
    Status setCalendar(const BusinessCalendar& calendar);
    Status setPolicies(const SlaPolicies& policies);
    /// Both in one transaction, re-deriving the due times once.
    Status setSettings(const BusinessCalendar& calendar, const SlaPolicies& policies);

    /// Stops the case's clock while it waits on the customer; the reason goes
    /// into the timeline. Refused on a closed or resolved case and when it is
    /// already waiting.
    Status startWaiting(qint64 caseId, const QString& reason);
    /// Restarts the clock: the due times move out by the business time waited.
    Status stopWaiting(qint64 caseId);

    Result<SlaHistory> history(qint64 caseId, const QDateTime& now);

    /// Recomputes one case's due times from its facts, in the caller's
    /// transaction. Every write that changes a fact the clock depends on
    /// (status, priority, acknowledgement, first contact, a pause, an
    /// escalation) calls it.
    static Status refreshIn(const QSqlDatabase& db, qint64 caseId);
    /// The same for every case still awaiting resolution (with an id of at
    /// least `fromId`); returns how many.
    static Result<qint64> refreshAllIn(const QSqlDatabase& db, qint64 fromId = 0);
    /// For cases written in bulk (demo data, an import) from `fromId` on:
    /// takes when each was acknowledged and first contacted from its timeline
    /// and apologies, then computes the due times.
    static Result<qint64> adoptIn(const QSqlDatabase& db, qint64 fromId);

    /// After a status change, in the caller's transaction: leaving New
    /// acknowledges the case, leaving the statuses that await resolution ends
    /// a wait on the customer; then the due times are refreshed.
    static Status statusChangedIn(const QSqlDatabase& db, qint64 caseId, CaseStatus from, CaseStatus to);
    /// The customer heard from us (an apology went out): first contact, which
    /// also acknowledges the case.
    static Status contactedIn(const QSqlDatabase& db, qint64 caseId, const QDateTime& at);

    /// The calendar and targets, read once for work on many cases.
    struct Settings
    {
        BusinessCalendar calendar;
        SlaPolicies policies;
    };
    static Result<Settings> settingsIn(const QSqlDatabase& db);
    static Status refreshIn(const QSqlDatabase& db, qint64 caseId, const Settings& settings);

    /// A case's facts and the due times the store's settings give them.
    struct Snapshot
    {
        SlaFacts facts;
        SlaDues dues;
    };
    static Result<Snapshot> snapshotIn(const QSqlDatabase& db, qint64 caseId, const Settings& settings);
    static Result<Snapshot> snapshotIn(const QSqlDatabase& db, qint64 caseId);

private:
    Status requireEditor() const;
    Status write(const BusinessCalendar* calendar, const SlaPolicies* policies);
    Status setWaiting(qint64 caseId, bool waiting, const QString& reason);

    Database m_db;
    User m_actor;
};

} // namespace redress::core
