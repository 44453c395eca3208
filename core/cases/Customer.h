#pragma once

#include <QDateTime>
#include <QString>

namespace redress::core {

/// A person who complains, and the company they speak for.
struct Customer
{
    qint64 id = 0;
    QString name;
    QString company;
    QString email;
    QString phone;
    QString segment; ///< e.g. "consumer", "small business", "key account"
    /// What the customer is worth over the relationship, in cents, so a
    /// gesture's cost can be weighed against it (article 003).
    qint64 lifetimeValueCents = 0;
    QDateTime createdAt;
};

} // namespace redress::core
