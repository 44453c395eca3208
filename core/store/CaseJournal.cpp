#include "core/store/CaseJournal.h"

#include "core/Clock.h"
#include "core/store/AuditChain.h"
#include "core/store/Sql.h"

#include <QCoreApplication>

namespace redress::core {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::CaseJournal", text);
}
} // namespace

Status CaseJournal::append(const QSqlDatabase& db, qint64 caseId, qint64 actorId, CaseEvent::Kind kind,
                           const QString& field, const QString& oldValue, const QString& newValue,
                           const QString& note, const QDateTime& at)
{
    auto id = record(db, caseId, actorId, kind, field, oldValue, newValue, note, at);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<qint64> CaseJournal::record(const QSqlDatabase& db, qint64 caseId, qint64 actorId,
                                   CaseEvent::Kind kind, const QString& field, const QString& oldValue,
                                   const QString& newValue, const QString& note, const QDateTime& at)
{
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>());
    const QString what = tr("recording the change of %1 in its timeline").arg(referenceFor(caseId));
    auto q =
        sql::run(db,
                 QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, field, old_value, "
                                "new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {caseId, sql::toStored(at.isValid() ? at : Clock::now()), actor, keyOf(kind), field,
                  oldValue, newValue, note},
                 what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::Database, what, QStringLiteral("INSERT ... RETURNING gave no id"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    // The new event joins the audit chain in the caller's transaction: its
    // hash links it to the one before (normally a single event to seal).
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    return id;
}

Status CaseJournal::touch(const QSqlDatabase& db, qint64 caseId, const QDateTime& at)
{
    // A stated moment (a rule run for a past time) never moves the case's
    // last change backwards.
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE cases SET updated_at = %1, row_version = row_version + 1 WHERE id = ?")
            .arg(sql::greater(db, QStringLiteral("updated_at"), QStringLiteral("?"))),
        {sql::toStored(at.isValid() ? at : Clock::now()), caseId}, tr("saving %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status CaseJournal::fieldChanged(const QSqlDatabase& db, qint64 caseId, qint64 actorId, const QString& field,
                                 const QString& oldValue, const QString& newValue, const QString& note,
                                 const QDateTime& at)
{
    if (auto ok =
            append(db, caseId, actorId, CaseEvent::Kind::FieldChanged, field, oldValue, newValue, note, at);
        !ok)
        return ok;
    return touch(db, caseId, at);
}

} // namespace redress::core
