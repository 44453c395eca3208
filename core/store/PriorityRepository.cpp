#include "core/store/PriorityRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseWriter.h"
#include "core/store/Schema.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::PriorityRepository)
};

} // namespace

Result<PriorityMatrix> PriorityRepository::matrix()
{
    return matrixIn(m_db.connection());
}

Result<PriorityMatrix> PriorityRepository::matrixIn(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT severity, impact, priority FROM priority_matrix"),
                      Tr::tr("reading the priority matrix"));
    if (!q)
        return std::unexpected(q.error());
    QList<PriorityMatrix::Cell> cells;
    while (q->next())
        cells << PriorityMatrix::Cell{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toString()};
    return PriorityMatrix::fromCells(cells);
}

Status PriorityRepository::setMatrix(const User& actor, const PriorityMatrix& matrix)
{
    if (!allows(actor.role, Permission::EditPriorities))
        return fail(Error::Code::InvalidInput, Tr::tr("%1 (%2) may not change the priority matrix.")
                                                   .arg(actor.displayName, labelOf(actor.role)));
    // A matrix built in code is whole by construction; one assembled from
    // cells is checked again so nothing half-made reaches the store.
    auto checked = PriorityMatrix::fromCells(matrix.cells());
    if (!checked)
        return std::unexpected(checked.error());

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    const QString what = Tr::tr("saving the priority matrix");
    for (const PriorityMatrix::Cell& c : checked->cells()) {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO priority_matrix (severity, impact, priority) VALUES "
                                         "(?, ?, ?) ON CONFLICT (severity, impact) DO UPDATE SET "
                                         "priority = excluded.priority"),
                          {c.severity, c.impact, c.priority}, what);
        if (!q)
            return std::unexpected(q.error());
    }

    // Set-based rather than a CaseJournal call per case: a new matrix can
    // touch most open cases of a large store, and these two statements do
    // the same writes (an event, then the new value, time and row version)
    // in one pass each, inside this transaction.
    const QString rederive = Tr::tr("re-deriving the priority of open cases");
    const qint64 now = sql::toStored(Clock::now()).toLongLong();
    if (auto events =
            CaseWriter(db).addPriorityChanges(schema::derivedPriority(QStringLiteral("c")), now, actor.id,
                                              Tr::tr("priority matrix changed"), [&] { return rederive; });
        !events)
        return events;
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    const QString derived = schema::derivedPriority(QStringLiteral("cases"));
    auto update = sql::run(db,
                           QStringLiteral("UPDATE cases SET priority = %1, updated_at = ?, "
                                          "row_version = row_version + 1 "
                                          "WHERE status <> 'closed' AND priority <> %1")
                               .arg(derived),
                           {QVariant(now)}, rederive);
    if (!update)
        return std::unexpected(update.error());
    if (auto n = SlaRepository::refreshAllIn(db); !n)
        return std::unexpected(n.error());
    return tx.commit();
}

} // namespace redress::core
