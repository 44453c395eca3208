#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace redress::core {

/// A unit of work that rolls back unless commit() was called.
///
/// The outermost unit on a connection starts with BEGIN IMMEDIATE: Qt's
/// transaction() is deferred, and a deferred read-then-write transaction in
/// WAL mode fails with SQLITE_BUSY instead of waiting for the busy timeout.
/// On PostgreSQL the outermost unit takes the store's writer lock (an
/// advisory lock held to the commit), so writes on both backends run one at
/// a time and read-check-write code holds on a team's server too.
/// A unit opened inside another becomes a savepoint, so a helper can be
/// transactional on its own and still part of its caller's unit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether the unit began; when not, error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status begun() const;
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost unit
    bool m_active = false;
    Error m_error;
};

} // namespace redress::core
