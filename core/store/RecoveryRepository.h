#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/recovery/RecoveryTypes.h"
#include "core/store/Database.h"

#include <QSqlDatabase>

#include <functional>

namespace redress::core {

/// The four steps of service recovery on a case — apologise, solve, add
/// value, analyse — with the catalogue, limits and taxonomy behind them.
///
/// Every write is one transaction that also appends a Recovery event to the
/// case's timeline and bumps its row version. Who may do what is checked
/// here against the acting user's role, not only in the widgets. A closed
/// case is reopened before its recovery changes.
class RecoveryRepository
{
public:
    RecoveryRepository(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    Result<RecoveryState> state(qint64 caseId);

    /// `alsoIn`, when given, runs inside the apology's transaction: the
    /// apology dialog queues an e-mail apology with it, so both are recorded
    /// or neither.
    Result<Apology> recordApology(qint64 caseId, const QString& body, Channel channel, qint64 templateId = 0,
                                  int flags = 0,
                                  const std::function<Status(const QSqlDatabase&)>& alsoIn = {});
    /// `customerWants` is mandatory: ask, don't assume (article 003).
    Status recordSolution(qint64 caseId, const QString& fix, const QString& customerWants,
                          const QDate& promisedBy = {});
    /// Gives a gesture from the catalogue. Within the actor's discretion
    /// limit for the case (all counted gestures included) it is granted at
    /// once; over it, it waits for a lead's decision.
    Result<Gesture> giveGesture(qint64 caseId, qint64 typeId, qint64 costCents, const QString& note = {});
    /// Approves or rejects a waiting gesture, exactly once: a second
    /// decision, here or at another desk, is refused with Conflict.
    Result<Gesture> decide(qint64 gestureId, bool approve, const QString& reason);
    Status recordDecline(qint64 caseId, const QString& reason);
    Status recordAnalysis(qint64 caseId, qint64 rootCauseId, const QStringList& whys, bool educationGap);

    /// Gestures waiting for a decision, oldest first.
    Result<QList<Gesture>> pendingApprovals(int limit = 500);
    Result<QList<GestureType>> catalogue(bool activeOnly = true);
    Result<GestureType> saveGestureType(const GestureType& type);
    Result<qint64> limitFor(Role role);
    Status setLimit(Role role, qint64 cents);
    Result<QList<RootCause>> rootCauses();
    Result<RootCause> addRootCause(qint64 parentId, const QString& name);

    /// How many days cases about products of `category` took from opening to
    /// resolution (the median over the latest resolved ones), so a promise
    /// can be checked for realism; nullopt without history.
    Result<std::optional<double>> typicalFixDays(const QString& productCategory);
    static PromiseState promiseState(const QDate& promisedBy, const QDateTime& resolvedAt,
                                     const QDateTime& now);

    /// What `caseId` still lacks to move to `to` (Resolved or Closed), for
    /// people; empty when nothing. Runs inside the caller's transaction.
    static Result<QStringList> missingFor(const QSqlDatabase& db, qint64 caseId, CaseStatus to);

    static constexpr qint64 maxCostCents = 100'000'000; ///< one million in the store's currency
    static constexpr int maxWhys = 5;

private:
    /// What a step writes into the case's timeline.
    struct StepEntry
    {
        QString oldValue;
        QString newValue;
        QString note;
    };
    using StepWrite = std::function<Result<StepEntry>(const QSqlDatabase&)>;
    /// One step on an open case in one transaction: `write`, then the
    /// timeline event and the row-version bump every step ends with.
    Status recordStep(qint64 caseId, const QString& step, const StepWrite& write);
    Status requireOpenCase(const QSqlDatabase& db, qint64 caseId);
    Status require(Permission permission, const QString& what) const;

    Database m_db;
    User m_actor;
};

} // namespace redress::core
