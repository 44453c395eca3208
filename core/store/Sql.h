#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace redress::core::sql {

/// Prepares `statement`, binds `values` in order and runs it. On failure the
/// error names `what` (a phrase such as "saving the case") and carries the
/// driver's text as detail. The only way repositories talk to the database,
/// so every value is bound, never spliced.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what);

/// `v` as the store takes it: a null QString as empty text, a bool as 0 or 1.
QVariant bindable(const QVariant& v);

/// The same for a statement with no parameters.
inline Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QString& what)
{
    return run(db, statement, QVariantList{}, what);
}

/// First column of the first row, or `fallback` when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                        const QString& what, const QVariant& fallback = {});

/// Whether `db` is a connection to a PostgreSQL server (else SQLite): for
/// the few statements whose dialects differ.
inline bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

/// `sqlite` or `postgres`, whichever `db` speaks.
inline QString dialect(const QSqlDatabase& db, const QString& sqlite, const QString& postgres)
{
    return isPostgres(db) ? postgres : sqlite;
}

/// The id an `INSERT … RETURNING id` gave back (both dialects have
/// RETURNING; Qt's lastInsertId() has no PostgreSQL counterpart).
inline qint64 returnedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    // SQLite keeps a RETURNING statement open until it is reset, and an
    // open statement would keep the transaction from committing.
    query.finish();
    return id;
}

/// The arguments of a PostgreSQL advisory lock on this store only:
/// `(schema hash, key)`. Stores in schemas of one database (a host's teams,
/// the tests) must not hold each other up, so the lock is keyed by the
/// schema the store's tables are in, found through the search path as the
/// statements find them.
inline QString storeLockArgs(qint32 key)
{
    return QStringLiteral("hashtext(coalesce((SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON "
                          "n.oid = c.relnamespace WHERE c.oid = to_regclass('case_events')), "
                          "current_schema())), %1")
        .arg(key);
}

/// The larger of two SQL expressions: SQLite's two-argument max(),
/// PostgreSQL's greatest().
inline QString greater(const QSqlDatabase& db, const QString& a, const QString& b)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres(db) ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

/// A Database error for a failed query, naming `what`.
Error errorFrom(const QSqlQuery& query, const QString& what);

/// Milliseconds since the epoch, UTC, as stored; null for an invalid time.
QVariant toStored(const QDateTime& t);
QDateTime fromStored(const QVariant& v);

} // namespace redress::core::sql
