#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::core {

/// How the exporter turns what a column's SQL reads into the cell's text.
enum class ExportFormat
{
    Text,      ///< as stored
    Reference, ///< a case id as "RD-000123"
    LocalTime, ///< stored milliseconds as local "yyyy-MM-dd HH:mm:ss"
    Channel,   ///< the stored key as its label
    Severity,
    Impact,
    Status,
    Priority,  ///< the stored key as its label
    RootCause, ///< a root_causes id as its path, "Product defect › Hardware › Power supply"
    Money,     ///< cents as "25.00"
    Promise,   ///< promised_by, resolved_at [, text to fall back on] as Kept, Broken, Pending or empty
    YesNo,
    Lines, ///< a JSON array of texts, one per line
};

/// A column a case export can carry. The key is stable (the CLI's
/// --columns, the import's header matching); the label is for people and
/// heads the column in the file.
///
/// Adding a column (the follow-up score, when it lands) is one entry in
/// exportColumns() (its key, label and format) and its SQL in
/// ExportRepository.
struct ExportColumn
{
    QString key;   ///< "reference", "opened", "gesture_cost" …
    QString label; ///< "Reference", "Opened", "Gesture cost" … (translated)
    bool byDefault = false;
    /// What the store selects for it, over `cases c` (ExportRepository::
    /// columnSql): one expression, or the several its format combines
    /// (Promise). Only the exporter needs it.
    QStringList sql;
    ExportFormat format = ExportFormat::Text;
    /// The same on PostgreSQL where its SQL must differ; empty otherwise.
    QStringList postgresSql = {};
};

/// Every column, in the order the chooser offers them.
QList<ExportColumn> exportColumns();
/// The columns an export carries unless told otherwise.
QStringList defaultExportColumnKeys();
std::optional<ExportColumn> exportColumn(const QString& key);

} // namespace redress::core
