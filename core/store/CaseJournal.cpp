#include "core/store/CaseJournal.h"

#include "core/Clock.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseWriter.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSet>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseJournal)
};
// The connections whose events wait for a SealLater to seal them; per
// thread, as connections are.
thread_local QSet<QString> sealingLater;
} // namespace

CaseJournal::SealLater::SealLater(QSqlDatabase db) : m_db(std::move(db))
{
    m_outermost = !sealingLater.contains(m_db.connectionName());
    sealingLater.insert(m_db.connectionName());
}

CaseJournal::SealLater::~SealLater()
{
    if (m_outermost)
        sealingLater.remove(m_db.connectionName());
}

Status CaseJournal::SealLater::seal()
{
    if (!m_outermost)
        return {};
    auto sealed = AuditChain::seal(m_db);
    if (!sealed)
        return std::unexpected(sealed.error());
    return {};
}

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
    const QString what = Tr::tr("recording the change of %1 in its timeline").arg(referenceFor(caseId));
    auto id = CaseWriter(db).addEvent({caseId, (at.isValid() ? at : Clock::now()).toMSecsSinceEpoch(),
                                       actorId, keyOf(kind), field, oldValue, newValue, note},
                                      [&] { return what; });
    if (!id)
        return std::unexpected(id.error());
    if (*id <= 0)
        return fail(Error::Code::Database, what, QStringLiteral("INSERT ... RETURNING gave no id"));
    // The new event joins the audit chain in the caller's transaction: its
    // hash links it to the one before (normally a single event to seal).
    if (sealingLater.contains(db.connectionName()))
        return *id;
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    return *id;
}

Status CaseJournal::touch(const QSqlDatabase& db, qint64 caseId, const QDateTime& at)
{
    // A stated moment (a rule run for a past time) never moves the case's
    // last change backwards.
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE cases SET updated_at = %1, row_version = row_version + 1 WHERE id = ?")
            .arg(sql::greater(db, QStringLiteral("updated_at"), QStringLiteral("?"))),
        {sql::toStored(at.isValid() ? at : Clock::now()), caseId},
        Tr::tr("saving %1").arg(referenceFor(caseId)));
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
