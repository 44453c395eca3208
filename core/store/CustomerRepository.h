#pragma once

#include "core/Error.h"
#include "core/cases/Customer.h"
#include "core/cases/CustomerHistory.h"
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

    /// The customer with every case of theirs, newest first (cases merged
    /// away are listed, marked), and how often they complained this year.
    Result<CustomerHistory> history(qint64 id);

    /// Changes the customer's details. Each change of name, company, email,
    /// phone, segment, lifetime value, language or contact wish is recorded
    /// on the timeline of every case of theirs, by `actorId`; the cases'
    /// copies of name and company follow. A customer merged away is
    /// refused: edit the survivor.
    Result<Customer> update(const Customer& changed, qint64 actorId);

    /// Two records of one person: every case of `fromId` moves to `intoId`
    /// (each with a timeline event), details `intoId` lacks are taken from
    /// `fromId`, the lifetime values add up, and `fromId` is marked merged
    /// into `intoId`, all in one transaction. An erasure of the survivor
    /// then reaches the merged record too (Erasure).
    Status merge(qint64 fromId, qint64 intoId, qint64 actorId);

    /// The checks create() applies, for a form that wants them early.
    static Status validate(const Customer& customer);

private:
    Database m_db;
};

} // namespace redress::core
