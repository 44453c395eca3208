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

/// The same for a statement with no parameters.
inline Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QString& what)
{
    return run(db, statement, QVariantList{}, what);
}

/// First column of the first row, or `fallback` when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                        const QString& what, const QVariant& fallback = {});

/// A Database error for a failed query, naming `what`.
Error errorFrom(const QSqlQuery& query, const QString& what);

/// Milliseconds since the epoch, UTC, as stored; null for an invalid time.
QVariant toStored(const QDateTime& t);
QDateTime fromStored(const QVariant& v);

} // namespace redress::core::sql
