#pragma once

#include "core/Error.h"
#include "core/cases/Priority.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

namespace redress::core {

/// The store's priority matrix (schema v4) and the cases that follow it.
class PriorityRepository
{
public:
    explicit PriorityRepository(Database db) : m_db(std::move(db)) {}

    /// The matrix as stored; a store whose table has a hole or an unknown
    /// value (written outside Redress) is InvalidInput naming the cell.
    Result<PriorityMatrix> matrix();
    /// The same on a connection inside a caller's transaction.
    static Result<PriorityMatrix> matrixIn(const QSqlDatabase& db);

    /// Replaces the matrix (leads, executives and administrators only) and,
    /// in the same transaction, re-derives the priority of every case that
    /// is not closed: each one whose priority changes gets a 'field' event
    /// and a new row version. Closed cases keep the priority they closed with.
    Status setMatrix(const User& actor, const PriorityMatrix& matrix);

private:
    Database m_db;
};

} // namespace redress::core
