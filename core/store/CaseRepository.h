#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"
#include "core/store/Database.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace redress::core {

/// The case aggregate: a case and its append-only timeline.
///
/// Every write is one transaction that bumps the case's row version and
/// appends one event per change, naming `actorId` as who made it. A write
/// given an `expectedVersion` is refused with Conflict when the case has
/// moved on since the caller read it.
class CaseRepository
{
public:
    CaseRepository(Database db, qint64 actorId) : m_db(std::move(db)), m_actorId(actorId) {}

    /// Checks the intake, adds the customer and product when they are new,
    /// and saves the case with its first event; all or nothing.
    Result<Case> create(const NewCase& intake);
    Result<Case> get(qint64 id);
    Result<QList<CaseEvent>> timeline(qint64 id);

    /// Moves a case through the lifecycle; an illegal move changes nothing.
    Result<Case> transition(qint64 id, CaseStatus to, qint64 expectedVersion = -1);
    /// Gives the case to `ownerId`, or to nobody with 0.
    Result<Case> assign(qint64 id, qint64 ownerId, qint64 expectedVersion = -1);
    Result<Case> update(qint64 id, const CaseEdit& edit, qint64 expectedVersion = -1);
    Result<Case> addNote(qint64 id, const QString& note);

    /// Moves every case, each through the lifecycle rules, in one
    /// transaction: if one may not move, none moves and the error lists them.
    Status transitionMany(const QList<qint64>& ids, CaseStatus to);
    Status assignMany(const QList<qint64>& ids, qint64 ownerId);

    Result<qint64> count();
    Result<QHash<CaseStatus, qint64>> countByStatus();

    /// The checks create() applies to an intake, for a form that wants them
    /// before saving; the error's field names the input at fault.
    static Status validate(const NewCase& intake);

private:
    struct Current;
    Result<Current> lock(const QSqlDatabase& db, qint64 id, qint64 expectedVersion);
    /// In one transaction: locks the case (at `expectedVersion` unless -1),
    /// applies `change` to it and commits; then reads the case back.
    Result<Case> changeOne(qint64 id, qint64 expectedVersion,
                           const std::function<Status(const QSqlDatabase&, const Current&)>& change);
    Status moveOne(const QSqlDatabase& db, const Current& c, CaseStatus to);
    Status assignOne(const QSqlDatabase& db, const Current& c, qint64 ownerId, const QString& ownerName);
    Status appendEvent(const QSqlDatabase& db, qint64 caseId, CaseEvent::Kind kind, const QString& field,
                       const QString& oldValue, const QString& newValue, const QString& note = {});
    Result<QString> ownerName(qint64 ownerId);

    Database m_db;
    qint64 m_actorId = 0;
};

/// A timeline value as a person reads it: a status key becomes its label,
/// a severity number its name.
QString displayEventValue(const QString& field, const QString& value);

} // namespace redress::core
