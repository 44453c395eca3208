#pragma once

#include "core/Error.h"
#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace redress::core {

/// One row of an export as the store reads it: the values of the chosen
/// columns' SQL, in order. Valid only inside the callback that receives it.
class ExportRow
{
public:
    explicit ExportRow(const QSqlQuery& query) : m_query(query) {}
    QVariant value(int i) const;

private:
    const QSqlQuery& m_query;
};

/// A root cause as the taxonomy stores it; `parentId` 0 for a top one.
struct RootCauseNode
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
};

/// The reads of a case export: the one SELECT over the case list's WHERE
/// and ORDER BY, streamed row by row so a million cases are never held,
/// and the taxonomy the root-cause cells are named from.
class ExportRepository
{
public:
    explicit ExportRepository(Database db) : m_db(std::move(db)) {}

    /// What the export column `key` (ExportColumn::key) selects over
    /// `cases c`: one expression, or the several its format combines.
    static QStringList columnSql(const QString& key);
    /// The same on PostgreSQL where its SQL must differ; empty otherwise.
    static QStringList postgresColumnSql(const QString& key);

    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    /// The SELECT of `columns` (each one SQL expression or several, over
    /// `cases c` and `case_imports ci`) over the list's filter and order.
    static Statement statement(const QSqlDatabase& db, const QList<QStringList>& columns,
                               const CaseListQuery& query);

    /// Runs `statement` and hands each row to `row` in order; `row`
    /// returning false stops the reading, which is then no error.
    Status forEachRow(const Statement& statement, const std::function<bool(const ExportRow&)>& row);

    /// Every root cause, inactive ones included: old analyses still name them.
    Result<QList<RootCauseNode>> rootCauses();

private:
    Database m_db;
};

} // namespace redress::core
