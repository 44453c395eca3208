#include "core/store/BackupPolicy.h"

#include <algorithm>

namespace redress::core {

BackupPolicy BackupPolicy::fromStored(bool daily, const QString& folder, int keep)
{
    return {daily, folder, std::clamp(keep, minKeep, maxKeep)};
}

BackupPolicy BackupPolicy::chosen(bool daily, const QString& folder, int keep, const QString& defaultFolder)
{
    return fromStored(daily, folder.isEmpty() ? defaultFolder : folder, keep);
}

bool BackupPolicy::runsDailyFor(Database::Backend backend) const
{
    return daily && backend != Database::Backend::PostgreSQL;
}

} // namespace redress::core
