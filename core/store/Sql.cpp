#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace redress::core::sql {

Error errorFrom(const QSqlQuery& query, const QString& what)
{
    const QSqlError e = query.lastError();
    return errorFrom(e.nativeErrorCode(),
                     query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL,
                     e.type() == QSqlError::ConnectionError, e.text(), what);
}

namespace {

/// Faults of the place the store lives rather than of the statement, said
/// so that a person knows what to do; empty for any other error.
Error faultOf(const QString& native, bool postgres, Error::Code code, const QString& text,
              const QString& what, const QString& store)
{
    const auto tr = [](const char* source) {
        return QCoreApplication::translate("redress::core::sql", source);
    };
    const QString at = store.isEmpty() ? tr("the store") : store;
    if (postgres) {
        if (code != Error::Code::Unavailable)
            return {};
        return Error::make(code,
                           tr("The connection to the PostgreSQL server of %1 was lost while %2: the server "
                              "shut down or the network failed. What was not yet saved was not saved; try "
                              "again once the server is back.")
                               .arg(at, what),
                           text);
    }
    // SQLite's primary result codes (extended codes keep them in the low byte).
    switch (native.toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return Error::make(Error::Code::Io,
                           tr("The disk holding %1 is full, so %2 could not be finished. Nothing was "
                              "changed; free some space on that disk and try again.")
                               .arg(at, what),
                           text);
    case 8: // SQLITE_READONLY
    case 3: // SQLITE_PERM
        return Error::make(
            Error::Code::Io,
            tr("%1 is read-only for you (the file or its folder), so %2 could not be done. Ask "
               "for write access to both, or use a copy of the store in a folder of yours.")
                .arg(at, what),
            text);
    default: return {};
    }
}

} // namespace

Error errorFrom(const QString& native, bool postgres, bool connectionLost, const QString& text,
                const QString& what, const QString& store)
{
    Error::Code code = Error::Code::Database;
    if (postgres) {
        // PostgreSQL's SQLSTATE: class 08 is a lost or refused connection,
        // 57P01-03 a server shutting down, 57014 a cancelled statement.
        if (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P")))
            code = Error::Code::Unavailable;
        else if (native == QLatin1String("57014"))
            code = Error::Code::Cancelled;
        else if (connectionLost)
            code = Error::Code::Unavailable;
        // A server shut down between two statements leaves no SQLSTATE:
        // QPSQL fails to create the next query and libpq's text says why.
        else if (native.isEmpty() && (text.contains(QLatin1String("server closed the connection")) ||
                                      text.contains(QLatin1String("no connection to the server")) ||
                                      text.contains(QLatin1String("terminating connection"))))
            code = Error::Code::Unavailable;
    } else if (native == QLatin1String("11") || native == QLatin1String("26")) {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file, not the statement.
        code = Error::Code::Corrupt;
    } else if (native == QLatin1String("9")) {
        code = Error::Code::Cancelled;
    }
    if (Error fault = faultOf(native, postgres, code, text, what, store); !fault.message.isEmpty())
        return fault;
    // SQLITE_BUSY (5) after the busy timeout, PostgreSQL's lock_timeout
    // (55P03): another desk's long write held the store all that while.
    if (native == QLatin1String("5") || native == QLatin1String("55P03"))
        return Error::make(
            code,
            QCoreApplication::translate("redress::core::sql",
                                        "The store stayed busy with another desk's work while %1. "
                                        "Nothing was changed; try again in a moment.")
                .arg(what),
            text);
    // insufficient_privilege: the server's rights or one of its checks on
    // who may do what (ServerRoles); its text says which.
    if (postgres && native == QLatin1String("42501"))
        return Error::make(code,
                           QCoreApplication::translate("redress::core::sql",
                                                       "The server refused %1: your login may not do that.")
                               .arg(what),
                           text);
    return Error::make(
        code, QCoreApplication::translate("redress::core::sql", "The database refused %1.").arg(what), text);
}

QVariant bindable(const QVariant& v)
{
    // Qt binds a null QString as SQL NULL; here it means "no text", and
    // every text column of the schema is NOT NULL.
    if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QStringLiteral("");
    // Flags are integer columns on both backends; PostgreSQL would take a
    // bool as boolean and refuse it there.
    if (v.metaType() == QMetaType::fromType<bool>())
        return v.toBool() ? 1 : 0;
    return v;
}

namespace {

/// The error of a failed statement. A lost connection to a server is
/// closed here, so that the next use of the store connects afresh
/// (Database::connection) instead of failing the same way for good.
/// The store as a message names it: the file, or the server's database.
QString storeName(const QSqlDatabase& db)
{
    if (isPostgres(db))
        return QCoreApplication::translate("redress::core::sql", "%1 on %2")
            .arg(db.databaseName(), db.hostName().isEmpty() ? QStringLiteral("localhost") : db.hostName());
    return QDir::toNativeSeparators(db.databaseName());
}

Error failed(const QSqlDatabase& db, const QSqlQuery& q, const QString& what)
{
    const QSqlError error = q.lastError();
    Error e = errorFrom(error.nativeErrorCode(), isPostgres(db), error.type() == QSqlError::ConnectionError,
                        error.text(), what, storeName(db));
    if (e.code == Error::Code::Unavailable && isPostgres(db)) {
        QSqlDatabase lost = db;
        lost.close();
    }
    return e;
}

} // namespace

Statement::Statement(QSqlDatabase db, QString text, Engine engine)
    : m_db(std::move(db)), m_text(std::move(text))
{
    if (engine != Engine::Direct || m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::prepared()
{
    if (m_tried)
        return m_ready;
    m_tried = true;
    if (m_handle) {
        m_ready = sqlite3_prepare_v3(m_handle, m_text.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                     &m_stmt, nullptr) == SQLITE_OK;
        if (m_ready) {
            m_keep.resize(sqlite3_bind_parameter_count(m_stmt));
        } else {
            m_code = sqlite3_errcode(m_handle);
            m_message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        }
        return m_ready;
    }
    m_query = std::make_unique<QSqlQuery>(m_db);
    m_query->setForwardOnly(true);
    m_ready = m_query->prepare(m_text);
    return m_ready;
}

Statement& Statement::bind(int i, const QVariant& value)
{
    if (!m_handle) {
        if (prepared())
            m_query->bindValue(i, bindable(value));
        return *this;
    }
    if (value.isNull())
        return value.metaType() == QMetaType::fromType<QString>() ? bind(i, QString()) : bindNull(i);
    switch (value.metaType().id()) {
    case QMetaType::QString: return bind(i, value.toString());
    case QMetaType::Double:
    case QMetaType::Float:
        if (prepared()) {
            finish();
            sqlite3_bind_double(m_stmt, i + 1, value.toDouble());
        }
        return *this;
    case QMetaType::QByteArray:
        if (prepared()) {
            finish();
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(m_stmt, i + 1, bytes.constData(), static_cast<int>(bytes.size()),
                              SQLITE_TRANSIENT);
        }
        return *this;
    default: return bind(i, bindable(value).toLongLong());
    }
}

Statement& Statement::bind(int i, qint64 value)
{
    if (!m_handle)
        return bind(i, QVariant(value));
    if (prepared()) {
        finish();
        sqlite3_bind_int64(m_stmt, i + 1, value);
    }
    return *this;
}

Statement& Statement::bind(int i, const QString& value)
{
    if (!m_handle)
        return bind(i, QVariant(value));
    if (prepared()) {
        finish();
        // Bound without a copy: m_keep holds the (implicitly shared) text
        // until the step has read it.
        m_keep[i] = value.isNull() ? QStringLiteral("") : value;
        sqlite3_bind_text16(m_stmt, i + 1, m_keep.at(i).utf16(), static_cast<int>(m_keep.at(i).size() * 2),
                            SQLITE_STATIC);
    }
    return *this;
}

Statement& Statement::bindNull(int i)
{
    if (!m_handle)
        return bind(i, QVariant(QMetaType::fromType<qint64>()));
    if (prepared()) {
        finish();
        sqlite3_bind_null(m_stmt, i + 1);
    }
    return *this;
}

bool Statement::execute()
{
    if (!prepared())
        return false;
    if (!m_handle)
        return m_query->exec();
    finish();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_row = m_pending = true;
        return true;
    }
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE)
        return true;
    m_code = sqlite3_errcode(m_handle);
    m_message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

bool Statement::next()
{
    if (!m_handle)
        return m_query && m_query->next();
    if (m_pending) {
        m_pending = false;
        return m_row;
    }
    if (!m_row)
        return false;
    m_row = sqlite3_step(m_stmt) == SQLITE_ROW;
    return m_row;
}

QVariant Statement::value(int column) const
{
    if (!m_handle)
        return m_query->value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(static_cast<qint64>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(m_stmt, column)),
                       sqlite3_column_bytes16(m_stmt, column) / 2);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default: return QVariant();
    }
}

void Statement::finish()
{
    if (!m_handle) {
        if (m_query)
            m_query->finish();
        return;
    }
    if (m_row || m_pending)
        sqlite3_reset(m_stmt);
    m_row = m_pending = false;
}

bool Statement::found()
{
    const bool any = next();
    finish();
    return any;
}

qint64 Statement::returnedId()
{
    const qint64 id = next() ? value(0).toLongLong() : 0;
    finish();
    return id;
}

qint64 Statement::lastInsertId() const
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query ? m_query->lastInsertId().toLongLong() : 0;
}

QSqlQuery Statement::takeQuery()
{
    return m_query ? std::move(*m_query) : QSqlQuery(m_db);
}

Error Statement::error(const QString& what)
{
    if (!m_handle) {
        if (!m_query)
            return errorFrom(QString(), isPostgres(m_db), false, QString(), what);
        return failed(m_db, *m_query, what);
    }
    return errorFrom(QString::number(m_code), false, false, m_message, what, storeName(m_db));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what)
{
    // PostgreSQL prepares only queries and data changes, not DDL: a
    // statement with nothing to bind runs as it is.
    if (values.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(statement))
            return std::unexpected(failed(db, q, what));
        return q;
    }
    Statement s(db, statement);
    if (auto ok = s.exec(values, what); !ok)
        return std::unexpected(ok.error());
    return s.takeQuery();
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                        const QString& what, const QVariant& fallback)
{
    auto q = run(db, statement, values, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        if (q->lastError().isValid())
            return std::unexpected(errorFrom(*q, what));
        return fallback;
    }
    return q->value(0);
}

QVariant toStored(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromStored(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace redress::core::sql
