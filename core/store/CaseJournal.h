#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"

#include <QSqlDatabase>

namespace redress::core {

/// The two writes every change to a case ends with, shared by the
/// repositories that change cases: an event in the append-only timeline, and
/// a new updated time and row version. Callers run them inside their own
/// transaction. Each event is sealed into the audit chain (AuditChain) as
/// it is written.
class CaseJournal
{
public:
    /// `actorId` 0 records no user (a rule or an import did it). `at` is
    /// Clock::now() unless given: a rule run for a stated moment records it.
    static Status append(const QSqlDatabase& db, qint64 caseId, qint64 actorId, CaseEvent::Kind kind,
                         const QString& field, const QString& oldValue, const QString& newValue,
                         const QString& note = {}, const QDateTime& at = {});
    /// The same, returning the new event's id.
    static Result<qint64> record(const QSqlDatabase& db, qint64 caseId, qint64 actorId, CaseEvent::Kind kind,
                                 const QString& field, const QString& oldValue, const QString& newValue,
                                 const QString& note = {}, const QDateTime& at = {});
    static Status touch(const QSqlDatabase& db, qint64 caseId, const QDateTime& at = {});
    /// A field's change as a timeline event and the case's bump, at one moment.
    static Status fieldChanged(const QSqlDatabase& db, qint64 caseId, qint64 actorId, const QString& field,
                               const QString& oldValue, const QString& newValue, const QString& note,
                               const QDateTime& at);

    /// While one lives, events written on its connection by this thread wait
    /// unsealed, and seal() seals them all at once before the caller commits:
    /// a batch of hundreds of events costs one pass over the chain instead of
    /// one each. Left unsealed (an error), the transaction is rolled back.
    class SealLater
    {
    public:
        explicit SealLater(QSqlDatabase db);
        ~SealLater();
        SealLater(const SealLater&) = delete;
        SealLater& operator=(const SealLater&) = delete;
        Status seal();

    private:
        QSqlDatabase m_db;
        bool m_outermost = false;
    };
};

} // namespace redress::core
