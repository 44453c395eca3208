#pragma once

#include "core/cases/Priority.h"
#include "core/cases/User.h"
#include "core/sla/BusinessCalendar.h"
#include "core/sla/SlaPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// The rungs of the escalation ladder; a case starts with its rep.
enum class EscalationLevel
{
    Rep = 0,
    Lead = 1,
    Executive = 2
};

/// Why a case went up a rung: an SLA missed, or a person's decision.
enum class EscalationRule
{
    Acknowledge, ///< nobody acknowledged it in time
    Contact,     ///< the customer did not hear from us in time
    Resolve,     ///< not resolved in time
    Executive,   ///< still unresolved after the lead's time with it
    Manual
};

QString keyOf(EscalationLevel l);
QString labelOf(EscalationLevel l);
std::optional<EscalationLevel> escalationLevelFromInt(int v);
std::optional<EscalationLevel> escalationLevelFromKey(const QString& key);
/// The rung whose escalations someone in `role` works: a lead the lead's,
/// executives and administrators the executive's; reps and quality none.
std::optional<EscalationLevel> rungOf(Role role);

QString keyOf(EscalationRule r);
QString labelOf(EscalationRule r);
std::optional<EscalationRule> escalationRuleFromKey(const QString& key);

/// What the SLA clock of one case depends on.
struct SlaFacts
{
    Priority priority = Priority::Normal;
    QDateTime openedAt;
    QDateTime acknowledgedAt; ///< invalid while nobody has
    QDateTime firstContactAt;
    QDateTime resolvedAt;
    /// Closed cases owe nothing; neither do resolved ones or those in follow-up.
    bool awaitingResolution = true;
    /// The spans the case waited on the customer; the last may be open.
    QList<Pause> pauses;
    EscalationLevel level = EscalationLevel::Rep;
    QDateTime escalatedAt; ///< when it reached its current level
};

/// The due times that follow from the facts. A due time is invalid when it is
/// not known: the clock stands still while the case waits on the customer.
struct SlaDues
{
    QDateTime acknowledge;
    QDateTime contact;
    QDateTime resolve;
    /// The nearest due time still to be met: the list's countdown.
    QDateTime next;
    /// When the rules next move the case up a rung, and by which rule.
    QDateTime escalation;
    EscalationRule escalationRule = EscalationRule::Resolve;
};

/// Computes due times in business time. Everything a case owes runs from
/// its opening; a lead's time before the executive runs from the moment the
/// case reached the lead. The result depends only on the facts, so the same
/// facts give the same instants whatever the wall clock or a machine's zone.
SlaDues computeDues(const SlaFacts& facts, const SlaTargets& targets, const BusinessCalendar& calendar);

} // namespace redress::core
