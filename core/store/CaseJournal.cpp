#include "core/store/CaseJournal.h"

#include "core/Clock.h"
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
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>());
    auto q =
        sql::run(db,
                 QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, field, old_value, "
                                "new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {caseId, sql::toStored(at.isValid() ? at : Clock::now()), actor, keyOf(kind), field,
                  oldValue, newValue, note},
                 tr("recording the change of %1 in its timeline").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status CaseJournal::touch(const QSqlDatabase& db, qint64 caseId, const QDateTime& at)
{
    // A stated moment (a rule run for a past time) never moves the case's
    // last change backwards.
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE cases SET updated_at = max(updated_at, ?), row_version = row_version + 1 "
                       "WHERE id = ?"),
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
