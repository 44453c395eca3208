#include "core/store/Transaction.h"

#include "core/store/AuditChain.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace redress::core {

namespace {
// Open units per connection, per thread: connections are never shared
// between threads, so a thread-local map needs no lock.
thread_local QHash<QString, int> depthByConnection;

QString what()
{
    return QCoreApplication::translate("redress::core::Transaction", "starting a transaction");
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = depthByConnection[m_db.connectionName()];
    QString statement;
    if (depth == 0) {
        statement = m_db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE")
                                                                  : QStringLiteral("BEGIN");
    } else {
        m_savepoint = QStringLiteral("unit_%1").arg(depth);
        statement = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    QSqlQuery q(m_db);
    if (!q.exec(statement)) {
        m_error = sql::errorFrom(q, what());
        return;
    }
    if (depth == 0 && sql::isPostgres(m_db)) {
        // The server's counterpart of BEGIN IMMEDIATE: one writing desk at a
        // time. The audit chain is one sequence anyway, and a writer that
        // takes this lock before any row lock can never deadlock with
        // another over the chain's lock and a case row.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                        .arg(sql::storeLockArgs(AuditChain::lockKey)))) {
            m_error = sql::errorFrom(q, what());
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return;
        }
    }
    ++depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --depthByConnection[m_db.connectionName()];
}

Status Transaction::begun() const
{
    if (m_active)
        return {};
    return std::unexpected(m_error);
}

Status Transaction::commit()
{
    if (!m_active)
        return std::unexpected(m_error);
    QSqlQuery q(m_db);
    const QString statement =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!q.exec(statement)) {
        // Still active: the destructor rolls back.
        return std::unexpected(sql::errorFrom(
            q, QCoreApplication::translate("redress::core::Transaction", "committing the transaction")));
    }
    m_active = false;
    --depthByConnection[m_db.connectionName()];
    return {};
}

} // namespace redress::core
