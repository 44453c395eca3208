#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

namespace redress::core {

/// A second failure: the customer complains again about the same product
/// or root cause within N days of a case of theirs being resolved — the
/// recovery did not hold. The one hook every way a case arrives calls
/// (typed, imported, by mail), inside the transaction that writes it.
class SecondFailure
{
public:
    /// The window when the team has not set one.
    static constexpr int defaultDays = 60;
    /// The team setting's key in team_settings.
    static QString settingKey();

    /// The team's window in days.
    static Result<int> windowDaysIn(const QSqlDatabase& db);
    /// Sets the team's window (leads, executives and administrators).
    static Status setWindowDays(const Database& db, const User& actor, int days);

    /// Flags `caseId` when its customer had another case on the same product
    /// or root cause resolved within the window before it was opened (the
    /// latest such case): sets second_failure_of, links the two as a second
    /// failure and, while the case is open and with the rep, escalates it
    /// to the lead. Returns the earlier case's id, or 0 when it is no second
    /// failure (or already flagged).
    static Result<qint64> flagIn(const QSqlDatabase& db, qint64 caseId, qint64 actorId);
};

} // namespace redress::core
