#include "core/io/ExportColumns.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

struct Definition
{
    const char* key;
    const char* label; // translated when read
    bool byDefault;
    QStringList sql;
    ExportFormat format;
    QStringList postgresSql = {};
};

// Everything from the recovery tables is a correlated subquery on an index
// (apologies_by_case, gestures_by_case, the primary keys of solutions and
// analyses), so its cost follows the cases exported and each column stands
// alone. Measured with the sqlite3 shell on a million demo cases: LEFT JOINs
// on per-case aggregates exported all of them with about 15% less CPU, but
// a search that kept 55,000 took 4.1 s of CPU instead of 0.9 s, because the
// aggregates are built over every case first.
//
// Imported cases carry the old system's recovery summary (case_imports,
// joined by CaseExporter as `ci`); the recovery columns fall back to it,
// Redress's own records first.
const QList<Definition>& definitions()
{
    using F = ExportFormat;
    static const QList<Definition> all{
        {"reference",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Reference"),
         true,
         {QStringLiteral("c.id")},
         F::Reference},
        {"opened",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Opened"),
         true,
         {QStringLiteral("c.opened_at")},
         F::LocalTime},
        {"customer",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Customer"),
         true,
         {QStringLiteral("c.customer_name")},
         F::Text},
        {"company",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Company"),
         true,
         {QStringLiteral("c.company")},
         F::Text},
        {"product",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Product"),
         true,
         {QStringLiteral("c.product_name")},
         F::Text},
        {"channel",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Channel"),
         true,
         {QStringLiteral("c.channel")},
         F::Channel},
        {"severity",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Severity"),
         true,
         {QStringLiteral("c.severity")},
         F::Severity},
        {"priority",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Priority"),
         true,
         {QStringLiteral("c.priority")},
         F::Priority},
        {"status",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Status"),
         true,
         {QStringLiteral("c.status")},
         F::Status},
        {"owner",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Owner"),
         true,
         {QStringLiteral("c.owner_name")},
         F::Text},
        {"root_cause",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Root cause"),
         true,
         {QStringLiteral("(SELECT an.root_cause_id FROM analyses an WHERE an.case_id = c.id)")},
         F::RootCause},
        {"apology_sent",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Apology sent"),
         true,
         {QStringLiteral("coalesce((SELECT min(a.sent_at) FROM apologies a WHERE a.case_id = c.id), "
                         "ci.apology_sent_at)")},
         F::LocalTime},
        {"solution",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Solution"),
         true,
         {QStringLiteral("coalesce((SELECT s.fix FROM solutions s WHERE s.case_id = c.id), "
                         "nullif(ci.solution, ''))")},
         F::Text},
        // The gestures that count, in the order they were given.
        // SQLite's group_concat follows the order of the subquery it reads;
        // PostgreSQL's string_agg is told the order.
        {"gestures",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Gestures"),
         true,
         {QStringLiteral("coalesce((SELECT group_concat(name, '; ') FROM (SELECT t.name FROM gestures g JOIN "
                         "gesture_types t ON t.id = g.gesture_type_id WHERE g.case_id = c.id AND g.status IN "
                         "('granted', 'approved') ORDER BY g.id)), nullif(ci.gestures, ''))")},
         F::Text,
         {QStringLiteral("coalesce((SELECT string_agg(t.name, '; ' ORDER BY g.id) FROM gestures g JOIN "
                         "gesture_types t ON t.id = g.gesture_type_id WHERE g.case_id = c.id AND g.status IN "
                         "('granted', 'approved')), nullif(ci.gestures, ''))")}},
        {"gesture_cost",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Gesture cost"),
         true,
         {QStringLiteral("coalesce((SELECT sum(g.cost_cents) FROM gestures g WHERE g.case_id = c.id AND "
                         "g.status IN ('granted', 'approved')), ci.gesture_cost_cents)")},
         F::Money},
        {"promise_kept",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Promise kept"),
         true,
         {QStringLiteral("(SELECT s.promised_by FROM solutions s WHERE s.case_id = c.id)"),
          QStringLiteral("c.resolved_at"), QStringLiteral("ci.promise")},
         F::Promise},
        // "follow_up_score" goes here, a default, once follow-ups are scored.
        {"closed",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Closed"),
         true,
         {QStringLiteral("c.closed_at")},
         F::LocalTime},
        // The customer's own words, last: the longest cell, often on
        // several lines.
        {"description",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Description"),
         true,
         {QStringLiteral("c.description")},
         F::Text},

        {"impact",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Impact"),
         false,
         {QStringLiteral("c.impact")},
         F::Impact},
        {"updated",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Updated"),
         false,
         {QStringLiteral("c.updated_at")},
         F::LocalTime},
        {"resolved",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Resolved"),
         false,
         {QStringLiteral("c.resolved_at")},
         F::LocalTime},
        {"email",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Email"),
         false,
         {QStringLiteral("(SELECT cu.email FROM customers cu WHERE cu.id = c.customer_id)")},
         F::Text},
        {"phone",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Phone"),
         false,
         {QStringLiteral("(SELECT cu.phone FROM customers cu WHERE cu.id = c.customer_id)")},
         F::Text},
        // The customer record as it is now, so that an import into another
        // store brings the customer's worth along with the cases.
        {"segment",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Segment"),
         false,
         {QStringLiteral("(SELECT cu.segment FROM customers cu WHERE cu.id = c.customer_id)")},
         F::Text},
        {"lifetime_value",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Lifetime value"),
         false,
         {QStringLiteral("(SELECT cu.lifetime_value_cents FROM customers cu WHERE cu.id = c.customer_id)")},
         F::Money},
        {"customer_wants",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Customer wants"),
         false,
         {QStringLiteral("(SELECT s.customer_wants FROM solutions s WHERE s.case_id = c.id)")},
         F::Text},
        {"promised_by",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Promised by"),
         false,
         {QStringLiteral("(SELECT s.promised_by FROM solutions s WHERE s.case_id = c.id)")},
         F::Text},
        {"whys",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Five whys"),
         false,
         {QStringLiteral("(SELECT an.whys FROM analyses an WHERE an.case_id = c.id)")},
         F::Lines},
        {"education_gap",
         QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Education gap"),
         false,
         {QStringLiteral("(SELECT an.education_gap FROM analyses an WHERE an.case_id = c.id)")},
         F::YesNo},
    };
    return all;
}

ExportColumn columnFrom(const Definition& d)
{
    return ExportColumn{QString::fromLatin1(d.key),
                        QCoreApplication::translate("redress::core::ExportColumns", d.label),
                        d.byDefault,
                        d.sql,
                        d.format,
                        d.postgresSql};
}

} // namespace

QList<ExportColumn> exportColumns()
{
    QList<ExportColumn> columns;
    for (const Definition& d : definitions())
        columns << columnFrom(d);
    return columns;
}

QStringList defaultExportColumnKeys()
{
    QStringList keys;
    for (const Definition& d : definitions()) {
        if (d.byDefault)
            keys << QString::fromLatin1(d.key);
    }
    return keys;
}

std::optional<ExportColumn> exportColumn(const QString& key)
{
    for (const Definition& d : definitions()) {
        if (key == QLatin1String(d.key))
            return columnFrom(d);
    }
    return std::nullopt;
}

} // namespace redress::core
