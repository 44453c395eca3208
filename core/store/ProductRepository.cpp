#include "core/store/ProductRepository.h"

#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ProductRepository)
};
} // namespace

Result<Product> ProductRepository::ensure(const QString& name, const QString& category)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("product"), Tr::tr("Name the product the complaint is about."));
    if (trimmed.size() > 200)
        return invalid(QStringLiteral("product"),
                       Tr::tr("A product name may be at most 200 characters long."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto q = sql::run(db, QStringLiteral("SELECT id, name, category FROM products WHERE name = ?"), {trimmed},
                      Tr::tr("looking up product %1").arg(trimmed));
    if (!q)
        return std::unexpected(q.error());
    Product p;
    if (q->next()) {
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.category = q->value(2).toString();
        return p;
    }
    auto ins =
        sql::run(db, QStringLiteral("INSERT INTO products (name, category) VALUES (?, ?) RETURNING id"),
                 {trimmed, category.simplified()}, Tr::tr("adding product %1").arg(trimmed));
    if (!ins)
        return std::unexpected(ins.error());
    p.id = sql::returnedId(*ins);
    p.name = trimmed;
    p.category = category.simplified();
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return p;
}

Result<QList<Product>> ProductRepository::all()
{
    auto q =
        sql::run(m_db.connection(), QStringLiteral("SELECT id, name, category FROM products ORDER BY name"),
                 Tr::tr("listing products"));
    if (!q)
        return std::unexpected(q.error());
    QList<Product> products;
    while (q->next())
        products << Product{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    return products;
}

} // namespace redress::core
