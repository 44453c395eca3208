#pragma once

#include "core/Error.h"
#include "core/store/Migrations.h"

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
    /// How long a write waits for another desk's before it gives up: SQLite's
    /// busy timeout, PostgreSQL's lock_timeout.
    static constexpr int busyTimeoutMs = 10000;

    enum class Backend
    {
        Sqlite,     ///< one desk: a local file
        PostgreSQL, ///< a team: one server, through Qt's QPSQL driver
    };

    enum class OpenMode
    {
        OpenOrCreate, ///< a missing file becomes a new, empty store
        OpenExisting, ///< a missing file is an error, never silently created
    };

    /// Checks the file before touching it (an SQLite file, ours, not newer
    /// than this build, readable), then opens it in WAL mode and applies any
    /// pending migrations. A file that fails a check is left as it was.
    ///
    /// A `postgresql://user@host:port/database` address opens a team's
    /// store on a server instead; the password comes from libpq's usual
    /// places (PGPASSWORD, ~/.pgpass). An empty database becomes a store; one
    /// holding other tables, or a newer schema, is refused untouched.
    /// `progress` hears of the migration steps and may stop between them
    /// (Migrations::migrate).
    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::OpenOrCreate,
                                 const Migrations::Progress& progress = {});
    /// Whether `location` names a PostgreSQL server rather than a file.
    static bool isServerAddress(const QString& location);

    /// `location` as it may be shown or saved: a server address without its
    /// password (neither user:password@ nor ?password=); a file unchanged.
    static QString withoutPassword(const QString& location);
    /// Whether `host` (a name, an address, a socket folder, or several
    /// separated by commas as libpq takes them) is this computer only:
    /// empty, a Unix socket's folder, localhost, 127.0.0.0/8 or ::1.
    static bool isLoopback(const QString& host);
    /// The libpq connection options Redress passes for a server `address`
    /// (key=value, quoted). Without an sslmode of the address's (or libpq's
    /// PGSSLMODE) a host off this computer gets sslmode=verify-full: libpq's
    /// own default, prefer, encrypts without checking whom it talks to.
    static QStringList serverConnectOptions(const QString& address);

    /// `redress.sqlite` under the per-user application data folder.
    static QString defaultPath();

    /// The file, or for a server its address without any password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    /// This thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;
    /// A further connection of the calling thread named `name`, opened and
    /// set up as connection() sets up its own (ChangeWatcher listens on
    /// one). The caller closes and removes it; closeAll() takes only the
    /// per-thread connections, so a name of the caller's own is safe from it.
    QSqlDatabase openConnection(const QString& name) const;
    /// Closes every connection of this store on every thread that has ended.
    void closeAll() const;
    /// The schema version the file is at.
    int schemaVersion() const;

private:
    explicit Database(QString path, Backend backend = Backend::Sqlite, QString password = {})
        : m_path(std::move(path)), m_backend(backend), m_password(std::move(password))
    {
    }
    QString connectionName() const;
    QSqlDatabase openPostgres(const QString& name) const;
    static Result<Database> openServer(const QString& address, OpenMode mode,
                                       const Migrations::Progress& progress);

    QString m_path;
    Backend m_backend = Backend::Sqlite;
    /// Only when the address itself carried one; never written anywhere.
    QString m_password;
};

} // namespace redress::core
