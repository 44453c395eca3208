#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

#include <functional>

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
    /// Before each step: how many steps are done and how many there are;
    /// false stops the upgrade there.
    using Progress = std::function<bool(int done, int total)>;

    /// Applies every step after the store's current version. Stopped by
    /// `progress`, it fails with Cancelled and leaves the store at the last
    /// step completed, from which the next open carries on.
    static Status migrate(const QSqlDatabase& db, const Progress& progress = {});
};

} // namespace redress::core
