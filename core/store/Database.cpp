#include "core/store/Database.h"

#include "core/PrivateFile.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <filesystem>
#include <optional>
#include <system_error>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Database)
};

/// A full disk under `path`, said so; nullopt when there is room. SQLite
/// reports it as a disk I/O error, even on a read, when it cannot make the
/// -shm file beside a store.
std::optional<Error> diskFull(const QString& path, const QString& detail)
{
    const QFileInfo info(path);
    if (const QStorageInfo disk(info.absolutePath()); disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return Error::make(Error::Code::Io,
                           Tr::tr("The disk holding %1 is full. Free some space on it (%2) and start "
                                  "again; nothing was changed.")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                    QDir::toNativeSeparators(disk.rootPath())),
                           detail);
    return std::nullopt;
}

/// What a path that exists and is not a regular file is, for a message;
/// empty for a regular file (or a link to one).
QString notRegular(const QString& path)
{
    std::error_code ec;
    switch (std::filesystem::status(std::filesystem::path(path.toStdU16String()), ec).type()) {
    case std::filesystem::file_type::regular:
    case std::filesystem::file_type::not_found:
    case std::filesystem::file_type::none: return {};
    case std::filesystem::file_type::directory: return Tr::tr("a folder");
    case std::filesystem::file_type::block:
    case std::filesystem::file_type::character: return Tr::tr("a device");
    case std::filesystem::file_type::fifo: return Tr::tr("a pipe");
    case std::filesystem::file_type::socket: return Tr::tr("a socket");
    default: return Tr::tr("not a regular file");
    }
}

/// Why a store at `path` cannot be written, in words a person can act on:
/// the folder or the file is read-only to this user, or the disk is full;
/// nullopt when it is neither.
std::optional<Error> placeFault(const QString& path, const QString& detail)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (info.exists() && !info.isWritable())
        return Error::make(Error::Code::Io,
                           Tr::tr("%1 is read-only for you. Ask its owner for write access, or open a copy "
                                  "of it you may write to.")
                               .arg(shown),
                           detail);
    // SQLite writes its -wal and -shm files beside the store.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error::make(Error::Code::Io,
                           Tr::tr("The folder %1 is read-only for you, and Redress writes its store %2 and "
                                  "the store's journal there. Ask for write access to the folder, or move "
                                  "the store to a folder of yours.")
                               .arg(folder, shown),
                           detail);
    return diskFull(path, detail);
}

Error unwritable(const QString& path, const QString& detail)
{
    if (auto fault = placeFault(path, detail))
        return *fault;
    return Error::make(Error::Code::Io,
                       Tr::tr("%1 cannot be opened for writing.")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                       detail);
}

// A file is checked through a read-only connection of its own before the
// store opens it for writing: opening for writing switches the journal to
// WAL and would rewrite the header of a file that is not ours.
Status inspect(const QString& path, qint64 size)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(Error::Code::NotRedressFile,
                    Tr::tr("%1 is not a Redress database: it is not an SQLite database file.").arg(shown));
    if (size < 512 || header.size() < 100)
        return fail(Error::Code::Corrupt, Tr::tr("%1 is damaged: the file is cut short.").arg(shown));

    const QString name = QStringLiteral("redress-inspect:") + path;
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (QFile::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            // Even a read-only connection creates the -wal and -shm files of
            // a file in WAL mode. With no log to read, the file alone is the
            // whole database: read it as immutable, so that nothing appears
            // beside a file that is then refused.
            QUrl url = QUrl::fromLocalFile(path);
            url.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        const auto damaged = [&](const Error& e) -> Status {
            if (auto full = diskFull(path, e.detail))
                return std::unexpected(*full);
            return fail(Error::Code::Corrupt,
                        Tr::tr("%1 cannot be read as a database; it may be damaged.").arg(shown), e.detail);
        };
        const QString what = Tr::tr("reading the file's header");
        if (!db.open()) {
            verdict = fail(Error::Code::Io, Tr::tr("%1 cannot be opened.").arg(shown), db.lastError().text());
        } else if (auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, what, 0);
                   !appId) {
            verdict = damaged(appId.error());
        } else if (auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, what, 0);
                   !version) {
            verdict = damaged(version.error());
        } else if (auto tables =
                       sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, what, 0);
                   !tables) {
            verdict = damaged(tables.error());
        } else if (appId->toInt() != Database::applicationId &&
                   !(appId->toInt() == 0 && tables->toInt() == 0)) {
            verdict = fail(
                Error::Code::NotRedressFile,
                Tr::tr("%1 is an SQLite database of another program, not a Redress database.").arg(shown));
        } else if (version->toInt() > Migrations::latest()) {
            verdict =
                fail(Error::Code::NewerSchema,
                     Tr::tr("%1 was written by a newer Redress (schema version %2; this version knows up to "
                            "%3). Update Redress to open it.")
                         .arg(shown)
                         .arg(version->toInt())
                         .arg(Migrations::latest()));
        } else if (size <= 64LL * 1024 * 1024) {
            // A full check reads every page; on a large store that is left to
            // `redress-cli check` rather than delaying every start.
            auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)"), {}, what);
            if (!check)
                verdict = damaged(check.error());
            else if (check->toString() != QLatin1String("ok"))
                verdict =
                    fail(Error::Code::Corrupt, Tr::tr("%1 is damaged: %2").arg(shown, check->toString()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/redress.sqlite");
}

bool Database::isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

Result<Database> Database::open(const QString& path, OpenMode mode, const Migrations::Progress& progress)
{
    if (isServerAddress(path))
        return openServer(path, mode, progress);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        // SQLite would open a device or a pipe for writing as readily as a
        // file (--db /dev/zero): anything but a regular file is refused.
        if (const QString kind = notRegular(info.absoluteFilePath()); !kind.isEmpty())
            return fail(Error::Code::Io, Tr::tr("%1 is %2, not a Redress database.").arg(shown, kind));
        if (info.size() > 0) {
            if (auto ok = inspect(info.absoluteFilePath(), info.size()); !ok)
                return std::unexpected(ok.error());
        }
    } else if (mode == OpenMode::OpenExisting) {
        return fail(Error::Code::NotFound, Tr::tr("There is no Redress database at %1.").arg(shown));
    } else if (!info.absoluteDir().exists()) {
        return fail(
            Error::Code::Io,
            Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    if (!info.exists()) {
        // A store holds customers' words: only its owner may read it. Made
        // 0600 at creation (never wider for a moment), before SQLite opens
        // it: SQLite gives the -wal and -shm files the database file's
        // permissions. NewOnly also refuses a link planted at the path.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile::permissions))
            return std::unexpected(unwritable(info.absoluteFilePath(), file.errorString()));
    }

    Database store(info.absoluteFilePath());
    QSqlDatabase db = store.connection();
    if (!db.isOpen())
        return std::unexpected(unwritable(info.absoluteFilePath(), db.lastError().text()));
    // WAL lets the list's reader connection run beside a writer. It is the
    // first write: a read-only folder or a full disk shows here.
    if (auto r = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, Tr::tr("switching to WAL"));
        !r) {
        db = QSqlDatabase();
        store.releaseThreadConnection();
        // The folder's or the disk's state says more than SQLite's code.
        if (auto fault = placeFault(info.absoluteFilePath(), r.error().detail))
            return std::unexpected(*fault);
        return std::unexpected(r.error());
    }
    if (auto ok = Migrations::migrate(db, progress); !ok) {
        db = QSqlDatabase();
        store.releaseThreadConnection();
        return std::unexpected(ok.error());
    }
    return store;
}

Result<Database> Database::openServer(const QString& address, OpenMode mode,
                                      const Migrations::Progress& progress)
{
    Q_UNUSED(mode); // a server's database is made by its administrator, never by Redress
    const QUrl url(address, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(QLatin1Char('/')))
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("%1 is not a PostgreSQL address; write it as postgresql://user@host:port/database.")
                .arg(withoutPassword(address)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Unavailable,
                    Tr::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    // The password, when the address carries one, is kept apart from the
    // address every message, title and setting shows.
    const QString password =
        url.password().isEmpty()
            ? QUrlQuery(url).queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded)
            : url.password(QUrl::FullyDecoded);
    Database store(withoutPassword(address), Backend::PostgreSQL, password);
    QString text;
    {
        // No copy of the connection may outlive this block: a refused one is
        // released below.
        const QSqlDatabase db = store.connection();
        if (!db.isOpen())
            text = db.lastError().text().isEmpty() ? QStringLiteral("not connected") : db.lastError().text();
    }
    if (!text.isEmpty()) {
        const QString server = url.host().isEmpty() ? Tr::tr("this computer") : url.host();
        const QString user = url.userName().isEmpty()
                                 ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"))
                                 : url.userName();
        store.releaseThreadConnection();
        if (text.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("authentication"), Qt::CaseInsensitive))
            return fail(Error::Code::Unavailable,
                        Tr::tr("The PostgreSQL server on %1 refused the login of %2. Check the password in "
                               "~/.pgpass or PGPASSWORD.")
                            .arg(server, user),
                        text);
        if (text.contains(QLatin1String("SSL"), Qt::CaseSensitive) ||
            text.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
            return fail(
                Error::Code::Unavailable,
                Tr::tr("The PostgreSQL server on %1 could not be verified. Off this computer Redress "
                       "checks the server's certificate (sslmode=verify-full): put the certificate of "
                       "the authority that signed it in ~/.postgresql/root.crt, or, on a network you "
                       "trust, name another sslmode in the address (?sslmode=require) or in "
                       "PGSSLMODE.")
                    .arg(server),
                text);
        if (text.contains(QLatin1String("does not exist"), Qt::CaseInsensitive))
            return fail(Error::Code::NotFound,
                        Tr::tr("The PostgreSQL server on %1 has no database %2 for %3; ask its administrator "
                               "to create it.")
                            .arg(server, database, user),
                        text);
        return fail(Error::Code::Unavailable,
                    Tr::tr("The PostgreSQL server on %1 cannot be reached; is it running?").arg(server),
                    text);
    }
    if (auto ok = Migrations::migrate(store.connection(), progress); !ok) {
        store.releaseThreadConnection();
        return std::unexpected(ok.error());
    }
    return store;
}

namespace {

// A value in libpq's conninfo, quoted: options carry spaces.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QString Database::withoutPassword(const QString& location)
{
    if (!isServerAddress(location))
        return location;
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        // Not an address Redress can use, but it may still carry a secret
        // into a message: drop what stands between user: and @.
        static const QRegularExpression secret(QStringLiteral("^([^:/]+://[^:@/]*):[^@]*@"));
        QString shown = location;
        return shown.replace(secret, QStringLiteral("\\1@"));
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

bool Database::isLoopback(const QString& host)
{
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    for (QString h : host.split(QLatin1Char(','))) {
        h = h.trimmed();
        if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
            h = h.mid(1, h.size() - 2);
        const bool local = h.isEmpty() || h.startsWith(QLatin1Char('/')) ||
                           h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                           h == QLatin1String("::1") || ipv4Loopback.match(h).hasMatch();
        if (!local)
            return false;
    }
    return true;
}

QStringList Database::serverConnectOptions(const QString& address)
{
    const QUrl url(address);
    // Settings every (re)connection starts with, through libpq's `options`:
    // no notices in the log, and a wait for another desk's write as long as
    // SQLite's busy timeout. libpq's own options may ride in the query
    // (sslmode=require, …); an `options` of the address's comes first.
    QString serverOptions =
        QStringLiteral("-c client_min_messages=warning -c lock_timeout=%1").arg(busyTimeoutMs);
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=redress")};
    QString host = url.host();
    bool sslmode = qEnvironmentVariableIsSet("PGSSLMODE");
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("options")) {
            serverOptions.prepend(value + QLatin1Char(' '));
            continue;
        }
        if (key == QLatin1String("password"))
            continue; // Database keeps it apart and hands it to the driver
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            host = value;
        sslmode = sslmode || key == QLatin1String("sslmode");
        options << key + QLatin1Char('=') + conninfoValue(value);
    }
    // An address that names no sslmode and leaves this computer gets the
    // certificate and the host name checked; sslmode= in the address or
    // PGSSLMODE relaxes it.
    if (!sslmode && !isLoopback(host))
        options << QStringLiteral("sslmode=verify-full");
    options << QStringLiteral("options=") + conninfoValue(serverOptions);
    return options;
}

QSqlDatabase Database::openPostgres(const QString& name) const
{
    const QUrl url(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(serverConnectOptions(m_path).join(QLatin1Char(';')));
    db.open();
    return db;
}

QString Database::connectionName() const
{
    return QStringLiteral("redress:%1:%2")
        .arg(m_path)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A server connection closed after it was lost (sql::run) tries again.
        if (m_backend == Backend::PostgreSQL && !db.isOpen())
            db.open();
        return db;
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    if (m_backend == Backend::PostgreSQL)
        return openPostgres(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // NORMAL is safe in WAL mode: a power cut may lose the last commit,
        // never corrupt the file.
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSizePragma));
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void Database::closeAll() const
{
    const QString prefix = QStringLiteral("redress:%1:").arg(m_path);
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(prefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection()).value_or(0);
}

} // namespace redress::core
