#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace redress::core::sql {

/// A statement prepared once and run for every row with fresh values: the
/// one way the store prepares (run() below is a statement used once). At a
/// hundred thousand rows, preparing each time costs more than the inserts.
/// Values are bound by position from 0; a null QString binds as empty text
/// and a bool as 0 or 1, as bindable() says.
/// An id to bind as bindId() does: NULL for 0 and below.
struct Id
{
    qint64 value = 0;
};

class Statement
{
public:
    enum class Engine
    {
        Qt,
        /// On SQLite, SQLite's own statement on Qt's connection: bulk loads
        /// of millions of rows run several times faster than through
        /// QSqlQuery. Elsewhere the same as Qt.
        Direct,
    };

    Statement(QSqlDatabase db, QString text, Engine engine = Engine::Qt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, const QVariant& value);
    Statement& bind(int i, qint64 value);
    Statement& bind(int i, int value) { return bind(i, static_cast<qint64>(value)); }
    Statement& bind(int i, const QString& value);
    Statement& bindNull(int i);
    /// An id, or NULL for 0 and below (no such row).
    Statement& bindId(int i, qint64 id) { return id > 0 ? bind(i, id) : bindNull(i); }
    Statement& bind(int i, Id id) { return bindId(i, id.value); }
    /// Binds every value in order from position 0.
    template <typename... Values> Statement& bindAll(const Values&... values)
    {
        int i = 0;
        (bind(i++, values), ...);
        return *this;
    }

    /// Runs the statement with the values bound. `what` names the work for
    /// the error message: a QString, or something that gives one when
    /// called, as formatting it for every row would cost more than some
    /// inserts.
    template <typename What> Status exec(const What& what)
    {
        if (execute())
            return {};
        if constexpr (std::is_invocable_v<const What&>)
            return std::unexpected(error(what()));
        else
            return std::unexpected(error(what));
    }
    /// Binds `values` in order, then runs.
    template <typename What> Status exec(const QVariantList& values, const What& what)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            bind(static_cast<int>(i), values.at(i));
        return exec(what);
    }

    /// The next row of what the statement returned.
    bool next();
    QVariant value(int column) const;
    /// Done reading: SQLite keeps a statement with rows unread open, and an
    /// open statement keeps the transaction from committing.
    void finish();
    /// Whether the statement returned a row at all; finishes it.
    bool found();
    /// The id an `INSERT … RETURNING id` gave back; finishes it.
    qint64 returnedId();
    /// The rowid an SQLite insert gave its row, as a RETURNING clause
    /// would have; elsewhere Qt's lastInsertId().
    qint64 lastInsertId() const;
    /// The Qt query behind the statement (Engine::Qt), for run().
    QSqlQuery takeQuery();

private:
    bool prepared();
    bool execute();
    Error error(const QString& what);

    QSqlDatabase m_db;
    QString m_text;
    bool m_tried = false;
    bool m_ready = false;
    std::unique_ptr<QSqlQuery> m_query;
    // Engine::Direct on SQLite.
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QList<QString> m_keep; // bound texts, alive until the step has read them
    bool m_row = false;    // the step of exec() gave a row next() has not handed out
    bool m_pending = false;
    int m_code = 0; // SQLite's result code of the last failure
    QString m_message;
};

/// Prepares `statement`, binds `values` in order and runs it. On failure the
/// error names `what` (a phrase such as "saving the case") and carries the
/// driver's text as detail. The only way repositories talk to the database,
/// so every value is bound, never spliced.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what);

/// `v` as the store takes it: a null QString as empty text, a bool as 0 or 1.
QVariant bindable(const QVariant& v);

/// The same for a statement with no parameters.
inline Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QString& what)
{
    return run(db, statement, QVariantList{}, what);
}

/// First column of the first row, or `fallback` when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                        const QString& what, const QVariant& fallback = {});

/// Whether `db` is a connection to a PostgreSQL server (else SQLite): for
/// the few statements whose dialects differ.
inline bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

/// `sqlite` or `postgres`, whichever `db` speaks.
inline QString dialect(const QSqlDatabase& db, const QString& sqlite, const QString& postgres)
{
    return isPostgres(db) ? postgres : sqlite;
}

/// The id an `INSERT … RETURNING id` gave back (both dialects have
/// RETURNING; Qt's lastInsertId() has no PostgreSQL counterpart).
inline qint64 returnedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    // SQLite keeps a RETURNING statement open until it is reset, and an
    // open statement would keep the transaction from committing.
    query.finish();
    return id;
}

/// The arguments of a PostgreSQL advisory lock on this store only:
/// `(schema hash, key)`. Stores in schemas of one database (a host's teams,
/// the tests) must not hold each other up, so the lock is keyed by the
/// schema the store's tables are in, found through the search path as the
/// statements find them.
inline QString storeLockArgs(qint32 key)
{
    return QStringLiteral("hashtext(coalesce((SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON "
                          "n.oid = c.relnamespace WHERE c.oid = to_regclass('case_events')), "
                          "current_schema())), %1")
        .arg(key);
}

/// The larger of two SQL expressions: SQLite's two-argument max(),
/// PostgreSQL's greatest().
inline QString greater(const QSqlDatabase& db, const QString& a, const QString& b)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres(db) ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

/// A Database error for a failed query, naming `what`.
Error errorFrom(const QSqlQuery& query, const QString& what);
/// The same from a driver's error code (SQLite's result code as a number,
/// PostgreSQL's SQLSTATE) and text. A full disk, a read-only store and a
/// server that went away get messages of their own, naming `store` (the
/// file or the server) when given.
Error errorFrom(const QString& native, bool postgres, bool connectionLost, const QString& text,
                const QString& what, const QString& store = {});

/// Milliseconds since the epoch, UTC, as stored; null for an invalid time.
QVariant toStored(const QDateTime& t);
QDateTime fromStored(const QVariant& v);

} // namespace redress::core::sql
