#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/sla/SlaClock.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace redress::core {

/// What an escalation to the service executive binds them to (article 004):
/// each is recorded with who and when.
struct Obligation
{
    enum class Kind
    {
        ExecutiveCall,  ///< a call to the customer's executive, with an apology
        RepairEstimate, ///< a realistic estimate of when it will be repaired
        Prevention      ///< after resolution: how it will not happen again
    };
    Kind kind = Kind::ExecutiveCall;
    QDateTime doneAt; ///< invalid while still owed
    QString doneBy;
    QString note;
    bool done() const { return doneAt.isValid(); }
};

QList<Obligation::Kind> allObligationKinds();
QString keyOf(Obligation::Kind k);
QString labelOf(Obligation::Kind k);
std::optional<Obligation::Kind> obligationKindFromKey(const QString& key);

struct Escalation
{
    qint64 id = 0;
    qint64 caseId = 0;
    EscalationLevel from = EscalationLevel::Rep;
    EscalationLevel to = EscalationLevel::Lead;
    EscalationRule rule = EscalationRule::Manual;
    QString reason;
    QDateTime dueAt; ///< the due time missed; invalid for a manual escalation
    QDateTime at;
    QString by;                    ///< empty when the rules did it
    QList<Obligation> obligations; ///< only on an escalation to the executive
};

/// Counts for the queues' badges.
struct QueueCounts
{
    qint64 mine = 0;        ///< the user's cases still awaiting resolution
    qint64 escalated = 0;   ///< open cases at the user's rung (lead or executive)
    qint64 approvals = 0;   ///< gestures waiting for a decision (leads and up)
    qint64 obligations = 0; ///< executive obligations still owed
    qint64 followUps = 0;   ///< resolved cases whose customer has not answered the follow-up
    qint64 reviewsDue = 0;  ///< effectiveness reviews of the user's problem records now due
};

/// The escalation ladder: rules that move overdue cases up one rung at a
/// time, escalation by hand, and the executive's obligations.
class EscalationRepository
{
public:
    /// `actor` is who escalates by hand or records an obligation; the rules
    /// record no user.
    EscalationRepository(Database db, User actor = {}) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    /// One pass of the rules at `now`: every case whose next escalation is
    /// due by then moves up one rung. Found with one indexed query; written
    /// in transactions of a few hundred cases, each escalation whole (rung,
    /// record, event, new due times), so a large backlog never holds other
    /// desks' saves for long. On an error the batches before it stay made.
    /// Running it again for the same moment finds nothing, since each
    /// escalation sets the case's next due time after `now`. On a team's
    /// server one desk runs a pass at a time; while another desk's pass is
    /// under way this returns an empty list at once.
    Result<QList<Escalation>> runRules(const QDateTime& now);

    /// A rep escalates their case to the lead; a lead (or anyone above) on to
    /// the executive. The reason is required.
    Result<Escalation> escalate(qint64 caseId, const QString& reason);

    /// Records an obligation as done. The prevention suggestion waits until
    /// the case is resolved; each is recorded once.
    Status recordObligation(qint64 escalationId, Obligation::Kind kind, const QString& note);

    Result<QList<Escalation>> forCase(qint64 caseId);
    Result<QueueCounts> counts(const User& user);

    /// One rung up from the rep inside the caller's transaction, as a
    /// rule of the store's own decides (a second failure starts with the
    /// lead); nothing when the case is past the rep's rung already.
    static Result<std::optional<Escalation>> raiseFromRepIn(const QSqlDatabase& db, qint64 caseId,
                                                            const QString& reason, qint64 actorId);

private:
    Database m_db;
    User m_actor;
};

} // namespace redress::core
