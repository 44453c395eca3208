#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/io/ImportProfile.h"
#include "core/store/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace redress::core {

/// What a column of an imported file may hold. Keys match the export's
/// column keys, so an exported file maps itself.
enum class ImportField
{
    Reference,
    Opened,
    Customer,
    Company,
    Email,
    Phone,
    Product,
    Channel,
    Description,
    Severity,
    Impact,
    Status,
    Owner,
    RootCause,
    Updated,
    Resolved,
    Closed,
    ApologySent,
    Solution,
    Gestures,
    GestureCost,
    PromiseKept,
    Segment,       ///< the customer's, e.g. "key account"
    LifetimeValue, ///< the customer's, an amount as for the gesture cost
    ExternalId,    ///< the source system's own id for the case (cases.external_id)
};
QList<ImportField> allImportFields();
/// The fields a customers import takes: customer, company, email, phone,
/// segment and lifetime value. Every other field is a case's.
bool isCustomerField(ImportField f);
QString keyOf(ImportField f);
QString labelOf(ImportField f);
std::optional<ImportField> importFieldFromKey(const QString& key);

/// The first rows of a file, for the mapping dialog's preview.
struct CsvPreview
{
    QStringList header;
    QList<QStringList> rows;
    QChar separator;
    qint64 bytes = 0;
};

/// Which field each column of the file feeds; nullopt skips the column.
using ImportMapping = QList<std::optional<ImportField>>;

/// A row that was not imported, and why.
struct RowProblem
{
    qint64 line = 0; ///< where the row starts in the file, from 1
    QString column;  ///< the file's column header, empty for the whole row
    QString reason;  ///< for people: "'31/02/2026' is not a date"
};

/// What each row of a file is.
enum class ImportKind
{
    /// A case; its customer is matched by name and company or added.
    Cases,
    /// A customer alone: added, or, when one of that name and company is
    /// known, its email, phone, segment and lifetime value updated from the
    /// cells that are not empty.
    Customers,
};

/// How the file is laid out.
enum class ImportFormat
{
    Csv,
    /// Zendesk's JSON ticket export: one ticket a line, with its comments.
    ZendeskJson,
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Cases;
    ImportFormat format = ImportFormat::Csv;
    /// Empty: guessed from the header for `kind`. Given, a customers import
    /// refuses a column mapped to a field only cases have.
    ImportMapping mapping;
    bool allOrNothing = false; ///< one bad row and nothing is imported
    QString rejectsPath;       ///< where bad rows go as CSV; empty: none written
    /// Columns by header name (the guess for the rest, unless `mapping` is
    /// given), constants, date formats, value translations and the key.
    ImportProfile profile;
    /// With a key: a row whose case is known refreshes that case's facts
    /// instead of counting as unchanged.
    bool update = false;
    /// Without a key: a row identical to a known case (customer, product,
    /// opened and description) is imported again instead of refused.
    bool allowDuplicates = false;
    /// An owner nobody here is called becomes a rep; otherwise the row is
    /// refused, so that a typo does not make an account.
    bool createUsers = false;
};

struct ImportReport
{
    qint64 imported = 0;
    qint64 unchanged = 0; ///< rows whose key named a known case they left as it was
    qint64 updated = 0;   ///< rows whose key named a known case whose facts they changed (`update`)
    qint64 rejected = 0;
    QList<RowProblem> problems; ///< the first ones (capped); `rejected` counts them all
    qint64 customersCreated = 0;
    /// Known customers a customers import matched (and wrote its non-empty
    /// cells to); `imported` is created plus updated there.
    qint64 customersUpdated = 0;
    qint64 productsCreated = 0;
    QStringList usersCreated;
    QString rejectsPath; ///< set when a rejects file was written
};

/// Adds cases (and their customers), or customers alone, from CSV in one
/// transaction: a failure midway, or a bad row under allOrNothing, leaves
/// the store as it was.
class CaseImporter
{
public:
    /// Bytes read and bytes in all (0 when unknown), every few hundred rows
    /// and once more before anything is kept; returning false cancels
    /// (Error::Code::Cancelled, nothing is imported).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CaseImporter(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    /// Reads the header and up to `rows` rows; an error names the line.
    static Result<CsvPreview> preview(const QString& path, int rows = 20);
    /// Maps header names to fields: keys and labels (ours and the export's)
    /// in any case, spaces, hyphens and underscores aside, then a few common
    /// synonyms ("Subject", "Assignee") for fields still unmapped. For
    /// customers only the customer's fields are candidates.
    static ImportMapping guessMapping(const QStringList& header, ImportKind kind = ImportKind::Cases);
    /// The profile's columns by header name (in any case), the guess for
    /// the columns it does not name; a guess never takes a field the
    /// profile gave to another column.
    static ImportMapping mappingFor(const QStringList& header, const ImportProfile& profile,
                                    ImportKind kind = ImportKind::Cases);
    /// Customers when the header has a customer column and maps to no field
    /// only cases have (description, product, opened, status …); else Cases.
    static ImportKind guessKind(const QStringList& header);

    /// Imports `path`; messages name the file by its name. A file that
    /// cannot be read as CSV is an error naming the line; bad rows are
    /// problems in the report. Under allOrNothing with bad rows the report
    /// says imported 0 and lists them; otherwise the good rows are kept and
    /// the bad ones written to rejectsPath before the commit.
    Result<ImportReport> run(const QString& path, const ImportOptions& options,
                             const Progress& progress = {});
    /// The same from an open device (a buffer, a pipe); `sourceName` is how
    /// messages and the cases' provenance name it.
    Result<ImportReport> run(QIODevice& input, const QString& sourceName, const ImportOptions& options,
                             const Progress& progress = {});

    /// How many problems a report lists; `rejected` counts past it.
    static constexpr int maxProblems = 1000;

private:
    template <typename Reader>
    Result<ImportReport> runWith(Reader& reader, QIODevice& input, const QString& sourceName,
                                 const ImportOptions& options, const Progress& progress);

    Database m_db;
    User m_actor;
};

} // namespace redress::core
