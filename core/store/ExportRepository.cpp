#include "core/store/ExportRepository.h"

#include "core/store/CaseListSql.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseExporter)
};

// Cases with what an imported case brought along (`ci`, for the recovery
// columns' fallbacks below): one primary-key probe per row.
const QString fromClause = QStringLiteral(" FROM cases c LEFT JOIN case_imports ci ON ci.case_id = c.id");

struct ColumnSql
{
    const char* key;
    QStringList sql;
    QStringList postgresSql = {};
};

// The links column: SIDE is a link's kind as the case `c` sees it (the
// other end of "duplicate" is "has_duplicate" …), OTHER the case at its
// other end. Replaced rather than arg()ed: printf's %06d is no argument.
QString linkSql(QString statement)
{
    return statement
        .replace(
            QStringLiteral("SIDE"),
            QStringLiteral("CASE WHEN l.case_id = c.id THEN l.kind ELSE CASE l.kind WHEN 'duplicate' THEN "
                           "'has_duplicate' WHEN 'follow_on' THEN 'has_follow_on' WHEN 'second_failure' THEN "
                           "'failed_again' ELSE l.kind END END"))
        .replace(QStringLiteral("OTHER"),
                 QStringLiteral("CASE WHEN l.case_id = c.id THEN l.linked_id ELSE l.case_id END"));
}

// The root cause, the promise and a positive compensation are read from
// the case's own copies (kept by the schema's triggers); everything else
// from the recovery tables is a correlated subquery on an index
// (apologies_by_case, gestures_by_case, the primary key of solutions and
// analyses), so its cost follows the cases exported and each column stands
// alone. Measured with the sqlite3 shell on a million demo cases: LEFT JOINs
// on per-case aggregates exported all of them with about 15% less CPU, but
// a search that kept 55,000 took 4.1 s of CPU instead of 0.9 s, because the
// aggregates are built over every case first.
//
// Imported cases carry the old system's recovery summary (case_imports,
// joined as `ci`); the recovery columns fall back to it, Redress's own
// records first.
const QList<ColumnSql>& columns()
{
    static const QList<ColumnSql> all{
        {"reference", {QStringLiteral("c.id")}},
        {"opened", {QStringLiteral("c.opened_at")}},
        {"customer", {QStringLiteral("c.customer_name")}},
        {"company", {QStringLiteral("c.company")}},
        {"product", {QStringLiteral("c.product_name")}},
        {"channel", {QStringLiteral("c.channel")}},
        {"severity", {QStringLiteral("c.severity")}},
        {"priority", {QStringLiteral("c.priority")}},
        {"status", {QStringLiteral("c.status")}},
        {"owner", {QStringLiteral("c.owner_name")}},
        {"root_cause", {QStringLiteral("c.root_cause_id")}},
        {"apology_sent",
         {QStringLiteral("coalesce((SELECT min(a.sent_at) FROM apologies a WHERE a.case_id = c.id), "
                         "ci.apology_sent_at)")}},
        {"solution",
         {QStringLiteral("coalesce((SELECT s.fix FROM solutions s WHERE s.case_id = c.id), "
                         "nullif(ci.solution, ''))")}},
        // The gestures that count, in the order they were given.
        // SQLite's group_concat follows the order of the subquery it reads;
        // PostgreSQL's string_agg is told the order.
        {"gestures",
         {QStringLiteral("coalesce((SELECT group_concat(name, '; ') FROM (SELECT t.name FROM gestures g JOIN "
                         "gesture_types t ON t.id = g.gesture_type_id WHERE g.case_id = c.id AND g.status IN "
                         "('granted', 'approved') ORDER BY g.id)), nullif(ci.gestures, ''))")},
         {QStringLiteral("coalesce((SELECT string_agg(t.name, '; ' ORDER BY g.id) FROM gestures g JOIN "
                         "gesture_types t ON t.id = g.gesture_type_id WHERE g.case_id = c.id AND g.status IN "
                         "('granted', 'approved')), nullif(ci.gestures, ''))")}},
        // A positive sum is the case's own copy; only a zero one asks
        // whether any gesture counts at all.
        {"gesture_cost",
         {QStringLiteral(
             "coalesce(nullif(c.compensation_cents, 0), (SELECT sum(g.cost_cents) FROM gestures g "
             "WHERE g.case_id = c.id AND g.status IN ('granted', 'approved')), "
             "ci.gesture_cost_cents)")}},
        {"promise_kept",
         {QStringLiteral("c.promised_by"), QStringLiteral("c.resolved_at"), QStringLiteral("ci.promise")}},
        {"closed", {QStringLiteral("c.closed_at")}},
        // "yes" or empty, in every language: a filter in a spreadsheet
        // should not depend on the exporting desk's.
        {"second_failure", {QStringLiteral("CASE WHEN c.second_failure_of IS NOT NULL THEN 'yes' END")}},
        // kind:reference per link, seen from this case: the other side of
        // "duplicate" is "has_duplicate" and so on. Both indexes of
        // case_links serve the OR.
        {"links",
         {linkSql(QStringLiteral(
             "(SELECT group_concat(t, ' ') FROM (SELECT SIDE || ':RD-' || printf('%06d', OTHER) "
             "AS t FROM case_links l WHERE l.case_id = c.id OR l.linked_id = c.id ORDER BY "
             "l.created_at, l.case_id, l.linked_id))"))},
         {linkSql(
             QStringLiteral("(SELECT string_agg(SIDE || ':RD-' || CASE WHEN OTHER < 1000000 THEN "
                            "lpad(CAST(OTHER AS text), 6, '0') ELSE CAST(OTHER AS text) END, ' ' ORDER BY "
                            "l.created_at, l.case_id, l.linked_id) FROM case_links l WHERE l.case_id = c.id "
                            "OR l.linked_id = c.id)"))}},
        {"description", {QStringLiteral("c.description")}},
        {"impact", {QStringLiteral("c.impact")}},
        {"updated", {QStringLiteral("c.updated_at")}},
        {"resolved", {QStringLiteral("c.resolved_at")}},
        {"email", {QStringLiteral("(SELECT cu.email FROM customers cu WHERE cu.id = c.customer_id)")}},
        {"phone", {QStringLiteral("(SELECT cu.phone FROM customers cu WHERE cu.id = c.customer_id)")}},
        // The customer record as it is now, so that an import into another
        // store brings the customer's worth along with the cases.
        {"segment", {QStringLiteral("(SELECT cu.segment FROM customers cu WHERE cu.id = c.customer_id)")}},
        {"lifetime_value",
         {QStringLiteral("(SELECT cu.lifetime_value_cents FROM customers cu WHERE cu.id = c.customer_id)")}},
        {"customer_wants",
         {QStringLiteral("(SELECT s.customer_wants FROM solutions s WHERE s.case_id = c.id)")}},
        {"promised_by", {QStringLiteral("c.promised_by")}},
        {"whys", {QStringLiteral("(SELECT an.whys FROM analyses an WHERE an.case_id = c.id)")}},
        {"education_gap",
         {QStringLiteral("(SELECT an.education_gap FROM analyses an WHERE an.case_id = c.id)")}},
    };
    return all;
}

const ColumnSql* columnOf(const QString& key)
{
    for (const ColumnSql& c : columns()) {
        if (key == QLatin1String(c.key))
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList ExportRepository::columnSql(const QString& key)
{
    const ColumnSql* c = columnOf(key);
    return c ? c->sql : QStringList();
}

QStringList ExportRepository::postgresColumnSql(const QString& key)
{
    const ColumnSql* c = columnOf(key);
    return c ? c->postgresSql : QStringList();
}

QVariant ExportRow::value(int i) const
{
    return m_query.value(i);
}

ExportRepository::Statement ExportRepository::statement(const QSqlDatabase& db,
                                                        const QList<QStringList>& columns,
                                                        const CaseListQuery& query)
{
    QStringList select;
    for (const QStringList& c : columns)
        select << c;
    const caseListSql::Where where = caseListSql::whereFor(query.filter, sql::isPostgres(db));
    Statement s;
    s.sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + fromClause + where.clause +
            caseListSql::orderBy(query);
    s.values = where.values;
    return s;
}

Status ExportRepository::forEachRow(const Statement& statement,
                                    const std::function<bool(const ExportRow&)>& row)
{
    const QString what = Tr::tr("reading the cases to export");
    auto rows = sql::run(m_db.connection(), statement.sql, statement.values, what);
    if (!rows)
        return std::unexpected(rows.error());
    const ExportRow current(*rows);
    while (rows->next()) {
        if (!row(current))
            return {};
    }
    if (rows->lastError().isValid())
        return std::unexpected(sql::errorFrom(*rows, what));
    return {};
}

Result<QList<RootCauseNode>> ExportRepository::rootCauses()
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT id, coalesce(parent_id, 0), name FROM root_causes"),
                      Tr::tr("reading the root-cause taxonomy"));
    if (!q)
        return std::unexpected(q.error());
    QList<RootCauseNode> nodes;
    while (q->next())
        nodes << RootCauseNode{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()};
    return nodes;
}

} // namespace redress::core
