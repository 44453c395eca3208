#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/Priority.h"
#include "core/cases/User.h"
#include "core/store/CaseWriter.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace redress::core {

/// Writes the rows of an imported file: finds or adds the customer,
/// product, owner and root cause each row names, and writes its case with
/// the timeline, analysis and provenance the importer decided on. The
/// caches keep a file of many cases per customer from asking the store
/// each time. Runs inside the importer's transaction.
class ImportWriter
{
public:
    struct CustomerRow
    {
        QString name;
        QString company;
        QString email;
        QString phone;
        QString segment;
        std::optional<qint64> lifetimeValueCents; ///< nullopt: the cell was empty
    };

    /// One case as the importer made it out: references by name, the
    /// stamps already decided.
    struct Row
    {
        qint64 line = 0;
        qint64 wantedId = 0; ///< an RD reference's id, 0 when none
        QString externalId;  ///< the source system's id, empty when none
        CustomerRow customer;
        QString product;
        QString owner; ///< empty: nobody owns the case
        QStringList rootCause;
        Channel channel = Channel::Phone;
        QString description;
        Severity severity = Severity::Medium;
        BusinessImpact impact = BusinessImpact::None;
        CaseStatus status = CaseStatus::New;
        QDateTime opened;
        QDateTime updated;
        QDateTime resolved; ///< invalid: not resolved
        QDateTime closed;   ///< invalid: not closed
        QString note;       ///< the creation event's
        QString noteIdTaken; ///< the same, when the wanted id is in use here
        QString statusNote;  ///< the event that moves it to `status`
        QDateTime apologySent;
        QString solution;
        QString gestures;
        std::optional<qint64> gestureCostCents;
        QString promise;
    };

    /// What a row names that the store refused.
    enum class Part
    {
        RootCause,
        Customer,
        Product,
        Owner,
        Key,       ///< the row's key is empty
        Duplicate, ///< the same case is here already
    };
    struct Refusal
    {
        Part part;
        Error error; ///< Error::Code::InvalidInput, maybe with its field
    };

    /// What finds a row's case from an earlier import.
    enum class Key
    {
        None,
        Reference,  ///< an RD reference's id, another system's reference as the external id
        ExternalId, ///< cases.external_id
    };
    struct Options
    {
        Key key = Key::None;
        bool update = false;          ///< a known key refreshes the case's facts
        bool allowDuplicates = false; ///< without a key, an identical case is written again
        bool createUsers = false;     ///< an unknown owner becomes a rep instead of a refusal
    };

    /// What became of a row.
    enum class Outcome
    {
        Imported,
        Unchanged, ///< its key named a known case, left as it was
        Updated,   ///< its key named a known case whose facts it changed
    };
    struct Written
    {
        Outcome outcome = Outcome::Imported;
        std::optional<Refusal> refusal; ///< set: nothing of the row was written
    };

    ImportWriter(Database db, User actor, QString source, Options options);

    /// Writes the case. A reference only the store can refuse (a root
    /// cause the actor may not add, an unknown owner, a duplicate) comes
    /// back as a refusal; anything else that fails is an error that ends
    /// the import.
    Result<Written> write(const Row& row);
    /// Adds the customer of a customers file's row, or writes its non-empty
    /// cells over those of the known customer of that name and company.
    Status writeCustomer(const CustomerRow& row, qint64 line);

    const QList<qint64>& newCases() const { return m_newCases; }
    /// Flags the new cases that are second failures (SecondFailure), once
    /// all the rows are in, so an earlier case of the same file counts.
    Status flagSecondFailures();
    const QList<qint64>& newCustomers() const { return m_newCustomers; }
    /// The new cases still without a search entry (see indexAndRestore).
    QList<qint64> unindexedCases() const;
    qint64 customersCreated() const { return m_customersCreated; }
    qint64 customersUpdated() const { return m_customersUpdated; }
    qint64 productsCreated() const { return m_productsCreated; }
    const QStringList& usersCreated() const { return m_usersCreated; }

    /// The search indexes' insert triggers, set aside while the rows go in
    /// (SQLite; nothing on PostgreSQL); returns the SQL that recreates them.
    static Result<QStringList> setSearchTriggersAside(const QSqlDatabase& db);
    /// Indexes the new cases and customers for search in one statement
    /// each and puts the triggers back.
    static Status indexAndRestore(const QSqlDatabase& db, const QStringList& creates, const QList<qint64>& cases,
                                  const QList<qint64>& customers);

private:
    struct Named
    {
        qint64 id = 0;
        QString name;
        QString company;
    };
    struct StoredCustomer;

    template <typename What>
    Result<std::optional<StoredCustomer>> findCustomer(const CustomerRow& row, const What& what);
    template <typename What> Result<Named> insertCustomer(const CustomerRow& row, const What& what);
    Result<Named> customerFor(const CustomerRow& row);
    Result<Named> productFor(const QString& name);
    Result<Named> ownerFor(const QString& name);
    Result<qint64> rootCause(const QStringList& parts);
    Result<qint64> caseIdFor(qint64 wanted, const CaseWriter::What& what);
    Result<qint64> knownCase(const Row& row, const CaseWriter::What& what);
    Result<Written> refresh(qint64 caseId, const Row& row, const CaseWriter::What& what);
    Status loadEmails();

    Database m_db;
    QSqlDatabase m_conn;
    User m_actor;
    QString m_source;
    qint64 m_now = 0;
    CaseWriter m_writer;
    sql::Statement m_caseExists;
    sql::Statement m_findCustomer;
    sql::Statement m_updateCustomer;
    sql::Statement m_findProduct;
    sql::Statement m_findUser;
    sql::Statement m_loginTaken;
    sql::Statement m_byExternalId;
    sql::Statement m_duplicate;
    sql::Statement m_current;
    sql::Statement m_refresh;
    Options m_options;
    QHash<QString, Named> m_emails; // folded address → customer; loaded on the first row with one
    bool m_emailsLoaded = false;
    QSet<qint64> m_madeCustomers;
    QSet<qint64> m_madeProducts;
    QSet<qint64> m_newCaseSet;
    QSet<qint64> m_indexedEarly;
    QHash<QString, Named> m_customers;
    QHash<QString, Named> m_products;
    QHash<QString, Named> m_owners;
    QHash<QString, qint64> m_causes;
    bool m_causesLoaded = false;
    std::optional<PriorityMatrix> m_matrix; // read on the first case written
    QList<qint64> m_newCases;
    QList<qint64> m_newCustomers;
    qint64 m_customersCreated = 0;
    qint64 m_customersUpdated = 0;
    qint64 m_productsCreated = 0;
    QStringList m_usersCreated;
};

} // namespace redress::core
