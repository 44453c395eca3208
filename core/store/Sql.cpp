#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace redress::core::sql {

Error errorFrom(const QSqlQuery& query, const QString& what)
{
    const QSqlError e = query.lastError();
    Error::Code code = Error::Code::Database;
    const QString text = e.text();
    const QString native = e.nativeErrorCode();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // PostgreSQL's SQLSTATE: class 08 is a lost or refused connection,
        // 57P01-03 a server shutting down, 57014 a cancelled statement.
        if (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P")))
            code = Error::Code::Unavailable;
        else if (native == QLatin1String("57014"))
            code = Error::Code::Cancelled;
        else if (e.type() == QSqlError::ConnectionError)
            code = Error::Code::Unavailable;
    } else if (native == QLatin1String("11") || native == QLatin1String("26")) {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file, not the statement.
        code = Error::Code::Corrupt;
    } else if (native == QLatin1String("9")) {
        code = Error::Code::Cancelled;
    }
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
Error failed(const QSqlDatabase& db, const QSqlQuery& q, const QString& what)
{
    Error e = errorFrom(q, what);
    if (e.code == Error::Code::Unavailable && isPostgres(db)) {
        QSqlDatabase lost = db;
        lost.close();
    }
    return e;
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PostgreSQL prepares only queries and data changes, not DDL: a
    // statement with nothing to bind runs as it is.
    if (values.isEmpty()) {
        if (!q.exec(statement))
            return std::unexpected(failed(db, q, what));
        return q;
    }
    if (!q.prepare(statement))
        return std::unexpected(failed(db, q, what));
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return std::unexpected(failed(db, q, what));
    return q;
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
