#include "core/io/ExportColumns.h"

#include "core/store/ExportRepository.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

struct Definition
{
    const char* key;
    const char* label; // translated when read
    bool byDefault;
    ExportFormat format;
};

const QList<Definition>& definitions()
{
    using F = ExportFormat;
    static const QList<Definition> all{
        {"reference", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Reference"), true, F::Reference},
        {"opened", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Opened"), true, F::LocalTime},
        {"customer", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Customer"), true, F::Text},
        {"company", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Company"), true, F::Text},
        {"product", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Product"), true, F::Text},
        {"channel", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Channel"), true, F::Channel},
        {"severity", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Severity"), true, F::Severity},
        {"priority", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Priority"), true, F::Priority},
        {"status", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Status"), true, F::Status},
        {"owner", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Owner"), true, F::Text},
        {"root_cause", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Root cause"), true, F::RootCause},
        {"apology_sent", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Apology sent"), true,
         F::LocalTime},
        {"solution", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Solution"), true, F::Text},
        {"gestures", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Gestures"), true, F::Text},
        {"gesture_cost", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Gesture cost"), true, F::Money},
        {"promise_kept", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Promise kept"), true, F::Promise},
        // "follow_up_score" goes here, a default, once follow-ups are scored.
        {"closed", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Closed"), true, F::LocalTime},
        // One customer, many cases: whether the recovery before did not
        // hold, and how the case stands to others.
        {"second_failure", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Second failure"), true,
         F::Text},
        {"links", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Links"), true, F::Text},
        // Default since issue 22, so that the default export moves a store
        // without loss: without the impact an Emergency came back as Low,
        // without the resolution date a resolved case had none, without the
        // address two customers of one name became one.
        {"impact", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Impact"), true, F::Impact},
        {"resolved", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Resolved"), true, F::LocalTime},
        {"email", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Email"), true, F::Text},
        {"phone", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Phone"), true, F::Text},
        // The customer's own words, last: the longest cell, often on
        // several lines.
        {"description", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Description"), true, F::Text},

        {"updated", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Updated"), false, F::LocalTime},
        // The customer record as it is now, so that an import into another
        // store brings the customer's worth along with the cases.
        {"segment", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Segment"), false, F::Text},
        {"lifetime_value", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Lifetime value"), false,
         F::Money},
        {"customer_wants", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Customer wants"), false,
         F::Text},
        {"promised_by", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Promised by"), false, F::Text},
        {"whys", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Five whys"), false, F::Lines},
        {"education_gap", QT_TRANSLATE_NOOP("redress::core::ExportColumns", "Education gap"), false,
         F::YesNo},
    };
    return all;
}

ExportColumn columnFrom(const Definition& d)
{
    return ExportColumn{QString::fromLatin1(d.key),
                        QCoreApplication::translate("redress::core::ExportColumns", d.label),
                        d.byDefault,
                        ExportRepository::columnSql(QString::fromLatin1(d.key)),
                        d.format,
                        ExportRepository::postgresColumnSql(QString::fromLatin1(d.key))};
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
