#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace redress::core {

/// Consistent copies of a store, taken while Redress runs, checked after
/// writing; restoring one; and the daily automatic backup.
class Backup
{
public:
    /// How long a hidden ".part" copy in a backup folder must have been left
    /// unwritten before a later backup removes it as the leftover of one
    /// that was killed.
    static constexpr qint64 stalePartSecs = 3600;

    /// Fraction done from 0 to 1; returning false cancels (no file is left).
    using Progress = std::function<bool(double done)>;

    struct Written
    {
        QString path;
        qint64 bytes = 0;
        qint64 cases = 0; ///< counted in the copy when it was checked
    };

    /// Copies the store to `target` (replacing it only once the copy is
    /// written and checked; a link at `target` is replaced, not followed);
    /// a failure leaves no partial file. The copy is 0600. Hidden copies
    /// that killed backups left in the folder are removed first.
    static Result<Written> write(const Database& db, const QString& target, const Progress& progress = {});

    /// Checks that `backupPath` is a sound Redress store this build can open.
    static Result<Written> verify(const QString& backupPath);

    /// Replaces the store at `storePath` with the backup. Every connection
    /// to the store must be closed first. The store as it was is kept
    /// beside it (…-before-restore) until the next restore.
    static Status restore(const QString& backupPath, const QString& storePath);

    /// The daily backup: when `folder` has none for today (local date of
    /// `now`), writes redress-YYYY-MM-DD.sqlite there and removes the
    /// oldest automatic ones beyond `keep`. Returns the file written, or an
    /// empty path when today's already exists.
    /// `progress` may cancel the copy (Redress closing), leaving no file.
    static Result<QString> daily(const Database& db, const QString& folder, int keep, const QDateTime& now,
                                 const Progress& progress = {});

    /// Whether two paths name the same file; either may not exist yet.
    static bool sameFile(const QString& a, const QString& b);
};

} // namespace redress::core
