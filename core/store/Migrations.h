#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace redress::core {

/// The schema as an ordered ladder of steps. Step N takes a store from
/// version N-1 to N in one transaction that also records the version, so a
/// failed step leaves the file at N-1.
class Migrations
{
public:
    /// The newest schema version this build knows.
    static int latest();
    static Result<int> currentVersion(const QSqlDatabase& db);
    /// Applies every step after the store's current version.
    static Status migrate(const QSqlDatabase& db);
};

} // namespace redress::core
