#pragma once

#include "core/Error.h"
#include "core/store/Transaction.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace redress::core {

/// A large load into an SQLite store as one transaction that sets the
/// indexes of cases and their recovery rows and the search triggers aside,
/// writes, then rebuilds them: sorting once is several times faster than
/// keeping fourteen indexes and a trigram index in step row by row. The
/// triggers that copy cause, cost and promise into a case on the insert of
/// its analysis, gestures and solution are set aside as well: the writer
/// (the demo) sets those columns of the case row itself and seals its
/// events as it writes them. CHECK constraints are not evaluated during
/// the load (see begin()).
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase db) : m_db(std::move(db)) {}
    /// Rolls back what was not committed, then puts the connection's
    /// settings back.
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    /// Tunes the connection, begins the transaction and drops the indexes
    /// and triggers.
    Status begin();
    /// Recreates what begin() dropped and rebuilds the search indexes; the
    /// transaction stays open.
    Status restoreIndexes();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_tuned = false;
    std::optional<Transaction> m_tx;
    QStringList m_creates;
    qint64 m_firstCaseId = 1; ///< the first case the load writes
};

} // namespace redress::core
