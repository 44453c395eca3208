#pragma once

#include <QString>

namespace redress::core {

struct Product
{
    qint64 id = 0;
    QString name;
    QString category;
};

/// The product a case gets until a person sorts it (mail opens cases before
/// anyone knows what they are about). Two such cases share no product.
inline QString unsortedProductName()
{
    return QStringLiteral("Unspecified");
}

} // namespace redress::core
