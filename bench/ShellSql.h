#pragma once

#include "core/store/CaseListQuery.h"

#include <QString>

namespace redress::bench {

/// The SQL CaseListRepository runs, spelled out with literal values for the
/// sqlite3 shell. It mirrors core/store/CaseListRepository.cpp by hand; the
/// benchmark compares the ids the shell returns with the repository's, so a
/// drift between the two shows up as a failed check, not as a wrong ratio.
namespace shellSql {

/// `SELECT count(*) FROM cases c WHERE …`
QString count(const core::CaseListQuery& query);
/// The deferred join: row columns for the ids of an index-only window, read
/// from the far end when the window lies in the second half.
QString window(const core::CaseListQuery& query, qint64 start, int length, qint64 total);
/// What a person would write for a screen of the default order, say the
/// last: `ORDER BY opened_at DESC, id DESC LIMIT 100 OFFSET total - 100`.
QString naiveWindow(qint64 start, int length);

} // namespace shellSql

} // namespace redress::bench
