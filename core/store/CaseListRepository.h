#pragma once

#include "core/Error.h"
#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QList>

namespace redress::core {

/// The SQL behind the case list: counts and windows of rows, sorted and
/// filtered by the database, never by loading the table.
class CaseListRepository
{
public:
    explicit CaseListRepository(Database db) : m_db(std::move(db)) {}

    Result<qint64> count(const CaseListQuery& query);
    /// Rows [start, start + length) of the ordering. `total` (the count, when
    /// known) lets a window in the second half be read from the far end, so
    /// the last row costs what the first does.
    Result<QList<CaseRow>> window(const CaseListQuery& query, qint64 start, int length, qint64 total = -1);
    /// Just the ids of those rows, for acting on a selection.
    Result<QList<qint64>> ids(const CaseListQuery& query, qint64 start, int length, qint64 total = -1);
    /// Where the case stands in the ordering, or -1 when the filter hides it.
    Result<qint64> rowOf(const CaseListQuery& query, qint64 caseId);

private:
    /// About how many cases a search is drawn from (0 without a search).
    Result<qint64> casesForSearch(const CaseListQuery& query);

    Database m_db;
};

} // namespace redress::core
