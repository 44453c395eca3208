#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace redress::core {

/// A Redress store: where it is and how to reach it from the calling thread.
///
/// Copies are cheap and share the store. Each thread gets its own named
/// connection on first use (Qt's connections must not cross threads);
/// worker threads call releaseThreadConnection() before they end.
class Database
{
public:
    /// Marks a file as ours in SQLite's header ("RDRS").
    static constexpr qint32 applicationId = 0x52445253;
    /// Page cache per connection, as PRAGMA cache_size takes it (negative: KiB).
    static constexpr int cacheSizePragma = -32000;

    enum class OpenMode
    {
        OpenOrCreate, ///< a missing file becomes a new, empty store
        OpenExisting, ///< a missing file is an error, never silently created
    };

    /// Checks the file before touching it (an SQLite file, ours, not newer
    /// than this build, readable), then opens it in WAL mode and applies any
    /// pending migrations. A file that fails a check is left as it was.
    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::OpenOrCreate);

    /// `redress.sqlite` under the per-user application data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
    /// This thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;
    /// Closes every connection of this store on every thread that has ended.
    void closeAll() const;
    /// The schema version the file is at.
    int schemaVersion() const;

private:
    explicit Database(QString path) : m_path(std::move(path)) {}
    QString connectionName() const;

    QString m_path;
};

} // namespace redress::core
