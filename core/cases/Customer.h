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
    /// The record this one was merged into (two records of one person), or 0.
    qint64 mergedInto = 0;
    /// When the customer asked not to be contacted; invalid when they did not.
    QDateTime noContactAt;
    /// The language they want to be written to in ("de"), or empty.
    QString language;
};

} // namespace redress::core
