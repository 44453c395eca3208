#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace redress::core {

/// Moves a desk's SQLite store into another store, typically the team's
/// store on PostgreSQL: every row of every table, ids and the timeline's
/// audit chain as they were, in one transaction of the target, with the
/// counts of both sides compared before it commits.
class StoreCopy
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<Table> tables; ///< in the order they were written
        qint64 rows = 0;
    };
    /// Rows written so far of all; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// `from` must be an SQLite store and `to` hold no users, customers or
    /// cases yet (its seeded catalogues are replaced by the source's). Both
    /// are at the same schema version, as Database::open leaves them.
    static Result<Report> copy(const Database& from, const Database& to, const Progress& progress = {});
};

} // namespace redress::core
