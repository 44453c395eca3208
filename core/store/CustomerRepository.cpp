#include "core/store/CustomerRepository.h"

#include "core/Clock.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseWriter.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <tuple>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CustomerRepository)
};

const QString selectCustomer = QStringLiteral(
    "SELECT id, name, company, email, phone, segment, lifetime_value_cents, created_at, merged_into, "
    "no_contact_at, language FROM customers ");

Customer fromRow(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.company = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.segment = q.value(5).toString();
    c.lifetimeValueCents = q.value(6).toLongLong();
    c.createdAt = sql::fromStored(q.value(7));
    c.mergedInto = q.value(8).toLongLong();
    c.noContactAt = sql::fromStored(q.value(9));
    c.language = q.value(10).toString();
    return c;
}

} // namespace

Status CustomerRepository::validate(const Customer& c)
{
    if (c.name.trimmed().isEmpty())
        return invalid(QStringLiteral("customer"), Tr::tr("Name the customer who is complaining."));
    if (c.name.size() > 200)
        return invalid(QStringLiteral("customer"),
                       Tr::tr("A customer's name may be at most 200 characters long."));
    if (c.company.size() > 200)
        return invalid(QStringLiteral("company"),
                       Tr::tr("A company name may be at most 200 characters long."));
    if (c.email.size() > 320)
        return invalid(QStringLiteral("email"),
                       Tr::tr("An email address may be at most 320 characters long."));
    if (c.phone.size() > 50)
        return invalid(QStringLiteral("phone"), Tr::tr("A phone number may be at most 50 characters long."));
    if (c.lifetimeValueCents < 0)
        return invalid(QStringLiteral("lifetime_value"),
                       Tr::tr("A customer's lifetime value cannot be negative."));
    return {};
}

Result<Customer> CustomerRepository::create(const Customer& customer)
{
    if (auto ok = validate(customer); !ok)
        return std::unexpected(ok.error());
    Customer c = customer;
    c.name = c.name.simplified();
    c.company = c.company.simplified();
    c.createdAt = c.createdAt.isValid() ? c.createdAt : Clock::now();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto id = CaseWriter(db).addCustomer({c.name, c.company, c.email.trimmed(), c.phone.trimmed(),
                                          c.segment.trimmed(), c.lifetimeValueCents,
                                          c.createdAt.toMSecsSinceEpoch()},
                                         [&] { return Tr::tr("adding customer %1").arg(c.name); });
    if (!id)
        return std::unexpected(id.error());
    c.id = *id;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return c;
}

Result<Customer> CustomerRepository::get(qint64 id)
{
    auto q = sql::run(m_db.connection(), selectCustomer + QStringLiteral("WHERE id = ?"), {id},
                      Tr::tr("reading customer %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no customer with id %1.").arg(id));
    return fromRow(*q);
}

Result<QList<Customer>> CustomerRepository::findByPrefix(const QString& prefix, int limit)
{
    // A prefix as a range of the NOCASE columns: both indexes serve it, no
    // character of the text is a wildcard, and the SQL is the same on any
    // engine. Two range scans joined by UNION, not one OR, which a planner
    // may turn into a full scan.
    const QString from = prefix.simplified();
    const QString to = from + QChar(0xFFFF);
    auto q =
        sql::run(m_db.connection(),
                 selectCustomer +
                     QStringLiteral(
                         "WHERE merged_into IS NULL AND id IN (SELECT id FROM customers WHERE name >= ? AND "
                         "name < ? UNION SELECT id FROM customers WHERE company >= ? "
                         "AND company < ?) ORDER BY name, id LIMIT ?"),
                 {from, to, from, to, limit}, Tr::tr("looking up customers"));
    if (!q)
        return std::unexpected(q.error());
    QList<Customer> found;
    while (q->next())
        found << fromRow(*q);
    return found;
}

Result<qint64> CustomerRepository::count()
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers"), {},
                         Tr::tr("counting customers"), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<CustomerHistory> CustomerRepository::history(qint64 id)
{
    auto customer = get(id);
    if (!customer)
        return std::unexpected(customer.error());
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("reading the history of customer %1").arg(id);
    CustomerHistory h;
    h.customer = *customer;
    auto q = sql::run(
        db,
        QStringLiteral("SELECT c.id, c.status, c.product_name, coalesce(r.name, ''), coalesce(s.fix, "
                       "''), c.opened_at, c.resolved_at, c.compensation_cents, f.score, "
                       "c.second_failure_of, c.merged_into FROM cases c LEFT JOIN root_causes r ON "
                       "r.id = c.root_cause_id LEFT JOIN solutions s ON s.case_id = c.id LEFT JOIN "
                       "follow_ups f ON f.case_id = c.id WHERE c.customer_id = ? "
                       "ORDER BY c.opened_at DESC, c.id DESC"),
        {id}, what);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        CustomerCase c;
        c.id = q->value(0).toLongLong();
        c.status = statusFromKey(q->value(1).toString()).value_or(CaseStatus::New);
        c.productName = q->value(2).toString();
        c.rootCause = q->value(3).toString();
        c.outcome = q->value(4).toString();
        c.openedAt = sql::fromStored(q->value(5));
        c.resolvedAt = sql::fromStored(q->value(6));
        c.gestureCostCents = q->value(7).toLongLong();
        if (!q->value(8).isNull())
            c.followUpScore = q->value(8).toInt();
        c.secondFailureOf = q->value(9).toLongLong();
        c.mergedInto = q->value(10).toLongLong();
        at.insert(c.id, h.cases.size());
        h.cases << c;
    }
    auto g =
        sql::run(db,
                 QStringLiteral("SELECT g.case_id, t.name FROM gestures g JOIN gesture_types t ON t.id = "
                                "g.gesture_type_id JOIN cases c ON c.id = g.case_id WHERE c.customer_id = ? "
                                "AND g.status IN ('granted', 'approved') ORDER BY g.id"),
                 {id}, what);
    if (!g)
        return std::unexpected(g.error());
    while (g->next()) {
        if (auto i = at.find(g->value(0).toLongLong()); i != at.end())
            h.cases[*i].gestures << g->value(1).toString();
    }
    const QDate today = Clock::now().toUTC().date();
    const QDateTime yearStart(QDate(today.year(), 1, 1), QTime(0, 0), Qt::UTC);
    for (const CustomerCase& c : std::as_const(h.cases)) {
        if (c.mergedInto == 0 && c.openedAt >= yearStart)
            ++h.complaintsThisYear;
    }
    return h;
}

Result<Customer> CustomerRepository::update(const Customer& changed, qint64 actorId)
{
    if (auto ok = validate(changed); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto before = get(changed.id);
    if (!before)
        return std::unexpected(before.error());
    if (before->mergedInto > 0)
        return invalid(QStringLiteral("customer"),
                       Tr::tr("Customer %1 was merged into customer %2; edit that record.")
                           .arg(changed.id)
                           .arg(before->mergedInto));
    Customer c = changed;
    c.name = c.name.simplified();
    c.company = c.company.simplified();
    c.email = c.email.trimmed();
    c.phone = c.phone.trimmed();
    c.segment = c.segment.trimmed();
    c.language = c.language.trimmed();
    const auto stamp = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    // Field names as the timeline and erasure know them: the first four
    // are the customer's words, the rest facts.
    const QList<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("customer"), before->name, c.name},
        {QStringLiteral("company"), before->company, c.company},
        {QStringLiteral("email"), before->email, c.email},
        {QStringLiteral("phone"), before->phone, c.phone},
        {QStringLiteral("segment"), before->segment, c.segment},
        {QStringLiteral("lifetime_value"), QString::number(before->lifetimeValueCents),
         QString::number(c.lifetimeValueCents)},
        {QStringLiteral("language"), before->language, c.language},
        {QStringLiteral("no_contact"), stamp(before->noContactAt), stamp(c.noContactAt)},
    };
    QList<std::tuple<QString, QString, QString>> changes;
    for (const auto& f : fields) {
        if (std::get<1>(f) != std::get<2>(f))
            changes << f;
    }
    if (changes.isEmpty())
        return *before;
    const QString what = Tr::tr("saving customer %1").arg(c.name);
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE customers SET name = ?, company = ?, email = ?, phone = ?, segment = ?, "
                       "lifetime_value_cents = ?, language = ?, no_contact_at = ? WHERE id = ?"),
        {c.name, c.company, c.email, c.phone, c.segment, c.lifetimeValueCents, c.language,
         sql::toStored(c.noContactAt), c.id},
        what);
    if (!q)
        return std::unexpected(q.error());
    auto copies =
        sql::run(db, QStringLiteral("UPDATE cases SET customer_name = ?, company = ? WHERE customer_id = ?"),
                 {c.name, c.company, c.id}, what);
    if (!copies)
        return std::unexpected(copies.error());
    auto cases =
        sql::run(db, QStringLiteral("SELECT id FROM cases WHERE customer_id = ? ORDER BY id"), {c.id}, what);
    if (!cases)
        return std::unexpected(cases.error());
    QList<qint64> ids;
    while (cases->next())
        ids << cases->value(0).toLongLong();
    cases->finish();
    for (qint64 caseId : std::as_const(ids)) {
        for (const auto& [field, oldValue, newValue] : std::as_const(changes)) {
            if (auto ok = CaseJournal::fieldChanged(db, caseId, actorId, field, oldValue, newValue, {}, {});
                !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return get(c.id);
}

Status CustomerRepository::merge(qint64 fromId, qint64 intoId, qint64 actorId)
{
    if (fromId == intoId)
        return invalid(QStringLiteral("customer"), Tr::tr("A customer cannot be merged into themselves."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto from = get(fromId);
    if (!from)
        return std::unexpected(from.error());
    auto into = get(intoId);
    if (!into)
        return std::unexpected(into.error());
    if (from->mergedInto > 0)
        return invalid(
            QStringLiteral("customer"),
            Tr::tr("Customer %1 was already merged into customer %2.").arg(fromId).arg(from->mergedInto));
    if (into->mergedInto > 0)
        return invalid(QStringLiteral("customer"),
                       Tr::tr("Customer %1 was itself merged into customer %2; merge into that record.")
                           .arg(intoId)
                           .arg(into->mergedInto));
    const QString what = Tr::tr("merging customer %1 into customer %2").arg(fromId).arg(intoId);
    // What the survivor lacks, the other record may know; the value of the
    // relationship is the two together.
    const auto either = [](const QString& a, const QString& b) { return a.isEmpty() ? b : a; };
    const QDateTime noContact = into->noContactAt.isValid() ? into->noContactAt : from->noContactAt;
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE customers SET company = ?, email = ?, phone = ?, segment = ?, "
                                "lifetime_value_cents = ?, language = ?, no_contact_at = ? WHERE id = ?"),
                 {either(into->company, from->company), either(into->email, from->email),
                  either(into->phone, from->phone), either(into->segment, from->segment),
                  into->lifetimeValueCents + from->lifetimeValueCents, either(into->language, from->language),
                  sql::toStored(noContact), intoId},
                 what);
    if (!q)
        return std::unexpected(q.error());
    auto cases = sql::run(db, QStringLiteral("SELECT id FROM cases WHERE customer_id = ? ORDER BY id"),
                          {fromId}, what);
    if (!cases)
        return std::unexpected(cases.error());
    QList<qint64> ids;
    while (cases->next())
        ids << cases->value(0).toLongLong();
    cases->finish();
    const QString company = either(into->company, from->company);
    auto moved =
        sql::run(db,
                 QStringLiteral("UPDATE cases SET customer_id = ?, customer_name = ?, company = ? WHERE "
                                "customer_id = ?"),
                 {intoId, into->name, company, fromId}, what);
    if (!moved)
        return std::unexpected(moved.error());
    if (company != into->company) {
        auto copies = sql::run(db, QStringLiteral("UPDATE cases SET company = ? WHERE customer_id = ?"),
                               {company, intoId}, what);
        if (!copies)
            return std::unexpected(copies.error());
    }
    for (qint64 caseId : std::as_const(ids)) {
        if (auto ok = CaseJournal::fieldChanged(
                db, caseId, actorId, QStringLiteral("customer"), from->name, into->name,
                Tr::tr("customer %1 merged into customer %2").arg(fromId).arg(intoId), {});
            !ok)
            return ok;
    }
    auto marked = sql::run(db, QStringLiteral("UPDATE customers SET merged_into = ? WHERE id = ?"),
                           {intoId, fromId}, what);
    if (!marked)
        return std::unexpected(marked.error());
    // Records merged into this one before now lead to the survivor too.
    auto repointed =
        sql::run(db, QStringLiteral("UPDATE customers SET merged_into = ? WHERE merged_into = ?"),
                 {intoId, fromId}, what);
    if (!repointed)
        return std::unexpected(repointed.error());
    return tx.commit();
}

} // namespace redress::core
