#pragma once

#include <QString>

namespace redress::core::schema {

/// A case's status as its place in the lifecycle, so the list sorts New
/// before Closed rather than alphabetically. The index on this expression
/// and the list's ORDER BY must use the very same text to match.
inline QString statusRank()
{
    return QStringLiteral(
        "(CASE c.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'in_recovery' THEN 2 "
        "WHEN 'reopened' THEN 3 WHEN 'resolved' THEN 4 WHEN 'follow_up' THEN 5 ELSE 6 END)");
}

/// A case's priority as its place in the scale, Low 0 to Emergency 4, so
/// the list can sort by urgency. As with statusRank(), the index on this
/// expression and an ORDER BY must use the very same text.
inline QString priorityRank()
{
    return QStringLiteral("(CASE c.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 "
                          "WHEN 'urgent' THEN 3 ELSE 4 END)");
}

/// A case's nearest SLA due time for sorting, with "nothing due" last in
/// ascending order. The index cases_by_due uses the very same text.
inline QString dueRank()
{
    return QStringLiteral("coalesce(c.sla_due, 9223372036854775807)");
}

/// The statuses in which a case is still owed a resolution: its SLA clock runs.
inline QString awaitingResolution(const QString& alias)
{
    return QStringLiteral("%1.status IN ('new', 'acknowledged', 'in_recovery', 'reopened')").arg(alias);
}

/// Takes when cases were acknowledged (they left New) and first contacted
/// (their first apology) from what the store already records, for the cases
/// meeting `condition` (SQL on `cases`, possibly with bound parameters).
inline QString fillResponseTimes(const QString& condition)
{
    return QStringLiteral("UPDATE cases SET acknowledged_at = coalesce(acknowledged_at, (SELECT min(e.at) FROM "
                          "case_events e WHERE e.case_id = cases.id AND e.kind = 'status' AND e.old_value = "
                          "'new'), CASE WHEN status <> 'new' THEN opened_at END), first_contact_at = "
                          "coalesce(first_contact_at, (SELECT min(a.sent_at) FROM apologies a WHERE a.case_id = "
                          "cases.id)) WHERE %1")
        .arg(condition);
}

/// The priority the store's matrix gives a row of `cases` named `alias`:
/// Stopped (impact 3) is an emergency whatever the table holds, the rule
/// PriorityMatrix::of() applies in code.
inline QString derivedPriority(const QString& alias)
{
    return QStringLiteral("(CASE WHEN %1.impact = 3 THEN 'emergency' ELSE coalesce((SELECT pm.priority "
                          "FROM priority_matrix pm WHERE pm.severity = %1.severity AND pm.impact = "
                          "%1.impact), 'normal') END)")
        .arg(alias);
}

/// Sets every case's priority from the store's matrix: migration v4 runs
/// it once over the existing cases.
inline QString fillPriorities()
{
    return QStringLiteral("UPDATE cases SET priority = %1").arg(derivedPriority(QStringLiteral("cases")));
}

} // namespace redress::core::schema
