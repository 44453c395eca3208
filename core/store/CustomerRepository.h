#pragma once

#include "core/Error.h"
#include "core/cases/Customer.h"
#include "core/store/Database.h"

#include <QList>

namespace redress::core {

class CustomerRepository
{
public:
    explicit CustomerRepository(Database db) : m_db(std::move(db)) {}

    /// Checks the fields (a name, sane lengths, a lifetime value ≥ 0) and adds
    /// the customer; the error names the field at fault.
    Result<Customer> create(const Customer& customer);
    Result<Customer> get(qint64 id);
    /// Customers whose name or company starts with `prefix` (any case), for
    /// type-ahead; served by the name and company indexes.
    Result<QList<Customer>> findByPrefix(const QString& prefix, int limit = 20);
    Result<qint64> count();

    /// The checks create() applies, for a form that wants them early.
    static Status validate(const Customer& customer);

private:
    Database m_db;
};

} // namespace redress::core
