#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"

namespace redress::core {

/// The case lifecycle as a state machine:
/// New → Acknowledged → In recovery → Resolved → Follow-up → Closed, with
/// Reopened from Resolved, Follow-up or Closed back into recovery.
/// Every status change in the store goes through check().
class Lifecycle
{
public:
    /// The states a case in `from` may move to, in the order a rep meets them.
    static QList<CaseStatus> next(CaseStatus from);
    static bool allows(CaseStatus from, CaseStatus to);
    /// Ok, or an IllegalTransition error that names both states and `reference`.
    static Status check(CaseStatus from, CaseStatus to, const QString& reference = {});
    /// The verb on the button that makes the move ("Acknowledge", "Reopen" …).
    static QString actionLabel(CaseStatus to);
    /// Open means someone still owes the customer something.
    static bool isOpen(CaseStatus s) { return s != CaseStatus::Closed; }
};

} // namespace redress::core
