#pragma once

#include "core/store/Database.h"

#include <QString>

namespace redress::core {

/// The daily automatic backup as the person set it: whether it runs, where
/// the copies go and how many are kept (Backup::daily writes and prunes).
/// The values come in from the caller; the core reads no settings.
struct BackupPolicy
{
    static constexpr int minKeep = 1;
    static constexpr int maxKeep = 365;
    static constexpr int defaultKeep = 7;

    bool daily = true;
    QString folder; ///< where the copies go
    int keep = defaultKeep;

    /// As stored: `keep` brought into [minKeep, maxKeep], since a settings
    /// file edited by hand may say anything.
    static BackupPolicy fromStored(bool daily, const QString& folder, int keep);
    /// As the person chose it: an empty folder means `defaultFolder`.
    static BackupPolicy chosen(bool daily, const QString& folder, int keep, const QString& defaultFolder);

    /// Whether the daily backup runs for a store on `backend`: a server's
    /// store is backed up by the server's administrator, not by each desk.
    bool runsDailyFor(Database::Backend backend) const;
};

} // namespace redress::core
