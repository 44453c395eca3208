#pragma once

#include "core/Error.h"
#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QIODevice>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace redress::core {

struct ExportOptions
{
    /// Exactly what the case list shows: its filter, search and sort.
    CaseListQuery query;
    QStringList columns; ///< keys of exportColumns(); empty means the defaults
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;
};

/// Writes cases as CSV: RFC 4180 quoting, UTF-8, every cell safe to open in
/// a spreadsheet. Streams row by row, so memory stays flat on a million cases.
class CaseExporter
{
public:
    /// Called now and then with rows written and rows in all; returning
    /// false cancels the export (the result is then Error::Code::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CaseExporter(Database db) : m_db(std::move(db)) {}

    /// Checks the options (unknown column, bad separator) without writing.
    static Status validate(const ExportOptions& options);

    /// The one SELECT an export runs: the chosen columns' SQL over the
    /// list's WHERE and ORDER BY, with its bound values. Public so that the
    /// benchmark can hand the sqlite3 shell the very same statement.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    static Result<Statement> statement(const QSqlDatabase& db, const ExportOptions& options);

    /// Writes to an open device; returns the number of cases written.
    Result<qint64> write(const ExportOptions& options, QIODevice& device, const Progress& progress = {});
    /// Writes to `path` atomically (PrivateFile: 0600, a link at `path`
    /// replaced, not followed): a cancelled or failed export leaves no
    /// file, and an existing file as it was.
    Result<qint64> writeFile(const ExportOptions& options, const QString& path,
                             const Progress& progress = {});

private:
    Database m_db;
};

} // namespace redress::core
