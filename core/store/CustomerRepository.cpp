#include "core/store/CustomerRepository.h"

#include "core/Clock.h"
#include "core/store/CaseWriter.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CustomerRepository)
};

const QString selectCustomer = QStringLiteral(
    "SELECT id, name, company, email, phone, segment, lifetime_value_cents, created_at FROM customers ");

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
                 selectCustomer + QStringLiteral("WHERE id IN (SELECT id FROM customers WHERE name >= ? AND "
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

} // namespace redress::core
