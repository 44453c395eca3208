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

} // namespace redress::core::schema
