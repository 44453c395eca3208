#pragma once

#include "core/Error.h"
#include "core/cases/Product.h"
#include "core/store/Database.h"

#include <QList>

namespace redress::core {

class ProductRepository
{
public:
    explicit ProductRepository(Database db) : m_db(std::move(db)) {}

    /// The product of that name (case-insensitive), added when missing.
    Result<Product> ensure(const QString& name, const QString& category = {});
    Result<QList<Product>> all();

private:
    Database m_db;
};

} // namespace redress::core
