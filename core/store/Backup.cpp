#include "core/store/Backup.h"

#include "core/PrivateFile.h"
#include "core/store/AuditChainSidecar.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Backup)
};

/// Replaces `to` with `from` in one step (POSIX rename; MoveFileEx on Windows).
bool replaceFile(const QString& from, const QString& to, QString* why)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec && why)
        *why = QString::fromStdString(ec.message());
    return !ec;
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

/// A Qt connection of the backup's own, gone with this object: the copy
/// must not share the caller's connection, which may be inside a
/// transaction of its own.
class OwnConnection
{
public:
    OwnConnection(const QString& purpose, const QString& databaseName, const QString& options)
        : m_name(QStringLiteral("redress-backup-%1:%2:%3")
                     .arg(purpose)
                     .arg(counter().fetchAndAddRelaxed(1))
                     .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInteger<quint32>& counter()
    {
        static QAtomicInteger<quint32> n;
        return n;
    }
    QString m_name;
    bool m_open = false;
    QString m_error;
};

/// An Error for a failed SQLite call on the copy at `path`.
Error copyError(int rc, const char* driverText, const QString& path)
{
    const QString detail = QString::fromUtf8(driverText ? driverText : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::make(Error::Code::Io,
                           Tr::tr("The backup %1 could not be written: the disk is full.").arg(shownPath(path)),
                           detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::make(
            Error::Code::Io,
            Tr::tr("The backup %1 could not be written: the file system refused.").arg(shownPath(path)), detail);
    case SQLITE_INTERRUPT:
        return Error::make(Error::Code::Cancelled, Tr::tr("The backup was cancelled."), detail);
    default:
        return Error::make(Error::Code::Database,
                           Tr::tr("The backup %1 could not be written.").arg(shownPath(path)), detail);
    }
}

// The full check's share of the work, and how many virtual-machine steps it
// takes per page. integrity_check reports nothing while it runs; counting
// its steps in the progress handler gives an estimate. Measured on demo
// stores of 2,000 to 1,000,000 cases: 730-800 steps per page; a check
// that runs longer simply waits at the end of its share.
constexpr double copyShare = 0.2;
constexpr double checkStepsPerPage = 800.0;
constexpr int progressEverySteps = 1000;

struct CheckProgress
{
    const Backup::Progress* progress = nullptr;
    double expectedCalls = 1;
    qint64 calls = 0;
};

int onCheckSteps(void* context)
{
    auto* p = static_cast<CheckProgress*>(context);
    ++p->calls;
    if (!p->progress || !*p->progress)
        return 0;
    const double share = std::min(1.0, p->calls / p->expectedCalls);
    // Non-zero interrupts the statement: a cancel.
    return (*p->progress)(copyShare + (1.0 - copyShare) * share) ? 0 : 1;
}

/// The header's own idea of the file's size, when the header vouches for it
/// (SQLite's "in-header database size" is valid only when bytes 92..95
/// equal the change counter at 24..27); 0 when it does not.
qint64 sizeFromHeader(const QByteArray& header)
{
    const auto u32 = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
               (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (u32(24) != u32(92) || pageSize < 512)
        return 0;
    return pageSize * u32(28);
}

/// Checks a copy without writing to it: the header, that it is ours, that
/// this build knows its schema, every page and index (a full
/// integrity_check: it is a backup, and the one thing it must be is
/// sound), and counts its cases. `progress` may cancel the check.
Result<Backup::Written> inspect(const QString& path, const Backup::Progress& progress)
{
    const QFileInfo info(path);
    const QString name = shownPath(path);
    if (!info.exists())
        return fail(Error::Code::NotFound, Tr::tr("There is no backup at %1.").arg(name));
    if (info.isDir())
        return fail(Error::Code::Io, Tr::tr("%1 is a folder, not a Redress backup.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(Error::Code::NotRedressFile,
                    Tr::tr("%1 is not a Redress backup: it is not an SQLite database file.").arg(name));
    const qint64 size = info.size();
    if (size < 512 || header.size() < 100)
        return fail(Error::Code::Corrupt, Tr::tr("%1 is damaged: the file is cut short.").arg(name));
    if (const qint64 expected = sizeFromHeader(header); expected > size)
        return fail(Error::Code::Corrupt, Tr::tr("%1 is damaged: the file is cut short (%2 of %3 bytes).")
                                              .arg(name)
                                              .arg(size)
                                              .arg(expected));

    // Read-only and immutable: nothing, not even a -wal or -shm, is written
    // beside the copy, and what is checked is the one file a restore uses.
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    url.setQuery(QStringLiteral("mode=ro&immutable=1"));
    OwnConnection conn(QStringLiteral("check"), url.toString(QUrl::FullyEncoded),
                       QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!conn.isOpen())
        return fail(Error::Code::Io, Tr::tr("%1 cannot be opened.").arg(name), conn.error());
    const QSqlDatabase db = conn.db();
    const auto damaged = [&](const Error& e) {
        if (e.code == Error::Code::Cancelled)
            return fail(Error::Code::Cancelled, Tr::tr("The check of %1 was cancelled.").arg(name));
        return fail(Error::Code::Corrupt,
                    Tr::tr("%1 cannot be read as a database; it may be damaged.").arg(name), e.detail);
    };
    const QString what = Tr::tr("checking the backup");
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, what, 0);
    if (!appId)
        return damaged(appId.error());
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, what, 0);
    if (!version)
        return damaged(version.error());
    if (appId->toInt() != Database::applicationId)
        return fail(
            Error::Code::NotRedressFile,
            Tr::tr("%1 is not a Redress backup: it is an SQLite database of another program.").arg(name));
    if (version->toInt() > Migrations::latest())
        return fail(Error::Code::NewerSchema,
                    Tr::tr("%1 was written by a newer Redress (schema version %2; this "
                           "version knows up to %3). Update Redress to use it.")
                        .arg(name)
                        .arg(version->toInt())
                        .arg(Migrations::latest()));
    auto pages = sql::scalar(db, QStringLiteral("PRAGMA page_count"), {}, what, 0);
    if (!pages)
        return damaged(pages.error());

    // The check walks every index against its table: with the default page
    // cache it reads the same pages over and over (measured on a 1.6 GB
    // store: 35 s with 2 MB, 31 s with 64 MB).
    if (auto r = sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"), what); !r)
        return damaged(r.error());
    CheckProgress steps{&progress, std::max(1.0, pages->toDouble() * checkStepsPerPage / progressEverySteps)};
    sqlite3* handle = handleOf(db);
    if (handle && progress)
        sqlite3_progress_handler(handle, progressEverySteps, &onCheckSteps, &steps);
    auto problems = sql::run(db, QStringLiteral("PRAGMA integrity_check(10)"), what);
    QStringList found;
    if (problems) {
        while (problems->next())
            found << problems->value(0).toString();
    }
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!problems)
        return damaged(problems.error());
    if (problems->lastError().isValid())
        return damaged(sql::errorFrom(*problems, what));
    if (found != QStringList{QStringLiteral("ok")})
        return fail(Error::Code::Corrupt,
                    Tr::tr("%1 is damaged: %2").arg(name, found.mid(0, 3).join(QStringLiteral("; "))),
                    found.join(QLatin1Char('\n')));

    auto cases = sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"), {}, what, 0);
    if (!cases)
        return damaged(cases.error());
    return Backup::Written{info.absoluteFilePath(), size, cases->toLongLong()};
}

/// Removes a half-written copy (and a journal SQLite may have left beside
/// it) unless released.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (m_path.isEmpty())
            return;
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-journal"));
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

/// Copies the store at `source` into the empty file `target` page by page.
///
/// Two ways were measured on a 1.6 GB store of a million cases with a
/// writer committing every 100 ms beside it:
/// - the online backup API reading from a read transaction held open on a
///   connection of its own: 5 s (11 s with a cold cache), never restarted.
///   Without that transaction every commit of another connection restarts
///   the copy from page 1, and with that writer it never finished;
/// - VACUUM INTO: 148 s, since it rebuilds every index and the search index.
/// So: the backup API from one snapshot. The open read transaction keeps
/// the WAL from being checkpointed past it for those seconds, nothing more.
Status copyPages(const QString& source, const QString& target, const Backup::Progress& progress)
{
    OwnConnection conn(QStringLiteral("source"), source,
                       QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!conn.isOpen())
        return fail(Error::Code::Io,
                    Tr::tr("The store %1 cannot be opened for the backup.").arg(shownPath(source)), conn.error());
    const QSqlDatabase src = conn.db();
    sqlite3* from = handleOf(src);
    if (!from)
        return fail(Error::Code::Database, Tr::tr("Backups need an SQLite store."));
    const QString what = Tr::tr("starting the backup");
    // A deferred BEGIN takes its snapshot at the first read.
    if (auto r = sql::run(src, QStringLiteral("BEGIN"), what); !r)
        return std::unexpected(r.error());
    if (auto r = sql::scalar(src, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, what); !r) {
        sql::run(src, QStringLiteral("ROLLBACK"), what);
        return std::unexpected(r.error());
    }

    sqlite3* to = nullptr;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    Status result;
    if (rc != SQLITE_OK) {
        result = std::unexpected(copyError(rc, to ? sqlite3_errmsg(to) : nullptr, target));
    } else if (sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main"); !backup) {
        result = std::unexpected(copyError(sqlite3_errcode(to), sqlite3_errmsg(to), target));
    } else {
        // The page count is known after the first step; then about two
        // hundred steps in all, so progress moves and a cancel is heard
        // within a few megabytes.
        int pagesPerStep = 8;
        int busyRounds = 0;
        bool cancelled = progress && !progress(0.0);
        while (!cancelled) {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                // Only our own connections touch the copy and the snapshot
                // is held, so this is rare; wait, but not for ever.
                if (++busyRounds > 2000)
                    break;
                sqlite3_sleep(5);
                continue;
            }
            if (rc != SQLITE_OK)
                break;
            const int total = sqlite3_backup_pagecount(backup);
            pagesPerStep = std::clamp(total / 200, 8, 4096);
            const double done = total > 0 ? 1.0 - double(sqlite3_backup_remaining(backup)) / total : 1.0;
            cancelled = progress && !progress(copyShare * done);
        }
        const int finished = sqlite3_backup_finish(backup);
        if (cancelled)
            result = fail(Error::Code::Cancelled, Tr::tr("The backup was cancelled."));
        else if (rc != SQLITE_DONE)
            result = std::unexpected(copyError(rc, sqlite3_errmsg(to), target));
        else if (finished != SQLITE_OK)
            result = std::unexpected(copyError(finished, sqlite3_errmsg(to), target));
    }
    if (result && to) {
        // The copy has the store's header, which says WAL. A backup must be
        // one file that needs nothing beside it: switch it to a rollback
        // journal (this also removes the -wal and -shm the switch opens).
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(to, "PRAGMA journal_mode = DELETE", -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        const bool switched =
            rc == SQLITE_ROW &&
            qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "delete") == 0;
        if (!switched)
            result =
                std::unexpected(copyError(rc == SQLITE_ROW ? SQLITE_ERROR : rc, sqlite3_errmsg(to), target));
        sqlite3_finalize(stmt);
    }
    if (to) {
        if (const int closed = sqlite3_close(to); closed != SQLITE_OK && result)
            result = std::unexpected(copyError(closed, nullptr, target));
    }
    sql::run(src, QStringLiteral("ROLLBACK"), what);
    return result;
}

const QRegularExpression& dailyName()
{
    static const QRegularExpression re(QStringLiteral("^redress-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    return re;
}

/// The end of a backup's hidden copy's name while it is written:
/// ".NAME.XXXXXX.part" beside the target.
const QString partSuffix = QStringLiteral("part");

/// A copy left half-written by a backup that was killed (kill -9, a power
/// cut) is as large as the store and hidden; the next backup into the same
/// folder removes it. Only names of our own pattern holding an SQLite
/// header (or nothing yet) go, and only once nobody has written them for a
/// while: a backup of another process into the same folder writes its copy
/// continuously and checks it within minutes (a 1.6 GB store: 5 s copy,
/// 35 s check).
void sweepStaleParts(const QString& folder, const QDateTime& now)
{
    static const QRegularExpression partName(QStringLiteral("^\\..+\\.[A-Za-z0-9]{6}\\.part(-journal)?$"));
    const QDir dir(folder);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks)) {
        if (!partName.match(f.fileName()).hasMatch() || f.lastModified().secsTo(now) < Backup::stalePartSecs)
            continue;
        if (!f.fileName().endsWith(QLatin1String("-journal")) && f.size() > 0) {
            QFile file(f.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3"))
                continue;
        }
        QFile::remove(f.absoluteFilePath());
    }
}

} // namespace

Result<Backup::Written> Backup::write(const Database& db, const QString& target, const Progress& progress)
{
    if (db.backend() == Database::Backend::PostgreSQL)
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("A team's store on a server is backed up by the server's own tools (pg_dump); Redress "
                   "backs up a desk's SQLite file."));
    if (target.trimmed().isEmpty())
        return invalid(QStringLiteral("target"), Tr::tr("Name the file to write the backup to."));
    const QFileInfo info(target);
    const QString path = info.absoluteFilePath();
    if (info.isDir())
        return fail(Error::Code::Io, Tr::tr("%1 is a folder; name a file for the backup.").arg(shownPath(path)));
    if (sameFile(path, db.path()))
        return invalid(QStringLiteral("target"),
                       Tr::tr("%1 is the store itself; write the backup to another file.").arg(shownPath(path)));
    const QString folder = info.absolutePath();
    if (const QFileInfo parent(folder); !parent.isDir())
        return fail(Error::Code::Io,
                    (parent.exists()
                         ? Tr::tr("The backup %1 cannot be written: %2 is not a folder.")
                         : Tr::tr("The backup %1 cannot be written: the folder %2 does not exist."))
                        .arg(shownPath(path), QDir::toNativeSeparators(folder)));

    sweepStaleParts(folder, QDateTime::currentDateTimeUtc());
    // Written beside the target under a hidden name, checked, then renamed
    // over it: a failure or a cancel leaves the target as it was. Like the
    // store, the copy is its owner's alone.
    PrivateFile temp(path, partSuffix);
    if (auto opened = temp.open(); !opened)
        return fail(Error::Code::Io,
                    Tr::tr("The backup %1 cannot be written: %2").arg(shownPath(path), opened.error().message));
    const QString tempPath = temp.tempPath();
    temp.device().close(); // SQLite writes it through a handle of its own
    PartialFile partial(tempPath);

    if (auto copied = copyPages(db.path(), tempPath, progress); !copied)
        return std::unexpected(copied.error());
    auto checked = inspect(tempPath, progress);
    if (!checked) {
        if (checked.error().code == Error::Code::Cancelled)
            return fail(Error::Code::Cancelled, Tr::tr("The backup was cancelled."));
        Error e = checked.error();
        e.message = Tr::tr("The backup %1 failed its check after writing: %2").arg(shownPath(path), e.message);
        return std::unexpected(e);
    }
    if (auto committed = temp.commit(); !committed)
        return fail(
            Error::Code::Io,
            Tr::tr("The backup %1 cannot be written: %2").arg(shownPath(path), committed.error().message));
    partial.release();
    // The head and the erasures beside the copy, outside its content.
    if (auto noted = AuditChainSidecar::noteBackup(path); !noted)
        return std::unexpected(noted.error());
    if (progress)
        progress(1.0);
    checked->path = path;
    return checked;
}

Result<Backup::Written> Backup::verify(const QString& backupPath)
{
    return inspect(backupPath, {});
}

Status Backup::restore(const QString& backupPath, const QString& storePath)
{
    const QString store = QFileInfo(storePath).absoluteFilePath();
    if (sameFile(backupPath, store))
        return invalid(QStringLiteral("backup"),
                       Tr::tr("%1 is the store itself; choose a backup to restore.").arg(shownPath(backupPath)));
    // A file that is not a sound backup never gets near the store.
    if (auto checked = verify(backupPath); !checked) {
        Error e = checked.error();
        e.message = Tr::tr("The backup cannot be restored: %1").arg(e.message);
        return std::unexpected(e);
    }
    const QString folder = QFileInfo(store).absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(Error::Code::Io, Tr::tr("The store cannot be restored: the folder %1 does not exist.")
                                         .arg(QDir::toNativeSeparators(folder)));

    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    Tr::tr("%1 cannot be read: %2.").arg(shownPath(backupPath), in.errorString()));
    // Written beside the store, synced and renamed over it on commit; until
    // then the store is untouched, and an abandoned copy is removed.
    PrivateFile out(store, QStringLiteral("restore"));
    if (auto opened = out.open(); !opened)
        return fail(Error::Code::Io,
                    Tr::tr("The store %1 cannot be restored: %2").arg(shownPath(store), opened.error().message));
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.device().write(chunk) != chunk.size())
            return fail(
                Error::Code::Io,
                Tr::tr("The store %1 cannot be restored: %2.").arg(shownPath(store), out.device().errorString()));
    }
    if (in.error() != QFileDevice::NoError)
        return fail(Error::Code::Io,
                    Tr::tr("%1 cannot be read: %2.").arg(shownPath(backupPath), in.errorString()));

    // The store as it was becomes …-before-restore. Its -wal goes with it:
    // the last connection normally folds the log in and removes it, but if
    // one is left it holds committed changes, and the pair still opens as
    // one database. A -shm is only an index of the log and is rebuilt.
    const QString before = store + QStringLiteral("-before-restore");
    const QString wal = QStringLiteral("-wal");
    const QString shm = QStringLiteral("-shm");
    for (const QString& old : QStringList{before, before + wal, before + shm}) {
        if (QFileInfo::exists(old) && !QFile::remove(old))
            return fail(
                Error::Code::Io,
                Tr::tr("The store cannot be restored: the earlier %1 cannot be removed.").arg(shownPath(old)));
    }
    QString why;
    const bool hadStore = QFileInfo::exists(store);
    if (hadStore && !replaceFile(store, before, &why))
        return fail(Error::Code::Io, Tr::tr("The store cannot be restored: %1 cannot be renamed to %2: %3.")
                                         .arg(shownPath(store), shownPath(before), why));
    const bool hadWal = QFileInfo::exists(store + wal);
    const auto putBack = [&] {
        if (hadWal)
            replaceFile(before + wal, store + wal, nullptr);
        if (hadStore)
            replaceFile(before, store, nullptr);
    };
    if (hadWal && !replaceFile(store + wal, before + wal, &why)) {
        replaceFile(before, store, nullptr);
        return fail(
            Error::Code::Io,
            Tr::tr("The store cannot be restored: %1 cannot be moved: %2.").arg(shownPath(store + wal), why));
    }
    if (auto committed = out.commit(); !committed) {
        putBack();
        return fail(
            Error::Code::Io,
            Tr::tr("The store %1 cannot be restored: %2").arg(shownPath(store), committed.error().message));
    }
    QFile::remove(store + shm);
    return {};
}

Result<QString> Backup::daily(const Database& db, const QString& folder, int keep, const QDateTime& now,
                              const Progress& progress)
{
    if (keep < 1)
        return invalid(QStringLiteral("keep"), Tr::tr("Keep at least one daily backup."));
    if (folder.trimmed().isEmpty())
        return invalid(QStringLiteral("folder"), Tr::tr("Choose a folder for the daily backups."));
    const QDir dir(folder);
    // A folder made for backups holds copies of every customer's data:
    // its owner's alone.
    if (!dir.exists() && !PrivateFile::makeFolder(dir.absolutePath()))
        return fail(Error::Code::Io, Tr::tr("The backup folder %1 cannot be created.")
                                         .arg(QDir::toNativeSeparators(dir.absolutePath())));

    const QString today = QStringLiteral("redress-%1.sqlite")
                              .arg(now.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")));
    QString written;
    if (!dir.exists(today)) {
        auto copy = write(db, dir.absoluteFilePath(today), progress);
        if (!copy)
            return std::unexpected(copy.error());
        written = copy->path;
    }

    // Only files named as this function names them are pruned, oldest date
    // first; anything else in the folder is the user's.
    std::map<QDate, QString> automatic;
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const auto match = dailyName().match(name);
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
        const QString path = dir.absoluteFilePath(name);
        if (date.isValid() && !sameFile(path, db.path()))
            automatic.emplace(date, path);
    }
    auto oldest = automatic.begin();
    for (qsizetype extra = qsizetype(automatic.size()) - keep; extra > 0; --extra, ++oldest) {
        if (!QFile::remove(oldest->second))
            return fail(Error::Code::Io,
                        Tr::tr("The old daily backup %1 cannot be removed.").arg(shownPath(oldest->second)));
        // Its head goes with it; the folder's register of erasures stays.
        QFile::remove(AuditChainSidecar::pathFor(oldest->second));
    }
    return written;
}

bool Backup::sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

} // namespace redress::core
