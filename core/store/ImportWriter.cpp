#include "core/store/ImportWriter.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/recovery/RecoveryTypes.h"
#include "core/store/CaseJournal.h"
#include "core/store/PriorityRepository.h"
#include "core/store/ProductRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SecondFailure.h"
#include "core/store/Sql.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// The importer's messages, where they were written before the rows went
// through the store: the same context keeps their translations.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseImporter)
};

QString foldPath(const QStringList& parts)
{
    QStringList folded;
    for (const QString& p : parts)
        folded << p.toCaseFolded();
    return folded.join(QChar(0x203A));
}

// "Ann-Marie O'Neill" → "ann-marie.oneill"; letters of any script stay.
QString loginFrom(const QString& name)
{
    QString login;
    for (QChar c : name.simplified().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            login += c;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('.'))
            login += QLatin1Char('.');
    }
    while (login.contains(QStringLiteral("..")))
        login.replace(QStringLiteral(".."), QStringLiteral("."));
    if (login.startsWith(QLatin1Char('.')))
        login.remove(0, 1);
    if (login.endsWith(QLatin1Char('.')))
        login.chop(1);
    return login.isEmpty() ? QStringLiteral("user") : login.left(90);
}

QString customerKey(const ImportWriter::CustomerRow& c)
{
    return c.name.toCaseFolded() + QChar(0x1F) + c.company.toCaseFolded();
}

QString idArray(const QList<qint64>& ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
}

qint64 stored(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

struct ImportWriter::StoredCustomer
{
    Named named;
    QString email;
    QString phone;
    QString segment;
    qint64 lifetimeValueCents = 0;

    bool operator==(const StoredCustomer& o) const
    {
        return named.id == o.named.id && email == o.email && phone == o.phone && segment == o.segment &&
               lifetimeValueCents == o.lifetimeValueCents;
    }
};

ImportWriter::ImportWriter(Database db, User actor, QString source, Options options)
    : m_db(std::move(db)), m_conn(m_db.connection()), m_actor(std::move(actor)), m_source(std::move(source)),
      m_now(Clock::now().toMSecsSinceEpoch()), m_writer(m_conn),
      m_caseExists(m_conn, QStringLiteral("SELECT 1 FROM cases WHERE id = ?")),
      // By name alone, the company compared here: the planner would
      // otherwise take the company index, which for customers without
      // a company is a scan of all of them.
      m_findCustomer(m_conn,
                     QStringLiteral("SELECT id, name, company, email, phone, segment, "
                                    "lifetime_value_cents FROM customers WHERE name = ? ORDER BY id")),
      // Never the name or the company: they are what matched, and the
      // search index (whose insert trigger is set aside) follows them.
      m_updateCustomer(m_conn, QStringLiteral("UPDATE customers SET email = ?, phone = ?, segment = ?, "
                                              "lifetime_value_cents = ? WHERE id = ?")),
      m_findProduct(m_conn, QStringLiteral("SELECT id, name FROM products WHERE name = ?")),
      m_findUser(m_conn,
                 QStringLiteral("SELECT id, display_name FROM users WHERE lower(display_name) = lower(?) "
                                "OR lower(login) = lower(?) ORDER BY lower(display_name) = lower(?) "
                                "DESC, id LIMIT 1")),
      m_loginTaken(m_conn, QStringLiteral("SELECT 1 FROM users WHERE lower(login) = lower(?)")),
      m_byExternalId(m_conn,
                     QStringLiteral("SELECT id FROM cases WHERE external_id = ? ORDER BY id LIMIT 1")),
      m_duplicate(m_conn, QStringLiteral("SELECT id FROM cases WHERE customer_id = ? AND product_id = ? AND "
                                         "opened_at = ? AND description = ? ORDER BY id LIMIT 1")),
      m_current(m_conn, QStringLiteral("SELECT status, severity, impact, channel, description, owner_id, "
                                       "resolved_at, closed_at, updated_at FROM cases WHERE id = ?")),
      m_refresh(m_conn, QStringLiteral("UPDATE cases SET status = ?, severity = ?, impact = ?, priority = ?, "
                                       "channel = ?, description = ?, owner_id = ?, owner_name = ?, "
                                       "resolved_at = ?, closed_at = ? WHERE id = ?")),
      m_options(options)
{
}

Result<ImportWriter::Written> ImportWriter::write(const Row& row)
{
    const auto refused = [](Part part, const Error& e) -> Result<Written> {
        if (e.code != Error::Code::InvalidInput)
            return std::unexpected(e);
        return Written{Outcome::Imported, Refusal{part, e}};
    };
    const CaseWriter::What what = [&] {
        return ImporterText::tr("importing line %1 of %2").arg(row.line).arg(m_source);
    };
    // A known key first, before anything of the row is added: a second
    // import of the same file must leave the store exactly as it was.
    if (m_options.key != Key::None) {
        auto known = knownCase(row, what);
        if (!known)
            return refused(Part::Key, known.error());
        if (*known > 0) {
            if (!m_options.update)
                return Written{Outcome::Unchanged, {}};
            return refresh(*known, row, what);
        }
    }
    qint64 rootCauseId = 0;
    if (!row.rootCause.isEmpty()) {
        auto cause = rootCause(row.rootCause);
        if (!cause)
            return refused(Part::RootCause, cause.error());
        rootCauseId = *cause;
    }
    auto customer = customerFor(row.customer);
    if (!customer)
        return refused(Part::Customer, customer.error());
    auto product = productFor(row.product);
    if (!product)
        return refused(Part::Product, product.error());
    Named owner;
    if (!row.owner.isEmpty()) {
        auto found = ownerFor(row.owner);
        if (!found)
            return refused(Part::Owner, found.error());
        owner = *found;
    }
    // Without a key, the same customer, product, opening and words are the
    // same case: a file imported twice must not double the store. A
    // customer or product this import added has no cases from before it.
    if (m_options.key == Key::None && !m_options.allowDuplicates && !m_madeCustomers.contains(customer->id) &&
        !m_madeProducts.contains(product->id)) {
        if (auto ok =
                m_duplicate.exec({customer->id, product->id, stored(row.opened), row.description}, what);
            !ok)
            return std::unexpected(ok.error());
        if (m_duplicate.next()) {
            const qint64 same = m_duplicate.value(0).toLongLong();
            m_duplicate.finish();
            return refused(Part::Duplicate,
                           Error::make(Error::Code::InvalidInput,
                                       ImporterText::tr("the same case as %1 (customer, product, opened and "
                                                        "description); allow duplicates to import it again")
                                           .arg(referenceFor(same))));
        }
    }

    auto id = caseIdFor(row.wantedId, what);
    if (!id)
        return std::unexpected(id.error());
    // Priority is this store's answer for the severity and impact: a
    // "priority" column in the file (the old system's own scale, or our
    // export) is deliberately not an import field and is ignored.
    if (!m_matrix) {
        auto matrix = PriorityRepository::matrixIn(m_conn);
        if (!matrix)
            return std::unexpected(matrix.error());
        m_matrix = *matrix;
    }
    CaseWriter::CaseRow c;
    c.id = *id;
    c.customerId = customer->id;
    c.productId = product->id;
    c.channel = keyOf(row.channel);
    c.description = row.description;
    c.severity = static_cast<int>(row.severity);
    c.impact = static_cast<int>(row.impact);
    c.priority = keyOf(m_matrix->of(row.severity, row.impact));
    c.status = keyOf(row.status);
    c.ownerId = owner.id;
    c.openedAt = stored(row.opened);
    c.updatedAt = stored(row.updated);
    c.resolvedAt = stored(row.resolved);
    c.closedAt = stored(row.closed);
    c.customerName = customer->name;
    c.company = customer->company;
    c.productName = product->name;
    c.ownerName = owner.name;
    c.externalId = row.externalId;
    auto inserted = m_writer.addCase(c, what);
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 caseId = *inserted;
    m_newCases << caseId;
    m_newCaseSet.insert(caseId);

    const QString note = row.wantedId > 0 && *id == 0 ? row.noteIdTaken : row.note;
    if (auto ok = m_writer.addEvent({caseId, c.openedAt, m_actor.id, keyOf(CaseEvent::Kind::Created),
                                     QStringLiteral("status"), QString(), keyOf(CaseStatus::New), note},
                                    what);
        !ok)
        return std::unexpected(ok.error());
    // The timeline must lead to the status the case has.
    if (row.status != CaseStatus::New) {
        if (auto ok = m_writer.addEvent({caseId, c.updatedAt, m_actor.id,
                                         keyOf(CaseEvent::Kind::StatusChanged), QStringLiteral("status"),
                                         keyOf(CaseStatus::New), keyOf(row.status), row.statusNote},
                                        what);
            !ok)
            return std::unexpected(ok.error());
    }
    if (rootCauseId > 0) {
        CaseWriter::AnalysisRow analysis;
        analysis.caseId = caseId;
        analysis.rootCauseId = rootCauseId;
        analysis.recordedAt = c.updatedAt;
        analysis.recordedBy = m_actor.id;
        if (auto ok = m_writer.saveAnalysis(analysis, what); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = m_writer.addImport({caseId, m_source, row.line, m_now, m_actor.id, stored(row.apologySent),
                                      row.solution, row.gestures, row.gestureCostCents, row.promise},
                                     what);
        !ok)
        return std::unexpected(ok.error());
    return Written{};
}

// The key's case: for a reference of ours the case of that number, for
// another system's (or the external id) the case that carries it.
Result<qint64> ImportWriter::knownCase(const Row& row, const CaseWriter::What& what)
{
    if (m_options.key == Key::Reference && row.wantedId > 0) {
        if (auto ok = m_caseExists.exec({row.wantedId}, what); !ok)
            return std::unexpected(ok.error());
        return m_caseExists.found() ? row.wantedId : 0;
    }
    if (row.externalId.isEmpty())
        return fail(Error::Code::InvalidInput,
                    m_options.key == Key::Reference
                        ? ImporterText::tr("missing reference, which is the key of this import")
                        : ImporterText::tr("missing external id, which is the key of this import"));
    if (auto ok = m_byExternalId.exec({row.externalId}, what); !ok)
        return std::unexpected(ok.error());
    qint64 id = 0;
    if (m_byExternalId.next())
        id = m_byExternalId.value(0).toLongLong();
    m_byExternalId.finish();
    return id;
}

// The facts the other system may have moved on since the first import:
// status and its stamps, severity, impact, channel, words and owner. Each
// change is a timeline event, as if a person had made it here.
Result<ImportWriter::Written> ImportWriter::refresh(qint64 caseId, const Row& row,
                                                    const CaseWriter::What& what)
{
    if (auto ok = m_current.exec({caseId}, what); !ok)
        return std::unexpected(ok.error());
    if (!m_current.next())
        return Written{Outcome::Unchanged, {}};
    const QString status = m_current.value(0).toString();
    const int severity = m_current.value(1).toInt();
    const int impact = m_current.value(2).toInt();
    const QString channel = m_current.value(3).toString();
    const QString description = m_current.value(4).toString();
    const qint64 ownerId = m_current.value(5).toLongLong();
    const qint64 resolvedAt = m_current.value(6).toLongLong();
    const qint64 closedAt = m_current.value(7).toLongLong();
    const qint64 updatedAt = m_current.value(8).toLongLong();
    m_current.finish();
    // A row older than the case's last change (an event log read again,
    // or a case worked here since) does not turn the case back.
    if (row.updated.isValid() && stored(row.updated) < updatedAt)
        return Written{Outcome::Unchanged, {}};

    Named owner;
    if (!row.owner.isEmpty()) {
        auto found = ownerFor(row.owner);
        if (!found) {
            if (found.error().code != Error::Code::InvalidInput)
                return std::unexpected(found.error());
            return Written{Outcome::Unchanged, Refusal{Part::Owner, found.error()}};
        }
        owner = *found;
    }
    struct Change
    {
        QString field;
        QString from;
        QString to;
    };
    QList<Change> changes;
    const auto compare = [&](const char* field, const QString& from, const QString& to) {
        if (from != to)
            changes << Change{QString::fromLatin1(field), from, to};
    };
    compare("status", status, keyOf(row.status));
    compare("severity", QString::number(severity), QString::number(static_cast<int>(row.severity)));
    compare("impact", QString::number(impact), QString::number(static_cast<int>(row.impact)));
    compare("channel", channel, keyOf(row.channel));
    compare("description", description, row.description);
    compare("owner", QString::number(ownerId), QString::number(owner.id));
    compare("resolved_at", QString::number(resolvedAt), QString::number(stored(row.resolved)));
    compare("closed_at", QString::number(closedAt), QString::number(stored(row.closed)));
    if (changes.isEmpty())
        return Written{Outcome::Unchanged, {}};
    if (!m_matrix) {
        auto matrix = PriorityRepository::matrixIn(m_conn);
        if (!matrix)
            return std::unexpected(matrix.error());
        m_matrix = *matrix;
    }
    // A case this import wrote has no search entry yet (the insert trigger
    // is set aside); the update trigger would delete the entry it lacks and
    // leave the index malformed. So it gets its entry now.
    if (!sql::isPostgres(m_conn) && m_newCaseSet.contains(caseId) && !m_indexedEarly.contains(caseId)) {
        auto q =
            sql::run(m_conn,
                     QStringLiteral("INSERT INTO case_search (rowid, description) SELECT id, description "
                                    "FROM cases WHERE id = ?"),
                     {caseId}, what());
        if (!q)
            return std::unexpected(q.error());
        m_indexedEarly.insert(caseId);
    }
    QVariant ownerValue = owner.id > 0 ? QVariant(owner.id) : QVariant(QMetaType::fromType<qint64>());
    QVariant resolvedValue =
        row.resolved.isValid() ? QVariant(stored(row.resolved)) : QVariant(QMetaType::fromType<qint64>());
    QVariant closedValue =
        row.closed.isValid() ? QVariant(stored(row.closed)) : QVariant(QMetaType::fromType<qint64>());
    if (auto ok =
            m_refresh.exec({keyOf(row.status), static_cast<int>(row.severity), static_cast<int>(row.impact),
                            keyOf(m_matrix->of(row.severity, row.impact)), keyOf(row.channel),
                            row.description, ownerValue, owner.name, resolvedValue, closedValue, caseId},
                           what);
        !ok)
        return std::unexpected(ok.error());
    const QString note = ImporterText::tr("Refreshed from %1, line %2").arg(m_source).arg(row.line);
    // An event log's row says when the other system made the change.
    const QDateTime at = row.updated.isValid() ? row.updated : QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    for (const Change& c : changes) {
        if (auto ok = CaseJournal::fieldChanged(m_conn, caseId, m_actor.id, c.field, c.from, c.to, note, at);
            !ok)
            return std::unexpected(ok.error());
    }
    return Written{Outcome::Updated, {}};
}

QList<qint64> ImportWriter::unindexedCases() const
{
    if (m_indexedEarly.isEmpty())
        return m_newCases;
    QList<qint64> ids;
    ids.reserve(m_newCases.size());
    for (qint64 id : m_newCases) {
        if (!m_indexedEarly.contains(id))
            ids << id;
    }
    return ids;
}

Status ImportWriter::loadEmails()
{
    auto q = sql::run(
        m_conn,
        QStringLiteral("SELECT id, name, company, email FROM customers WHERE email <> '' ORDER BY id"),
        ImporterText::tr("looking up the customers' addresses"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString key = q->value(3).toString().trimmed().toCaseFolded() + QChar(0x1F) +
                            q->value(1).toString().toCaseFolded();
        if (!m_emails.contains(key))
            m_emails.insert(key,
                            Named{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    }
    q->finish();
    m_emailsLoaded = true;
    return {};
}

Status ImportWriter::flagSecondFailures()
{
    for (qint64 caseId : std::as_const(m_newCases)) {
        if (auto flagged = SecondFailure::flagIn(m_conn, caseId, m_actor.id); !flagged)
            return std::unexpected(flagged.error());
    }
    return {};
}

Result<qint64> ImportWriter::caseIdFor(qint64 wanted, const CaseWriter::What& what)
{
    if (wanted <= 0)
        return 0;
    if (auto ok = m_caseExists.exec({wanted}, what); !ok)
        return std::unexpected(ok.error());
    return m_caseExists.found() ? 0 : wanted;
}

Status ImportWriter::writeCustomer(const CustomerRow& row, qint64 line)
{
    const auto what = [&] { return ImporterText::tr("importing line %1 of %2").arg(line).arg(m_source); };
    auto known = findCustomer(row, what);
    if (!known)
        return std::unexpected(known.error());
    if (!*known) {
        auto made = insertCustomer(row, what);
        if (!made)
            return std::unexpected(made.error());
        return {};
    }
    StoredCustomer merged = **known;
    if (!row.email.isEmpty())
        merged.email = row.email;
    if (!row.phone.isEmpty())
        merged.phone = row.phone;
    if (!row.segment.isEmpty())
        merged.segment = row.segment;
    if (row.lifetimeValueCents)
        merged.lifetimeValueCents = *row.lifetimeValueCents;
    if (merged != **known) {
        if (auto ok = m_updateCustomer.exec(
                {merged.email, merged.phone, merged.segment, merged.lifetimeValueCents, merged.named.id},
                what);
            !ok)
            return std::unexpected(ok.error());
    }
    ++m_customersUpdated;
    return {};
}

/// The first customer (by id) of the row's name and company, both in any case.
template <typename What>
Result<std::optional<ImportWriter::StoredCustomer>> ImportWriter::findCustomer(const CustomerRow& row,
                                                                               const What& what)
{
    if (auto ok = m_findCustomer.exec({row.name}, what); !ok)
        return std::unexpected(ok.error());
    std::optional<StoredCustomer> found;
    while (m_findCustomer.next()) {
        if (m_findCustomer.value(2).toString().compare(row.company, Qt::CaseInsensitive) == 0) {
            found =
                StoredCustomer{Named{m_findCustomer.value(0).toLongLong(), m_findCustomer.value(1).toString(),
                                     m_findCustomer.value(2).toString()},
                               m_findCustomer.value(3).toString(), m_findCustomer.value(4).toString(),
                               m_findCustomer.value(5).toString(), m_findCustomer.value(6).toLongLong()};
            break;
        }
    }
    m_findCustomer.finish();
    return found;
}

// The insert CustomerRepository::create makes (the importer ran its
// checks), without the savepoint it opens: at every savepoint FTS5 writes
// out the index entries it holds, and a file of 100,000 new customers took
// a minute instead of seconds.
template <typename What>
Result<ImportWriter::Named> ImportWriter::insertCustomer(const CustomerRow& row, const What& what)
{
    auto made = m_writer.addCustomer(
        {row.name, row.company, row.email, row.phone, row.segment, row.lifetimeValueCents.value_or(0), m_now},
        what);
    if (!made)
        return std::unexpected(made.error());
    const Named found{*made, row.name, row.company};
    m_newCustomers << found.id;
    ++m_customersCreated;
    return found;
}

// A case row's segment and lifetime value go into a customer it adds (the
// first such row decides); a customer already known is not changed by a
// case, only by a customers import.
Result<ImportWriter::Named> ImportWriter::customerFor(const CustomerRow& row)
{
    // By address first: two people of one name are told apart by it. The
    // name must agree too, company aside: a household or a shop's info@
    // address is shared by people who are not one customer. With no
    // address, by name and company as before.
    const QString email = row.email.trimmed().isEmpty()
                              ? QString()
                              : row.email.trimmed().toCaseFolded() + QChar(0x1F) + row.name.toCaseFolded();
    if (!email.isEmpty()) {
        if (!m_emailsLoaded) {
            if (auto ok = loadEmails(); !ok)
                return std::unexpected(ok.error());
        }
        if (auto it = m_emails.constFind(email); it != m_emails.constEnd())
            return *it;
    }
    const QString key = customerKey(row);
    if (email.isEmpty()) {
        if (auto it = m_customers.constFind(key); it != m_customers.constEnd())
            return *it;
    }
    const auto what = [&] { return ImporterText::tr("looking up customer %1").arg(row.name); };
    auto known = findCustomer(row, what);
    if (!known)
        return std::unexpected(known.error());
    Named found;
    // A known customer of that name with another address is someone else.
    if (*known && (email.isEmpty() || (*known)->email.trimmed().isEmpty())) {
        found = (*known)->named;
    } else {
        auto made = insertCustomer(row, what);
        if (!made)
            return std::unexpected(made.error());
        found = *made;
        m_madeCustomers.insert(found.id);
    }
    if (email.isEmpty())
        m_customers.insert(key, found);
    else
        m_emails.insert(email, found);
    return found;
}

Result<ImportWriter::Named> ImportWriter::productFor(const QString& name)
{
    const QString key = name.toCaseFolded();
    if (auto it = m_products.constFind(key); it != m_products.constEnd())
        return *it;
    if (auto ok =
            m_findProduct.exec({name}, [&] { return ImporterText::tr("looking up product %1").arg(name); });
        !ok)
        return std::unexpected(ok.error());
    Named found;
    if (m_findProduct.next()) {
        found = Named{m_findProduct.value(0).toLongLong(), m_findProduct.value(1).toString(), {}};
        m_findProduct.finish();
    } else {
        auto made = ProductRepository(m_db).ensure(name);
        if (!made)
            return std::unexpected(made.error());
        found = Named{made->id, made->name, {}};
        ++m_productsCreated;
        m_madeProducts.insert(found.id);
    }
    m_products.insert(key, found);
    return found;
}

Result<ImportWriter::Named> ImportWriter::ownerFor(const QString& name)
{
    const QString key = name.toCaseFolded();
    if (auto it = m_owners.constFind(key); it != m_owners.constEnd())
        return *it;
    const auto what = [&] { return ImporterText::tr("looking up user %1").arg(name); };
    if (auto ok = m_findUser.exec({name, name, name}, what); !ok)
        return std::unexpected(ok.error());
    Named found;
    if (m_findUser.next()) {
        found = Named{m_findUser.value(0).toLongLong(), m_findUser.value(1).toString(), {}};
        m_findUser.finish();
    } else {
        m_findUser.finish();
        if (!m_options.createUsers)
            return fail(Error::Code::InvalidInput,
                        ImporterText::tr("no user here is called '%1'; add them first, or let the import "
                                         "create users")
                            .arg(name));
        const QString base = loginFrom(name);
        QString login = base;
        for (int n = 2;; ++n) {
            if (auto ok = m_loginTaken.exec({login}, what); !ok)
                return std::unexpected(ok.error());
            if (!m_loginTaken.found())
                break;
            login = base + QLatin1Char('.') + QString::number(n);
        }
        User u;
        u.login = login;
        u.displayName = name;
        u.role = Role::Rep;
        auto made = UserRepository(m_db).create(u);
        if (!made)
            return std::unexpected(made.error());
        found = Named{made->id, made->displayName, {}};
        m_usersCreated << QStringLiteral("%1 (%2)").arg(made->displayName, made->login);
    }
    m_owners.insert(key, found);
    return found;
}

Result<qint64> ImportWriter::rootCause(const QStringList& parts)
{
    RecoveryRepository recovery(m_db, m_actor);
    if (!m_causesLoaded) {
        auto causes = recovery.rootCauses();
        if (!causes)
            return std::unexpected(causes.error());
        for (const RootCause& c : *causes)
            m_causes.insert(foldPath(rootCausePathParts(c.path)), c.id);
        m_causesLoaded = true;
    }
    qint64 parent = 0;
    for (qsizetype depth = 1; depth <= parts.size(); ++depth) {
        const QString key = foldPath(parts.mid(0, depth));
        if (auto it = m_causes.constFind(key); it != m_causes.constEnd()) {
            parent = *it;
            continue;
        }
        auto added = recovery.addRootCause(parent, parts.at(depth - 1));
        if (!added) {
            Error e = added.error();
            if (e.code == Error::Code::InvalidInput)
                e.message = ImporterText::tr("'%1' is not in the root-cause taxonomy and cannot be added: %2")
                                .arg(parts.join(QStringLiteral(" › ")), e.message);
            return std::unexpected(e);
        }
        parent = added->id;
        m_causes.insert(key, parent);
    }
    return parent;
}

// The triggers that feed the search indexes are set aside while the rows
// go in, and the new rows indexed in one statement at the end, inside the
// same transaction. Row by row, every statement after an index write makes
// FTS5 write out what it holds (it does so at each statement savepoint):
// measured, that more than doubled the time of a 100,000-row import. The
// triggers' text is read from the schema, so it cannot drift from the
// migrations; a rollback puts them back with everything else.
Result<QStringList> ImportWriter::setSearchTriggersAside(const QSqlDatabase& db)
{
    const QString what = ImporterText::tr("preparing the import");
    if (sql::isPostgres(db))
        return QStringList(); // its trigram indexes follow the rows themselves
    auto q = sql::run(db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     "('cases_search_insert', 'customers_search_insert')"),
                      what);
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    QStringList creates;
    while (q->next()) {
        names << q->value(0).toString();
        creates << q->value(1).toString();
    }
    q->finish();
    for (const QString& name : names) {
        // The name comes from the schema, not from input.
        if (auto r = sql::run(db, QStringLiteral("DROP TRIGGER %1").arg(name), what); !r)
            return std::unexpected(r.error());
    }
    return creates;
}

Status ImportWriter::indexAndRestore(const QSqlDatabase& db, const QStringList& creates,
                                     const QList<qint64>& cases, const QList<qint64>& customers)
{
    const QString what = ImporterText::tr("indexing the imported cases for search");
    if (sql::isPostgres(db))
        return {}; // trigram indexes follow the rows; ids moved on row by row
    if (!cases.isEmpty()) {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO case_search (rowid, description) SELECT id, description FROM "
                           "cases WHERE id IN (SELECT value FROM json_each(?))"),
            {idArray(cases)}, what);
        if (!q)
            return std::unexpected(q.error());
    }
    if (!customers.isEmpty()) {
        auto q =
            sql::run(db,
                     QStringLiteral("INSERT INTO customer_search (rowid, name, company) SELECT id, name, "
                                    "company FROM customers WHERE id IN (SELECT value FROM json_each(?))"),
                     {idArray(customers)}, what);
        if (!q)
            return std::unexpected(q.error());
    }
    for (const QString& statement : creates) {
        if (auto r = sql::run(db, statement, what); !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace redress::core
