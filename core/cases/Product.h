#pragma once

#include <QString>

namespace redress::core {

struct Product
{
    qint64 id = 0;
    QString name;
    QString category;
};

} // namespace redress::core
