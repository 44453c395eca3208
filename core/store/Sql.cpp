#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace redress::core::sql {

Error errorFrom(const QSqlQuery& query, const QString& what)
{
    const QSqlError e = query.lastError();
    Error::Code code = Error::Code::Database;
    const QString text = e.text();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file, not the statement.
    if (e.nativeErrorCode() == QLatin1String("11") || e.nativeErrorCode() == QLatin1String("26"))
        code = Error::Code::Corrupt;
    else if (e.nativeErrorCode() == QLatin1String("9"))
        code = Error::Code::Cancelled;
    return Error::make(
        code, QCoreApplication::translate("redress::core::sql", "The database refused %1.").arg(what), text);
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return std::unexpected(errorFrom(q, what));
    for (const QVariant& v : values) {
        // Qt binds a null QString as SQL NULL; here it means "no text", and
        // every text column of the schema is NOT NULL.
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return std::unexpected(errorFrom(q, what));
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
