#pragma once

#include "core/Error.h"
#include "core/store/AuditChain.h"
#include "core/store/Sql.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace redress::core {

/// The one place the rows of a case and its customer are inserted: the
/// repositories add one row at a time through it, the importer and the
/// demo generator many, each statement prepared once per writer. Rows are
/// as stored: times in milliseconds since the epoch (0 for none where a
/// column may be empty), ids 0 for none, enums as their keys. Callers run
/// it inside their own transaction and have checked the values.
class CaseWriter
{
public:
    /// Names the work for an error message; called only on failure.
    using What = std::function<QString()>;

    struct CustomerRow
    {
        QString name;
        QString company;
        QString email;
        QString phone;
        QString segment;
        qint64 lifetimeValueCents = 0;
        qint64 createdAt = 0;
    };

    struct CaseRow
    {
        qint64 id = 0; ///< the id wanted, 0: the next one
        qint64 customerId = 0;
        qint64 productId = 0;
        QString channel;
        QString description;
        int severity = 0;
        int impact = 0;
        QString priority;
        QString status;
        qint64 ownerId = 0;
        qint64 openedAt = 0;
        qint64 updatedAt = 0;
        qint64 resolvedAt = 0;
        qint64 closedAt = 0;
        qint64 rowVersion = 1;
        QString customerName;
        QString company;
        QString productName;
        QString ownerName;
        /// What the triggers on analyses, gestures and solutions keep up to
        /// date, for a bulk writer that sets those triggers aside (the
        /// demo): the analysis's root cause (0: none), the granted and
        /// approved gestures' cost, the solution's promise (empty: none).
        qint64 rootCauseId = 0;
        qint64 compensationCents = 0;
        QString promisedBy;
        /// The source system's id of an imported case (issue 22); empty: NULL.
        QString externalId;
    };

    struct EventRow
    {
        qint64 caseId = 0;
        qint64 at = 0;
        qint64 actorId = 0;
        QString kind;
        QString field;
        QString oldValue;
        QString newValue;
        QString note;
    };

    struct AnalysisRow
    {
        qint64 caseId = 0;
        qint64 rootCauseId = 0;
        QString whys = QStringLiteral("[]"); ///< a JSON array of text
        bool educationGap = false;
        qint64 recordedAt = 0;
        qint64 recordedBy = 0;
    };

    struct ApologyRow
    {
        qint64 caseId = 0;
        qint64 templateId = 0;
        QString body;
        QString channel;
        int flags = 0;
        qint64 sentAt = 0;
        qint64 sentBy = 0;
    };

    struct SolutionRow
    {
        qint64 caseId = 0;
        QString fix;
        QString customerWants;
        QString promisedBy; ///< an ISO date, empty for none
        qint64 recordedAt = 0;
        qint64 recordedBy = 0;
    };

    struct GestureRow
    {
        qint64 caseId = 0;
        qint64 typeId = 0;
        QString note;
        qint64 costCents = 0;
        QString status;
        qint64 requestedBy = 0;
        qint64 requestedAt = 0;
        qint64 decidedBy = 0;
        qint64 decidedAt = 0;
    };

    struct DeclineRow
    {
        qint64 caseId = 0;
        QString reason;
        qint64 recordedAt = 0;
        qint64 recordedBy = 0;
    };

    struct FollowUpRow
    {
        qint64 caseId = 0;
        int score = 0;
        std::optional<int> priorScore;
        QString comment;
        qint64 recordedAt = 0;
        qint64 recordedBy = 0;
    };

    /// Where an imported case came from and what of the old system's
    /// recovery it brought along.
    struct ImportRow
    {
        qint64 caseId = 0;
        QString source;
        qint64 line = 0;
        qint64 importedAt = 0;
        qint64 importedBy = 0;
        qint64 apologySentAt = 0;
        QString solution;
        QString gestures;
        std::optional<qint64> gestureCostCents;
        QString promise;
    };

    explicit CaseWriter(QSqlDatabase db, sql::Statement::Engine engine = sql::Statement::Engine::Qt);

    Result<qint64> addCustomer(const CustomerRow& row, const What& what);
    Result<qint64> addCase(const CaseRow& row, const What& what);
    /// An event for the timeline; the caller seals it into the audit chain.
    Result<qint64> addEvent(const EventRow& row, const What& what);
    /// An event with its id and chain columns given (AuditChain::Appender):
    /// sealed as it is written.
    Status addSealedEvent(const EventRow& row, const AuditChain::Link& link, const What& what);
    /// One priority-change event for every open case whose stored priority
    /// differs from `derived` (an SQL expression over the cases row `c`),
    /// in one statement: a new matrix can touch most cases of a large store.
    Status addPriorityChanges(const QString& derived, qint64 at, qint64 actorId, const QString& note,
                              const What& what);
    Result<qint64> addApology(const ApologyRow& row, const What& what);
    Result<qint64> addGesture(const GestureRow& row, const What& what);
    Status addFollowUp(const FollowUpRow& row, const What& what);
    Status addImport(const ImportRow& row, const What& what);
    /// A case has one of each of these: saving again replaces it.
    Status saveAnalysis(const AnalysisRow& row, const What& what);
    Status saveSolution(const SolutionRow& row, const What& what);
    Status saveDecline(const DeclineRow& row, const What& what);

private:
    QString returningId() const;
    qint64 insertedId(sql::Statement& s) const;
    sql::Statement& statement(std::optional<sql::Statement>& slot, const QString& text);

    QSqlDatabase m_db;
    sql::Statement::Engine m_engine;
    std::optional<sql::Statement> m_customer;
    std::optional<sql::Statement> m_case;
    std::optional<sql::Statement> m_advanceCaseIds;
    std::optional<sql::Statement> m_event;
    std::optional<sql::Statement> m_sealedEvent;
    std::optional<sql::Statement> m_apology;
    std::optional<sql::Statement> m_gesture;
    std::optional<sql::Statement> m_followUp;
    std::optional<sql::Statement> m_import;
    std::optional<sql::Statement> m_analysis;
    std::optional<sql::Statement> m_solution;
    std::optional<sql::Statement> m_decline;
};

} // namespace redress::core
