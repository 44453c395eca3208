#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace redress::core {

/// How one source's files map into Redress, written once and reused: the
/// JSON the CLI's --profile and the import dialog read and write.
///
///     { "columns": { "Date received": "opened", "State": null },
///       "set":     { "channel": "Web" },
///       "dates":   ["dd-MM-yy", "dd-MM-yyyy HH:mm"],
///       "values":  { "status": { "solved": "Resolved", "?": "" } },
///       "key":     "external_id" }
///
/// Fields are named by the import's field keys (`opened`, `external_id` …);
/// loading checks every name, so a typo is an error naming it, not a
/// column silently left out.
struct ImportProfile
{
    /// A header (as the file writes it) and its field key; nullopt skips it.
    QList<std::pair<QString, std::optional<QString>>> columns;
    /// Constants for fields the file lacks, and for a column's empty cells.
    QList<std::pair<QString, QString>> set;
    /// Qt date-time formats, tried in order after ISO 8601.
    QStringList dates;
    /// Per field key, values of the other system and what they mean here;
    /// "" means empty.
    QList<std::pair<QString, QList<std::pair<QString, QString>>>> values;
    /// `external_id` or `reference`: what makes a second import of a row
    /// find the case the first one made. Empty: none.
    QString key;

    /// `name` is how messages call the source, usually the file's name.
    static Result<ImportProfile> fromJson(const QByteArray& json, const QString& name);
    static Result<ImportProfile> load(const QString& path);
    QByteArray toJson() const;
    /// Written whole or not at all.
    Status save(const QString& path) const;

    /// Lays `over` on top: its columns, constants, values and key replace
    /// ours where they name the same thing; its date formats are tried first.
    void add(const ImportProfile& over);
    bool isEmpty() const;
};

} // namespace redress::core
